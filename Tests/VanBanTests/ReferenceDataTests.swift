import Foundation
import Testing
@testable import VanBan

/// The fact tables the library carries are the shared ones, verbatim (`make reference` copies them).
@Suite struct ReferenceDataTests {
    static let shared = GoldenTests.corpus.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/reference")

    @Test func tablesMatchTheSharedReference() throws {
        let doctypes = Self.shared.appendingPathComponent("doctypes.tsv")
        try #require(FileManager.default.fileExists(atPath: doctypes.path), "shared/reference is missing beside the repository")
        let text = try String(contentsOf: doctypes, encoding: .utf8)
        #expect(ReferenceData.documentTypes == text.trimmingCharacters(in: .newlines))
        let issuers = try String(contentsOf: Self.shared.appendingPathComponent("issuer-codes.tsv"), encoding: .utf8)
        #expect(ReferenceData.issuerCodes == issuers.trimmingCharacters(in: .newlines))
    }

    @Test func everyTypeNameIsFoundAndCodesResolve() {
        #expect(DocumentTypes.named("KẾ HOẠCH")?.code == "KH")
        #expect(DocumentTypes.named("Thông tư liên tịch")?.code == "TTLT")
        #expect(DocumentTypes.namedIgnoringTones("KÉT LUẬN")?.name == "Kết luận")
        #expect(IssuerCodes.entry("QH15")?.code == "QH")
        #expect(IssuerCodes.entry("TU")?.family == "party")
        #expect(DocumentTypes.legacyCodes.isSubset(of: DocumentTypes.allCodes))
    }
}
