/// One parsed document: what `vanban parse` writes (schemaVersion 1; see CONTRACT.md).
public struct Document: Sendable {
    /// Version of the JSON shape; bumped only with a CHANGELOG entry.
    public static let schemaVersion = 1

    public var source: SourceInfo
    public var kind: DocumentKind
    public var header: Header
    public var body: [OutlineNode]
    public var closing: Closing
    public var appendices: [Appendix]
    public var references: [Reference]
    public var dates: [DateMention]
    public var diagnostics: [Diagnostic]
}

/// Where the text came from and what was repaired on the way in.
public struct SourceInfo: Sendable {
    /// File name as given (or `-` for standard input).
    public var name: String
    /// SHA-256 of the raw bytes, lowercase hex.
    public var sha256: String
    /// Size of the raw input in bytes.
    public var bytes: Int
    /// Number of original lines.
    public var lines: Int
    /// `utf-8`, `utf-8-bom`, `utf-16le` or `utf-16be`.
    public var encoding: String
    /// Ids of the repairs applied, in pipeline order (`crlf`, `nfc`, `unbroken-lines`, …).
    public var repairs: [String]
}

/// The family of the document, which decides its numbering and header conventions.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// Văn bản hành chính (NĐ 30/2020/NĐ-CP).
    case administrative
    /// Văn bản của Đảng (Hướng dẫn 36-HD/VPTW): numbers like 359-KH/TU.
    case party
    /// Văn bản quy phạm pháp luật: numbers like 30/2020/NĐ-CP.
    case legal
}

/// A piece of text from the document with its place.
public struct TextField: Sendable, Equatable {
    /// NFC, whitespace collapsed.
    public var text: String
    public var span: SourceSpan
}
