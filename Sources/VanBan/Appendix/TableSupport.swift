import PCRE2

/// What a table reader makes of the lines at one place.
enum TableReadOutcome {
    /// One or more tables (a table continued over pages is one), and the index after the last line used.
    case tables([Table], end: Int)
    /// A table is there but cannot be rebuilt with confidence: its lines (up to `end`) stay paragraphs.
    case unreadable(reason: String, span: SourceSpan, end: Int)
}

/// One shape of flattened table (pipe rows, `-layout` columns, column-by-column order, fragments …).
protocol TableShapeReader: Sendable {
    /// The outcome for the table whose first line (header or first row) is `lines[start]`; nil when the
    /// lines there are not this shape.
    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome?
}

/// Helpers shared by the readers.
enum TableText {
    /// `lines` with an STT header that its narrow cell wrapped ("ST" / "T", each alone on its line) joined back into
    /// "STT" on the first line; the second line is left blank, so every line keeps its place.
    static func joiningWrappedNumberHeader(_ lines: [TextLine]) -> [TextLine] {
        var result = lines
        for i in result.indices where result[i].trimmed().text == "ST" {
            guard let j = result[(i + 1)...].prefix(3).firstIndex(where: { !$0.isBlank }), result[j].trimmed().text == "T" else { continue }
            result[i] = result[i].trimmed().joined(with: result[j].trimmed(), separator: "")
            result[j] = result[j].slice(0..<0)
        }
        return result
    }

