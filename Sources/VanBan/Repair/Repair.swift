import PCRE2
/// A cleanup stage that runs before any grammar: it takes lines and gives lines back, and says
/// whether it changed anything so `source.repairs` lists only what was applied.
protocol Repair {
    /// The id written to `source.repairs`.
    static var id: String { get }
    /// The repaired lines, or nil when the stage found nothing to repair.
    func apply(_ lines: [TextLine]) -> [TextLine]?
}

extension Repair {
    /// Applies the stage and records its id when it changed the lines.
    func run(_ lines: inout [TextLine], repairs: inout [String]) {
        if let repaired = apply(lines) {
            lines = repaired
            repairs.append(Self.id)
        }
    }
}

extension Array where Element == TextLine {
    /// These lines without those at `indices`; a page break on a dropped line moves to the next line kept.
    func dropping(_ indices: Set<Int>) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(count)
        var carryPage = false
        for (i, line) in enumerated() {
            if indices.contains(i) { carryPage = carryPage || line.startsPage; continue }
            var kept = line
            if carryPage { kept.startsPage = true; carryPage = false }
            result.append(kept)
        }
        return result
    }
}

extension TextLine {
    /// The line without the text of `pattern`'s matches, the pieces left joined by `separator`; a line that was
    /// all markup becomes blank (keeping its page start). Spans stay those of the original text.
    func removingMatches(of pattern: Pattern, separator: String) -> TextLine {
        let matches = pattern.allMatches(in: text)
        guard !matches.isEmpty else { return self }
        return removing(utf8: matches.map { m in let (lower, upper) = m.byteRange(0)!; return lower..<upper }, separator: separator)
    }

    /// The line without the text in `ranges` (UTF-8 offsets, in order, not overlapping), the pieces left joined
    /// by `separator`; a line with nothing left becomes blank (keeping its page start). Linear in the line's
    /// length however many ranges there are: the kept pieces are found in one walk and appended in place.
    func removing(utf8 ranges: [Range<Int>], separator: String) -> TextLine {
        var kept: [Int] = []   // byte bounds of the kept pieces, in pairs
        var cursor = 0
        for range in ranges {
            if range.lowerBound > cursor { kept += [cursor, range.lowerBound] }
            cursor = max(cursor, range.upperBound)
        }
        if cursor < text.utf8.count { kept += [cursor, text.utf8.count] }
        let bounds = scalarOffsets(utf8: kept)
        let pieces = slices(stride(from: 0, to: bounds.count, by: 2).map { bounds[$0]..<bounds[$0 + 1] })
        guard var result = pieces.first else { return blanked }
        for piece in pieces.dropFirst() { result.append(piece, separator: separator) }
        return result
    }
}
