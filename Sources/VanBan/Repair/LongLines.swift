/// Cuts lines longer than any line of a real document (a text extracted without line ends, or a
/// hostile input) into pieces of at most `limit` scalars, at a space where there is one, so the work
/// done per line stays bounded whatever the input.
struct LongLines: Repair {
    static let id = "long-lines"
    /// Scalars per piece. Real lines are under a few hundred; Markdown tables under a few thousand.
    static let limit = 4_000

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        guard lines.contains(where: { $0.scalarCount > Self.limit }) else { return nil }
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            guard line.scalarCount > Self.limit else { result.append(line); continue }
            let scalars = Array(line.text.unicodeScalars)
            var ranges: [Range<Int>] = []
            var start = 0
            while start < scalars.count {
                var end = min(start + Self.limit, scalars.count)
                if end < scalars.count, let space = scalars[(start + Self.limit / 2)..<end].lastIndex(of: " ") {
                    end = space + 1
                }
                ranges.append(start..<end)
                start = end
            }
            for (i, var piece) in line.slices(ranges).enumerated() {
                if i > 0 { piece.startsPage = false }
                result.append(piece)
            }
        }
        return result
    }
}
