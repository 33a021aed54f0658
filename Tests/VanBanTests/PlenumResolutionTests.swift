import Testing
@testable import VanBan

/// A plenum's resolution in pandoc Markdown (held-out d02, Nghị quyết 60-NQ/TW): hard line breaks in the
/// header's table cells, and a title that names only the conference.
@Suite struct PlenumResolutionTests {
    static let text = [
        "  -------------------------------- --------------------------------------",
        "    **BAN CHẤP HÀNH TRUNG ƯƠNG\\          **ĐẢNG CỘNG SẢN VIỆT NAM\\",
        "                \\***                  \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-**",
        "",
        "            Số 60-NQ/TW              *Hà Nội, ngày 12 tháng 4 năm 2025*",
        "  -------------------------------- --------------------------------------",
        "", "**NGHỊ QUYẾT**", "", "HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII", "",
        "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày",
        "10/4 đến ngày 12/4/2025 tại Thủ đô Hà Nội, sau khi xem xét và thảo luận,", "",
        "**QUYẾT NGHỊ**", "", "**1. **Thông qua nội dung cơ bản các dự thảo văn kiện.", "",
        "  ------------------ -------------------------", "                     **T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\",
        "                     TỔNG BÍ THƯ\\", "                     Tô Lâm**",
    ].joined(separator: "\n")

    @Test func aBackslashEndingALineOrACellIsALineBreak() {
        let d = DocumentParser().parse(text: Self.text, name: "t.md")
        #expect(d.header.issuer?.text == "BAN CHẤP HÀNH TRUNG ƯƠNG")
        #expect(d.closing.signatures.first?.title == "TỔNG BÍ THƯ")
    }

    @Test func theConferenceNamesAResolutionWithoutAnAboutLine() {
        let d = DocumentParser().parse(text: Self.text, name: "t.md")
        #expect(d.header.subject?.text == "HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII")
    }

    @Test func anAboutLineUnderTheConferenceIsTheSubject() {
        let withAbout = Self.text.replacingOccurrences(of: "KHÓA XIII\n\nHội nghị", with: "KHÓA XIII\nvề bảo vệ môi trường\n\nHội nghị")
        let d = DocumentParser().parse(text: withAbout, name: "t.md")
        #expect(d.header.subject?.text == "về bảo vệ môi trường")
    }
}
