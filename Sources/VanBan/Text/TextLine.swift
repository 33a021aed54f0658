/// A line as the stages see it — possibly several original lines joined by a repair — with a map from
/// every scalar back to its place in the original input.
public struct TextLine: Sendable {
    /// The text: NFC, tabs and no-break spaces as plain spaces, invisible characters removed.
    public private(set) var text: String
    /// Where each run of scalars came from; sorted by `offset`, the first at offset 0.
    private(set) var anchors: [Anchor]
    /// True when a page break (form feed) came right before this line in the input.
    public var startsPage: Bool = false
    /// Leading spaces the line had before it was trimmed (layout text); nil when never trimmed.
    var layoutIndent: Int?

    /// The origin of the scalars from `offset` up to the next anchor.
    struct Anchor: Sendable {
        /// Scalar offset in `text` where the run begins.
        var offset: Int
        /// Original line (1-based) of the run.
        var line: Int
        /// Original column (1-based, scalars) of the run's first scalar.
        var column: Int
        /// Original column of each scalar of the run when normalization changed lengths; nil when the
        /// run maps one scalar to one column.
        var columns: [Int]?
    }

    /// A line that maps one to one onto original line `line`, starting at `column`.
    init(text: String, line: Int, column: Int = 1, columns: [Int]? = nil) {
        self.text = text
        self.scalarCount = text.unicodeScalars.count
        self.anchors = [Anchor(offset: 0, line: line, column: column, columns: columns)]
    }

    private init(text: String, anchors: [Anchor], startsPage: Bool, scalarCount: Int? = nil) {
        self.text = text
        self.scalarCount = scalarCount ?? text.unicodeScalars.count
        self.anchors = anchors
        self.startsPage = startsPage
    }

