import Testing
@testable import VanBan

/// Tables written row after row with single spaces (pdftotext `-raw`, pypdf): the rows are found by their
/// numbering and section labels, the cells after the number kept as one; and tables written one cell per
/// line whose figures read like the next row number. Texts in the shape of the synthetic set's renderings
/// (Evaluation/synthetic-tables).
@Suite struct RowTextTableTests {
    static func read(_ text: String) -> TableReadOutcome? { TableReader().read(TableReaderTests.lines(text), from: 0) }

    static func table(_ text: String) throws -> Table {
        guard case .tables(let tables, _)? = read(text) else { throw Failure.noTable }
        #expect(tables.count == 1)
        return try #require(tables.first)
    }

    enum Failure: Error { case noTable }

    /// Wrapped headings, cells sharing lines, a section row, numbering running on under it, the header
    /// repeated over a page break in the middle of a row, and the total row.
    @Test func rowsFromTheirNumbersAndSections() throws {
        let text = """
        TT Nội dung Đơn vị chủ trì Thời gian
        hoàn thành
        I. Công tác phối hợp
        1 Rà soát, thống kê các đơn vị được cấp
        Giấy phép sử dụng vật liệu nổ công
        nghiệp còn hiệu lực
        Sở Công Thương Quý I/2026
        2 Hướng dẫn doanh nghiệp lập hồ sơ đề
        nghị cấp lại Giấy phép
        Sở Xây dựng Trước ngày
        30/11/2026
        II. Công tác chuyển đổi số
        3 Cập nhật cơ sở dữ liệu về giấy phép,
        \u{0C}TT Nội dung Đơn vị chủ trì Thời gian
        hoàn thành
        kho chứa và khối lượng vật liệu nổ
        Công an tỉnh Hằng quý
        4 Xử lý vi phạm hành chính Sở Công Thương Thường xuyên
        Tổng cộng
        """
        let t = try Self.table(text)
        #expect(t.columns == ["TT", "Nội dung Đơn vị chủ trì Thời gian hoàn thành"])
        #expect(t.rows.map { $0.cells[0].text } == ["I", "1", "2", "II", "3", "4", ""])
        #expect(t.rows[0].cells[1].text == "Công tác phối hợp")
        #expect(t.rows[1].cells[1].text == "Rà soát, thống kê các đơn vị được cấp Giấy phép sử dụng vật liệu nổ công nghiệp còn hiệu lực Sở Công Thương Quý I/2026")
        // The row cut by the page break goes on after the repeated header.
        #expect(t.rows[4].cells[1].text == "Cập nhật cơ sở dữ liệu về giấy phép, kho chứa và khối lượng vật liệu nổ Công an tỉnh Hằng quý")
        #expect(t.rows[6].cells[1].text == "Tổng cộng")
        // Dates are still read from the joined cell.
        #expect(t.rows[2].cells[1].values.map(\.value) == ["2026-11-30"])
        #expect(t.cellsJoined)
    }

    /// Sections "1." over rows 1.1, 1.2; letter sections with the title on the line after the label; rows
    /// numbered again from 1 under each section.
    @Test(arguments: [
        ("""
        TT Nhiệm vụ Đơn vị chủ trì Thời gian
        1. CÔNG TÁC TUYÊN TRUYỀN
        1.1 Tuyên truyền, phổ biến pháp luật về khoáng sản Sở Xây dựng Quý II/2026
        1.2 Tập huấn cho cán bộ cấp xã
        Công an tỉnh Năm 2026
        2. CÔNG TÁC KIỂM TRA
        2.1 Kiểm tra các điểm mỏ Sở Công Thương Tháng 9/2026
        """, ["1", "1.1", "1.2", "2", "2.1"]),
        ("""
        TT Nhiệm vụ Đơn vị chủ trì Thời gian
        A
        Công tác kiểm tra, giám sát
        1 Đào tạo kỹ năng số cho cán bộ Sở Khoa học và Công
        nghệ Quý III/2026
        2 Làm việc với các sở, ban, ngành Tháng 6/2026
        B
        Nhiệm vụ thường xuyên
        1 Cập nhật cơ sở dữ liệu Sở Tài chính Hằng quý
        """, ["A", "1", "2", "B", "1"]),
    ])
    func sectionLabels(_ text: String, _ labels: [String]) throws {
        let t = try Self.table(text)
        #expect(t.rows.map { $0.cells[0].text } == labels)
    }

    /// Nothing marks where the last row ends: a note ends it, and prose after it is not taken far beyond the
    /// length of the other rows.
    @Test func theLastRowStopsAtANoteAndIsNotLongerThanTheOthersAllow() throws {
        let noted = try Self.table("""
        STT Nội dung Đơn vị thực hiện
        1 Kiểm tra an toàn Sở Công Thương
        2 Báo cáo kết quả Sở Xây dựng
        Ghi chú: các đơn vị báo cáo trước ngày 15/12/2026.
        """)
        #expect(noted.rows.count == 2)
        #expect(noted.rows[1].cells[1].text == "Báo cáo kết quả Sở Xây dựng")

        let prose = try Self.table("""
        STT Nội dung Đơn vị thực hiện
        1 Kiểm tra an toàn Sở Công Thương
        2 Báo cáo kết quả Sở Xây dựng
        Trên đây là danh mục nhiệm vụ năm 2026
        Các cơ quan, đơn vị căn cứ chức năng
        nhiệm vụ được giao tổ chức thực hiện
        Trong quá trình thực hiện nếu có vướng mắc
        """)
        #expect(prose.rows.count == 2)
        #expect(prose.rows[1].cells[1].text == "Báo cáo kết quả Sở Xây dựng Trên đây là danh mục nhiệm vụ năm 2026 Các cơ quan, đơn vị căn cứ chức năng")
    }

