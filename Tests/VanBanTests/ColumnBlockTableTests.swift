import Testing
@testable import VanBan

/// Tables whose cells pdftotext's reading order emitted column by column: the row numbers as a column of
/// their own, then each column's cells. Rows come from the numbers; cells are placed only when every line
/// of the table finds its place, and otherwise stay paragraphs.
@Suite struct ColumnBlockTableTests {
    static func table(_ text: String) throws -> Table { try TableReaderTests.firstTable(TableReaderTests.lines(text)) }

    static func cells(_ t: Table) -> [[String]] { t.rows.map { $0.cells.map(\.text) } }

    @Test func wrappedTasksThenUnitAndTimeRowAfterRow() throws {
        let t = try Self.table("""
        TT
        1
        2

        3

        Nội dung
        Rà soát, cập nhật danh mục dự án đầu tư
        công trên địa bàn tỉnh
        Tổ chức hội nghị đối thoại với doanh nghiệp
        về thủ tục đầu tư, bảo đảm đúng quy định
        của pháp luật và tiến độ được giao
        Xây dựng cơ sở dữ liệu về đất đai của tỉnh;
        tổng hợp kết quả, báo cáo Ủy ban nhân dân
        tỉnh

        Đơn vị thực hiện
        Sở Tài chính

        Thời gian
        Tháng 9/2026

        Văn phòng UBND
        tỉnh

        Hằng quý

        Sở Nông nghiệp và
        Môi trường

        6 tháng đầu
        năm 2026
        """)
        #expect(t.columns == ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"])
        #expect(Self.cells(t) == [
            ["1", "Rà soát, cập nhật danh mục dự án đầu tư công trên địa bàn tỉnh", "Sở Tài chính", "Tháng 9/2026"],
            ["2", "Tổ chức hội nghị đối thoại với doanh nghiệp về thủ tục đầu tư, bảo đảm đúng quy định của pháp luật và tiến độ được giao", "Văn phòng UBND tỉnh", "Hằng quý"],
            ["3", "Xây dựng cơ sở dữ liệu về đất đai của tỉnh; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường", "6 tháng đầu năm 2026"],
        ])
        #expect(t.unplaced.isEmpty)
    }

    @Test func oneLineColumnsWithATotalRow() throws {
        let t = try Self.table("""
        STT
        1
        2
        3

        Đơn vị
        UBND xã Bát Xát
        UBND phường Sa Pa
        UBND xã Bảo Ái
        TỔNG CỘNG

        Số cơ sở
        18
        33
        20
        71

        Kinh phí (triệu
        đồng)
        2.830
        1.005
        1.275
        5.110
        """)
        #expect(t.columns == ["STT", "Đơn vị", "Số cơ sở", "Kinh phí (triệu đồng)"])
        #expect(Self.cells(t) == [
            ["1", "UBND xã Bát Xát", "18", "2.830"], ["2", "UBND phường Sa Pa", "33", "1.005"],
            ["3", "UBND xã Bảo Ái", "20", "1.275"], ["", "TỔNG CỘNG", "71", "5.110"],
        ])
    }

    /// Dev 34's first page: the numbers, a caption's pieces, then cells that do not all come out one per row.
    /// The rows are the numbers; every other line stays a paragraph, none lost.
    @Test func cellsThatCannotAllBePlacedStayParagraphs() throws {
        let text = """
        TT

        1

        2

        3

        /KH-UBND ngày

        Tên nhiệm vụ
        (1)
        Tổ chức quán triệt sâu rộng Chỉ thị của
        Ban Thường vụ Tỉnh ủy đến cán bộ.
        Rà soát, điều chỉnh phương án quản lý
        về địa chất, khoáng sản.
        Thực hiện rà soát các khó khăn, vướng
        mắc về quy hoạch khoáng sản

        tháng

        Sở, ngành chủ
        trì tham mưu
        """
        let t = try Self.table(text)
        #expect(t.columns == ["TT"])
        #expect(Self.cells(t) == [["1"], ["2"], ["3"]])
        let kept = t.unplaced.filter { !$0.isBlank }.map(\.text)
        #expect(kept.first == "/KH-UBND ngày" && kept.last == "trì tham mưu")
        #expect(kept.count == text.split(separator: "\n").count - 4)
    }

    @Test func aLaterPagesNumbersEmittedEarlyAndAPageNumberAmongThem() throws {
        let t = try Self.table("""
        TT
        1
        2

        Nội dung đầu
        Nội dung hai

        2

        5

        Nội dung năm

        3
        4
        """)
        // "2" after 2 is the page's number; 5 comes before 3 and 4 and is taken after them.
        #expect(t.rows.map { $0.cells[0].text } == ["1", "2", "3", "4", "5"])
    }

    @Test func aRowNumberBeforeItsTextAndSectionsWithNumbersStartingAgain() throws {
        let t = try Self.table("""
        TT
        I
        1
        2

        Mục tiêu chung

        7 Tỷ lệ che phủ rừng

        II

        1

        Nội dung cuối
        """)
        // "7" does not go on from 2: it is no row. Under II the numbers start again at 1.
        #expect(t.rows.map { $0.cells[0].text } == ["I", "1", "2", "II", "1"])
        let u = try Self.table("TT\n1\n2\n3\n\nTên\n\n4 Tỷ lệ che phủ rừng\n\n60%")
        #expect(u.rows.map { $0.cells[0].text } == ["1", "2", "3", "4"])
        #expect(u.unplaced.map(\.text).contains("Tỷ lệ che phủ rừng"))
    }

    /// Dev 13: sections I and II with one numbered task each, the cells of four columns interleaved line by
    /// line. The rows are the labels; every cell line stays a paragraph.
    @Test func sectionsWhoseCellsAreInterleavedKeepTheirLabels() throws {
        let t = try Self.table(TableReaderTests.scrambled)
        #expect(t.rows.map { $0.cells.map(\.text) } == [["I."], ["1"], ["II"], ["1"]])
        #expect(t.unplaced.map(\.text).contains("1.014967"))
    }

    @Test func aTotalRowsLabelIsARowWhenCellsStayParagraphs() throws {
        let t = try Self.table("""
        STT
        1
        2

        Đơn vị
        UBND xã Chợ Đồn
        UBND phường Phan Đình
        Phùng
        Cộng

        Số cơ sở
        9
        """)
        #expect(t.rows.map { $0.cells.map(\.text) } == [["1"], ["2"], ["Cộng"]])
    }

    @Test func notThisShape() {
        // One number only, or prose after the header: no table of this shape.
        for text in ["TT\n1\n\nNội dung", "TT\nCăn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế làm việc của Ủy ban nhân dân tỉnh,\n1\n2"] {
            let outcome = ColumnBlockTableReader().read(TableReaderTests.lines(text), from: 0)
            if case .tables? = outcome { Issue.record("read a table from \(text)") }
        }
    }

    /// The last row number before a page break is not the page's number when the number above it is one less.
    @Test func theLastRowNumberBeforeAPageBreakIsKept() {
        let lines = TableReaderTests.lines("Nội dung\n\n10\n11\n12\n\u{0C}Trang sau\n12\n\u{0C}Tiếp")
        #expect(lines.map(\.text).filter { $0 == "12" }.count == 1)
        #expect(lines.map(\.text).contains("11"))
    }

    @Test func theAppendixKeepsTheUnplacedLinesAndSaysSo() throws {
        let text = """
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Lào Cai, ngày 10 tháng 5 năm 2026
        KẾ HOẠCH
        Triển khai nhiệm vụ năm 2026
        1. Mục đích
        Thực hiện các nhiệm vụ tại Phụ lục.
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        CHỦ TỊCH
        Nguyễn Văn A
        PHỤ LỤC
        NHIỆM VỤ TRỌNG TÂM
        TT
        1
        2

        Tên nhiệm vụ
        (1)
        Tổ chức quán triệt Chỉ thị
        Rà soát quy hoạch

        tháng
        """
        let document = DocumentParser().parse(text: text, name: "ke-hoach.txt")
        let appendix = try #require(document.appendices.first)
        #expect(appendix.tables.first?.rows.count == 2)
        let paragraphs = appendix.body.compactMap(\.text).joined(separator: " ")
        #expect(paragraphs.contains("Tổ chức quán triệt Chỉ thị") && paragraphs.contains("tháng"))
        #expect(document.diagnostics.contains { $0.rule == "table.cells-unplaced" })
    }
}
