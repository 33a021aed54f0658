/// One consistency rule: a stable id, a severity, a one-line summary and an example, and the check.
protocol Rule: Sendable {
    static var id: String { get }
    static var severity: Diagnostic.Severity { get }
    /// One line saying when the rule fires.
    static var summary: String { get }
    /// A short real-world example of text that makes it fire.
    static var example: String { get }
    func check(_ context: CheckContext) -> [Diagnostic]
}

extension Rule {
    func finding(_ message: String, at span: SourceSpan, related: [Diagnostic.Related] = []) -> Diagnostic {
        Diagnostic(rule: Self.id, severity: Self.severity, message: message, span: span, related: related)
    }
}

/// What a rule may look at: the parsed document, its repaired lines, and the reference day.
struct CheckContext {
    let document: Document
    let lines: [TextLine]
    let asOf: CalendarPoint
    /// What `TextLayerQuality` found wrong with the text layer, or nil when it reads well.
    let layer: TextLayerQuality.Verdict?
}

/// Compares two calendar points at the precision both of them have. nil when they share none.
func compareAtCommonPrecision(_ a: CalendarPoint, _ b: CalendarPoint) -> Int? {
    let pairs: [(Int?, Int?)] = [(a.year, b.year), (a.month, b.month), (a.day, b.day)]
    for (x, y) in pairs {
        guard let x, let y else { return 0 }
        if x != y { return x < y ? -1 : 1 }
    }
    return 0
}
