import Testing
@testable import VanBan

/// The quốc hiệu as OCR leaves it, and what is not one.
@Suite struct HeaderPatternTests {
    @Test func theNationalTitleSurvivesGarbledMiddleWords() {
        for line in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ : HỦ NGHĨA VIỆT NAM", "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] {
            #expect(HeaderPatterns.nationalTitle.matches(line), "\(line)")
        }
        // Held-out tesseract công văn: the issuer and the quốc hiệu on one line come apart.
        let header = DocumentParser().parse(text: "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ : HỦ NGHĨA VIỆT NAM\n) Độc lập - Tự do - Hạnh phúc\n",
                                            name: "cv.txt").header
        #expect(header.issuer?.text == "BỘ CÔNG THƯƠNG")
        #expect(!HeaderPatterns.nationalTitle.matches("Cộng hòa xã viên tham gia nghĩa vụ Việt Nam"))
    }
}
