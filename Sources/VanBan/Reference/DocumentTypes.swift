/// The document types of the reference table (shared/reference/doctypes.tsv): names, codes, families.
public struct DocumentTypeEntry: Sendable, Hashable {
    /// `admin`, `party` or `legal`.
    public var family: String
    /// Sentence case name ("Kế hoạch").
    public var name: String
    /// Type code ("KH"); nil for types that have none.
    public var code: String?
    /// Codes of earlier rules or variants ("GN" for Bản ghi nhớ).
    public var olderCodes: [String]
}

public enum DocumentTypes {
    /// Every row of the table.
    public static let all: [DocumentTypeEntry] = {
        ReferenceData.documentTypes.split(separator: "\n").dropFirst().compactMap { row in
            let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { return nil }
            let older = f.count > 3 ? f[3].split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " })
                .map(String.init).filter { $0.count <= 4 && $0.first?.isUppercase == true } : []
            return DocumentTypeEntry(family: f[0], name: f[1], code: f[2].isEmpty ? nil : f[2], olderCodes: older)
        } + supplementary
    }()

    /// Types met in real documents that the reference table does not list: treaties, the appendix that travels as
    /// a document of its own, and the letters schools and associations send under a header ("THƯ KÊU GỌI ủng hộ …",
    /// "THƯ NGỎ").
    static let supplementary: [DocumentTypeEntry] = [
        DocumentTypeEntry(family: "legal", name: "Nghị định thư", code: nil, olderCodes: []),
        DocumentTypeEntry(family: "legal", name: "Hiệp định", code: nil, olderCodes: []),
        DocumentTypeEntry(family: "admin", name: "Phụ lục", code: nil, olderCodes: []),
        DocumentTypeEntry(family: "admin", name: "Thư kêu gọi", code: nil, olderCodes: []),
        DocumentTypeEntry(family: "admin", name: "Thư ngỏ", code: nil, olderCodes: []),
    ]

    /// The heading a copy carries instead of its type's name (NĐ 30/2020, Phụ lục I: "SAO Y", "SAO LỤC",
    /// "TRÍCH SAO"), folded. Only a heading that stands alone is one: "SAO Y BẢN CHÍNH" is a stamp.
    static let copyHeadings: [String: DocumentTypeEntry] = {
        let headings = ["SY": "Sao y", "SL": "Sao lục", "TrS": "Trích sao"]
        return Dictionary(uniqueKeysWithValues: all.compactMap { entry in
            guard entry.family == "admin", let code = entry.code, let heading = headings[code] else { return nil }
            return (VietnameseText.foldKey(heading), entry)
        })
    }()

    /// Names longest first, so "Thông tư liên tịch" wins over "Thông tư".
    static let byFoldedName: [(key: String, entry: DocumentTypeEntry)] = {
        var seen = Set<String>()
        return all.filter { seen.insert($0.name).inserted }
            .map { (VietnameseText.foldKey($0.name), $0) }
            .sorted { $0.key.count > $1.key.count }
    }()

    /// The entry whose name is exactly `text` (case, tone placement and spacing ignored).
    public static func named(_ text: String) -> DocumentTypeEntry? {
        guard !hasMoreWords(text, than: longestName) else { return nil }
        return byKey[VietnameseText.foldKey(text)]
    }

    /// The most words of any name ("Nghị quyết liên tịch"): a longer text names no type, and folding it
    /// (the costly part of a look-up, run on many lines) can be skipped.
    static let longestName: Int = byFoldedName.map { $0.key.split(separator: " ").count }.max() ?? 0

    /// Whether `text` has more words than `limit`.
    static func hasMoreWords(_ text: String, than limit: Int) -> Bool {
        VietnameseText.wordCount(text, upTo: limit) > limit
    }

    /// The first word of every name, folded ("kế", "nghị", "luật"…): a cheap test before a look-up.
    static let firstWords: Set<String> = Set(byFoldedName.compactMap { $0.key.split(separator: " ").first.map(String.init) })

