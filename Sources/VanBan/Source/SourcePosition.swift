/// A place in the ORIGINAL input text, before any repair.
///
/// `line` is 1-based; `column` is 1-based and counts Unicode scalars, not bytes or UTF-16 units.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A range of the original text: `start` is the first scalar, `end` the position just after the last one.
public struct SourceSpan: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The span covering both `self` and `other`.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// An empty span at the first line, for findings about the whole document.
    public static let documentStart = SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
}
