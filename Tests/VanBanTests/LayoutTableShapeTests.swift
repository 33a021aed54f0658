import Foundation
import Testing
@testable import VanBan

/// `-layout` tables as pdftotext writes Word tables: a narrow TT column whose numbers stand one space from
/// the row's first cell, a page holding a single row number, section rows, no row numbers at all. Shapes of
/// the synthetic set's renderings (Evaluation/synthetic-tables).
@Suite struct LayoutTableShapeTests {
    static let text = """
    STT                  Nội dung                     Đơn vị thực hiện     Thời gian
      1 Rà soát các mỏ đủ điều kiện để trình kế     Sở Công Thương       Quý I/2026
        hoạch đấu giá quyền khai thác
      2 Tuyên truyền, phổ biến pháp luật về địa     Công an tỉnh         Thường xuyên
        chất và khoáng sản cho cán bộ, doanh
        nghiệp và Nhân dân
      3 Bồi dưỡng chuyên môn, nghiệp vụ cho         UBND các xã, phường Trước ngày
        công chức quản lý khoáng sản cấp xã                             30/11/2026
      4 Kiểm tra việc lắp đặt trạm cân, camera      Sở Xây dựng          Thường xuyên
    \u{0C}     giám sát tại các mỏ đang khai thác
         trên địa bàn tỉnh Thái Nguyên
    5    Xây dựng, cập nhật cơ sở dữ liệu chuyên     Sở Tài chính         Tháng 9/2026
         ngành địa chất, khoáng sản
    """

    @Test func numbersOneSpaceFromTheTextAreAColumn() throws {
        guard case .tables(let tables, _)? = TableReader().read(TableReaderTests.lines(Self.text), from: 0) else {
            Issue.record("no table"); return
        }
        let t = try #require(tables.first)
        #expect(t.columns == ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"])
        #expect(t.rows.map { $0.cells[0].text } == ["1", "2", "3", "4", "5"])
        #expect(t.rows[2].cells.map(\.text) == ["3", "Bồi dưỡng chuyên môn, nghiệp vụ cho công chức quản lý khoáng sản cấp xã", "UBND các xã, phường", "Trước ngày 30/11/2026"])
        // The row cut by the page break, and the page's single row number.
        #expect(t.rows[3].cells[1].text == "Kiểm tra việc lắp đặt trạm cân, camera giám sát tại các mỏ đang khai thác trên địa bàn tỉnh Thái Nguyên")
        #expect(t.rows[4].cells.map(\.text) == ["5", "Xây dựng, cập nhật cơ sở dữ liệu chuyên ngành địa chất, khoáng sản", "Sở Tài chính", "Tháng 9/2026"])
    }

    /// Section rows merged across the table ("A. CÔNG TÁC …", "B" before its title), the numbering
    /// starting again under each; the first section row under the header is a row, not a heading.
    @Test func sectionRowsAndNumberingStartingAgain() throws {
        let text = """
        TT                  Nhiệm vụ                    Đơn vị chủ trì       Thời gian
        A. CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT
         1   Nâng cấp hệ thống thông tin giải quyết  Sở Tài chính         Quý III/2026
             thủ tục hành chính của tỉnh
         2   Hỗ trợ đăng ký bảo hộ quyền sở hữu trí Công an tỉnh          Năm 2026
             tuệ cho sản phẩm chủ lực
        B.   HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH
         1   Tổng hợp, báo cáo kết quả thực hiện     Sở Tài chính         Trước ngày
             Nghị quyết định kỳ hằng quý                                  30/11/2026
         2   Hỗ trợ doanh nghiệp đổi mới công nghệ   Sở Công Thương       Năm 2026
        """
        guard case .tables(let tables, _)? = TableReader().read(TableReaderTests.lines(text), from: 0) else {
            Issue.record("no table"); return
        }
        let t = try #require(tables.first)
        #expect(t.columns == ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"])
        #expect(t.rows.map { $0.cells[0].text } == ["A.", "1", "2", "B.", "1", "2"])
        #expect(t.rows[0].cells[1].text == "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT")
        #expect(t.rows[4].cells.map(\.text) == ["1", "Tổng hợp, báo cáo kết quả thực hiện Nghị quyết định kỳ hằng quý", "Sở Tài chính", "Trước ngày 30/11/2026"])
    }

