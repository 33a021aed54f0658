import PCRE2

/// The geometry of one page segment of a layout table: its column edges and the pieces of every line
/// in each column.
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

    // MARK: Rows

    enum RowsOutcome {
        /// Rows, the row numbers read, lines before the first number that go on the row before (when
        /// numbers head their rows), and whether they do.
        case rows([TableRow], anchors: [RowAnchor], carry: TableRow?, topAligned: Bool)
        case unreadable(String)
    }

    func rows(anchored: Bool, after previous: [RowAnchor], topAligned: Bool?) -> RowsOutcome {
        if anchored { return anchoredRows(after: previous, topAligned: topAligned) }
        let opening = openingLineRows()
        if case .rows = opening { return opening }
        return keyColumnRows()
    }

    private func text(_ k: Int, _ c: Int) -> String? { cells[k][c]?.text }


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

    /// Rows around the row numbers of the first column.
    private func anchoredRows(after previous: [RowAnchor], topAligned known: Bool?) -> RowsOutcome {
        var anchorAt: [Int] = []
        var anchors: [RowAnchor] = []
        var last = previous.last
        // Rows numbered on across the sections ("I", 1, 2, 3, "II", 4, 5): a number follows the last number.
        var lastNumber = previous.last { $0.kind == .number }
        let column = anchorColumn
        for k in data.indices {
            guard let t = text(k, column), let a = RowAnchor(t) ?? sectionLabel(k) else { continue }
            if let l = last, !(a.follows(l) || a.isSection || (a.isFirst && l.isSection) || (a.kind != l.kind && a.isFirst)
                                 || l.isSection && lastNumber.map { a.follows($0) } == true) {
                return .unreadable("row number \(t) does not follow the one before it")
            }
            if last == nil, !a.isFirst, previous.isEmpty { return .unreadable("the first row number is \(t), not 1") }
            anchorAt.append(k); anchors.append(a); last = a
            if a.kind == .number { lastNumber = a }
        }
        guard !anchorAt.isEmpty else { return .unreadable("a page of the table has no row numbers") }
        // Bounds of each row: [lower, upper] in data indices.
        var bounds: [(Int, Int)] = []
        let topAligned = known ?? (anchorAt[0] == 0)
        var lower = 0
        var carry: TableRow?
        if topAligned, anchorAt[0] > 0 {
            carry = makeRow(0...(anchorAt[0] - 1))
            lower = anchorAt[0]
        }
        for (n, a) in anchorAt.enumerated() {
            let nextAnchor = n + 1 < anchorAt.count ? anchorAt[n + 1] : nil
            var upper: Int
            if let next = nextAnchor {
                upper = topAligned ? next - 1 : boundary(from: lower, anchor: a, next: next) - 1
            } else {
                upper = data.count - 1
            }
            guard upper >= a, upper >= lower else { return .unreadable("rows around the row numbers overlap") }
            bounds.append((lower, upper))
            lower = upper + 1
        }
        var rows = bounds.map { b in makeRow(b.0...b.1) }
        mergeLoneCells(&rows, bounds: bounds)
        return .rows(rows, anchors: anchors, carry: carry, topAligned: topAligned)
    }

    /// The label of a section row merged across the table, at the start of data line `k` in the number
    /// column: "A. CÔNG TÁC TUYÊN TRUYỀN", "II. Nhiệm vụ thường xuyên", or "B" alone before its title.
    private func sectionLabel(_ k: Int) -> RowAnchor? {
        guard let first = cells[k][anchorColumn]?.text,
              let m = Self.sectionLine.firstMatch(in: lines[data[k]].trimmed().text), let label = m["label"],
              first.hasPrefix(label) else { return nil }
        if let roman = RowAnchor(label), roman.kind == .roman { return roman }
        return RowAnchor(sectionLetter: label)
    }

    /// A section row's line: its label, then its title in capitals or sentence case.
    static let sectionLine = try! Pattern(#"^(?<label>[IVX]{1,4}|[A-H])(?:[.)]\s+|\s{2,}|\s(?=\p{Lu}{2}))\p{Lu}"#)

    /// The first line of the row after the one numbered at `anchor`: the cut that centres this row
    /// on its number and cuts the fewest running cells.
    private func boundary(from lower: Int, anchor: Int, next: Int) -> Int {
        var best: (cost: Int, at: Int) = (Int.max, next)
        for b in (anchor + 1)...next {
            var cost = abs((lower + b - 1) - 2 * anchor) * 2
            for c in edges.indices where c != anchorColumn {
                guard let below = text(b, c) else { continue }
                if let above = text(b - 1, c) {
                    if TableText.continues(above, below) { cost += 4 }
                    else if TableText.sentenceEnd.matches(above) { cost -= 1 }
                } else if TableText.startsUppercase(below) { cost -= 1 }
            }
            if cost < best.cost { best = (cost, b) }
        }
        return best.at
    }

    /// A row from data lines `range`: each column's pieces joined top to bottom.
    private func makeRow(_ range: ClosedRange<Int>) -> TableRow {
        let cellsOut = edges.indices.map { c in TableText.cell(TableText.join(range.compactMap { cells[$0][c] })) }
        let span = TableText.span(of: range.map { lines[data[$0]] })!
        return TableRow(cells: cellsOut, span: span)
    }

    /// A column with a single piece on this page, in its middle row, printed once for all rows: a
    /// merged cell (it moves to the first row with rowSpan covering the page).
    private func mergeLoneCells(_ rows: inout [TableRow], bounds: [(Int, Int)]) {
        guard rows.count >= 3 else { return }
        for c in edges.indices where c != anchorColumn {
            let filled = rows.indices.filter { !rows[$0].cells[c].text.isEmpty }
            guard filled.count == 1, let r = filled.first, abs(2 * r - (rows.count - 1)) <= 2 else { continue }
            let cell = rows[r].cells[c]
            rows[r].cells[c] = TableText.cell(nil)
            rows[0].cells[c] = cell
            rows[0].cells[c].rowSpan = rows.count
        }
    }

    /// Rows with neither row numbers nor blank lines between them: a row opens on a line where the first
    /// column starts a cell (a capital, not going on from the line above) and so do at least half of the
    /// other columns that have text there (top-aligned cells start on their row's first line).
    private func openingLineRows() -> RowsOutcome {
        func opens(_ k: Int, _ c: Int) -> Bool {
            guard let t = text(k, c), TableText.startsUppercase(t) || t.first?.isNumber == true else { return false }
            guard let above = (0..<k).last(where: { text($0, c) != nil }) else { return true }
            return !TableText.continues(text(above, c)!, t)
        }
        var starts: [Int] = []
        for k in data.indices where text(k, 0) != nil && TableText.startsUppercase(text(k, 0)!) && (k == 0 || opens(k, 0)) {
            let others = edges.indices.dropFirst().filter { text(k, $0) != nil }
            guard others.count * 2 >= edges.count - 1, others.filter({ opens(k, $0) }).count * 2 >= others.count else { continue }
            // A cell going on in lower case right under its line above ("Kiểm tra tình hình triển" / "khai các dự
            // án") says the row goes on, whatever the first column holds ("Công ty cổ phần Xây dựng" / "Hoàng Long").
            if k > 0, others.contains(where: { c in text(k - 1, c) != nil && VietnameseText.startsLowercase(text(k, c)!) }) { continue }
            starts.append(k)
        }
        guard starts.count >= 2 else { return .unreadable("no column separates its rows") }
        guard starts[0] == 0 else { return .unreadable("the table starts with lines that open no row") }
        let rows = zip(starts, starts.dropFirst() + [data.count]).map { makeRow($0...($1 - 1)) }
        return .rows(rows, anchors: [], carry: nil, topAligned: true)
    }

    /// Rows without row numbers: the cells of the column best separated by blank space define them.
    private func keyColumnRows() -> RowsOutcome {
        // Cells per column: runs of pieces; a blank line in the column ends a cell before an uppercase
        // start that does not go on from the line above, two blank lines always do.
        func segments(_ c: Int, strong: Bool) -> [ClosedRange<Int>] {
            var result: [ClosedRange<Int>] = []
            var lastLine: Int?
            for k in data.indices {
                guard let t = text(k, c) else { continue }
                if let l = lastLine {
                    let gap = k - l - 1
                    let prev = text(l, c)!
                    let newCell = strong ? gap >= 2 : (gap >= 2 || (gap >= 1 && !TableText.continues(prev, t)))
                    if newCell { result.append(k...k) } else { result[result.count - 1] = result[result.count - 1].lowerBound...k }
                } else { result.append(k...k) }
                lastLine = k
            }
            return result
        }
        let strong = edges.indices.map { segments($0, strong: true) }
        guard let most = strong.map(\.count).max(), most >= 2 else { return .unreadable("no column separates its rows") }
        // Row extents: the union of the cells of the columns with the most cells, cell by cell.
        let keys = strong.filter { $0.count == most }
        var extents: [ClosedRange<Int>] = (0..<most).map { i in
            keys.map { $0[i].lowerBound }.min()!...keys.map { $0[i].upperBound }.max()!
        }
        for i in 1..<extents.count where extents[i].lowerBound <= extents[i - 1].upperBound {
            return .unreadable("the rows of the key columns overlap")
        }
        // Lines between two rows go to the nearer one.
        for i in 1..<extents.count {
            let gapStart = extents[i - 1].upperBound + 1, gapEnd = extents[i].lowerBound - 1
            guard gapStart <= gapEnd else { continue }
            let mid = (gapStart + gapEnd + 1) / 2
            extents[i - 1] = extents[i - 1].lowerBound...(mid - 1)
            extents[i] = mid...extents[i].upperBound
        }
        if let lastLine = data.indices.last, extents[extents.count - 1].upperBound < lastLine {
            extents[extents.count - 1] = extents[extents.count - 1].lowerBound...lastLine
        }
        // Cells of every column placed on the rows they cover: a cell over several rows of a column
        // that has no other cell there is merged (rowSpan); pieces landing on one row are joined.
        var grid: [[TableCell]] = Array(repeating: Array(repeating: TableText.cell(nil), count: edges.count), count: most)
        var groupRows: [(at: Int, row: TableRow)] = []
        for c in edges.indices {
            var pieces: [[TextLine]] = Array(repeating: [], count: most)
            var span: [Int] = Array(repeating: 1, count: most)
            var coveredUntil = -1   // the last row a merged cell of this column reaches
            var owner = 0
            for seg in segments(c, strong: false) {
                let covered = extents.indices.filter { extents[$0].overlaps(seg) }
                let segLines = seg.compactMap { cells[$0][c] }
                guard let top = covered.first else {
                    // Above every row: a group row ("Lĩnh vực …").
                    var cellsOut = Array(repeating: TableText.cell(nil), count: edges.count)
                    cellsOut[c] = TableText.cell(TableText.join(segLines))
                    groupRows.append((seg.lowerBound, TableRow(cells: cellsOut, span: TableText.span(of: seg.map { lines[data[$0]] })!)))
                    continue
                }
                let merged = covered.count > 1 && strong[c].count <= 1
                let target = top <= coveredUntil ? owner
                    : merged ? top : covered.max { extents[$0].clamped(to: seg).count < extents[$1].clamped(to: seg).count }!
                pieces[target] += segLines
                if merged, target + covered.count - 1 > coveredUntil {
                    span[target] = covered.last! - target + 1
                    coveredUntil = covered.last!
                    owner = target
                }
            }
            for r in 0..<most where !pieces[r].isEmpty {
                grid[r][c] = TableText.cell(TableText.join(pieces[r]))
                if span[r] > 1 { grid[r][c].rowSpan = span[r] }
            }
        }
        var rows: [(at: Int, row: TableRow)] = grid.indices.map { i in
            (extents[i].lowerBound, TableRow(cells: grid[i], span: TableText.span(of: extents[i].map { lines[data[$0]] })!))
        }
        rows += groupRows
        rows.sort { $0.at < $1.at }
        return .rows(rows.map(\.row), anchors: [], carry: nil, topAligned: false)
    }
}
