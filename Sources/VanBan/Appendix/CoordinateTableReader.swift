import PCRE2

/// Tables of boundary points (mốc tọa độ of a site, a mine, an industrial zone) as OCR or reading-order
/// text leaves them, one point per line and single spaces between the cells:
///
///     Mốc X(m) Y(m)
///     A1 431757.0513 2473109.7263
///     A2 432648.8519 2471984.7766
///     A12 432123.6344 2471237.1260 200 ha
///
/// The header names the point column and the two coordinates ("X(m)", "Y (m)", "X", "Y"); a row is a
/// point's label and its two coordinates (five to seven digits, decimals optional), sometimes with a
/// value printed beside them (the merged area cell "200 ha"), which goes in a column of its own. Labels
/// OCR garbled ("AI", "AlI" for A1, A11) are kept as written. The table ends at the first line that is not
/// a point; a table of fewer than three points is none.
struct CoordinateTableReader: TableShapeReader {
    private static let header = try! Pattern(#"^(?<label>\S[^\d]{0,24}?)\s+(?<x>X\s*(?:\(\s*m\s*\))?)\s+(?<y>Y\s*(?:\(\s*m\s*\))?)(?:\s+(?<rest>\S.*))?$"#)
    private static let point = try! Pattern(#"^(?<label>[A-ZĐ]{0,3}[\dIlO]{1,4}[a-z]?|\d{1,3})\s+(?<x>\d{5,7}(?:[.,]\d{1,4})?)\s+(?<y>\d{5,7}(?:[.,]\d{1,4})?)(?:\s+(?<rest>\S.*))?$"#)

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count else { return nil }
        let head = lines[start].trimmed()
        guard head.scalarCount <= 60, let h = Self.header.firstMatch(in: head.text) else { return nil }
        var points: [(line: TextLine, match: Match)] = []
        var end = start + 1
        while end < lines.count {
            let line = lines[end].trimmed()
            if line.isBlank { end += 1; continue }
            guard let m = Self.point.firstMatch(in: line.text) else { break }
            points.append((line, m))
            end += 1
        }
        guard points.count >= 3 else { return nil }
        while end > start + 1, lines[end - 1].isBlank { end -= 1 }

        let extra = points.contains { $0.match["rest"] != nil }
        var columns = [String(h["label"]!), String(h["x"]!), String(h["y"]!)]
        if extra || h["rest"] != nil { columns.append(h["rest"].map(String.init) ?? "") }
        let rows = points.map { point -> TableRow in
            let line = point.line
            func cell(_ name: String) -> TableCell {
                guard let range = point.match.byteRange(named: name) else { return TableText.cell(nil) }
                return TableText.cell(line.slice(line.scalarOffset(utf8: range.0)..<line.scalarOffset(utf8: range.1)))
            }
            var cells = [cell("label"), cell("x"), cell("y")]
            if columns.count == 4 { cells.append(cell("rest")) }
            return TableRow(cells: cells, span: line.span)
        }
        guard let table = Table.make(columns: columns, rows: rows, headerLines: [head]) else { return nil }
        return .tables([table], end: end)
    }
}
