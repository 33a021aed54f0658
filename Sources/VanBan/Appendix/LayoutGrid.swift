import PCRE2

/// The geometry of one page segment of a layout table: its column edges and the pieces of every line
/// in each column (its rows are read in LayoutGrid+Rows.swift).
struct LayoutGrid {
    let lines: [TextLine]
    let data: [Int]
    /// Column start positions.
    var edges: [Int]
    /// How far right each column's text reaches.
    var extents: [Int]
    /// Per data line (same order as `data`), the piece of each column (nil: empty).
    var cells: [[TextLine?]]
    /// The column of row numbers: the first one holding any.
    var anchorColumn = 0

    var columnCount: Int { edges.count }

    init?(lines: [TextLine], data: [Int], header: [Int], template: (edges: [Int], extents: [Int])? = nil) {
        self.lines = lines
        self.data = data
        let frags = data.map { LayoutTableReader.fragments(of: lines[$0], index: $0) }
        if let template {
            self.edges = template.edges
            self.extents = template.extents
            let pieces = LayoutGrid.pieces(frags, edges: template.edges, nearest: true)
            self.cells = pieces
            anchorColumn = template.edges.indices.first { c in pieces.contains { $0[c].flatMap { RowAnchor($0.text) } != nil } } ?? 0
            return
        }
        // Starts shared by two lines or more (within two columns of each other) are column edges.
        let starts = frags.enumerated().flatMap { (k, fs) in fs.map { (pos: $0.start, line: k) } }.sorted { $0.pos < $1.pos }
        var clusters: [(min: Int, max: Int, lines: Set<Int>)] = []
        for s in starts {
            if let last = clusters.last, s.pos - last.max <= 2 {
                clusters[clusters.count - 1].max = s.pos
                clusters[clusters.count - 1].lines.insert(s.line)
            } else {
                clusters.append((s.pos, s.pos, [s.line]))
            }
        }
        // Row numbers a narrow TT column leaves one space from the text ("  3 Bồi dưỡng") start within two
        // columns of it: the first cluster is two columns when its numbers all start left of its text.
        if let first = clusters.first {
            let inFirst = frags.enumerated().flatMap { k, fs in fs.filter { $0.start >= first.min && $0.start <= first.max }.map { (k, $0) } }
            // (A section row's label and title, "III. Công tác …", are neither.)
            let numbers = inFirst.filter { RowAnchor($0.1.string) != nil }
            let words = inFirst.filter { RowAnchor($0.1.string) == nil && !LayoutGrid.sectionLine.matches($0.1.string) }
            if let numbersEnd = numbers.map(\.1.start).max(), let wordsStart = words.map(\.1.start).min(), wordsStart > numbersEnd {
                clusters[0] = (first.min, numbersEnd, Set(numbers.map(\.0)))
                clusters.insert((wordsStart, first.max, Set(words.map(\.0))), at: 1)
                // A longer number ("10") leaves its text a few columns left of where the others' starts: one column.
                if clusters.count > 2, clusters[2].min - clusters[1].max <= 4 {
                    let next = clusters.remove(at: 2)
                    clusters[1] = (clusters[1].min, next.max, clusters[1].lines.union(next.lines))
                }
            }
        }
        let supportNeeded = data.count >= 2 ? 2 : 1
        var edges = clusters.filter { $0.lines.count >= supportNeeded }.map(\.min)
        guard !edges.isEmpty else { return nil }
        // One row number left of every column (a page holding the end of one row and one more row) is the
        // number column all the same.
        if let lone = clusters.first, lone.lines.count < supportNeeded, lone.max < edges[0] - 1,
           frags.joined().filter({ $0.start >= lone.min && $0.start <= lone.max }).allSatisfy({ RowAnchor($0.string) != nil }) {
            edges.insert(lone.min, at: 0)
        }
        // How far each column reaches (text of fragments starting in it, stopped at the next edge).
        func extents(_ edges: [Int]) -> [Int] {
            edges.indices.map { c in
                let next = c + 1 < edges.count ? edges[c + 1] : Int.max
                var reach = edges[c]
                for f in frags.joined() where f.start >= edges[c] - 1 && f.start < next - 1 && clusters.contains(where: { $0.lines.count >= supportNeeded && f.start >= $0.min && f.start <= $0.max }) {
                    reach = max(reach, min(f.end, next))
                }
                return reach
            }
        }
        var reach = extents(edges)
        // A fragment alone where no column reaches is a column of its own (a merged cell printed once).
        for c in clusters where c.lines.count < supportNeeded {
            let col = (edges.lastIndex { $0 <= c.min + 1 }) ?? 0
            if c.min > reach[col] + 1, !edges.contains(c.min) {
                edges.append(c.min); edges.sort()
                reach = extents(edges)
            }
        }
        // Header names left or right of every column of data: empty columns of their own (an STT column
        // left blank in a draft).
        for h in header {
            for f in LayoutTableReader.fragments(of: lines[h], index: h) {
                if f.end < edges[0] - 1 { edges.insert(f.start, at: 0); reach.insert(f.end, at: 0) }
                else if f.start > reach[reach.count - 1] + 2 { edges.append(f.start); reach.append(f.end) }
            }
        }
        self.edges = edges
        self.extents = reach

        let cells = LayoutGrid.pieces(frags, edges: edges)
        self.cells = cells
        anchorColumn = edges.indices.first { c in cells.contains { $0[c].flatMap { RowAnchor($0.text) } != nil } } ?? 0
    }

