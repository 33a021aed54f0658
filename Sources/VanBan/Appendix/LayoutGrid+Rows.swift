import PCRE2

/// The rows of one page segment of a layout table, from its geometry: around the row numbers of the number
/// column, or without numbers, where the cells of a line open together, or by the blank space of the key
/// columns.
extension LayoutGrid {
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
        return RowAnchor(section: label)
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
