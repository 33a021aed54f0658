import Testing
@testable import VanBan

/// Symbols typed or OCR'd with look-alike letters of another script, as cited in a text.
@Suite struct ReferenceLookAlikeTests {
    /// Held-out code-7 10: a Công báo subject writes "06/2022/TT-BТС" with Cyrillic Т and С; the body writes it in
    /// Latin. One reference, its canonical in Latin, each mention as written.
    @Test func cyrillicLookAlikesInASymbolAreOneReference() throws {
        let document = DocumentParser().parse(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nThông tư số 06/2022/TT-BТС ngày 08 tháng 02 năm 2022;\nThông tư số 06/2022/TT-BTC hướng dẫn.\n", name: "t.txt")
        let reference = try #require(document.references.first)
        #expect(document.references.count == 1)
        #expect(reference.number.canonical == "06/2022/TT-BTC")
        #expect(reference.mentions.map(\.text) == ["06/2022/TT-BТС", "06/2022/TT-BTC"])
    }
}
