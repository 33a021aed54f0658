import Testing
@testable import VanBan

/// A rule drawn with characters ("-----" under a party document's subject, Markdown's "---" between pages): no list
/// item, and no sentence that the next line goes on (set 32, 02: "-----" / "Tiếp nhận Công văn số …" / "1. …").
@Suite struct RuleLineTests {
    @Test func aRuleIsNoItemAndHoldsNoSection() {
        let text = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12/SCT-KT", "Lào Cai, ngày 02 tháng 5 năm 2026", "V/v triển khai", "",
                    "Kính gửi: UBND các xã", "", "Thực hiện chỉ đạo của tỉnh.", "-----", "Tiếp nhận Công văn số 1020-CV/VPTU của Văn phòng",
                    "1. Nội dung thứ nhất.", "2. Nội dung thứ hai."].joined(separator: "\n")
        let body = DocumentParser().parse(text: text, name: "t.txt").body
        #expect(body.map(\.marker) == [nil, nil, nil, "1", "2"])
        #expect(body.map(\.type) == [.paragraph, .paragraph, .paragraph, .subsection, .subsection])
        #expect(body.count == 5 && body[2].text?.hasPrefix("Tiếp nhận") == true)
    }

    @Test(arguments: [("-----", true), ("— — —", true), ("___", true), ("***", true), ("--", false), ("- Như trên;", false),
                      ("-- 3 --", false)])
    func isRule(_ text: String, _ rule: Bool) {
        #expect(ListBullet.isRule(text) == rule)
    }
}
