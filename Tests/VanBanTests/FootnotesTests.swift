import Foundation
import Testing
@testable import VanBan

/// Footnotes at the foot of a page, and what they weigh in a citation.
@Suite struct FootnotesTests {
    static func footnoteLines(_ prefix: String) -> [Int] {
        let read = LineReader.read(RuleFixture.text(prefix))
        var lines = read.lines
        var repairs = read.repairs
        PageFurniture().run(&lines, repairs: &repairs)
        return Footnotes.lineNumbers(in: lines).sorted()
    }

    /// 30: footnote 1 (mark glued in "khoáng sản1.") fills the foot of page 1, lines 38–48.
    @Test func theFootOfAPageAfterAGluedMarkIsAFootnote() {
        let lines = Self.footnoteLines("30_")
        #expect(lines.first == 38)
        #expect(lines.contains(47))
        #expect(!lines.contains(65))   // the body's own mention of 11-CT/TU
    }

    /// Numbered table rows ("1 UBND huyện Sơn Tây 01 buổi") have no mark above them: not footnotes.
    @Test(arguments: ["00_", "17_", "27_"])
    func numberedRowsAreNotFootnotes(_ prefix: String) {
        #expect(Self.footnoteLines(prefix).isEmpty)
    }

    /// 30 cites 11-CT/TU as of 04/02/2026 in the footnote and 04/01/2026 in the body: the body's date is the
    /// reference's, and the disagreement is still reported.
    @Test func theBodysDateStandsOverAFootnotes() throws {
        let d = RuleFixture.corpus("30_")
        let reference = try #require(d.references.first { $0.number.canonical == "11-CT/TU" })
        #expect(reference.date?.value == "2026-01-04")
        #expect(d.diagnostics.contains { $0.rule == "date.conflicting-citation" })
    }
    /// A footnote of the first page that the text layer set above the header (held-out code-60 07, a commune party
    /// committee's báo cáo): the header is read below it, and the documents it lists are cited, as footnotes.
    @Test func aFootnoteSetAboveTheHeaderIsCitedAndTheHeaderRead() throws {
        let text = ["1 Nghị quyết số 05-NQ/ĐU ngày 26/12/2025 của Ban Chấp hành Đảng bộ xã về phương hướng, nhiệm vụ năm",
                    "2026; Quyết định số 34-QĐ/ĐU, ngày 29/12/2025 công nhận đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025;",
                    "Quyết định số 35-QĐ/ĐU, ngày 29/12/2025 khen thưởng tổ chức đảng và đảng viên; Thông báo số 56-TB/ĐU ngày",
                    "29/12/2025 Thông báo kết luận của Ban Thường vụ Đảng uỷ về một số nội dung cuộc họp vào ngày 26/12/2025;",
                    "Báo cáo số 97-BC/ĐU, ngày 29/12/2025 tình hình thực hiện nhiệm vụ năm 2025; Báo cáo số 98-BC/ĐU, ngày",
                    "30/12/2025 kết quả triển khai tăng cường nắm tình hình, giám sát thường xuyên; Báo cáo số 99-BC/ĐU,",
                    "ngày 30/12/2025 chuyên đề về chuyển đổi số đối với xã Công Hải.",
                    "ĐẢNG BỘ TỈNH KHÁNH HOÀ", "ĐẢNG UỶ XÃ CÔNG HẢI", "*", "Số 100-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Công Hải, ngày 31 tháng 12 năm 2025", "BÁO CÁO", "Tình hình thực hiện công tác tuần", "-----",
                    "Thực hiện Công văn số 26-CV/TU ngày 05/7/2025 của Tỉnh uỷ, Đảng uỷ xã báo cáo như sau:",
                    "I. KẾT QUẢ TRIỂN KHAI NHIỆM VỤ", "- Đảng uỷ ban hành các văn bản trong tuần (báo cáo, kế hoạch, thông báo)1."]
        let d = DocumentParser().parse(text: text.joined(separator: "\n"), name: "bc.txt")
        #expect(d.header.number?.canonical == "100-BC/ĐU")
        #expect(d.header.issuer?.text == "ĐẢNG UỶ XÃ CÔNG HẢI")
        #expect(d.references.map(\.number.canonical) == ["05-NQ/ĐU", "34-QĐ/ĐU", "35-QĐ/ĐU", "56-TB/ĐU", "97-BC/ĐU", "98-BC/ĐU", "99-BC/ĐU", "26-CV/TU"])
        let first = try #require(d.references.first)
        #expect(first.date?.value == "2025-12-26")
    }

    /// A page's chrome above the header that opens with a number and a capital but carries the site's metadata is not
    /// the document's footnote.
    @Test func chromeWithMetadataIsNoFootnote() {
        let lines = ["1 Văn bản liên quan", "Số hiệu: 12/KH-UBND", "Ngày ban hành: 01/02/2024", "ỦY BAN NHÂN DÂN"]
            .enumerated().map { TextLine(text: $0.element, line: $0.offset + 1) }
        #expect(LeadingMatter.ownFootnote(in: lines, through: 3).isEmpty)
    }
}
