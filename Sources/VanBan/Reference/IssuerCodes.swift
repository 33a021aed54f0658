import Foundation
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
    } + formerStateBodies

    /// The state's collective bodies before the 1992 Constitution, which the reference table (of today's bodies) does
    /// not list. Their acts are still cited in the căn cứ of old texts by a hyphen-only number ("Nghị định số
    /// 196-HĐBT ngày 11-12-1989", "Quyết định số 101-HĐBT") or under a party-style symbol ("38-LCT/HĐNN").
    static let formerStateBodies = [
        Entry(code: "HĐBT", issuer: "Hội đồng Bộ trưởng", family: "state"),
        Entry(code: "HĐCP", issuer: "Hội đồng Chính phủ", family: "state"),
        Entry(code: "HĐNN", issuer: "Hội đồng Nhà nước", family: "state"),
    ]

    /// The entry for `code`; legal-style codes with a term number ("QH15") match their stem.
    public static func entry(_ code: String) -> Entry? {
        if let hit = all.first(where: { $0.code == code }) { return hit }
        let stem = String(code.prefix { !$0.isNumber })
        return stem == code ? nil : all.first { $0.code == stem }
    }

    /// Every name of the table's bodies ("Bộ Chính trị", "Ban Bí thư", "Chính phủ"…), folded, with its code;
    /// notes in brackets dropped, one-word names ("Tỉnh ủy") left out as too vague.
    public static let names: [(name: String, code: String)] = all.flatMap { entry in
        entry.issuer.split(separator: "/").compactMap { part -> (String, String)? in
            let name = String(part.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
            guard name.split(separator: " ").count >= 2, !name.containsBytes(" and ") else { return nil }
            return (VietnameseText.foldKey(name), entry.code)
        }
    }

    /// The table's name for `issuer` when it names exactly one of the table's bodies, else nil.
    static func knownName(_ issuer: String) -> String? {
        let key = VietnameseText.foldKey(issuer)
        return names.first { $0.name == key }?.name
    }
}