    /// "TT", "STT", "Stt", "S TT" (OCR), "Số TT": the header of a row-number column, which may say what it numbers
    /// ("STT các mẫu tại Thông tư số 38/2025/TT-BCT được thay thế").
    static let numberHeader = try! Pattern(#"^(?:S\s?TT|Stt|stt|TT|Số\s+TT|SỐ\s+TT)\.?(?:\s+\p{Ll}[^|]*)?$"#)
    /// A row label: "1", "1.", "01", "15.1", "I", "II.", "M1", "A", a procedure's step "Bước 3" (with an optional
    /// trailing dot or parenthesis).
    static let anchor = try! Pattern(#"^(?:(?<prefix>[A-ZĐ]{1,3}|Bước\s)(?<pn>\d{1,4})|(?<n>\d{1,3}(?:\.\d{1,2})?)|(?<roman>[IVXL]{1,5}))[.)]?$"#)
    /// A column-number row cell: "(1)", "1", "(A)".
    static let columnNumber = try! Pattern(#"^\(?\s*(?:\d{1,2}|[A-Z])\s*\)?$"#)
    /// Words a cell line ends with when the cell goes on ("của", "và", a comma, an open parenthesis).
    static let dangling = try! Pattern(#"(?:\b(?:lúc|và|của|tại|từ|đến|ngày|với|các|số|về|cho|theo|trong|thuộc|hoặc|là|có|được|đã|đối|bằng|tháng|năm)|[(,\-–/:&])\s*$"#, options: .caseless)
    /// A line that ends a sentence.
    static let sentenceEnd = try! Pattern(#"[.;!?]\s*$|\.\s*\)\s*$"#)

    /// Document furniture laid out in table cells (quốc hiệu, "Số:", "Nơi nhận", signature modes): a
    /// layout table, not a data table.
    static let furniture = try! Pattern(#"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|^\s*(?:Số|SỐ)\s*:|Nơi nhận|^\s*(?:TM|KT|TL|TUQ|T/M)\s*\.|^\s*Kính gửi"#)

    /// A form's blank signing block laid out in a row under its table ("…, ngày … tháng … năm … / NGƯỜI ĐẠI DIỆN …",
    /// "(Chữ ký, họ và tên, chức danh, dấu)"): where the table ends, not a row of it.
    static let signingBlock = try! Pattern(#"(?:^|/\s*)[.…]*\s*,?\s*ngày\s*[.…]+\s*tháng\s*[.…]+\s*năm|\(\s*(?:Chữ ký|Ký|ký)\s*(?:,|tên|và|số|ghi)"#)

    /// A table's total row: "Tổng cộng", "Tổng số" or "Cộng" alone or before its figures ("Tổng cộng 20.213 9.272").
    static let totalRow = try! Pattern(#"^(?:Tổng\s+cộng|TỔNG\s+CỘNG|Tổng\s+số|TỔNG\s+SỐ|Cộng|CỘNG)\s*:?(?<figures>(?:\s+[\d.,%]+)*)\s*$"#)

    /// The cells of a total row in a table of `columnCount` columns: no row number, the label, then one cell per
    /// figure, left to right; the last cell takes what does not fit.
    static func totalRowCells(_ line: TextLine, columnCount: Int) -> [TableCell] {
        let trimmed = line.trimmed()
        guard let m = totalRow.firstMatch(in: trimmed.text), let (figuresStart, _) = m.byteRange(named: "figures") else { return [] }
        let labelEnd = trimmed.scalarOffset(utf8: figuresStart)
        var cells = [cell(nil), cell(trimmed.slice(0..<labelEnd))]
        var offset = labelEnd
        for word in trimmed.text.unicodeScalars.dropFirst(labelEnd).split(separator: " ", omittingEmptySubsequences: false) {
            defer { offset += word.count + 1 }
            guard !word.isEmpty else { continue }
            cells.append(cell(trimmed.slice(offset..<(offset + word.count))))
        }
        foldOverflow(&cells, into: max(columnCount, 2))
        return cells + Array(repeating: cell(nil), count: max(0, columnCount - cells.count))
    }

    /// `cells` cut to `width`: the cells beyond it join the last one kept (text, values and span).
    static func foldOverflow(_ cells: inout [TableCell], into width: Int) {
        while cells.count > width {
            let extra = cells.removeLast()
            cells[cells.count - 1].text += " " + extra.text
            cells[cells.count - 1].values += extra.values
            if let a = cells[cells.count - 1].span, let b = extra.span { cells[cells.count - 1].span = a.union(b) }
        }
    }

    /// A cell from `line` (nil or blank: an empty cell): collapsed text, its dates and times, its span.
    static func cell(_ line: TextLine?) -> TableCell {
        guard let line, !line.isBlank else { return TableCell(text: "", rowSpan: nil, values: [], span: nil) }
        let trimmed = line.trimmed()
        var cell = TableCell(text: VietnameseText.collapse(trimmed.text), rowSpan: nil,
                             values: DateExtractor.dates(in: trimmed).map { var d = $0; if d.role == nil { d.role = .schedule }; return d },
                             span: trimmed.span)
        cell.line = trimmed
        return cell
    }

    /// Pieces of one cell, top to bottom, as one line with its map (nil when there are none).
    static func join(_ pieces: [TextLine]) -> TextLine? {
        let parts = pieces.map { $0.trimmed() }.filter { !$0.isBlank }
        guard let first = parts.first else { return nil }
        var line = first
        for part in parts.dropFirst() { line.append(part) }
        return line
    }

    /// The span of several lines (their union); nil for none.
    static func span(of lines: [TextLine]) -> SourceSpan? {
        let spans = lines.filter { !$0.isBlank }.map(\.span)
        guard let first = spans.first else { return nil }
        return spans.dropFirst().reduce(first) { $0.union($1) }
    }

    /// Whether `next` plainly goes on from `previous` inside one cell: it starts lowercase or with a
    /// digit/punctuation, or `previous` ends with a dangling word or an unclosed parenthesis.
    static func continues(_ previous: String, _ next: String) -> Bool {
        if let first = next.first(where: { !$0.isWhitespace }), !first.isLetter { return true }
        if VietnameseText.startsLowercase(next) { return true }
        if dangling.matches(previous) { return true }
        return previous.filter { $0 == "(" }.count > previous.filter { $0 == ")" }.count
    }

    /// Whether the number alone at `index`, which could open the next row, is a figure of the row above
    /// instead, in a table written one cell per line: "4" (sơ sở) after "UBND xã Lạc Thủy" in row 3. So it is
    /// when row 1's number (at `firstRowAt`) stood alone with a word after it, and this one has a figure after it.
    static func isFigureCell(at index: Int, in lines: [TextLine], firstRowAt: Int?) -> Bool {
        guard let firstRowAt, firstRowAt < index, isNumberAlone(lines[index]), isNumberAlone(lines[firstRowAt]),
              nextText(after: firstRowAt, in: lines)?.first?.isLetter == true else { return false }
        return nextText(after: index, in: lines)?.first?.isNumber == true
    }

    private static func isNumberAlone(_ line: TextLine) -> Bool {
        let t = line.trimmed().text
        return !t.isEmpty && t.utf8.count <= 4 && t.allSatisfy { $0.isNumber || $0 == "." }
    }

    private static func nextText(after index: Int, in lines: [TextLine]) -> String? {
        lines[(index + 1)...].prefix(3).first { !$0.isBlank }?.trimmed().text
    }

    /// True when `text` starts with an uppercase letter.
    static func startsUppercase(_ text: some StringProtocol) -> Bool {
        text.first(where: { $0.isLetter || $0.isNumber })?.isUppercase ?? false
    }

    /// Rows built full width, made to follow the HTML table model: a cell covered by a merged cell
    /// above it (rowSpan) is left out of its row.
    static func omitCovered(_ rows: [TableRow]) -> [TableRow] {
        var covered = Array(repeating: Set<Int>(), count: rows.count)
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.cells.enumerated() where !covered[r].contains(c) {
                guard let n = cell.rowSpan, n > 1 else { continue }
                for below in (r + 1)..<min(rows.count, r + n) { covered[below].insert(c) }
            }
        }
        return rows.enumerated().map { r, row in
            var row = row
            row.cells = row.cells.enumerated().filter { !covered[r].contains($0.offset) }.map(\.element)
            return row
        }
    }

    /// The diagnostic for a table that was seen but not rebuilt.
    static func unreadable(_ reason: String, _ lines: ArraySlice<TextLine>, end: Int) -> TableReadOutcome {
        let span = span(of: Array(lines.prefix(3))) ?? lines.first?.span ?? .documentStart
        return .unreadable(reason: reason, span: span, end: end)
    }
}

/// A row label and its place in a sequence: 1, 2, 3 …; 15, 15.1, 15.2, 16 …; I, II …; M1, M2 ….
struct RowAnchor: Equatable {
    /// `letter`: a section row's capital letter (A, B …), made only by `init(section:)`.
    enum Kind: Equatable { case number, roman, prefixed(String), letter }
    var kind: Kind
    /// Major and minor number (15.2 → (15, 2); 7 → (7, 0)).
    var major: Int
    var minor: Int

    init?(_ text: some StringProtocol) {
        // A label is a few characters: refuse longer text before any work.
        guard text.utf8.count <= 40 else { return nil }
        let t = VietnameseText.collapse(text)
        guard !t.isEmpty, t.unicodeScalars.count <= 8, let m = TableText.anchor.firstMatch(in: t) else { return nil }
        if let p = m["prefix"], let n = m["pn"].flatMap({ Int($0) }) {
            kind = .prefixed(String(p)); major = n; minor = 0
        } else if let n = m["n"] {
            let parts = n.split(separator: ".")
            guard let a = Int(parts[0]) else { return nil }
            kind = .number; major = a; minor = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        } else if let r = m["roman"], let v = RowAnchor.roman(String(r)) {
            kind = .roman; major = v; minor = 0
        } else { return nil }
    }

    /// A section row's label, roman ("II", "II.") or a capital letter (A to H, "B" → 2); nil for anything else.
    init?(section text: some StringProtocol) {
        if let roman = RowAnchor(text), roman.kind == .roman { self = roman; return }
        self.init(sectionLetter: text)
    }

    /// A section row's letter label: "A" → 1, "B" → 2 (A to H); nil for anything else.
    private init?(sectionLetter text: some StringProtocol) {
        let letters = Array("ABCDEFGH")
        guard text.count == 1, let i = letters.firstIndex(of: text.first!) else { return nil }
        kind = .letter; major = i + 1; minor = 0
    }

    /// A section row's label (I, II …; A, B …), as opposed to a row number.
    var isSection: Bool { kind == .roman || kind == .letter }

    /// Whether this label may follow `previous` in one table's numbering.
    func follows(_ previous: RowAnchor) -> Bool {
        guard kind == previous.kind else { return false }
        if minor == 0 { return major == previous.major + 1 }
        return (major == previous.major && minor == previous.minor + 1) || (major == previous.major && previous.minor == 0 && minor == 1)
    }

    /// Whether this label starts a numbering (1, I, M1, A1).
    var isFirst: Bool { major == 1 && minor == 0 }

    static func roman(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0, previous = 0
        for ch in s.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total > 0 && total < 40 ? total : nil
    }
}

extension Table {
    /// A table from header names and rows of cells, its span covering the header lines and the rows.
    static func make(columns: [String], rows: [TableRow], headerLines: [TextLine]) -> Table? {
        guard let last = rows.last else { return nil }
        let start = TableText.span(of: headerLines) ?? rows[0].span
        return Table(columns: columns.map { VietnameseText.collapse($0) }, rows: rows, span: start.union(last.span))
    }
}
