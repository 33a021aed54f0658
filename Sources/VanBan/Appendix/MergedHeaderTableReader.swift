import PCRE2

/// Word tables flattened with " | " whose heading is drawn over several rows of merged cells, and whose cells
/// may hold line breaks:
///
///     TT | Tên tỉnh, mỏ, dự án khai thác | Diện tích (ha) | Trữ lượng huy động | Công suất khai thác | Ghi chú
///      |  |  |  | 2021 - 2030 | 2031 - 2050 |
///      |  |  | Quặng
///     (103tấn) | Tấn WO3 | Quặng
///     (103tấn/năm) | Tấn WO3/năm | Quặng
///     (103tấn/năm) | Tấn WO3/năm |
///     3 | Thái Nguyên |  |  |  |  |  |  |  |
///     b | Mỏ Núi Pháo (mở rộng) | 42,9 | 55.192 | 94.830 | 2850÷3800 | 4500÷6000 | 2850÷3800 | 4500÷6000 | …
///
/// Word prints a cell merged across columns once, so each heading row has fewer cells than the table has
/// columns, and a cell merged down rows as an empty cell in the rows it covers. The bottom heading row has
/// one cell per column; each row above it is laid over the one below it: an empty cell below continues the
/// heading above it (the same columns), and a run of names below sits under the headings over it, shared
/// evenly. A column's name is its headings top to bottom ("Công suất khai thác: 2021 - 2030: Tấn WO3/năm").
///
/// Heading rows after the first open with the row-number column's covered (empty) cell; body rows open with a
/// row label ("3", "3.2", "b", "II"), a total, or an empty cell (a sub-row: a point of a boundary under its
/// mine). A line that opens no row goes on the cell above it (a line break inside a cell).
struct MergedHeaderTableReader: TableShapeReader {
    /// Heading rows at most, and lines they take at most.
    private static let maxHeadingRows = 4
    private static let maxHeadingLines = 24
    /// Lines one row takes at most.
    private static let linesPerRow = 40
    /// A body row's first cell: a row label, a lower-case letter (điểm a, b …), a total.
    private static let rowLabel = try! Pattern(#"^(?:[a-zđ][.)]?|[A-ZĐ]|Tổng(?:\s+cộng|\s+số)?|TỔNG(?:\s+CỘNG|\s+SỐ)?|Cộng|CỘNG)$"#)

    private let pipes = PipeTableReader()

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, !lines[start].trimmed().text.hasPrefix("|"),
              let firstCells = pipes.cells(of: lines[start], bordered: false), firstCells.count >= 3,
              TableText.numberHeader.matches(firstCells[0]?.text ?? "") else { return nil }

        // Heading rows, up to the first body row.
        var heading: [TextLine] = [lines[start]]
        var headingSources: [TextLine] = [lines[start]]
        var index = start + 1
        while true {
            guard index < lines.count, !lines[index].isBlank, index - start < Self.maxHeadingLines else { return nil }
            let line = lines[index]
            if opensBodyRow(line) { break }
            if line.text.containsByte(0x7C), PipeTableReader.firstCell(line).isEmpty {
                guard heading.count < Self.maxHeadingRows else { return nil }
                heading.append(line)
            } else {
                heading[heading.count - 1].append(line)
            }
            headingSources.append(line)
            index += 1
        }
        let headingCells = heading.map { row in (pipes.cells(of: row, bordered: false) ?? []).map { $0.map { VietnameseText.collapse($0.text) } ?? "" } }
            .filter { !$0.allSatisfy { $0.isEmpty || TableText.columnNumber.matches($0) } }
        // A heading row has no fewer cells than the row above it, and some row splits a merged cell (more cells): a
        // row under a one-row heading with no more cells is a body row without a number (a section's title).
        guard headingCells.count >= 2, let width = headingCells.last?.count, width >= 3, width > headingCells[0].count,
              zip(headingCells, headingCells.dropFirst()).allSatisfy({ $0.count <= $1.count }),
              let columns = Self.columnNames(headingCells) else { return nil }

        // Body rows.
        var rows: [TableRow] = []
        var end = index, fullRows = 0, partialRows = 0
        while true {
            var next = end
            while next < lines.count, lines[next].isBlank, next - end < 2 { next += 1 }
            guard next < lines.count, opensBodyRow(lines[next], orSubRow: true) else { break }
            var row = lines[next], sources = [lines[next]]
            var count = PipeTableReader.cellCount(lines[next])
            var j = next + 1
            while j < lines.count, !lines[j].isBlank, j - next < Self.linesPerRow {
                let line = lines[j]
                if count >= width {
                    // A line with no pipe under a full row goes on its last cell when a row follows it.
                    guard !line.text.containsByte(0x7C), j + 1 < lines.count, opensBodyRow(lines[j + 1], orSubRow: true) else { break }
                } else if opensBodyRow(line, orSubRow: true) {
                    // A row with fewer cells (some merged across) ends where the next opens, unless only this line
                    // would make it whole.
                    let joined = count + PipeTableReader.cellCount(line) - 1
                    guard joined == width, PipeTableReader.cellCount(line) != width else { break }
                }
                row.append(line); sources.append(line)
                count += PipeTableReader.cellCount(line) - 1
                j += 1
            }
            guard count <= width, var cells = pipes.cells(of: row, bordered: false) else { break }
            if count == width { fullRows += 1 } else if count > 2 { partialRows += 1 }
            cells += Array(repeating: nil, count: width - cells.count)
            rows.append(TableRow(cells: cells.map(TableText.cell), span: TableText.span(of: sources)!))
            end = j
        }
        // Rows fill every column, but for sections and totals (a label and a title, merged across): the rows were
        // told apart right.
        guard fullRows > 0, partialRows * 2 <= fullRows else { return nil }
        guard let table = Table.make(columns: columns, rows: rows, headerLines: headingSources) else { return nil }
        return .tables([table], end: end)
    }

