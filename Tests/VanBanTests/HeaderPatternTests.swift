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

/// A joint document's issuers in its symbol's order (19: the OCR'd header scatters seven names).
@Suite struct JointIssuerOrderTests {
    @Test func theSymbolOrdersTheBodies() {
        let printed = "BỘ CÔNG AN BỘ QUỐC PHÒNG BỘ CÔNG THƯƠNG BỘ TÀI CHÍNH VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO TÒA ÁN NHÂN DÂN TỐI CAO BỘ Y TẾ"
        #expect(HeaderParser.inSymbolOrder(printed, codes: "BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC")
                == "BỘ CÔNG AN BỘ QUỐC PHÒNG BỘ Y TẾ BỘ CÔNG THƯƠNG BỘ TÀI CHÍNH VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO TÒA ÁN NHÂN DÂN TỐI CAO")
        // Names the codes do not spell stay as printed.
        #expect(HeaderParser.inSymbolOrder("BỘ CÔNG AN SỞ TƯ PHÁP", codes: "BCA-BTP") == "BỘ CÔNG AN SỞ TƯ PHÁP")
    }
}
