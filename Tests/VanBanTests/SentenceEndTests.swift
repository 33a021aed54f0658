import Testing
@testable import VanBan

/// `UnbreakLines.endsSentence`, read from a paragraph's end: the stops that end a sentence, inside a closing quote or
/// bracket, Markdown's bold, and what does not end one.
@Suite struct SentenceEndTests {
    @Test(arguments: [
        ("Thực hiện Kế hoạch số 359-KH/TU.", true),
        ("các nội dung sau:", true),
        ("các đơn vị;   ", true),
        ("… ngày 19 tháng 11 năm 2022.”", true),
        ("(theo Phụ lục kèm theo.)", true),
        ("(xem mục 2;)", true),
        ("**Điều 1. Phạm vi**", true),
        ("Số: 05/KH-UBND./.", true),
        ("Kính gửi: Sở Tài chính", false),
        ("cụm từ “khoản 2”", false),
        ("(Kèm theo Quyết định số 1696/QĐ-UBND)", false),
        ("một dấu sao *", false),
        ("", false),
        ("   ", false),
    ])
    func endsSentence(text: String, ends: Bool) {
        #expect(UnbreakLines.endsSentence(text) == ends)
    }
}
