import PCRE2

/// Tables antiword could not draw: when a table's rows differ in their cells (a merged heading, a
/// column-number row), antiword prints the cells as one stream, each followed by "|", a row after the
/// other, wrapped like prose:
///
///     STT |Nội dung, nhiệm vụ |Địa điểm |Tổng kinh phí (triệu đồng) |Ngân sách
///     trung ương |Ghi chú | |(1) |(2) |(3) |(4) |(5) | |1 |Xây dựng cơ sở dữ liệu
///     |xã Sơn Dương |1.275 |Khởi công mới | |2 |Giám sát việc ký quỹ …
///
/// sometimes under heading rows it did draw ("|STT |Nội dung |…|" over "|    |       |đồng) |"). Rows are
/// found by their numbers, each after an empty cell ("| |2 |"), in sequence; a row's cells are the pieces
/// up to the next row's. The drawn heading rows name the columns, their lines joined column by column, and
/// the pieces before the first row (sub-headings, column numbers) are heading too.
struct PipeStreamTableReader: TableShapeReader {
    /// A drawn heading row: pipes at both ends.
    private static let drawn = try! Pattern(#"^\s*\|.*\|\s*$"#)
    /// The most lines of drawn heading rows above a stream.
    private static let maxHeadingRows = 8
    /// The stream's mark: an empty cell, then a row number, mid-line ("| |1 |"); the Markdown repair keeps the
    /// pipes of paragraphs that show it.
    static let rowMark = try! Pattern(#"\|\s*\|\s*\d{1,3}\s*\|"#)
    /// A cell with text, then the empty cell and the next row's number: where one row ends and the next starts.
    private static let rowEndAndStart = try! Pattern(#"[^|\s][^|]*\|\s*\|\s*\d{1,3}\s*\|"#)

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, lines[start].text.containsByte(0x7C) else { return nil }
        // Drawn heading rows first (pipes at both ends), then the stream after at most two blank lines.
        var index = start
        var drawnHeading: [TextLine] = []
        while index < lines.count, Self.drawn.matches(lines[index].text), !Self.rowMark.matches(lines[index].text) {
            // More drawn lines than a heading takes: a table antiword drew whole (PipeTableReader's), and no
            // scan over all of it from every line.
            guard drawnHeading.count < Self.maxHeadingRows else { return nil }
            drawnHeading.append(lines[index]); index += 1
        }
        var blanks = 0
        while index < lines.count, lines[index].isBlank, blanks < 2 { blanks += 1; index += 1 }
        if drawnHeading.isEmpty {
            // No drawn heading: the stream opens with the TT heading itself ("STT |Nội dung …").
            guard TableReader.headerStart.matches(lines[start].trimmed().text) else { return nil }
        }
        var stream: [TextLine] = []
        while index < lines.count, !lines[index].isBlank, !AppendixParser.opens(lines[index].trimmed()) {
            stream.append(lines[index].trimmed()); index += 1
        }
        let end = index
        // A stream has a row end and the next row's start on one line ("mới | |2 |Giám sát"), and lines of any
        // number of pipes; a table written a row per line (" |  | 1 | 2477381 |") has neither.
        guard stream.contains(where: { line in Self.rowEndAndStart.matches(line.text) }),
              Set(stream.map { $0.text.utf8.filter { $0 == 0x7C }.count }).count > 1,
              let joined = TableText.join(stream) else { return nil }

        // The pieces between pipes, with the empty ones kept: they mark where rows meet.
        var pieces: [TextLine] = []
        var from = 0
        for (i, s) in joined.text.unicodeScalars.enumerated() where s == "|" {
            pieces.append(joined.slice(from..<i).trimmed()); from = i + 1
        }
        if from < joined.scalarCount { pieces.append(joined.slice(from..<joined.scalarCount).trimmed()) }

        // Row numbers 1, 2, 3 … each after an empty piece (or first of all).
        var anchors: [Int] = []
        for (k, p) in pieces.enumerated() where k == 0 || pieces[k - 1].isBlank {
            guard let n = Int(p.text), n == anchors.count + 1 else { continue }
            anchors.append(k)
        }
        guard anchors.count >= 2 else { return nil }

        var rows: [TableRow] = []
        for (i, a) in anchors.enumerated() {
            var cells = Array(pieces[a..<(i + 1 < anchors.count ? anchors[i + 1] - 1 : pieces.count)])
            while let last = cells.last, last.isBlank, cells.count > 1 { cells.removeLast() }
            guard let span = TableText.span(of: cells) else { return nil }
            rows.append(TableRow(cells: cells.map(TableText.cell), span: span))
        }
        let width = rows.map(\.cells.count).max() ?? 0
        let names = columnNames(drawn: drawnHeadingNames(drawnHeading), before: Array(pieces[..<(anchors[0])]), width: width)
        guard let table = Table.make(columns: names, rows: rows, headerLines: drawnHeading.isEmpty ? [lines[start]] : drawnHeading) else { return nil }
        return .tables([table], end: end)
    }

    /// The columns' names: the drawn headings, and the pieces before the first row. Sub-headings under a merged
    /// heading ("Tổng", "NSTW", "NSĐP" under "Dự kiến kinh phí") come as a row of their own, empty where the
    /// headings above span both rows: the heading at the first sub-heading's place spans them all
    /// ("Dự kiến kinh phí: Tổng", …), when the counts agree; otherwise the pieces follow the drawn names.
    private func columnNames(drawn: [String], before pieces: [TextLine], width: Int) -> [String] {
        let texts = pieces.map { VietnameseText.collapse($0.text) }.filter { !TableText.columnNumber.matches($0) }
        guard !drawn.isEmpty else { return texts.filter { !$0.isEmpty } }
        // The sub-heading row: the pieces before the empty one that separates it from row 1.
        let row = Array(texts.prefix(max(0, texts.count - 1)))
        let subs = row.indices.filter { !row[$0].isEmpty }
        guard let first = subs.first, let last = subs.last, last - first + 1 == subs.count, first < drawn.count,
              drawn.count - 1 + subs.count == width else { return drawn + texts.filter { !$0.isEmpty } }
        return Array(drawn[..<first]) + subs.map { drawn[first] + ": " + row[$0] } + Array(drawn[(first + 1)...])
    }

    /// The names of drawn heading rows: each line cut at its pipes, the pieces of a column joined top to bottom.
    private func drawnHeadingNames(_ rows: [TextLine]) -> [String] {
        var columns: [[String]] = []
        for row in rows {
            let cells = row.trimmed().text.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            for (c, cell) in cells.enumerated() {
                if c >= columns.count { columns.append([]) }
                let t = cell.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { columns[c].append(t) }
            }
        }
        return columns.map { VietnameseText.collapse($0.joined(separator: " ")) }
    }
}