    /// No row-number column and no blank lines: a row opens where the first column and most others start
    /// a cell, not where a cell goes on in lower case under its line above; an address may start in lower case.
    @Test func rowsWithoutNumbersOpenWhereTheCellsDo() throws {
        let text = """
        Tên tổ chức, doanh nghiệp             Địa chỉ                  Nội dung              Ghi
                                                                                             chú
        Doanh nghiệp tư nhân Khai      xã Tam Nông, tỉnh Phú    Đầu tư tuyến đường kết     Định kỳ
        khoáng Bảo Ái                  Thọ                      nối ngoài hàng rào cụm
                                                                công nghiệp
        Công ty cổ phần Xây dựng       xã Tam Nông, tỉnh Phú    Kiểm tra tình hình triển   Định kỳ
        Hoàng Long                     Thọ                      khai các dự án thứ cấp
                                                                chậm tiến độ
        Công ty cổ phần Nông sản       xã Lâm Thao, tỉnh Phú    Lập quy hoạch chi tiết     Tái
        Tây Bắc                        Thọ                      xây dựng tỷ lệ 1/500       kiểm tra
        """
        guard case .tables(let tables, _)? = TableReader().read(TableReaderTests.lines(text), from: 0) else {
            Issue.record("no table"); return
        }
        let t = try #require(tables.first)
        #expect(t.columns == ["Tên tổ chức, doanh nghiệp", "Địa chỉ", "Nội dung", "Ghi chú"])
        #expect(t.rows.map { $0.cells.map(\.text) } == [
            ["Doanh nghiệp tư nhân Khai khoáng Bảo Ái", "xã Tam Nông, tỉnh Phú Thọ", "Đầu tư tuyến đường kết nối ngoài hàng rào cụm công nghiệp", "Định kỳ"],
            ["Công ty cổ phần Xây dựng Hoàng Long", "xã Tam Nông, tỉnh Phú Thọ", "Kiểm tra tình hình triển khai các dự án thứ cấp chậm tiến độ", "Định kỳ"],
            ["Công ty cổ phần Nông sản Tây Bắc", "xã Lâm Thao, tỉnh Phú Thọ", "Lập quy hoạch chi tiết xây dựng tỷ lệ 1/500", "Tái kiểm tra"],
        ])
    }

    /// Prose and signature lines set apart by wide spaces are not headings of a table.
    @Test(arguments: [
        "Nơi nhận:                                       KT. GIÁM ĐỐC\n- Công an tỉnh;                                 PHÓ GIÁM ĐỐC",
        "Trên đây là kế hoạch.      Các đơn vị thực hiện.      Báo cáo kết quả.\nSở Công Thương    Sở Xây dựng    Sở Tài chính",
    ])
    func noHeadingsNoTable(_ text: String) {
        if case .tables(let tables, _)? = TableReader().read(TableReaderTests.lines(text), from: 0) {
            Issue.record("read as a table: \(tables.map(\.columns))")
        }
    }

    /// A section heading over the table is no heading cell centred on the STT label (a real decision's list
    /// printed three across): the columns are the header's.
    @Test func aTitleAboveTheLabelIsNotHeading() throws {
        let text = """
        II. Địa bàn có điều kiện kinh tế - xã hội khó khăn

         STT  Tên xã/phường           STT   Tên xã/phường    STT    Tên xã/phường
          1 Phường Cam Đường           4  Phường Trung Tâm    7  Xã Xuân Ái
          2 Phường Lào Cai             5  Xã Quy Mông         8  Xã Yên Bình
          3 Phường Nghĩa Lộ            6  Xã Trấn Yên
        """
        let lines = TableReaderTests.lines(text)
        #expect(LayoutTableReader().read(lines, from: 0) == nil)
        guard case .tables(let tables, _)? = LayoutTableReader().read(lines, from: 2), let t = tables.first else {
            Issue.record("no table"); return
        }
        #expect(t.columns == ["STT", "Tên xã/phường", "STT", "Tên xã/phường", "STT", "Tên xã/phường"])
        #expect(t.rows[2].cells.map(\.text) == ["3", "Phường Nghĩa Lộ", "6", "Xã Trấn Yên", "", ""])
        // The table reader then puts the three blocks one under the other (SideBySideTableTests).
        guard case .tables(let unfolded, _)? = TableReader().read(lines, from: 2) else { Issue.record("no table"); return }
        #expect(unfolded.first?.rows.count == 8)
    }

    /// A number one space before a lowercase word is text ("30 ngày"), not a row number.
    @Test func aNumberBeforeALowercaseWordStaysText() {
        let frags = LayoutTableReader.fragments(of: TableReaderTests.lines("  30 ngày kể từ ngày ký     Sở Tài chính")[0], index: 0)
        #expect(frags.map(\.string) == ["30 ngày kể từ ngày ký", "Sở Tài chính"])
        let split = LayoutTableReader.fragments(of: TableReaderTests.lines("  3 Bồi dưỡng chuyên môn     Sở Tài chính")[0], index: 0)
        #expect(split.map(\.string) == ["3", "Bồi dưỡng chuyên môn", "Sở Tài chính"])
    }

    /// A page's number left at the foot of the page (the form feed lost) is no line of the last row's cell.
    @Test func aPageNumberUnderTheLastRowIsNotACell() throws {
        let text = """
         STT     Tên xã/phường       STT      Tên xã/phường
           1   Phường Cầu Thia         3    Xã Hợp Thành
           2   Phường Sa Pa            4    Xã Phong Dụ Hạ
                                            2

        II. Địa bàn có điều kiện kinh tế - xã hội khó khăn
        """
        guard case .tables(let tables, let end)? = LayoutTableReader().read(TableReaderTests.lines(text), from: 0), let t = tables.first else {
            Issue.record("no table"); return
        }
        #expect(t.rows[1].cells.map(\.text) == ["2", "Phường Sa Pa", "4", "Xã Phong Dụ Hạ"])
        #expect(end == 3)   // the page number stays a line of its own
    }

    /// A table of boundary points under its caption: the caption is no heading, and a heading line holding two
    /// headings one space apart (a piece of 67 characters) is a heading all the same (real-tables-5, file 01).
    @Test func aCaptionAboveAndHeadingsOneSpaceApart() throws {
        let text = """
               - Bảng hệ tọa độ VN 2,000, kinh tuyến trục 104º45’, múi chiếu 3º
        Tên       Hệ tọa độ VN 2,000, kinh    Tên    Hệ tọa độ VN 2,000, kinh      Diện tích
        điểm    tuyến trục 104º45’, múi chiếu điểm tuyến trục 104º45’, múi chiếu     (m2)
                             3º                                 3º
        Mốc          X               Y        Mốc        X               Y
         1      2456383,596     439985,188     4  2459516,691      441008,23     4.826.000
         2      2456357,149     440052,813     5  2459509,491      441006,18
         3      2456257,099     440261,594     6  2459496,533     441000,942
        """
        let lines = TableReaderTests.lines(text)
        #expect(LayoutTableReader().read(lines, from: 0) == nil)
        guard case .tables(let tables, _)? = LayoutTableReader().read(lines, from: 1), let t = tables.first else {
            Issue.record("no table"); return
        }
        #expect(t.rows.map { $0.cells[0].text } == ["1", "2", "3"])
        #expect(Array(t.rows[0].cells.map(\.text).prefix(6)) == ["1", "2456383,596", "439985,188", "4", "2459516,691", "441008,23"])
    }
}

/// Two layout tables of one appendix with no blank line between them, as an extraction that writes none leaves them
/// (Corpus/15, its appendix's blank lines taken out, as Evaluation/metamorphic's no-blank transform does).
@Suite struct LayoutTablesWithoutBlankLinesTests {
    @Test func theNextTablesHeadingEndsTheTableAboveIt() {
        let lines = RuleFixture.text("15_").components(separatedBy: "\n")
        guard let label = lines.firstIndex(where: { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \u{0C}")) == "Phụ lục" }) else {
            Issue.record("Corpus/15 has no appendix label"); return
        }
        let text = (lines[..<label] + lines[label...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty || $0.contains("\u{0C}") })
            .joined(separator: "\n")
        let document = DocumentParser().parse(text: text, name: "15.txt")
        #expect(document.appendices.flatMap(\.tables).map(\.rows.count) == [85, 85])
    }
}
