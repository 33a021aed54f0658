/// A cited document, with every place it is mentioned.
public struct Reference: Sendable {
    public var number: DocumentNumber
    /// The type named before the number ("Nghị quyết"), sentence case.
    public var documentType: String?
    /// The date given with the number.
    public var date: DateMention?
    /// The issuer named with it ("Ban Thường vụ Tỉnh ủy Quảng Ngãi").
    public var issuer: String?
    public var mentions: [TextField]
    /// Dates given with later mentions that differ from `date` (for `date.conflicting-citation`).
    public var otherDates: [DateMention] = []
    /// The issuer's former or later name given beside it ("trước đây là Bộ Giao thông vận tải").
    public var formerIssuer: String?
    /// Later mentions that name another type or another issuer for the same number.
    public var conflicts: [Conflict] = []

    /// A later mention that disagrees with the first on what the number is.
    public struct Conflict: Sendable {
        public enum Kind: Sendable { case type, issuer }
        public var kind: Kind
        /// The type or issuer that mention names.
        public var value: String
        /// Where that mention is.
        public var span: SourceSpan
    }

    /// Type names given with later mentions that differ from `documentType`.
    public var otherTypes: [String] = []
    /// Whether `date` was read from a footnote (not written out).
    var dateInFootnote = false
    /// Mentions written without the year the number carries ("178/NĐ-CP" of 178/2025/NĐ-CP), merged into it by
    /// `ReferenceExtractor.group` (for `number.format`).
    public var yearlessMentions: [TextField] = []
    /// Mentions written without the type code the number carries ("21/2010/BTNMT-BQP" of 21/2010/TTLT-BTNMT-BQP),
    /// merged into it by `ReferenceExtractor.group` (for `number.format`).
    public var typelessMentions: [TextField] = []
}
