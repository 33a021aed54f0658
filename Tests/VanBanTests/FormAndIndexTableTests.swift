import Testing
@testable import VanBan

/// Tables of annexes and forms in decrees and circulars (held-out code-4 02, 04, 05): indexes without a heading,
/// a number column that says what it numbers, headings spanning sub-headings in several groups, and blank form
/// rows in Markdown.
@Suite struct FormAndIndexTableTests {
    /// "Phụ lục I.1" … "Phụ lục I.7", "Phụ lục II": an index of annexes with no heading, its identifiers going on
    /// at one level or the next.
    @Test func anIndexOfAnnexesWithoutAHeading() {
        let text = """
        Phụ lục I.1 | Cắt giảm thủ tục hành chính thuộc phạm vi quản lý của Bộ Quốc phòng
        Phụ lục I.2 | Cắt giảm thủ tục hành chính thuộc phạm vi quản lý của Bộ Nội vụ
        Phụ lục I.3 | Cắt giảm thủ tục hành chính thuộc phạm vi quản lý của Bộ Tài chính
        Phụ lục II | Danh mục văn bản được đề xuất sửa đổi, bổ sung
        """
        let table = TableReaderTests.tables(text).first
        #expect(table?.rows.count == 4)
        #expect(table?.rows.last?.cells.first?.text == "Phụ lục II")
    }

    @Test func labelSequencesGoOnByOneAtSomeLevel() {
        #expect(PipeTableHeading.isLabelSequence(["Biểu số 01", "Biểu số 02", "Biểu số 03"]))
        #expect(PipeTableHeading.isLabelSequence(["Phụ lục I", "Phụ lục I.1", "Phụ lục I.2", "Phụ lục II"]))
        #expect(!PipeTableHeading.isLabelSequence(["Phụ lục I.1", "Phụ lục I.3"]))
        #expect(!PipeTableHeading.isLabelSequence(["Biểu số 01", "Mẫu số 02"]))
    }

    /// "STT các mẫu … được thay thế" heads the number column, whatever the numbers (06, 08, 10 …).
    @Test func aNumberColumnThatSaysWhatItNumbers() throws {
        let text = """
        STT các mẫu tại Thông tư số 38/2025/TT-BCT được thay thế | Tên biểu mẫu | Thay thế các biểu mẫu tương ứng
        II | Lĩnh vực: Kinh doanh thuốc lá
        06 | Phụ lục 20. Mẫu Giấy phép phân phối sản phẩm thuốc lá | Thay thế Phụ lục 20 Thông tư số 57/2018/TT-BCT
        08 | Phụ lục 24. Mẫu Giấy phép bán lẻ sản phẩm thuốc lá | Thay thế Phụ lục 24 Thông tư số 57/2018/TT-BCT
        10 | Phụ lục 43. Mẫu cấp sửa đổi Giấy phép phân phối | Thay thế Phụ lục 43 Thông tư số 57/2018/TT-BCT
        """
        let table = try #require(TableReaderTests.tables(text).first)
        #expect(table.rows.map { $0.cells[0].text } == ["II", "06", "08", "10"])
        #expect(!TableText.numberHeader.matches("TT Lào Cai"))   // a name in capitals is no description
    }

    /// Sub-headings under several headings, in groups the cells show ("Năm …" over two "Lượng" each), and in groups
    /// they do not (then the sub-headings name the columns alone).
    @Test func headingsOverSeveralGroupsOfSubHeadings() throws {
        let groups = try #require(PipeTableHeading.spannedColumns(
            ["TT", "Tên chất", "Năm 2024", "Năm 2025", "Thông tin khác"],
            ["", "", "Lượng (kg)", "Lượng (tấn)", "Lượng (kg)", "Lượng (tấn)", ""]))
        #expect(groups == ["TT", "Tên chất", "Năm 2024: Lượng (kg)", "Năm 2024: Lượng (tấn)", "Năm 2025: Lượng (kg)",
                           "Năm 2025: Lượng (tấn)", "Thông tin khác"])
        let untold = try #require(PipeTableHeading.spannedColumns(
            ["TT", "Thông tin về chất", "Hạn ngạch được phân bổ", "Tổng lượng sử dụng"],
            ["", "Tên chất", "Mã HS", "Lượng (kg)", "Lượng (tấn)", "Giá trung bình"]))
        #expect(untold == ["TT", "Tên chất", "Mã HS", "Lượng (kg)", "Lượng (tấn)", "Giá trung bình"])
        // A row of data under the heading names nothing.
        #expect(PipeTableHeading.spannedColumns(["TT", "Nội dung", "Kết quả"], ["", "1", "Đạt", "Tốt"]) == nil)
        #expect(PipeTableHeading.spannedColumns(["TT", "Nội dung", "Kết quả"], ["", "", "I", "II"]) == nil)
    }

    /// Held-out code-8 10 (Thông tư 34/2026/TT-BXD, Word text): levels in Roman figures under the heading they
    /// grade are its columns, after a first name ("Cấp công trình" over "Đặc biệt | I | II | III | IV").
    @Test func levelsUnderAHeadingAreItsColumns() throws {
        let names = try #require(PipeTableHeading.spannedColumns(["STT", "Loại công trình", "Tiêu chí phân cấp", "Cấp công trình"],
                                                                 ["", "", "", "Đặc biệt", "I", "II", "III", "IV"]))
        #expect(names == ["STT", "Loại công trình", "Tiêu chí phân cấp", "Cấp công trình: Đặc biệt", "Cấp công trình: I",
                          "Cấp công trình: II", "Cấp công trình: III", "Cấp công trình: IV"])
    }

    /// A blank form in Markdown: every line is a drawn row. Rows under a sub-row are its siblings, and a "..." to
    /// fill in is a cell of its own, not the rest of the cell above.
    @Test func aBlankFormsRowsAreAllRows() throws {
        let t = try MarkdownTableHeadingTests.table("""
        | TT | Loại thiết bị | Số lượng | Tên chất |
        | --- | --- | --- | --- |
        | 1. | Sản xuất thiết bị có chứa chất được kiểm soát |  |  |
        |  | Điều hòa không khí |  | HCFC... |
        |  | ... |  | HFC... |
        | 2. | Nhập khẩu thiết bị |  |  |
        |  |  |  | HCFC... |
        |  |  |  | HFC... |
        """)
        #expect(t.rows.count == 6)
        #expect(t.rows.map { $0.cells[3].text } == ["", "HCFC...", "HFC...", "", "HCFC...", "HFC..."])
    }
    /// A Word heading one of whose cells holds a line break ("STT | Tên khoa học" / "(danh pháp IUPAC) | Tên chất | …",
    /// held-out code-7 07) is one heading row.
    @Test func aHeadingCellWithALineBreak() throws {
        let text = """
        STT | Tên khoa học
        (danh pháp IUPAC) | Tên chất | Mã số CAS | Công thức hóa học
        1. | 1,3-Butadiene | 1,3-Butadien | 106-99-0 | C4H6
        2. | Ethanoic acid | Axit Axetic (GAA) | 64-19-7 | C2H4O2
        3. | Acrylonitrile | Acrylonitrile | 107-13-1 | C3H3N
        """
        let table = try #require(TableReaderTests.tables(text).first)
        #expect(table.columns == ["STT", "Tên khoa học (danh pháp IUPAC)", "Tên chất", "Mã số CAS", "Công thức hóa học"])
        #expect(table.rows.count == 3)
        if case .tables(_, let end)? = TableReaderTests.outcome(text) { #expect(end == 5) } else { Issue.record("no table") }
    }
}
