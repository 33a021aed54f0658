import PCRE2

/// The plain-text tables pandoc writes (`pandoc -t plain`, and Markdown's simple and multiline tables). A
/// line of dash runs under the headings gives each column's place, so cells are cut by position:
///
///       -------------------------------------------------   ← top rule (multiline tables only)
///       TT    Nội dung                   Thời gian
///                                        hoàn thành
///       ----- -------------------------- ---------------   ← the column rule
///       1     Rà soát, thống kê các đơn  Quý I/2026
///             vị được cấp Giấy phép
///                                                          ← a blank line between rows
///       2     Hướng dẫn doanh nghiệp     Trước ngày
///                                        30/11/2026
///       -------------------------------------------------   ← bottom rule
///
/// In a multiline table (top rule) a row runs to the next blank line; in a simple table (none) every line
/// is a row and a blank line ends it. pandoc has one header row: a second one (the sub-columns under a
/// merged heading, "Tổng NSTW NSĐP") comes as the first row, with an empty number cell and nothing but
/// short headings, and is read back into the columns' names; a row of column numbers "(1) (2) (3)" is
/// skipped.
struct PandocTableReader: TableShapeReader {
    /// A rule of dashes only (top or bottom), indented as the table is.
    private static let rule = try! Pattern(#"^ {0,8}-{8,}\s*$"#, requiringOneOf: ["--------"])
    /// The column rule: two or more runs of dashes separated by spaces.
    private static let columnRule = try! Pattern(#"^ {0,8}-{3,}(?: +-{3,})+\s*$"#, requiringOneOf: ["---"])
    /// The most heading lines between the top rule and the column rule.
    private static let maxHeaderLines = 8

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count else { return nil }
        let multiline = Self.rule.matches(lines[start].text) && !Self.columnRule.matches(lines[start].text)
        // The column rule: after the top rule and the headings, or under the one heading line of a simple table.
        var ruleAt: Int?
        if multiline {
            ruleAt = (start + 1..<min(lines.count, start + 2 + Self.maxHeaderLines)).first { Self.columnRule.matches(lines[$0].text) }
        } else if start + 1 < lines.count, !lines[start].isBlank, Self.columnRule.matches(lines[start + 1].text) {
            ruleAt = start + 1
        }
        guard let ruleAt else { return nil }
        let bounds = columnStarts(lines[ruleAt].text)
        guard bounds.count >= 2 else { return nil }
        let headerLines = multiline ? Array(lines[(start + 1)..<ruleAt]) : [lines[start]]
        guard !headerLines.isEmpty, headerLines.allSatisfy({ !Self.rule.matches($0.text) }) else { return nil }
        var names = cells(of: headerLines, bounds: bounds).map { $0.map(\.text) ?? "" }

        // The rows: blocks between blank lines up to the bottom rule (multiline), or lines up to a blank one.
        var blocks: [[TextLine]] = []
        var index = ruleAt + 1
        var current: [TextLine] = []
        while index < lines.count {
            let line = lines[index]
            if multiline && Self.rule.matches(line.text) { index += 1; break }
            if line.isBlank {
                if !current.isEmpty { blocks.append(current); current = [] }
                if !multiline { break }
                index += 1
                continue
            }
            if Self.columnRule.matches(line.text) || AppendixParser.opens(line.trimmed()) { break }
            if multiline { current.append(line) } else { blocks.append([line]) }
            index += 1
        }
        if !current.isEmpty { blocks.append(current) }
        let end = index

        var rows: [TableRow] = []
        for block in blocks {
            let cells = cells(of: block, bounds: bounds)
            let texts = cells.map { $0.map { VietnameseText.collapse($0.text) } ?? "" }
            if rows.isEmpty, isSubHeading(texts) {
                for (c, t) in texts.enumerated() where !t.isEmpty { names[c] = names[c].isEmpty ? t : names[c] + ": " + t }
                continue
            }
            if texts.allSatisfy({ $0.isEmpty || TableText.columnNumber.matches($0) }) { continue }
            rows.append(TableRow(cells: cells.map(TableText.cell), span: TableText.span(of: block)!))
        }
        guard rows.count >= 1, let table = Table.make(columns: names, rows: rows, headerLines: headerLines) else { return nil }
        return .tables([table], end: end)
    }

    /// Where each column starts (scalars), from the runs of dashes of the column rule.
    private func columnStarts(_ rule: String) -> [Int] {
        var starts: [Int] = []
        var previous: Unicode.Scalar = " "
        for (i, s) in rule.unicodeScalars.enumerated() {
            if s == "-", previous == " " { starts.append(i) }
            previous = s
        }
        return starts
    }

    /// The cells of one row (or of the headings) written over `block`'s lines: each line cut at the column
    /// starts, the pieces of a column joined top to bottom; nil for an empty cell.
    private func cells(of block: [TextLine], bounds: [Int]) -> [TextLine?] {
        var pieces = Array(repeating: [TextLine](), count: bounds.count)
        for line in block {
            let n = line.scalarCount
            for (c, lower) in bounds.enumerated() where lower < n {
                // A cell runs to the next column's start; the last to the end of the line.
                let upper = c + 1 < bounds.count ? min(bounds[c + 1], n) : n
                let piece = line.slice(lower..<upper).trimmed()
                if !piece.isBlank { pieces[c].append(piece) }
            }
        }
        return pieces.map { TableText.join($0) }
    }

    /// A second heading row that came as the first row: an empty first cell (no number), and only short
    /// headings, each starting with a capital ("Tổng", "NSTW", "NSĐP").
    private func isSubHeading(_ texts: [String]) -> Bool {
        guard texts.count >= 3, texts[0].isEmpty else { return false }
        let filled = texts.filter { !$0.isEmpty }
        return filled.count >= 2 && filled.allSatisfy { $0.count <= 20 && TableText.startsUppercase($0) && !$0.contains(where: \.isNumber) }
    }
}