    /// Row numbers alone, with the other cells after them (a column emitted on its own), or a number
    /// sequence that does not start at 1, are not rows of text.
    @Test(arguments: [
        """
        TT Nội dung Đơn vị
        1
        2
        3
        Kiểm tra an toàn Sở Công Thương
        """,
        """
        TT Nội dung Đơn vị
        3 Kiểm tra an toàn Sở Công Thương
        4 Báo cáo kết quả Sở Xây dựng
        """,
        """
        TT Nội dung Đơn vị
        Các đơn vị báo cáo kết quả thực hiện.
        1 Kiểm tra an toàn Sở Công Thương
        2 Báo cáo kết quả Sở Xây dựng
        """,
    ])
    func noRowsOfText(_ text: String) {
        if case .tables(let tables, _)? = Self.read(text) {
            #expect(tables.allSatisfy { !$0.cellsJoined }, "\(tables.map(\.rows.count))")
        }
    }

    /// In a table written one cell per line, a figure equal to the next row number ("4" cơ sở in row 3)
    /// stays in its row.
    @Test func aFigureLikeTheNextNumberStaysInItsRow() throws {
        let t = try Self.table("""
        STT
        Đơn vị
        Số cơ sở
        Số lượt
        kiểm tra
        1
        UBND xã Cẩm Khê
        13
        3
        2
        UBND xã Tam Nông
        23
        2
        3
        UBND xã Lạc Thủy
        4
        5
        4
        UBND phường Việt Trì
        10
        1
        """)
        #expect(t.rows.count == 4)
        #expect(TableReaderTests.grid(t)[2] == ["3", "UBND xã Lạc Thủy", "4", "5"])
        #expect(!t.cellsJoined)
    }

    /// More columns than single spaces can tell apart (once reported unreadable): the rows, with their cells joined.
    @Test func moreColumnsThanCanBeToldApartStillGiveTheRows() throws {
        let t = try Self.table("TT Nội dung Đơn vị Thời gian Ghi chú\n1 Kiểm tra an toàn Sở Công Thương Quý II/2026\n2 Báo cáo kết quả Phòng Kỹ thuật Tháng 6/2026")
        #expect(t.columns == ["TT", "Nội dung Đơn vị Thời gian Ghi chú"])
        #expect(t.rows.map { $0.cells.map(\.text) } == [["1", "Kiểm tra an toàn Sở Công Thương Quý II/2026"], ["2", "Báo cáo kết quả Phòng Kỹ thuật Tháng 6/2026"]])
    }

    /// One cell per line under headings that wrap word by word and a column-number row, one per line: the
    /// heading is long in lines, not a paragraph, and the rows are read cell by cell.
    @Test func headingsWrappedWordByWordAndColumnNumbers() throws {
        let text = (["STT", "Nội dung, nhiệm vụ", "Địa điểm", "Tổng", "kinh phí", "(triệu", "đồng)", "Ngân", "sách", "trung", "ương",
                     "Ngân", "sách", "địa", "phương", "Ghi chú"] + (1...7).map { "(\($0))" } +
                    ["1", "Xây dựng cơ sở dữ liệu khoáng sản", "xã Sơn Dương", "1.275", "900", "375", "Khởi công mới",
                     "2", "Giám sát việc ký quỹ cải tạo", "xã Na Hang", "2.925", "1.600", "1.325", "Chuyển tiếp"]).joined(separator: "\n")
        let t = try Self.table(text)
        #expect(t.rows.count == 2)
        #expect(!t.cellsJoined)
        #expect(t.rows.map { $0.cells[0].text } == ["1", "2"])
        // (Where "xã Na Hang" belongs, its own cell or the end of the one above, lower case cannot tell.)
        #expect(t.rows[1].cells[1].text.hasPrefix("Giám sát việc ký quỹ cải tạo"))
    }

    /// The appendix says how the table was read.
    @Test func theAppendixSaysTheCellsAreJoined() throws {
        let text = """
        PHỤ LỤC
        DANH MỤC NHIỆM VỤ
        TT Nội dung Đơn vị chủ trì Thời gian
        1 Rà soát các mỏ Sở Công Thương Quý I/2026
        2 Hướng dẫn doanh nghiệp Sở Xây dựng Quý II/2026
        """
        let lines = TableReaderTests.lines(text)
        var diagnostics: [Diagnostic] = []
        let appendices = AppendixParser().parse(lines, starts: [0], diagnostics: &diagnostics)
        #expect(appendices.first?.tables.first?.rows.count == 2)
        let d = try #require(diagnostics.first { $0.rule == "table.cells-joined" })
        #expect(d.severity == .info)
        #expect(d.span.start.line == 3)
    }
}