    /// Pieces per column; a fragment running over the next edge is split at the word nearest it.
    /// `nearest`: a fragment goes to the column whose edge is nearest its start (edges carried over from
    /// another page are only approximately right); otherwise to the last edge at or before it.
    static func pieces(_ frags: [[LayoutTableReader.Fragment]], edges: [Int], nearest: Bool = false) -> [[TextLine?]] {
        var cells: [[TextLine?]] = []
        for fs in frags {
            var row: [TextLine?] = Array(repeating: nil, count: edges.count)
            for f in fs {
                var piece = f.text
                var pieceStart = f.start
                var col = nearest ? edges.indices.min { abs(edges[$0] - f.start) < abs(edges[$1] - f.start) }!
                    : (edges.lastIndex { $0 <= pieceStart + 1 }) ?? 0
                while !nearest, col + 1 < edges.count, pieceStart + piece.scalarCount > edges[col + 1] + 1 {
                    guard let cut = LayoutGrid.split(piece, at: edges[col + 1] - pieceStart) else { break }
                    let left = piece.slice(0..<cut).trimmed()
                    row[col] = TableText.join([row[col], left].compactMap { $0 })
                    pieceStart += cut
                    piece = piece.slice(cut..<piece.scalarCount)
                    col += 1
                }
                row[col] = TableText.join([row[col], piece].compactMap { $0 })
            }
            cells.append(row)
        }
        return cells
    }

    /// Where to cut `piece` so that its right part starts a column `edge` scalars in: at a word start
    /// within a few columns of the edge, an uppercase word first, else the nearest; nil when none.
    static func split(_ piece: TextLine, at edge: Int) -> Int? {
        let scalars = Array(piece.text.unicodeScalars)
        var best: (cost: Int, at: Int)?
        for w in 1..<max(1, scalars.count) where scalars[w] != " " && scalars[w - 1] == " " {
            let distance = abs(w - edge)
            guard w >= edge - 4, w <= edge + 3 else { continue }
            let upper = Character(scalars[w]).isUppercase || Character(scalars[w]).isNumber
            let cost = distance + (upper ? 0 : 3)
            if best == nil || cost < best!.cost { best = (cost, w) }
        }
        return best?.at
    }

    // MARK: Column names

    /// Names from the header fragments above each column: every fragment overlapping the column's
    /// reach, top to bottom; a fragment over no column goes with the fragment above it, or the nearest
    /// column. Header fragments left or right of all columns name empty columns of their own.
    func columnNames(lines: [TextLine], header: [Int]) -> [String] {
        var names = Array(repeating: [String](), count: edges.count)
        var previous: [(range: Range<Int>, columns: [Int])] = []
        for h in header {
            var now: [(range: Range<Int>, columns: [Int])] = []
            for f in LayoutTableReader.fragments(of: lines[h], index: h) {
                let range = f.start..<max(f.end, f.start + 1)
                var cols = edges.indices.filter { c in
                    let col = edges[c]..<max(extents[c], edges[c] + 1)
                    return range.clamped(to: col).count >= min(2, range.count)
                }
                if cols.isEmpty { cols = previous.first { $0.range.overlaps(range) }?.columns ?? [] }
                if cols.isEmpty {
                    let center = (range.lowerBound + range.upperBound) / 2
                    cols = [edges.indices.min { abs((edges[$0] + extents[$0]) / 2 - center) < abs((edges[$1] + extents[$1]) / 2 - center) }!]
                }
                for c in cols { names[c].append(f.string) }
                now.append((range, cols))
            }
            previous = now + previous.filter { p in !now.contains { $0.range.overlaps(p.range) } }
        }
        return names.map { VietnameseText.collapse($0.joined(separator: " ")) }
    }

    /// Where each column of this page goes among `first`'s columns: the nearest edge once the pages'
    /// row-number columns are lined up.
    func mapping(onto first: LayoutGrid) -> [Int] {
        let shift = edges[anchorColumn] - first.edges[first.anchorColumn]
        return edges.map { e in first.edges.indices.min { abs(first.edges[$0] + shift - e) < abs(first.edges[$1] + shift - e) }! }
    }

    /// Two cells of one place joined top to bottom.
    static func joined(_ a: TableCell, _ b: TableCell) -> TableCell {
        var cell = a
        cell.text = VietnameseText.collapse(a.text + " " + b.text)
        cell.values += b.values
        if let sb = b.span { cell.span = a.span.map { $0.union(sb) } ?? sb }
        if let lb = b.line { cell.line = a.line.map { $0.joined(with: lb) } ?? lb }
        return cell
    }
}
