import Testing
@testable import VanBan

/// Parts named by words: "Phần mở đầu", "Phần thứ nhất" (a Tỉnh ủy Đề án, held out), "PHẦN THỨ HAI" (codes).
@Suite struct WordPartTests {
    @Test func partsNamedByWordsAreParts() {
        let line = { (text: String) in OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)) }
        #expect(line("Phần mở đầu").map { [$0.marker, "\($0.ordinal ?? -1)"] } == ["Phần mở đầu", "0"])
        #expect(line("Phần thứ nhất").map { [$0.marker, "\($0.ordinal ?? -1)"] } == ["Phần thứ nhất", "1"])
        #expect(line("PHẦN THỨ HAI: NHIỆM VỤ").map { [$0.marker, "\($0.ordinal ?? -1)"] } == ["Phần THỨ HAI", "2"])
        #expect(line("Phần V I")?.marker == "Phần VI")
        #expect(line("Phần lớn các đơn vị đã hoàn thành") == nil)
    }
}
