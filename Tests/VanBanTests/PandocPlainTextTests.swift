import Testing
@testable import VanBan

/// Word documents as `pandoc -t plain` and LibreOffice print them (synthetic set 7): the header table drawn as a
/// grid ("+----+----+"), and a subject typed as two paragraphs, set apart by a blank line.
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
}
