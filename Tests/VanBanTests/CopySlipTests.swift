import Testing
@testable import VanBan

/// A copy's slip (bản sao, NĐ 30/2020 Phụ lục I) as Word text flattens it (held-out d07): the heading
/// "SAO Y" in the issuer's row, "Nơi nhận" and the signature in one row.
@Suite struct CopySlipTests {
    static let text = """
        ỦY BAN NHÂN DÂN TỈNH LÀO CAI | SAO Y
        Số:            /SY-UBND | Lào Cai, ngày         tháng        năm 2026
        Nơi nhận: - Chủ tịch UBND tỉnh; - Các sở, ban, ngành; - Lưu: VT, KT. | TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG (Đã ký) Nguyễn Thúc Mạnh
        """

    @Test func theHeadingIsTheTypeNotPartOfTheIssuer() {
        let d = DocumentParser().parse(text: Self.text, name: "t.txt")
        #expect(d.header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
        #expect(d.header.documentType?.name == "Bản sao y")
        #expect(d.header.subject == nil)
        #expect(d.closing.recipients.count == 3)
    }

    @Test func aSignatureOnOneLineIsCutAtItsModesAndAtĐãKý() throws {
        let s = try #require(DocumentParser().parse(text: Self.text, name: "t.txt").closing.signatures.first)
        #expect(s.mode == "TL")
        #expect(s.title == "PHÓ CHÁNH VĂN PHÒNG")
        #expect(s.name == "Nguyễn Thúc Mạnh")
    }

    @Test func aSlipLacksNoQuocHieu() {
        let d = DocumentParser().parse(text: Self.text, name: "t.txt")
        let missing = d.diagnostics.filter { $0.rule == "structure.missing-component" }.map(\.message)
        #expect(!missing.contains { $0.contains("quốc hiệu") || $0.contains("tiêu ngữ") })
    }

    @Test func aSaoYStampAboveADecisionIsNoType() {
        #expect(DocumentTypes.copyHeadings[VietnameseText.foldKey("SAO Y BẢN CHÍNH")] == nil)
    }
}

/// A certificate identified by its "Mã số dự án" (dev 17) has no number line to miss.
@Suite struct CertificateCodeTests {
    @Test func aCertificateWithACodeLacksNoNumber() {
        let d = RuleFixture.corpus("17_")
        #expect(!d.diagnostics.contains { $0.rule == "structure.missing-component" && $0.message.contains("số và ký hiệu") })
    }
}
