import Testing
import VanBan
@testable import VanBanRegister

@Suite struct MatchKeysTests {
    @Test func numbersMeetWhateverTheirSpelling() {
        #expect(MatchKeys.number("05/2025/QĐ-UBND") == "5/2025/QD-UBND")
        #expect(MatchKeys.number("5 / 2025 / qđ-ubnd") == "5/2025/QD-UBND")
        #expect(MatchKeys.number("359-KH/TU") == "359-KH/TU")
        #expect(MatchKeys.number("/KH-SKHCN") == "/KH-SKHCN")
        #expect(MatchKeys.number("0") == "0")
        #expect(MatchKeys.number(nil) == nil)
        #expect(MatchKeys.number("") == nil)
    }

    @Test func issuersMeetAcrossCaseTonesAndAbbreviations() {
        let header = MatchKeys.issuer("UỶ BAN NHÂN DÂN TỈNH LÀO CAI")
        #expect(header == "uy ban nhan dan tinh lao cai")
        #expect(MatchKeys.issuer("Ủy ban nhân dân tỉnh Lào Cai") == header)
        #expect(MatchKeys.issuer("ỦY BAN NHÂN DÂN _ TỈNH LÀO CAI") == header)
        #expect(MatchKeys.issuersCompatible(MatchKeys.issuer("UBND tỉnh Lào Cai"), header))
        #expect(MatchKeys.issuersCompatible(MatchKeys.issuer("Bộ trưởng Bộ Công Thương"), MatchKeys.issuer("BỘ CÔNG THƯƠNG / -------")))
        #expect(MatchKeys.issuersCompatible(MatchKeys.issuer("BTV Tỉnh ủy"), MatchKeys.issuer("Ban Thường vụ Tỉnh uỷ Quảng Ngãi")))
        #expect(!MatchKeys.issuersCompatible(MatchKeys.issuer("Sở Xây dựng"), MatchKeys.issuer("SỞ CÔNG THƯƠNG")))
        #expect(MatchKeys.issuer("Bộ") == nil, "one word is too vague")
        #expect(MatchKeys.issuersCompatible(nil, header))
    }

    @Test func datesAgreeAtTheirCommonPrecision() {
        #expect(MatchKeys.datesAgree("2025-04", "2025-04-29"))
        #expect(MatchKeys.datesAgree("2025-04-29", "2025-04-29"))
        #expect(!MatchKeys.datesAgree("2025-04-28", "2025-04-29"))
        #expect(MatchKeys.datesAgree(nil, "2025-04-29"))
    }
}