    /// The original line number of the first scalar.
    public var firstLine: Int { anchors[0].line }
    /// The original line number of the last run.
    public var lastLine: Int { anchors[anchors.count - 1].line }
    /// Number of scalars in `text`.
    /// Number of scalars in `text` (kept, not recounted: lines are measured constantly).
    public private(set) var scalarCount: Int
    /// True when the line has nothing but spaces.
    public var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 } }
    /// Count of leading spaces (as in the original layout, also after trimming).
    public var indent: Int { layoutIndent ?? leadingSpaces }

    /// Spaces at the start and at the end (ASCII: one byte, one scalar).
    private var leadingSpaces: Int { text.utf8.prefix { $0 == 0x20 }.count }
    var trailingSpaces: Int { text.utf8.reversed().prefix { $0 == 0x20 }.count }

    /// The original position of the scalar at `offset` (clamped to the line).
    public func position(at offset: Int) -> SourcePosition {
        var index = anchors.count - 1
        while index > 0, anchors[index].offset > offset { index -= 1 }
        let anchor = anchors[index]
        let delta = max(0, offset - anchor.offset)
        if let columns = anchor.columns, !columns.isEmpty {
            if delta < columns.count { return SourcePosition(line: anchor.line, column: columns[delta]) }
            return SourcePosition(line: anchor.line, column: columns[columns.count - 1] + delta - columns.count + 1)
        }
        return SourcePosition(line: anchor.line, column: anchor.column + delta)
    }

    /// The original span of scalars `range` (offsets into `text`, end exclusive).
    public func span(_ range: Range<Int>) -> SourceSpan {
        let start = position(at: range.lowerBound)
        guard range.upperBound > range.lowerBound else { return SourceSpan(start: start, end: start) }
        var end = position(at: range.upperBound - 1)
        end.column += 1
        return SourceSpan(start: start, end: end)
    }

    /// The span of the whole line, leading and trailing spaces left out.
    public var span: SourceSpan {
        let lead = leadingSpaces
        guard lead < scalarCount else { return span(lead..<lead) }
        return span(lead..<(scalarCount - trailingSpaces))
    }

    /// The original span of the UTF-8 byte range `range` of `text`.
    public func span(utf8 range: Range<Int>) -> SourceSpan {
        span(scalarOffset(utf8: range.lowerBound)..<scalarOffset(utf8: range.upperBound))
    }

    /// The scalar offset of UTF-8 byte offset `byte` in `text`.
    public func scalarOffset(utf8 byte: Int) -> Int {
        withUTF8 { Self.scalars(in: $0, 0..<byte) }
    }

    /// The scalar offsets of ascending UTF-8 byte offsets `bytes`, in one walk over the text.
    public func scalarOffsets(utf8 bytes: [Int]) -> [Int] {
        withUTF8 { utf8 in
            var scalars = 0, position = 0
            return bytes.map { byte in
                scalars += Self.scalars(in: utf8, position..<max(position, byte))
                position = max(position, byte)
                return scalars
            }
        }
    }

    /// The scalars that start in `range` of the bytes (clamped to them): the bytes that are no continuation byte.
    private static func scalars(in utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let upper = min(range.upperBound, utf8.count)
        guard range.lowerBound < upper else { return 0 }
        var count = 0
        for i in range.lowerBound..<upper where utf8[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The original span of a `String.Index` range of `text`.
    public func span(_ range: Range<String.Index>) -> SourceSpan {
        let utf8 = text.utf8
        return span(utf8: utf8.distance(from: utf8.startIndex, to: range.lowerBound)
                        ..< utf8.distance(from: utf8.startIndex, to: range.upperBound))
    }

    /// The part of the line from scalar `range`, with its map.
    /// The line with no text in its place, still opening its page when it did: a line blanked as markup or a note.
    public var blanked: TextLine {
        var blank = slice(0..<0)
        blank.startsPage = startsPage
        return blank
    }

    public func slice(_ range: Range<Int>) -> TextLine {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let upper = scalars.index(lower, offsetBy: range.count)
        return slice(range, from: lower, to: upper)
    }

    /// Slices at ascending, non-overlapping scalar ranges, found in one walk over the text (`slice(_:)`
    /// walks from the start each time, which many slices of a long line cannot afford).
    public func slices(_ ranges: [Range<Int>]) -> [TextLine] {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        return ranges.map { range in
            index = scalars.index(index, offsetBy: range.lowerBound - offset)
            let upper = scalars.index(index, offsetBy: range.count)
            defer { index = upper; offset = range.upperBound }
            return slice(range, from: index, to: upper)
        }
    }

    private func slice(_ range: Range<Int>, from lower: String.UnicodeScalarView.Index, to upper: String.UnicodeScalarView.Index) -> TextLine {
        let scalars = text.unicodeScalars
        var newAnchors: [Anchor] = []
        for (i, anchor) in anchors.enumerated() {
            let runEnd = i + 1 < anchors.count ? anchors[i + 1].offset : Int.max
            guard runEnd > range.lowerBound, anchor.offset < range.upperBound || (range.isEmpty && anchor.offset <= range.lowerBound) else { continue }
            var moved = anchor
            // Only the columns of the scalars inside the slice are kept: a slice of a long line must not
            // carry the map of the whole rest of it (many slices of one line would grow quadratically).
            let keptEnd = min(runEnd, range.upperBound) - anchor.offset
            if anchor.offset < range.lowerBound {
                let skip = range.lowerBound - anchor.offset
                if let columns = anchor.columns {
                    moved.columns = skip < columns.count ? Array(columns[skip..<min(columns.count, max(skip, keptEnd))]) : []
                    moved.column = skip < columns.count ? columns[skip] : (columns.last ?? anchor.column) + skip - columns.count + 1
                } else {
                    moved.column += skip
                }
                moved.offset = 0
            } else {
                if let columns = anchor.columns, keptEnd < columns.count { moved.columns = Array(columns[..<max(0, keptEnd)]) }
                moved.offset -= range.lowerBound
            }
            newAnchors.append(moved)
        }
        if newAnchors.isEmpty {
            let position = self.position(at: range.lowerBound)
            newAnchors = [Anchor(offset: 0, line: position.line, column: position.column)]
        }
        return TextLine(text: String(scalars[lower..<upper]), anchors: newAnchors, startsPage: startsPage && range.lowerBound == 0,
                        scalarCount: range.count)
    }

    /// The same line with other text of exactly as many scalars: every scalar keeps its place in the
    /// original ("ngdy" read back as "ngày"). Nil when the counts differ.
    public func respelled(_ newText: String) -> TextLine? {
        guard newText.unicodeScalars.count == scalarCount else { return nil }
        var copy = self
        copy.text = newText
        return copy
    }

    /// The line without leading and trailing spaces.
    public func trimmed() -> TextLine {
        let lead = leadingSpaces
        if lead == scalarCount { return slice(0..<0) }
        let trail = trailingSpaces
        if lead == 0 && trail == 0 { return self }
        return slice(lead..<(scalarCount - trail))
    }

    /// This line followed by `separator` and `next`; the separator maps to the end of this line.
    public func joined(with next: TextLine, separator: String = " ") -> TextLine {
        var line = self
        line.append(next, separator: separator)
        return line
    }

    /// This line and the next line of the same wrapped text: a space between, or nothing where the break fell
    /// after a hyphen inside a word ("CÁC-" / "BON", "2018-" / "2020", "Luông-" / "pra-băng").
    public func joinedAsWrapped(with next: TextLine) -> TextLine {
        let scalars = text.unicodeScalars
        let last = scalars.last, beforeLast = scalars.dropLast().last
        let inWord = last == "-" && beforeLast.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } == true
            && next.text.unicodeScalars.first.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } == true
        return joined(with: next, separator: inWord ? "" : " ")
    }

    /// Appends `separator` and `next` in place: amortized constant time per appended anchor, so a long
    /// run of joins (a paragraph of many short lines) stays linear.
    public mutating func append(_ next: TextLine, separator: String = " ") {
        let count = scalarCount
        let end = position(at: max(0, count - 1))
        let sepCount = separator.unicodeScalars.count
        // An anchor at an offset another anchor also starts at is redundant: the later one wins.
        func add(_ anchor: Anchor) {
            if let last = anchors.last, last.offset == anchor.offset { anchors[anchors.count - 1] = anchor } else { anchors.append(anchor) }
        }
        if sepCount > 0 { add(Anchor(offset: count, line: end.line, column: end.column + (count > 0 ? 1 : 0))) }
        for anchor in next.anchors {
            var moved = anchor
            moved.offset += count + sepCount
            add(moved)
        }
        text += separator
        text += next.text
        scalarCount = count + sepCount + next.scalarCount
        layoutIndent = nil   // a paragraph of several lines has no layout indent of its own
    }
}
