/// Issuer codes of the reference table (shared/reference/issuer-codes.tsv).
public enum IssuerCodes {
    public struct Entry: Sendable {
        public var code: String
        /// The issuers the code stands for ("Tỉnh ủy / Thành ủy …").
        public var issuer: String
        /// `party` or `state`.
        public var family: String
    }

    public static let all: [Entry] = ReferenceData.issuerCodes.split(separator: "\n").dropFirst().compactMap { row in
        let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard f.count >= 3 else { return nil }
        return Entry(code: f[0], issuer: f[1], family: f[2])
    }

    /// The entry for `code`; legal-style codes with a term number ("QH15") match their stem.
    public static func entry(_ code: String) -> Entry? {
        if let hit = all.first(where: { $0.code == code }) { return hit }
        let stem = String(code.prefix { !$0.isNumber })
        return stem == code ? nil : all.first { $0.code == stem }
    }

    /// Codes used by party organisations (TW, TU, ĐU…).
    public static let partyCodes: Set<String> = Set(all.filter { $0.family == "party" }.map(\.code))
}
