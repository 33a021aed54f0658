import Testing
@testable import VanBan

/// antiword's stream of cells ("text |" after text, wrapped like prose) for tables whose rows differ in their
/// cells: rows found by their numbers after an empty cell, names from the drawn heading rows and the
/// sub-headings under a merged one. Texts in the shape antiword 0.37 writes for the synthetic set's Word
/// tables (Evaluation/synthetic-tables); whole documents, so the Markdown repair is on the path.
@Suite struct PipeStreamTableTests {
    static func tables(_ body: String) throws -> [Table] {
        let text = """
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        KẾ HOẠCH
        Kiểm tra hoạt động khoáng sản năm 2026

        I. NỘI DUNG
        Nội dung kiểm tra theo Phụ lục I kèm theo.
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Phan Văn Cương
        PHỤ LỤC I
        DỰ KIẾN KINH PHÍ
        (Kèm theo Kế hoạch số 3503/KH-SNNMT ngày 16/11/2026 của Sở Nông nghiệp và Môi trường)

        """ + body
        let document = try DocumentParser().parse(bytes: Array(text.utf8), name: "stream.txt")
        return document.appendices.flatMap(\.tables)
    }

    @Test func drawnHeadingThenStreamWithSubHeadings() throws {
        let tables = try Self.tables("""
        |STT |Nội dung, nhiệm vụ      |Địa điểm   |Dự kiến kinh phí (triệu |Ghi chú|
        |    |                        |           |đồng)                   |       |


         | | |Tổng |NSTW |NSĐP | | |1 |Tuyên truyền, phổ biến pháp luật về địa chất
              và khoáng sản |xã Tư Nghĩa |2.000
        |1.850 |150 |Khởi công mới | |2 |Xây dựng cơ sở dữ liệu chuyên
        ngành địa chất |xã Tư Nghĩa |1.225 |850 |375 | |
        """)
        let t = try #require(tables.first)
        #expect(t.columns == ["STT", "Nội dung, nhiệm vụ", "Địa điểm", "Dự kiến kinh phí (triệu đồng): Tổng",
                              "Dự kiến kinh phí (triệu đồng): NSTW", "Dự kiến kinh phí (triệu đồng): NSĐP", "Ghi chú"])
        #expect(t.rows.map { $0.cells.map(\.text) } == [
            ["1", "Tuyên truyền, phổ biến pháp luật về địa chất và khoáng sản", "xã Tư Nghĩa", "2.000", "1.850", "150", "Khởi công mới"],
            ["2", "Xây dựng cơ sở dữ liệu chuyên ngành địa chất", "xã Tư Nghĩa", "1.225", "850", "375"],
        ])
    }

    @Test func streamFromTheTTHeadingWithColumnNumbers() throws {
        let tables = try Self.tables("""
          STT |Nội dung, nhiệm vụ |Địa điểm |Tổng kinh phí |Ghi chú | |(1) |(2) |(3)
        |(4) |(5) | |1 |Xây dựng cơ sở dữ liệu |xã Sơn Dương |1.275 |Khởi công mới | |2
        |Giám sát việc ký quỹ |xã Na Hang |2.925 | | |3 |Rà soát các mỏ |xã Na Hang |1.000
        |Chuyển tiếp | |
        """)
        let t = try #require(tables.first)
        #expect(t.columns == ["STT", "Nội dung, nhiệm vụ", "Địa điểm", "Tổng kinh phí", "Ghi chú"])
        #expect(t.rows.map { $0.cells[0].text } == ["1", "2", "3"])
        #expect(t.rows[2].cells.map(\.text) == ["3", "Rà soát các mỏ", "xã Na Hang", "1.000", "Chuyển tiếp"])
    }

    /// A Markdown pipe table is not a stream: its pipes at the line ends are markup.
    @Test func markdownTableIsNoStream() {
        let lines = LineReader.read("| TT | Nội dung |\n|---|---|\n| 1 | Kiểm tra |\n| 2 | Báo cáo |").lines
        #expect(MarkdownMarkup.pipeStreamLines(lines).isEmpty)
    }
}