    /// Whether a line opens a body row: cells after a row label or a total, or (`orSubRow`, under the first body
    /// row) after an empty first cell.
    private func opensBodyRow(_ line: TextLine, orSubRow: Bool = false) -> Bool {
        guard line.text.containsByte(0x7C) else { return false }
        let first = PipeTableReader.firstCell(line)
        return (orSubRow && first.isEmpty) || RowAnchor(first) != nil || Self.rowLabel.matches(first)
    }

    /// The columns' names from heading rows (top first; the last has a cell per column): each row's cells laid
    /// over the row below, as the type says. Nil when a row cannot be laid over the one below.
    static func columnNames(_ rows: [[String]]) -> [String]? {
        guard let bottom = rows.last else { return nil }
        // For each row, the columns each of its cells covers (as a range of column indices).
        var covers: [[Range<Int>]] = Array(repeating: [], count: rows.count)
        covers[rows.count - 1] = bottom.indices.map { $0..<($0 + 1) }
        for r in stride(from: rows.count - 2, through: 0, by: -1) {
            guard let groups = Self.groups(upper: rows[r].count, lower: rows[r + 1]) else { return nil }
            covers[r] = groups.map { g in covers[r + 1][g.lowerBound].lowerBound..<covers[r + 1][g.upperBound - 1].upperBound }
        }
        return bottom.indices.map { column in
            var path: [String] = []
            for r in rows.indices {
                guard let k = covers[r].firstIndex(where: { $0.contains(column) }) else { continue }
                let name = rows[r][k]
                if !name.isEmpty, path.last != name { path.append(name) }
            }
            return path.joined(separator: ": ")
        }
    }

    /// How `upper` cells sit over the cells of the row below (`lower`): for each upper cell, the range of lower
    /// cells under it. An empty lower cell is covered by the cell above it alone; a run of names is shared by the
    /// upper cells over it, one each when there are as many runs as those cells, else evenly over a single run.
    static func groups(upper: Int, lower: [String]) -> [Range<Int>]? {
        // The lower row in pieces: an empty cell alone, or a run of names.
        var pieces: [(range: Range<Int>, isRun: Bool)] = []
        var i = 0
        while i < lower.count {
            if lower[i].isEmpty { pieces.append((i..<(i + 1), false)); i += 1; continue }
            var j = i
            while j < lower.count, !lower[j].isEmpty { j += 1 }
            pieces.append((i..<j, true)); i = j
        }
        let runs = pieces.filter(\.isRun)
        let overRuns = upper - (pieces.count - runs.count)
        guard overRuns >= runs.count else { return nil }
        var perRun = Array(repeating: 1, count: runs.count)
        if overRuns > runs.count {
            guard runs.count == 1 else { return nil }
            guard runs[0].range.count % overRuns == 0 else {
                // Sub-headings that start again under each heading ("VT1 | VT1 | VT1 | VT2" under three): the run
                // cut where its first name comes again, when that gives one piece per heading over it.
                let run = runs[0].range
                let cuts = run.filter { $0 == run.lowerBound || lower[$0] == lower[run.lowerBound] } + [run.upperBound]
                guard cuts.count - 1 == overRuns else { return nil }
                var result: [Range<Int>] = []
                for piece in pieces {
                    if piece.isRun { result += zip(cuts, cuts.dropFirst()).map { $0..<$1 } } else { result.append(piece.range) }
                }
                return result.count == upper ? result : nil
            }
            perRun[0] = overRuns
        }
        var result: [Range<Int>] = []
        var run = 0
        for piece in pieces {
            guard piece.isRun else { result.append(piece.range); continue }
            let share = piece.range.count / perRun[run]
            for k in 0..<perRun[run] {
                let from = piece.range.lowerBound + k * share
                result.append(from..<(k == perRun[run] - 1 ? piece.range.upperBound : from + share))
            }
            run += 1
        }
        return result.count == upper ? result : nil
    }
}
