import PCRE2

/// OCR tables (tesseract) whose rows come out as lines of running text, the row number at the start
/// of one line of the row, cell borders read as "|" or stray marks, and single spaces between cells:
///
///     TT Chỉ tiêu Mục tiêu
///     1 Tỉ lệ chi sự nghiệp bảo vệ môi trường trong tổng chi ngân | Tối thiểu
///     '_ | sách nhà nước hằng năm 2%
///     Tỉ lệ các nguồn nước thải, khí thải lớn được quan trắc tự
///     2. R - 100%
///     động, liên tục
///
/// The header is one line: TT/STT and the column names, each starting with a capital letter. Row
/// numbers run 1, 2, 3 …; a number OCR garbled ("1N", "Ề") is accepted where exactly one line between
/// its neighbours starts with a short token that is not a word. A row number may sit on the middle line
/// of its row: a line between two numbers starting with a capital (after stray marks) opens the next
/// row, a lowercase one goes on the row above. Only two shapes are rebuilt: TT + text, and TT + text
/// + a value column (the number or percentage at the end of the row's lines); with more columns the
/// cells cannot be told apart in OCR text, and the table is reported unreadable.
struct NumberedLineTableReader: TableShapeReader {
    private static let header = try! Pattern(#"^(?<tt>S\s?TT|TT|Stt)\s+(?<rest>\S.{2,80})$"#)
    private static let number = try! Pattern(#"^(?<n>\d{1,3})[.,]?(?=\s|\||$)"#)
    /// A garbled row number: a token of one to three characters with a digit, or one character alone.
    private static let garbled = try! Pattern(#"^(?<t>(?=\S{0,2}\d)\S{1,3}|\p{L})[.,]?(?=\s|\||$)"#)
    /// Stray marks OCR reads at the start of a line (cell borders, specks): "'_ |", "`]", "-_|".
    private static let junk = try! Pattern(#"^(?:[^\p{L}\p{N}\s]{1,3}\s*)+"#)
    /// The value at the end of a row line: a number, percentage or range ("100%", "<30%", "1-1,5%", "1.200").
    private static let value = try! Pattern(#"(?<=\s|\|)(?<v>[<>≤≥~]?[\dN][\d.,N]*(?:\s?[-–]\s?\d[\d.,]*)?\s?%?)\s*[°.,:;]?\s*$"#)
    private static let capitalWord = try! Pattern(#"(?<=^|\s)\p{Lu}"#)

    /// A line opening with a cell border OCR read as "[" or "|".
    private static let border = try! Pattern(#"^[\[|]\s*\p{L}"#)

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count else { return nil }
        let headLine = lines[start].trimmed()
        guard let h = Self.header.firstMatch(in: headLine.text), !headLine.text.containsBytes("   "),
              let restRange = h.byteRange(named: "rest") else { return bordered(lines, from: start) }
        // Column names: TT, then one name per capitalised word group.
        let rest = headLine.slice(headLine.scalarOffset(utf8: restRange.0)..<headLine.scalarCount)
        let capitals = Self.capitalWord.allMatches(in: rest.text).map { rest.scalarOffset(utf8: $0.byteRange(0)!.0) }
        guard !capitals.isEmpty, capitals[0] == 0 else { return nil }
        let names = zip(capitals, capitals.dropFirst() + [rest.scalarCount]).map { rest.slice($0..<$1).trimmed().text }
        let columns = ["TT"] + names
        guard columns.count >= 2 else { return nil }

        // The lines of the table: up to two blank lines in a row, a prose line after the last row, or
        // another table or appendix.
        var body: [Int] = []
        var j = start + 1
        var blanks = 0
        while j < lines.count {
            let line = lines[j]
            if line.isBlank { blanks += 1; if blanks >= 3 { break }; j += 1; continue }
            if AppendixParser.opens(line) || TableReader.headerStart.matches(line.trimmed().text) { break }
            if blanks >= 2, Self.number.firstMatch(in: line.trimmed().text) == nil { break }
            blanks = 0
            body.append(j)
            j += 1
        }
        guard body.count >= 2 else { return nil }
        let texts = body.map { lines[$0].trimmed().text }

        // Row numbers in sequence; garbled ones where the sequence leaves exactly one candidate.
        var anchors: [(n: Int, at: Int)] = []
        for (k, t) in texts.enumerated() {
            guard let m = Self.number.firstMatch(in: t), let n = m["n"].flatMap({ Int($0) }) else { continue }
            let expected = (anchors.last?.n ?? 0) + 1
            if n == expected { anchors.append((n, k)) }
            else if n > expected, n <= expected + 3 { anchors.append((n, k)) }   // garbled ones filled in below
        }
        guard let first = anchors.first, first.n <= 2 else { return nil }
        var filled: [(n: Int, at: Int)] = []
        var previous: (n: Int, at: Int)? = nil
        if first.n == 2 { previous = (0, -1) }
        for a in anchors {
            if let p = previous, a.n > p.n + 1 {
                let missing = a.n - p.n - 1
                let candidates = ((p.at + 1)..<a.at).filter { Self.garbled.firstMatch(in: texts[$0]) != nil && Self.number.firstMatch(in: texts[$0]) == nil }
                guard missing == 1, candidates.count == 1 else {
                    return TableText.unreadable("OCR table: row \(p.n + 1) has no row number that can be read", lines[start..<(body.last! + 1)], end: body.last! + 1)
                }
                filled.append((p.n + 1, candidates[0]))
            }
            filled.append(a)
            previous = a
        }
        guard filled.count >= 2, filled[0].n == 1 else { return nil }

        // Row extents: a capitalised line between two numbers opens the next row.
        var bounds: [(Int, Int)] = []
        var lower = 0
        for (i, a) in filled.enumerated() {
            var upper = texts.count - 1
            if i + 1 < filled.count {
                let next = filled[i + 1].at
                var b = next
                for k in (a.at + 1)..<next where opensRow(texts[k], after: texts[k - 1]) { b = k; break }
                upper = b - 1
            }
            bounds.append((lower, upper))
            lower = upper + 1
        }
        if lower <= texts.count - 1, bounds.isEmpty { return nil }

        let hasValueColumn = columns.count == 3
        guard columns.count <= 3 else {
            return TableText.unreadable("OCR table: \(columns.count) columns cannot be told apart in single-spaced text", lines[start..<(body.last! + 1)], end: body.last! + 1)
        }
        var rows: [TableRow] = []
        var withValue = 0
        for (i, (lo, hi)) in bounds.enumerated() {
            var textPieces: [TextLine] = []
            var valuePieces: [TextLine] = []
            var numberCell: TextLine?
            for k in lo...hi {
                var line = lines[body[k]].trimmed()
                if k == filled[i].at {
                    let m = (Self.number.firstMatch(in: line.text) ?? Self.garbled.firstMatch(in: line.text))!
                    let cut = line.scalarOffset(utf8: m.byteRange(0)!.1)
                    numberCell = line.slice(0..<cut)
                    line = line.slice(cut..<line.scalarCount).trimmed()
                }
                line = stripJunk(line)
                if hasValueColumn {
                    // After a "|" late in the line, or the number at its end: the value column.
                    if let bar = line.text.lastIndex(of: "|"), line.text.distance(from: bar, to: line.text.endIndex) < 20, line.text.distance(from: line.text.startIndex, to: bar) > 10 {
                        let at = line.text.unicodeScalars.distance(from: line.text.unicodeScalars.startIndex, to: bar.samePosition(in: line.text.unicodeScalars)!)
                        valuePieces.append(line.slice((at + 1)..<line.scalarCount).trimmed())
                        line = line.slice(0..<at).trimmed()
                    } else if let m = Self.value.firstMatch(in: line.text), let (a, _) = m.byteRange(named: "v") {
                        let at = line.scalarOffset(utf8: a)
                        valuePieces.append(line.slice(at..<line.scalarCount).trimmed())
                        line = line.slice(0..<at).trimmed()
                    }
                }
                line = stripBars(line)
                if !line.isBlank { textPieces.append(line) }
            }
            if !valuePieces.isEmpty { withValue += 1 }
            var cells = [TableText.cell(numberCell), TableText.cell(TableText.join(textPieces))]
            if hasValueColumn { cells.append(TableText.cell(TableText.join(valuePieces))) }
            rows.append(TableRow(cells: cells, span: TableText.span(of: (lo...hi).map { lines[body[$0]] })!))
        }
        if hasValueColumn, withValue * 10 < rows.count * 8 {
            return TableText.unreadable("OCR table: the value column could not be found in most rows", lines[start..<(body.last! + 1)], end: body.last! + 1)
        }
        let end = body[bounds.last!.1] + 1
        guard let table = Table.make(columns: columns, rows: rows, headerLines: [headLine]) else { return nil }
        return .tables([table], end: end)
    }

    /// Lines opening with OCR'd cell borders ("[Tờ trình …") at least three times, with no header and
    /// no row numbers: a table is there, but its rows and cells cannot be read with confidence.
    private func bordered(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard Self.border.matches(lines[start].trimmed().text) else { return nil }
        if start > 0, Self.border.matches(lines[start - 1].trimmed().text) { return nil }
        var j = start, count = 0, last = start, gap = 0
        while j < lines.count, gap <= 3 {
            let t = lines[j].trimmed().text
            if Self.border.matches(t) { count += 1; last = j; gap = 0 } else if !t.isEmpty { gap += 1 }
            j += 1
        }
        guard count >= 3 else { return nil }
        var end = last + 1
        while end < lines.count, !lines[end].isBlank, !Self.border.matches(lines[end].trimmed().text) { end += 1 }
        return TableText.unreadable("OCR table with cell borders read as \"[\" or \"|\", without header or readable row numbers", lines[start..<end], end: end)
    }

    /// Whether `text` (a line between two row numbers) opens the next row: a capital after stray
    /// marks, the line above not left hanging.
    private func opensRow(_ text: String, after previous: String) -> Bool {
        let stripped = text.replacing(Self.junk, with: "")
        guard TableText.startsUppercase(stripped), stripped.first?.isLetter == true else { return false }
        return !TableText.dangling.matches(previous)
    }

    private func stripJunk(_ line: TextLine) -> TextLine {
        guard let m = Self.junk.firstMatch(in: line.text) else { return line }
        return line.slice(line.scalarOffset(utf8: m.byteRange(0)!.1)..<line.scalarCount).trimmed()
    }

    /// Cell borders read as "|" inside the text become spaces (the map is kept by slicing around them).
    private func stripBars(_ line: TextLine) -> TextLine {
        var pieces: [TextLine] = []
        var from = 0
        for (i, s) in line.text.unicodeScalars.enumerated() where s == "|" {
            if i > from { pieces.append(line.slice(from..<i)) }
            from = i + 1
        }
        if from < line.scalarCount { pieces.append(line.slice(from..<line.scalarCount)) }
        return TableText.join(pieces) ?? line.slice(0..<0)
    }
}

private extension String {
    func replacing(_ pattern: Pattern, with replacement: String) -> String {
        guard let m = pattern.firstMatch(in: self), let r = m.range(0) else { return self }
        return String(self[..<r.lowerBound]) + replacement + String(self[r.upperBound...])
    }
}