    /// The same names as a dictionary, for constant-time look-ups.
    private static let byKey: [String: DocumentTypeEntry] = Dictionary(byFoldedName.map { ($0.key, $0.entry) }, uniquingKeysWith: { a, _ in a })


    /// Names that only legal acts bear (Luật, Nghị định, Thông tư, treaties…): a Nghị quyết or Quyết định
    /// may be either an act or an administrative decision, so they are not in the set.
    public static let onlyLegalNames: Set<String> = onlyLegal(by: \.name)

    /// Codes that only legal acts bear (NĐ, TT, VBHN…), like `onlyLegalNames`.
    public static let onlyLegalCodes: Set<String> = onlyLegal(by: \.code)

    /// The keys (names or codes) whose every entry in the table is of the legal family.
    private static func onlyLegal(by key: (DocumentTypeEntry) -> String?) -> Set<String> {
        let families = Dictionary(grouping: all.filter { key($0) != nil }, by: { key($0)! }).mapValues { Set($0.map(\.family)) }
        return Set(families.filter { $0.value == ["legal"] }.keys)
    }

    /// Every type code in the table, current and older.
    public static let allCodes: Set<String> = Set(all.compactMap(\.code) + all.flatMap(\.olderCodes))

    /// The codes of the old Thông tư 01/2011 that NĐ 30/2020 replaced.
    public static let legacyCodes: Set<String> = ["GN", "TTh", "UQ", "NP"]

}

extension DocumentTypes {
    /// Names compared without tone marks, for OCR'd type lines ("KÉT LUẬN" for "KẾT LUẬN").
    static let byBareName: [(key: String, entry: DocumentTypeEntry)] = byFoldedName.map { (VietnameseText.bareKey($0.entry.name), $0.entry) }

    static func namedIgnoringTones(_ text: String) -> DocumentTypeEntry? {
        guard !hasMoreWords(text, than: longestName) else { return nil }
        let key = VietnameseText.bareKey(text)
        return byBareName.first { $0.key == key }?.entry
    }

    /// Names of two words or more by their folded letters with the spaces left out ("quyếtđịnh").
    private static let byRunTogetherKey: [String: DocumentTypeEntry] = Dictionary(
        byFoldedName.filter { $0.key.contains(" ") }.map { ($0.key.filter { $0 != " " }, $0.entry) }, uniquingKeysWith: { a, _ in a })

    /// The type a name of several words names when a web copy lost the spaces between them: "QUYẾTĐỊNH", "KẾHOẠCH".
    /// One word only: a name with its spaces is `named(_:)`'s.
    static func namedRunTogether(_ word: String) -> DocumentTypeEntry? {
        guard word.count <= 24, !word.contains(" ") else { return nil }
        return byRunTogetherKey[VietnameseText.foldKey(word)]
    }

    /// Whether `number` is of the type `entry` names: its code is the type's ("TB" of Thông báo), or names the same type
    /// in another family (a party công văn's "CV"); a state công văn has no code of a type ("50/VHTT").
    static func numbers(_ number: DocumentNumber, as entry: DocumentTypeEntry) -> Bool {
        guard let code = number.typeCode else { return entry.code == nil }
        if code == entry.code { return true }
        guard let coded = Self.entry(code: code, family: number.style.typeFamily) else { return entry.code == nil }
        return coded.name == entry.name
    }

    /// The entry of `code` in `family` (`admin`, `party`, `legal`), else in any family.
    static func entry(code: String, family: String) -> DocumentTypeEntry? {
        // A state body's code not of its family is the other state family's before the party's ("18-BYT/TT", 1979: a
        // Thông tư, not a party Thông tri).
        let state = family == "admin" ? "legal" : family == "legal" ? "admin" : family
        return all.first { $0.code == code && $0.family == family } ?? all.first { $0.code == code && $0.family == state }
            ?? all.first { $0.code == code }
            ?? all.first { $0.olderCodes.contains(code) }
    }
}

extension DocumentNumber.Style {
    /// The family of the reference table whose codes a number of this style carries: `party`, `legal` or `admin`.
    var typeFamily: String {
        switch self {
        case .party: "party"
        case .legal: "legal"
        case .state: "admin"
        }
    }
}
