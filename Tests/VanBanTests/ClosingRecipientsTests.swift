import Testing
@testable import VanBan

/// How "Nơi nhận" lines become items.
@Suite struct ClosingRecipientsTests {
    static func recipients(_ lines: [String]) -> [String] {
        ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }).recipients.map(\.text)
    }

    /// 43 (Thông tư 14/2024/TT-BCT): the Công báo item wraps after its own ";".
    @Test func aLineWithoutADashWrapsTheItemAboveInADashedList() {
        let got = Self.recipients(["Nơi nhận:", "- Cục Kiểm tra văn bản quy phạm pháp luật - Bộ Tư pháp;",
                                   "- Công báo; Cổng thông tin điện tử Chính phủ;", "Cổng thông tin điện tử Bộ Công Thương;",
                                   "- Lưu: VT, CTĐP(3), PC."])
        #expect(got == ["Cục Kiểm tra văn bản quy phạm pháp luật - Bộ Tư pháp;",
                        "Công báo; Cổng thông tin điện tử Chính phủ; Cổng thông tin điện tử Bộ Công Thương;",
                        "Lưu: VT, CTĐP(3), PC."])
    }

    /// 19 (OCR): the dashes stand on lines of their own, the items without them; each stays an item.
    @Test func itemsWithoutDashesStayApart() {
        let got = Self.recipients(["Nơi nhận:", "-", "-", "-", "Bộ Công an;", "Bộ Quốc phòng;", "Viện kiểm sát nhân dân tối cao;",
                                   "Lưu: VT (BCA, BQP, VKSNDTC, TANDTC, BYТ, ВСТ, ВTC), C04-ВСА."])
        #expect(got.count == 4)
        #expect(got.first == "Bộ Công an;")
    }
}
