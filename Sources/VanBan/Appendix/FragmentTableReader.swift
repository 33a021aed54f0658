import PCRE2
/// Rebuilds a table whose cells extraction broke into fragments, one per line (pdftotext reading order;
/// the seed's appendix).
///
/// Rows are anchored by their running numbers (TT/STT: 1, 2, 3 …). Inside a row, fragments are joined
/// into cells where one plainly continues the other (a lowercase start, a dangling "lúc", an open
/// parenthesis); a fragment that holds two cells is split where a value begins ("01 buổi", "13h30").
/// A column a row lacks at its end is covered by the cell above it (a vertically merged cell).
struct FragmentTableReader: TableShapeReader {
    static let headerStart = TableReader.headerStart
    static let rowAnchor = try! Pattern(#"^(?<n>\d{1,3})\.?(?:\s+(?<rest>.+))?$"#)
    static let valueStart = try! Pattern(#"(?<=\s)(?:\d{1,3}\s+(?:buổi|ngày|lần|người|đợt)\b|\d{1,2}\s?h\s?\d{2}|\d{1,2}/\d{1,2}/\d{4})"#)
    static let dangling = try! Pattern(#"(?:\b(?:lúc|và|của|tại|từ|đến|ngày|với|các)|[(,\-])\s*$"#)

    /// A line after which the table cannot go on: a note, another appendix, a signature block.
    static let after = try! Pattern(#"^(?:\(?\*\)|Ghi chú|GHI CHÚ|Lưu ý|Chú thích|Nơi nhận|PHỤ LỤC|Phụ lục\s+\S+$)"#)
    /// Fragments of one row beyond this many per column mean the rows were not emitted row by row.
    static let fragmentsPerColumn = 3

    /// The table starting at `lines[start]` (its header), and the index after it; nil when the lines
    /// do not read as a table with numbered rows; unreadable when the rows were not emitted row by row
    /// (the numbering restarts, or a row holds far more fragments than the table has columns).
    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, Self.headerStart.matches(lines[start].trimmed().text),
              ColumnSplitter.fragments(of: lines[start]).count <= 1 || lines[start].trimmed().text.count <= 4 else { return nil }
        var index = start
        var headerLines: [TextLine] = []
        while index < lines.count, !isAnchor(lines[index], expecting: 1), !isGroup(lines[index]) {
            if !lines[index].isBlank { headerLines.append(lines[index].trimmed()) }
            index += 1
            // Narrow heading cells wrap word by word ("Ngân" / "sách" / "trung" / "ương"), and a row of column
            // numbers "(1)" … "(7)" follows them: many short lines, but not a paragraph.
            if headerLines.count > 24 || headerLines.count > 12 && headerLines.contains(where: { $0.scalarCount > 30 }) { return nil }
        }
        let columns = joinFragments(headerLines, splitFirst: true)
        guard columns.count >= 2, index < lines.count else { return nil }

        var rows: [[TextLine]] = []
        var firstRowAt: Int?   // the line of row 1's number
        var expected = 1
        var restarted = false
        while index < lines.count {
            let line = lines[index].trimmed()
            if line.isBlank { index += 1; continue }
            if Self.after.matches(line.text) || AppendixParser.opens(line) { break }
            if isAnchor(line, expecting: expected), !TableText.isFigureCell(at: index, in: lines, firstRowAt: firstRowAt) {
                if rows.isEmpty { firstRowAt = index }
                rows.append([line]); expected += 1
            } else if !rows.isEmpty, TableText.totalRow.matches(line.text) {
                rows.append([line])   // the total under the numbered rows: a row of its own
            } else if isAnchor(line, expecting: expected - 1), rows.isEmpty {
                rows.append([line])
            } else if isGroup(line) {
                rows.append([line])
            } else if !rows.isEmpty {
                // A new page or a title line after a row that has all its cells: the table has ended.
                if line.startsPage || VietnameseText.isUppercase(line.text) && line.text.count > 10,
                   joinFragments(Array(rows[rows.count - 1].dropFirst()), splitFirst: false).count >= columns.count - 1 { break }
                if let m = Self.rowAnchor.firstMatch(in: line.text), m["rest"] == nil, let n = m["n"].flatMap({ Int($0) }), n < expected - 1, n >= 1,
                   !TableText.isFigureCell(at: index, in: lines, firstRowAt: firstRowAt) { restarted = true }
                rows[rows.count - 1].append(line)
            }
            index += 1
        }
        let region = lines[start..<index]
        if restarted {
            return TableText.unreadable("the row numbers restart inside the table (cells emitted out of row order)", region, end: index)
        }
        if let crowded = rows.first(where: { $0.count > Self.fragmentsPerColumn * columns.count }) {
            return TableText.unreadable("row \(crowded[0].text) holds \(crowded.count) line fragments for \(columns.count) columns: its cells were not emitted row by row", region, end: index)
        }
        guard !rows.isEmpty else { return nil }
        var rowCells = rows.map { cellsOf(row: $0, columnCount: columns.count) }
        alignToValueColumn(&rowCells)
        var built: [TableRow] = []
        var spans: [Int: Int] = [:]   // column → index of the row whose cell spans down
        for (fragments, var cells) in zip(rows, rowCells) {
            if fragments.count == 1, TableText.totalRow.matches(fragments[0].text) {
                spans = [:]
                built.append(TableRow(cells: TableText.totalRowCells(fragments[0], columnCount: columns.count), span: fragments[0].span))
                continue
            }
            if isGroup(fragments[0]) {
                // A group row ("I. Lĩnh vực …"): its own row; a merged cell does not reach across it.
                while cells.count > 2 { let extra = cells.removeLast(); cells[1].text += " " + extra.text; cells[1].values += extra.values }
                cells += Array(repeating: TableText.cell(nil), count: max(0, columns.count - cells.count))
                spans = [:]
                built.append(TableRow(cells: cells, span: TableText.span(of: fragments)!))
                continue
            }
            if cells.count < columns.count {
                for column in cells.count..<columns.count {
                    if let owner = spans[column] {
                        built[owner].cells[column].rowSpan = (built[owner].cells[column].rowSpan ?? 1) + 1
                    }
                }
            }
            for column in cells.indices { spans[column] = built.count }
            TableText.foldOverflow(&cells, into: columns.count)
            let span = fragments.dropFirst().reduce(fragments[0].span) { $0.union($1.span) }
            built.append(TableRow(cells: cells, span: span))
        }
        for r in built.indices { for c in built[r].cells.indices where built[r].cells[c].rowSpan == 1 { built[r].cells[c].rowSpan = nil } }
        let headerSpan = headerLines.dropFirst().reduce(headerLines[0].span) { $0.union($1.span) }
        return .tables([Table(columns: columns.map { VietnameseText.collapse($0.text) }, rows: built,
                              span: headerSpan.union(built.last!.span))], end: index)
    }

    /// Where most rows have their first date/time, cells before it in a row that has it later are one
    /// cell broken in two ("Công ty Cổ phần Đường" / "Quảng Ngãi"): join them.
    private func alignToValueColumn(_ rows: inout [[TableCell]]) {
        var counts: [Int: Int] = [:]
        for row in rows { if let k = row.firstIndex(where: { !$0.values.isEmpty }) { counts[k, default: 0] += 1 } }
        guard let (valueColumn, votes) = counts.max(by: { $0.value < $1.value }), votes * 2 > rows.count, valueColumn >= 2 else { return }
        for r in rows.indices {
            guard let k = rows[r].firstIndex(where: { !$0.values.isEmpty }), k > valueColumn else { continue }
            let merged = rows[r][(valueColumn - 1)..<k]
            var cell = merged.first!
            cell.text = merged.map(\.text).joined(separator: " ")
            if let first = merged.first?.span, let last = merged.last?.span { cell.span = first.union(last) }
            rows[r].replaceSubrange((valueColumn - 1)..<k, with: [cell])
        }
    }

    /// A group row of a table: a roman numeral alone ("I.", "II").
    private func isGroup(_ line: TextLine) -> Bool {
        guard let a = RowAnchor(line.trimmed().text) else { return false }
        return a.kind == .roman
    }

    private func isAnchor(_ line: TextLine, expecting n: Int) -> Bool {
        guard let m = Self.rowAnchor.firstMatch(in: line.trimmed().text), let number = m["n"] else { return false }
        return Int(number) == n
    }

    /// Joins fragments that continue each other.
    private func joinFragments(_ fragments: [TextLine], splitFirst: Bool) -> [TextLine] {
        var cells: [TextLine] = []
        for fragment in fragments {
            if let last = cells.last, continues(last.text, fragment.text) {
                cells[cells.count - 1].append(fragment)
            } else {
                cells.append(fragment)
            }
        }
        return cells
    }

    private func continues(_ previous: String, _ next: String) -> Bool {
        if VietnameseText.startsLowercase(next) { return true }
        if Self.dangling.matches(previous) { return true }
        let opens = previous.filter { $0 == "(" }.count, closes = previous.filter { $0 == ")" }.count
        return opens > closes
    }

    private func cellsOf(row fragments: [TextLine], columnCount: Int) -> [TableCell] {
        var pieces = fragments
        // The row number is the first cell.
        let first = pieces.removeFirst()
        var cells: [TextLine] = [first]
        if let m = Self.rowAnchor.firstMatch(in: first.text) {
            let numberEnd = first.scalarOffset(utf8: m.byteRange(named: "n")!.1)
            cells = [first.slice(0..<numberEnd)]
            if let restRange = m.byteRange(named: "rest") {
                pieces.insert(first.slice(first.scalarOffset(utf8: restRange.0)..<first.scalarCount).trimmed(), at: 0)
            }
        }
        var joined = joinFragments(pieces, splitFirst: false)
        // Split a fragment that holds two cells where a value begins.
        var i = 0
        while joined.count + 1 < columnCount, i < joined.count {
            let text = joined[i].text
            if let v = Self.valueStart.firstMatch(in: text), let (lower, _) = v.byteRange(0), lower > 0 {
                let offset = joined[i].scalarOffset(utf8: lower)
                let left = joined[i].slice(0..<offset).trimmed(), right = joined[i].slice(offset..<joined[i].scalarCount).trimmed()
                joined.replaceSubrange(i...i, with: [left, right])
                joined = joinFragments(joined, splitFirst: false)
            }
            i += 1
        }
        cells += joined
        return cells.map { cell in
            TableCell(text: VietnameseText.collapse(cell.text), rowSpan: 1,
                      values: DateExtractor.dates(in: cell).map { var d = $0; if d.role == nil { d.role = .schedule }; return d },
                      span: cell.span)
        }
    }
}
