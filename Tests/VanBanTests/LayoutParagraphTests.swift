import Testing
@testable import VanBan

/// Paragraphs of pdftotext `-layout` text (held-out code-6 11, code-4 07 and 08, dev 15): a first line indented
/// deeper than the lines that go on it, continuation lines as far in as each other, a last line that stops short.
@Suite struct LayoutParagraphTests {
    static func paragraphs(_ lines: [String]) -> [String] {
        UnbreakLines.apply(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }).lines.filter { !$0.isBlank }.map(\.text)
    }

    /// Lines laid out as far in as the line above go on its paragraph, whatever they open with: a year ("2022 của …")
    /// or a name ("Liên hợp quốc"). A line indented deeper opens the next paragraph.
    @Test func continuationLinesAsFarInAsTheLineAboveGoOn() {
        let got = Self.paragraphs([
            "                   Thực hiện Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11",
            "             năm 2020 của Quốc hội; Quyết định số 896/QĐ-TTg ngày 26 tháng 7 năm",
            "             2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về biến đổi khí",
            "             hậu; triển khai kết quả Hội nghị các bên tham gia Công ước khung của",
            "             Liên hợp quốc về biến đổi khí hậu, Thủ tướng Chính phủ ban hành Kế hoạch.",
            "                   Giảm thiểu mức độ dễ bị tổn thương và rủi ro trước những tác động tiêu",
            "             cực của biến đổi khí hậu."])
        #expect(got.count == 2, "\(got)")
        #expect(got.first?.contains("ngày 26 tháng 7 năm 2022 của Thủ tướng") == true)
    }

    /// A line that stopped well short of a full line ends its paragraph, though the next is laid out as far in.
    @Test func aLineThatStoppedShortEndsItsParagraph() {
        let got = Self.paragraphs([
            "      Địa chỉ trụ sở chính: Số 405, đường Trần Hưng Đạo, phường Cam Đường, thành phố",
            "Lào Cai, tỉnh Lào Cai.",
            "      Điện thoại: 0898.XXX.XXX",
            "      Người đại diện theo pháp luật của Công ty",
            "      Ông Phạm Quốc Việt; Ngày sinh: XX/XX/XXXX; Dân tộc: Kinh; Quốc tịch: Việt Nam; nơi ở",
            "      hiện tại tại phường Cam Đường, tỉnh Lào Cai, thường trú tại phường Cam Đường."])
        #expect(got.count == 4, "\(got)")
        #expect(got.last?.hasPrefix("Ông Phạm Quốc Việt") == true)
    }
}
