import Testing
@testable import VanBan

/// Word documents as `pandoc -t plain` and LibreOffice print them (synthetic set 7): the header table drawn as a
/// grid ("+----+----+"), and a subject typed as two paragraphs, set apart by a blank line; and a Markdown copy whose
/// first heading is the header itself (held-out 2026-11-code 09).
@Suite struct PandocPlainTextTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    static let gridHeader = [
        "+--------------------------+-------------------------------------------+",
        "| UBND TỈNH THÁI NGUYÊN    | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM        |",
        "|                          |                                           |",
        "| SỞ CÔNG THƯƠNG           | Độc lập - Tự do - Hạnh phúc               |",
        "+==========================+===========================================+",
        "| Số: 4668/QĐ-SCT          | Thái Nguyên, ngày 13 tháng 6 năm 2026     |",
        "+--------------------------+-------------------------------------------+",
        "",
    ]

    @Test func aGridHeaderThenTheSubjectAsTwoParagraphs() {
        let lines = Self.gridHeader + ["QUYẾT ĐỊNH", "", "Về việc thành lập Đoàn kiểm tra công", "",
                                       "tác quản lý, sử dụng vật liệu nổ công nghiệp năm 2026", "", "GIÁM ĐỐC SỞ CÔNG THƯƠNG", "",
                                       "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "", "QUYẾT ĐỊNH:", "",
                                       "Điều 1. Thành lập Đoàn kiểm tra.", "", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
        let document = Self.parse(lines)
        #expect(document.header.issuer?.text == "SỞ CÔNG THƯƠNG")
        #expect(document.header.documentType?.name == "Quyết định")
        #expect(document.header.subject?.text == "Về việc thành lập Đoàn kiểm tra công tác quản lý, sử dụng vật liệu nổ công nghiệp năm 2026")
        #expect(document.body.compactMap(\.marker) == ["Điều 1", "Điều 2"])
        // The grid's rules are no paragraphs of the body.
        #expect(!document.body.contains { ($0.text ?? "").contains("---") })
    }

    /// After a blank line a paragraph that starts in capitals is the body's, and so is one under a subject that
    /// ends its sentence.
    @Test func theBodyAfterTheSubjectStaysTheBody() {
        let lines = Self.gridHeader + ["KẾ HOẠCH", "", "Kiểm tra công tác quản lý năm 2026", "",
                                       "Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ, Sở ban hành Kế hoạch.", "",
                                       "I. MỤC ĐÍCH, YÊU CẦU"]
        let header = Self.parse(lines).header
        #expect(header.subject?.text == "Kiểm tra công tác quản lý năm 2026")
    }

    /// "# CHÍNH PHỦ CỘNG HÒA XÃ HỘI …" opens the document: a heading that holds the quốc hiệu is no collector's note.
    @Test func aMarkdownHeadingHoldingTheNationalTitleIsTheHeader() {
        let lines = ["# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  ", "Độc lập - Tự do - Hạnh phúc", "", "Số: 03/NQ-CP  ",
                     "Hà Nội, ngày 09 tháng 01 năm 2025", "", "# NGHỊ QUYẾT", "## Ban hành Chương trình hành động của Chính phủ",
                     "", "# CHÍNH PHỦ", "", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"]
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "CHÍNH PHỦ")
        #expect(header.number?.canonical == "03/NQ-CP")
        // A collector's heading above the document is still a note.
        let noted = Self.parse(["# KH-134 — BẢN TEXT", ""] + Self.gridHeader + ["KẾ HOẠCH", "Kiểm tra năm 2026", "I. MỤC ĐÍCH"]).header
        #expect(noted.issuer?.text == "SỞ CÔNG THƯƠNG")
    }
}
