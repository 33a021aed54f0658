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

    /// A Word table written a row per line with " | " between cells (a real decision's coordinate table: an
    /// empty cell, then a point number) is no stream.
    @Test func aRowPerLineIsNoStream() {
        let text = """
        TT | Tên mỏ, điểm mỏ | Tọa độ VN2000 | Diện tích (ha) | Ghi chú
         |  | Tên điểm | X(m) | Y(m) |  |
        1 | Lào Cai |  |  |  |  |
         |  | 1 | 2477381 | 393601 | 161,3 | Bao gồm 113 ha
         |  | 2 | 2477504 | 393500 |  |
        """
        let outcome = PipeStreamTableReader().read(TableReaderTests.lines(text), from: 0)
        #expect(outcome == nil)
    }

    /// In a table antiword drew, a total row has an empty number cell like a wrapped line, and is a row of its own.
    @Test func aDrawnTotalRowIsARow() throws {
        let text = """
        |STT |Đơn vị                    |Số cơ sở  |Kinh phí       |
        |1   |UBND xã Tư Nghĩa          |39        |505            |
        |2   |UBND xã Bình Sơn          |27        |3.540          |
        |    |(thôn Bình Yên)           |          |               |
        |    |Tổng số                   |66        |4.045          |
        """
        guard case .tables(let tables, _)? = TableReader().read(TableReaderTests.lines(text), from: 0), let t = tables.first else {
            Issue.record("no table"); return
        }
        #expect(t.rows.map { $0.cells.map(\.text) } == [["1", "UBND xã Tư Nghĩa", "39", "505"],
                                                         ["2", "UBND xã Bình Sơn (thôn Bình Yên)", "27", "3.540"],
                                                         ["", "Tổng số", "66", "4.045"]])
    }

    /// A Markdown pipe table is not a stream: its pipes at the line ends are markup.
    @Test func markdownTableIsNoStream() {
        let lines = LineReader.read("| TT | Nội dung |\n|---|---|\n| 1 | Kiểm tra |\n| 2 | Báo cáo |").lines
        #expect(MarkdownMarkup.pipeStreamLines(lines).isEmpty)
    }
}
