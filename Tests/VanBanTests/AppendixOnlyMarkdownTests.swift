import Testing
@testable import VanBan

/// A document that is only an appendix, converted to Markdown and cut from a longer file (the shape of a
/// real draft decision's Phụ lục IV in a public repository): a page number above the label, a pipe table
/// whose region and province rows are one cell each.
@Suite struct AppendixOnlyMarkdownTests {
    static let text = """
    11
    Phụ lục IV
    DANH MỤC CÁC CƠ SỞ PHÁT THẢI KHÍ NHÀ KÍNH PHẢI THỰC HIỆN KIỂM KÊ
    *(Kèm theo Quyết định số            /2024/QĐ-TTg ngày     tháng      năm 2024 của Thủ tướng Chính phủ)*
    | STT | Tên cơ sở | Địa chỉ | Tiêu thụ năng lượng (TOE) |
    | --- | --- | --- | --- |
    | I. TÂY BẮC BỘ |
    | 1. Tỉnh Hòa Bình |
    | 1 | Nhà máy Xi măng Trung Sơn | Xã Trung Sơn, huyện Lương Sơn | 41.230 |
    | 2 | Nhà máy Xi măng X18 | Xã Ngọc Lương, huyện Yên Thủy | 40.610 |
    | 2. Tỉnh Sơn La |
    | 3 | Công ty cổ phần xi măng Mai Sơn | Xã Nà Bó, huyện Mai Sơn | 36.246 |
    | II. ĐÔNG BẮC BỘ |
    | 1. Tỉnh Bắc Giang |
    | 4 | Công ty Cổ phần xe khách Bắc Giang | Phường Xương Giang | 1.410 |
    """

    @Test func theAppendixAndItsSectionRows() throws {
        let document = try DocumentParser().parse(bytes: Array(Self.text.utf8), name: "pl-iv.md")
        let appendix = try #require(document.appendices.first)
        #expect(appendix.label == "Phụ lục IV")
        let table = try #require(appendix.tables.first)
        #expect(table.rows.map { $0.cells.first?.text ?? "" } == ["I", "1. Tỉnh Hòa Bình", "1", "2", "2. Tỉnh Sơn La", "3", "II", "1. Tỉnh Bắc Giang", "4"])
        #expect(table.rows[3].cells.map(\.text) == ["2", "Nhà máy Xi măng X18", "Xã Ngọc Lương, huyện Yên Thủy", "40.610"])
        // No header is looked for in an appendix sent on its own.
        #expect(!document.diagnostics.contains { $0.rule == "table.unreadable" })
        // Its title is the document's subject, and the subject points at the title's lines, not the whole appendix.
        let subject = try #require(document.header.subject)
        #expect(subject.text == appendix.title)
        #expect(subject.span.end.line < table.span.start.line)
    }

    /// Two Markdown tables, each under its caption, with the blank lines between them lost: "2. Danh mục …" over the
    /// second table's header and separator is its caption, not a section row of the first (real-tables-4, file 02).
    @Test func aCaptionBetweenTwoTablesIsNoSectionRow() throws {
        let text = """
        PHỤ LỤC
        DANH MỤC THỦ TỤC HÀNH CHÍNH
        1. Danh mục thủ tục hành chính mới ban hành
        | STT | Mã TTHC gốc | Tên thủ tục hành chính |
        |---|---|---|
        | I. | Lĩnh vực: Lưu thông hàng hóa trong nước |  |
        | 1 | 1.010696 | Cấp giấy tiếp nhận thông báo kinh doanh xăng dầu |
        2. Danh mục thủ tục hành chính sửa đổi, bổ sung
        | STT | Mã TTHC gốc | Tên thủ tục hành chính | Tên VBQPPL quy định nội dung sửa đổi |
        |---|---|---|---|
        | 1 | 2.000674 | Cấp Giấy xác nhận đủ điều kiện làm tổng đại lý | Nghị định số 95/2021/NĐ-CP |
        | 2 | 2.000666 | Cấp lại Giấy xác nhận | Nghị định số 95/2021/NĐ-CP |
        """
        let document = try DocumentParser().parse(bytes: Array(text.utf8), name: "danh-muc.md")
        let tables = try #require(document.appendices.first).tables
        #expect(tables.map(\.rows.count) == [2, 2])
        #expect(tables.map(\.columns.count) == [3, 4])
    }

    /// A Markdown row spilt over a page break: no number, its text going on from the cell above ("(5) …", "trực
    /// tuyến …") belongs to that row; a row with no number that starts anew (a sub-row) stays a row.
    @Test func aRowSpiltOverAPageBreakIsOneRow() throws {
        let text = """
        PHỤ LỤC II
        DANH MỤC CÁC NHIỆM VỤ
        | STT | Nhiệm vụ | Cơ quan chủ trì |
        |---|---|---|
        | 1. | Hoàn thành các nhiệm vụ, gồm: (1) Định danh tàu thuyền; (2) Định danh địa điểm; | Bộ Công an |
        |  | (3) Xây dựng sàn giao dịch việc làm quốc gia. |  |
        | 2. | Công khai kết quả giải quyết thủ tục | Bộ Nội vụ |
        |  | trực tuyến và định kỳ đánh giá. |  |
        | 3. | Đầu tư dự án khai thác | Bộ Công Thương |
        |  | Nhà máy alumin Bình Phước | Bộ Công Thương |
        | 4. | HTX vận tải Trần Phú | Tổ 18, phường Nguyễn Trãi; |
        |  |  | Gmail: vantaitranphu@gmail.com |
        """
        let document = try DocumentParser().parse(bytes: Array(text.utf8), name: "pl-ii.md")
        let table = try #require(document.appendices.first?.tables.first)
        #expect(table.rows.map { $0.cells[0].text } == ["1.", "2.", "3.", "", "4."])
        #expect(table.rows[4].cells[2].text == "Tổ 18, phường Nguyễn Trãi; Gmail: vantaitranphu@gmail.com")
        #expect(table.rows[1].cells[1].text == "Công khai kết quả giải quyết thủ tục trực tuyến và định kỳ đánh giá.")
    }
    /// The parent named in an appendix alone is a cited document when it has its number, whatever the Markdown
    /// emphasis around the line ("_(Ban hành kèm theo …)_", held-out code-5 12); a draft's "/2024/QĐ-TTg" names none.
    @Test func theParentOfAnAppendixAloneIsCitedWhenNumbered() throws {
        let numbered = """
        ## **Phụ lục I DANH MỤC VÀ MÃ SỐ CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ**

        _(Ban hành kèm theo Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê)_

        | Stt | Mã số | Tên đơn vị hành chính |
        | --- | --- | --- |
        | 1 | 00004 | Phường Ba Đình |
        | 2 | 00008 | Phường Ngọc Hà |
        """
        let document = try DocumentParser().parse(bytes: Array(numbered.utf8), name: "pl-i.md")
        #expect(document.header.subject?.text == "DANH MỤC VÀ MÃ SỐ CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ")
        #expect(document.references.map(\.number.canonical) == ["1027/CTK-CSCL"])
        #expect(document.references.first?.date?.value == "2025-06-25")
        let draft = try DocumentParser().parse(bytes: Array(Self.text.utf8), name: "pl-iv.md")
        #expect(draft.references.isEmpty)
    }
}
