import PCRE2
/// Tables an OCR pipeline wrote as HTML inside its Markdown (MinerU, PaddleOCR): "<table><tr><td rowspan=2
/// colspan=1>STT</td>…</tr></table>", often all on one line. Cells are placed on a grid by their rowspan and
/// colspan, as a browser would; a cell over several columns leaves the others empty ("A | THỦ TỤC HÀNH CHÍNH
/// MỚI", a group row), and one over several rows is a merged cell (rowSpan). The header is the first row
/// and the rows its cells span down, when it names the columns (a TT/STT cell, "<th>" cells, or no row
/// label while the rows below have one); a column under a heading that spans several is named
/// "heading: sub-heading".
struct HtmlTableReader: TableShapeReader {
    private static let tag = try! Pattern(#"<(?<close>/?)(?<name>table|tr|td|th)\b(?<attributes>[^>]*)>"#, options: .caseless)
    private static let span = try! Pattern(#"(?<which>rowspan|colspan)\s*=\s*["']?(?<n>\d{1,3})"#, options: .caseless)
    /// Markup inside a cell ("<br>", "<b>") and character references ("&quot;", "&#x27;").
    private static let innerMarkup = try! Pattern(#"<[^>]*>|&(?:#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});"#)
    /// Lines a table may take (a table pretty-printed one tag per line, or cut by `LongLines`).
    private static let longest = 2_000

    /// Columns a table has at most.
    private static let maxColumns = 40

    private struct Cell { var line: TextLine?; var header: Bool; var rows: Int; var columns: Int }

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, Self.opens(lines[start]) else { return nil }
        // The table's lines: up to "</table>", or (left unclosed) up to the next table's start.
        var end = start, joined = lines[start]
        while !lines[end].text.containsBytes("</table>"), end + 1 < lines.count, end - start < Self.longest,
              !Self.opens(lines[end + 1]) {
            end += 1
            joined.append(lines[end])
        }
        end += 1
        let rows = Self.rows(of: joined)
        guard let (grid, covering) = Self.grid(rows), let width = grid.first?.count, width >= 2 else {
            return TableText.unreadable("an HTML table whose rows could not be placed", lines[start..<end], end: end)
        }
        let first = rows.first ?? []
        let anchors = grid.map { $0.first.flatMap { $0 }.flatMap { $0.line.flatMap { RowAnchor($0.text) } } }
        let firstText = first.first?.line?.text ?? ""
        let named = TableText.numberHeader.matches(firstText) || first.contains { $0.header }
            || anchors[0] == nil && anchors.dropFirst().contains { $0 != nil }
        // A grid with no header naming its columns is still a table, one that cannot be read with confidence.
        guard named else { return TableText.unreadable("an HTML table with no header naming its columns", lines[start..<end], end: end) }
        let headerCount = min(grid.count, max(1, first.map(\.rows).max() ?? 1))
        var columns = Array(repeating: [String](), count: width)
        for row in covering.prefix(headerCount) {
            for (c, cell) in row.enumerated() {
                guard let text = cell?.line.map({ VietnameseText.collapse($0.text) }), !text.isEmpty, !columns[c].contains(text) else { continue }
                columns[c].append(text)
            }
        }
        let body: [TableRow] = grid.indices.dropFirst(headerCount).compactMap { r in
            let row = grid[r]
            let cells = row.map { cell -> TableCell in
                var made = TableText.cell(cell?.line)
                // A span reaches no further than the last row written.
                if let cell, min(cell.rows, grid.count - r) > 1 { made.rowSpan = min(cell.rows, grid.count - r) }
                return made
            }
            guard let span = TableText.span(of: row.compactMap { $0?.line }) else { return nil }   // an empty row
            return TableRow(cells: cells, span: span)
        }
        guard let table = Table.make(columns: columns.map { $0.joined(separator: ": ") }, rows: body, headerLines: [joined]) else {
            return TableText.unreadable("an HTML table header with no rows under it", lines[start..<end], end: end)
        }
        return .tables([table], end: end)
    }

    private static func opens(_ line: TextLine) -> Bool { line.text.utf8.drop(while: { $0 == 0x20 }).starts(with: "<table".utf8) }

    /// The rows of the table as written: each cell's text (markup blanked, spans kept) and extent.
    private static func rows(of line: TextLine) -> [[Cell]] {
        struct Written { var row: Int; var bytes: Range<Int>; var header: Bool; var rows: Int; var columns: Int }
        var written: [Written] = []
        var rowCount = 0
        var open: (content: Int, header: Bool, rows: Int, columns: Int)?
        for m in tag.allMatches(in: line.text) {
            let (lower, upper) = m.byteRange(0)!
            let name = m["name"].map { $0.lowercased() } ?? ""
            let closing = m["close"] == "/"
            switch (name, closing) {
            case ("tr", false): rowCount += 1
            case ("td", false), ("th", false):
                var extent = (rows: 1, columns: 1)
                for s in span.allMatches(in: String(m["attributes"] ?? "")) {
                    let n = max(1, Int(s["n"] ?? "1") ?? 1)
                    if s["which"]?.lowercased() == "rowspan" { extent.rows = n } else { extent.columns = n }
                }
                open = (upper, name == "th", extent.rows, extent.columns)
            case ("td", true), ("th", true):
                guard let cell = open else { continue }
                open = nil
                rowCount = max(rowCount, 1)
                written.append(Written(row: rowCount - 1, bytes: cell.content..<lower, header: cell.header, rows: cell.rows, columns: cell.columns))
            default: continue
            }
        }
        // Byte offsets to scalar offsets in one pass (they come in order): a long one-line table stays linear.
        let bounds = written.flatMap { [$0.bytes.lowerBound, $0.bytes.upperBound] }
        var scalars: [Int] = []
        scalars.reserveCapacity(bounds.count)
        var scalar = 0, byte = 0
        let utf8 = Array(line.text.utf8)
        for bound in bounds {
            while byte < bound, byte < utf8.count {
                if utf8[byte] & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
            scalars.append(scalar)
        }
        let pieces = line.slices(written.indices.map { scalars[2 * $0]..<max(scalars[2 * $0], scalars[2 * $0 + 1]) })
        var rows = Array(repeating: [Cell](), count: rowCount)
        for (cell, piece) in zip(written, pieces) {
            let text = piece.isBlank ? nil : blankingMarkup(piece)
            rows[cell.row].append(Cell(line: text.flatMap { $0.isBlank ? nil : $0 }, header: cell.header, rows: cell.rows, columns: cell.columns))
        }
        return rows
    }

    /// The cell's text with inner tags as spaces and character references as their character, padded with
    /// spaces so every other scalar keeps its place.
    private static func blankingMarkup(_ line: TextLine) -> TextLine {
        let matches = innerMarkup.allMatches(in: line.text)
        guard !matches.isEmpty else { return line }
        var text = ""
        var cursor = line.text.utf8.startIndex
        let utf8 = line.text.utf8
        for m in matches {
            let (lower, upper) = m.byteRange(0)!
            let a = utf8.index(utf8.startIndex, offsetBy: lower), b = utf8.index(utf8.startIndex, offsetBy: upper)
            text += line.text[cursor..<a]
            let written = String(line.text[a..<b])
            let character = written.hasPrefix("<") ? " " : reference(written)
            text += character + String(repeating: " ", count: max(0, written.unicodeScalars.count - character.unicodeScalars.count))
            cursor = b
        }
        text += line.text[cursor...]
        return line.respelled(text) ?? line
    }

    private static func reference(_ written: String) -> String {
        switch written {
        case "&amp;": return "&"
        case "&lt;": return "<"
        case "&gt;": return ">"
        case "&quot;": return "\""
        case "&nbsp;": return " "
        case "&apos;": return "'"
        default:
            let digits = written.dropFirst(2).dropLast()
            let hex = digits.first == "x" || digits.first == "X"
            guard let value = UInt32(hex ? String(digits.dropFirst()) : String(digits), radix: hex ? 16 : 10),
                  let scalar = Unicode.Scalar(value) else { return " " }
            return String(Character(scalar))
        }
    }

    /// The cells placed on a grid: a cell owns its first slot, and the others it spans stay nil in `owners`
    /// while `covering` has the cell in every slot it spans. Nil when the rows are too wide to be a table.
    private static func grid(_ rows: [[Cell]]) -> (owners: [[Cell?]], covering: [[Cell?]])? {
        var grid: [[Cell?]] = []
        var covering: [[Cell?]] = []
        var taken: [[Bool]] = []
        var width = 0
        for (r, row) in rows.enumerated() {
            while grid.count <= r { grid.append([]); covering.append([]); taken.append([]) }
            var c = 0
            for cell in row {
                while c < taken[r].count, taken[r][c] { c += 1 }
                // A span reaches no further than the table: hostile or garbled spans cost nothing.
                guard c + cell.columns <= maxColumns else { return nil }
                for dr in 0..<min(cell.rows, rows.count - r) {
                    while grid.count <= r + dr { grid.append([]); covering.append([]); taken.append([]) }
                    for dc in 0..<cell.columns {
                        let cc = c + dc
                        while taken[r + dr].count <= cc { taken[r + dr].append(false); grid[r + dr].append(nil); covering[r + dr].append(nil) }
                        taken[r + dr][cc] = true
                        covering[r + dr][cc] = cell
                    }
                }
                grid[r][c] = cell
                c += cell.columns
                width = max(width, c)
            }
        }
        func padded(_ rows: [[Cell?]]) -> [[Cell?]] { rows.map { $0 + Array(repeating: nil, count: width - $0.count) } }
        return (padded(grid), padded(covering))
    }
}
