/// A finding about the document: a consistency problem or a note about how it was read.
public struct Diagnostic: Sendable {
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case info, warning, error
        var rank: Int { switch self { case .info: 0; case .warning: 1; case .error: 2 } }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// Another place that explains the finding (e.g. the header date).
    public struct Related: Sendable {
        public var message: String
        public var span: SourceSpan
    }

    /// Stable rule id (`date.cited-after-issue`).
    public var rule: String
    public var severity: Severity
    public var message: String
    public var span: SourceSpan
    public var related: [Related] = []
}
