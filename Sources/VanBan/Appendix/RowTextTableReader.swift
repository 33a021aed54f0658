import PCRE2

/// Tables written row after row with single spaces and no cell borders: pdftotext's reading order
/// (`-raw`) and pypdf write each row's cells one after another, the row number first, so a cell wraps
/// onto lines of its own and the next cell may start on the same line:
///
///     TT Nội dung Đơn vị chủ trì Thời gian
///     hoàn thành
///     1 Rà soát, thống kê các đơn vị được cấp
///     Giấy phép sử dụng vật liệu nổ công
///     Sở Công Thương Quý I/2026
///     I. Công tác phối hợp
///     2 Hướng dẫn doanh nghiệp lập hồ sơ …
///
/// The cells after the row number cannot be told apart (nothing marks where "…nổ công" ends and "Sở
/// Công Thương" begins), but the rows can: each opens with the next number of the table's sequence
/// (1, 2 …; 1.1, 1.2 … under section 1.; restarting at 1 under a section), section rows open with the
/// next section label (I., II. …; A, B …) and a total row with "Tổng cộng"/"Cộng". A row is rebuilt as
/// its number and one cell holding the rest of its text; the table's columns are the number's heading
/// and the other headings joined, and the table says so (`cellsJoined`). Tried after every reader that
/// can split cells; against `FragmentTableReader`, the one that finds more rows is kept.
struct RowTextTableReader: TableShapeReader {
    /// The header line: "TT"/"STT" and the other headings, single-spaced.
    private static let header = try! Pattern(#"^(?<tt>S\s?TT|TT|Stt)\.?(?:\s+(?<rest>\p{Lu}.{2,160}))?$"#)
    /// The most lines the headings may take below the TT line (narrow cells wrap word by word).
    private static let maxHeaderLines = 16
    /// A line opening with a row or section label: "1 …", "1. …", "1.2 …", "II. …", "B …", or the label alone.
    private static let label = try! Pattern(#"^(?<label>\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5}|[A-H])(?<dot>[.)])?(?:\s+(?<rest>\S.*))?$"#)
    /// Lines that end a table written this way: a note, the closing, a signature mode.
    private static let after = try! Pattern(#"^(?:Ghi chú|GHI CHÚ|Chú thích|Nơi nhận|(?:TM|KT|TL|TUQ|T/M)\s*\.|\*\s*Ghi chú)"#)
    /// The most lines a row may hold beyond the longest row above it, for the last row (nothing marks its end).
    private static let lastRowSlack = 2

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count else { return nil }
        let head = lines[start].trimmed()
        guard !head.text.containsBytes("   "), let h = Self.header.firstMatch(in: head.text),
              let tt = h["tt"] else { return nil }
        var headerLines = [head]
        var names = h.byteRange(named: "rest").map { [head.slice(head.scalarOffset(utf8: $0.0)..<head.scalarCount)] } ?? []

        var rows: [Build] = []
        var section: RowAnchor? = nil     // the last section label (roman, letter, or "1." over rows 1.1 …)
        var number: RowAnchor? = nil      // the last row number under the current section
        var numberBeforeSection: RowAnchor? = nil   // the last row number above it (numbering may run on)
        var repeatedHeader: [String] = []   // the wrapped lines of a header repeated over a page break, still to skip
        var blanks = 0
        var end = start + 1
        var index = start + 1
        scan: while index < lines.count {
            let line = lines[index].trimmed()
            defer { index += 1 }
            if line.isBlank {
                // A page break inside the table (its form feed lost): blank lines and the page's number, then the
                // header again at the top of the next page. The table goes on there.
                if !rows.isEmpty, let top = lineGoingOnAfterBreak(lines, from: index, header: head.text) {
                    index = top - 1; blanks = 0
                    continue
                }
                blanks += 1
                // Blank lines inside a row's cells: the table goes on when its next row number comes soon after.
                if blanks >= 2, !nextRowComes(number: number, section: section, in: lines, from: index) { break }
                continue
            }
            blanks = 0
            let text = line.text
            if line.text.containsBytes("   ") || AppendixParser.opens(line) || TableText.furniture.matches(text) { break }
            // The header repeated at the top of a page: skipped with its wrapped lines. A row cut by the page
            // break goes on after it.
            if text == head.text, !rows.isEmpty { repeatedHeader = headerLines.dropFirst().map(\.text); continue }
            if let next = repeatedHeader.first, text == next { repeatedHeader.removeFirst(); continue }
            repeatedHeader = []
            if !rows.isEmpty, Self.after.matches(text) { break }   // ("Ghi chú" may be a heading)
            if TableReader.headerStart.matches(text) { break }
            switch classify(line, section: section, number: number ?? numberBeforeSection, restartable: number == nil, lines: lines, at: index) {
            case .row(let anchor, let labelCell, let rest):
                if TableText.isFigureCell(at: index, in: lines, firstRowAt: rows.first { $0.kind == .data }?.start), let last = rows.last {
                    last.add(line, at: index)   // a figure of the row above that reads like the next number
                    break
                }
                number = anchor
                rows.append(Build(kind: .data, label: labelCell, first: rest, at: index))
            case .section(let label, let labelCell, let rest):
                section = label
                numberBeforeSection = number ?? numberBeforeSection
                number = nil
                rows.append(Build(kind: .section, label: labelCell, first: rest, at: index))
            case .total:
                rows.append(Build(kind: .total, label: nil, first: line, at: index))
                end = index + 1
                break scan
            case .text:
                if let last = rows.last {
                    last.add(line, at: index)
                } else if names.count <= Self.maxHeaderLines, line.scalarCount <= 60, !TableText.sentenceEnd.matches(text) {
                    // The headings, wrapped in their cells ("hoàn thành"), and a row of column numbers "(1) (2) (3)"
                    // (one line or one per line; not counted against the headings' lines).
                    headerLines.append(line)
                    if !text.split(separator: " ").allSatisfy({ TableText.columnNumber.matches(String($0)) }) { names.append(line) }
                } else {
                    return nil
                }
            }
            end = index + 1
        }
        let data = rows.filter { $0.kind == .data }
        // Every row holds text after its number: numbers alone are a column emitted on its own (ColumnOrderTableReader's shape).
        guard data.count >= 2, data.allSatisfy({ !$0.pieces.isEmpty }) else { return nil }
        // The last row: nothing marks where it ends, so it holds at most a little more than the longest row above it.
        if let last = rows.last, last.kind == .data {
            let longest = rows.dropLast().map(\.pieces.count).max() ?? 0
            if last.pieces.count > longest + Self.lastRowSlack {
                let kept = longest + Self.lastRowSlack
                last.pieces.removeLast(last.pieces.count - kept)
                last.indices.removeLast(last.indices.count - kept)
                end = (last.indices.last ?? last.start) + 1
            }
        }

        let columns = [String(tt), VietnameseText.collapse(names.map(\.text).joined(separator: " "))]
        let built = rows.map { b -> TableRow in
            let cells = [TableText.cell(b.label), TableText.cell(TableText.join(b.pieces))]
            return TableRow(cells: cells, span: TableText.span(of: [b.label].compactMap { $0 } + b.pieces)!)
        }
        guard var table = Table.make(columns: columns, rows: built, headerLines: headerLines) else { return nil }
        table.cellsJoined = true
        return .tables([table], end: end)
    }

    /// Lines a page break takes at most between a table's last row on one page and its header on the next.
    private static let pageBreakLines = 10

    /// After a page break that starts at the blank line `index`, the index of the table's header repeated at the top
    /// of the next page, or of its total row ending it there; only blank lines and page numbers lie between, the
    /// page's footnotes, and before a repeated header up to two short lines of the page's running title ("Danh mục
    /// VBQPPL còn hiệu lực", "CÔNG BÁO/Số 1059 + 1060/Ngày 25-9-2024").
    /// Nil when anything else comes first.
    private func lineGoingOnAfterBreak(_ lines: [TextLine], from index: Int, header: String) -> Int? {
        var runningTitle = 0
        var footnoteLines = 0
        var inFootnote = false
        var k = index
        while k < min(lines.count, index + Self.pageBreakLines + footnoteLines) {
            defer { k += 1 }
            let text = lines[k].trimmed().text
            if text.isEmpty { inFootnote = false; continue }
            if PageFurniture.isPageNumber(text) { continue }
            if text == header { return k }
            if runningTitle == 0, Self.isTotal(text) { return k }
            // The page's footnotes at its foot, before the running title: "1 Văn bản này được thống kê …" and the
            // lines it wraps onto.
            if runningTitle == 0, inFootnote || Footnotes.couldOpen(text), footnoteLines < Self.footnoteLinesAtMost {
                inFootnote = true; footnoteLines += 1
                continue
            }
            guard runningTitle < 2, text.count <= 80 else { return nil }
            runningTitle += 1
        }
        return nil
    }

    /// The most lines of footnotes a page break may hold.
    private static let footnoteLinesAtMost = 8

    /// Lines a row may run on after blank lines inside it, to the next row's number.
    private static let rowAfterBlanks = 40

    /// Whether the row number after `number`, or the section label after `section`, opens a line within
    /// `rowAfterBlanks` lines from `index`, before an appendix label or the closing.
    private func nextRowComes(number: RowAnchor?, section: RowAnchor?, in lines: [TextLine], from index: Int) -> Bool {
        guard number != nil || section != nil else { return false }
        for line in lines[index...].prefix(Self.rowAfterBlanks) {
            let text = line.trimmed().text
            // (A note's "Ghi chú" may be the repeated header's last heading: only a label or the closing stops here.)
            if AppendixParser.opens(line) || TableText.furniture.matches(text) { return false }
            guard let m = Self.label.firstMatch(in: text), let l = m["label"] else { continue }
            // (no row yet under the section: its first row)
            if let a = RowAnchor(l), a.kind == .number, number.map({ a.follows($0) }) ?? a.isFirst { return true }
            if let section, let s = RowAnchor(section: l), s.follows(section) { return true }
        }
        return false
    }

    private static func isTotal(_ text: String) -> Bool {
        TableText.totalRow.matches(text) || text.hasPrefix("Tổng cộng") || text.hasPrefix("TỔNG CỘNG") || countRow.matches(text)
    }

    /// A total row that counts the rows above it: "Tổng số …: 27 văn bản", "Tổng số: 13 văn bản".
    private static let countRow = try! Pattern(#"^(?:Tổng số|TỔNG SỐ)(?=[\s:])[^.;]{0,80}:\s*\d{1,4}\s+\p{L}[\p{L} ]{0,20}\.?\s*$"#)

    /// What one line of the table is.
    private enum Line {
        case row(RowAnchor, TextLine, TextLine?)
        case section(RowAnchor, TextLine, TextLine?)
        case total
        case text
    }

    /// `number` is the last row number; `restartable` says no row has come under the current section yet
    /// (so its numbering may start again at 1).
    private func classify(_ line: TextLine, section: RowAnchor?, number: RowAnchor?, restartable: Bool, lines: [TextLine], at index: Int) -> Line {
        // A total row, or a count merged across the table's last row ("Tổng số văn bản hết hiệu lực toàn bộ: 27 văn bản").
        if Self.isTotal(line.text) { return .total }
        guard let m = Self.label.firstMatch(in: line.text), let l = m["label"], let (_, labelEnd) = m.byteRange(named: "label") else { return .text }
        let cut = line.scalarOffset(utf8: labelEnd)
        let labelCell = line.slice(0..<cut)
        let rest = m.byteRange(named: "rest").map { line.slice(line.scalarOffset(utf8: $0.0)..<line.scalarCount) }
        let hasDot = m["dot"] != nil

        if let a = RowAnchor(l), a.kind == .number {
            // An arabic section ("2. TITLE" over rows 2.1, 2.2 …).
            if a.minor == 0, hasDot, opensArabicSection(a, lines: lines, after: index),
               section.map({ a.follows($0) }) ?? (a.major == 1) {
                return .section(a, labelCell, rest)
            }
            // The next row number: 2 after 1; 1 again under a new section; 1.2 after 1.1, 1.1 under section 1.
            if let n = number, a.follows(n) { return .row(a, labelCell, rest) }
            if number == nil, a.minor == 0, a.major == 1 { return .row(a, labelCell, rest) }
            if let s = section, s.kind == .number, a.minor == 1, a.major == s.major { return .row(a, labelCell, rest) }
            if section != nil, restartable, a.minor == 0, a.major == 1 { return .row(a, labelCell, rest) }
            return .text
        }
        // A section label: I, II … or A, B … in sequence, its title in capitals or sentence case.
        guard rest.map({ TableText.startsUppercase($0.text) }) ?? true else { return .text }
        guard let s = RowAnchor(section: l) else { return .text }
        let follows = section.map { s.follows($0) } ?? s.isFirst
        guard follows, rest != nil || nextLineIsTitle(lines, after: index) else { return .text }
        return .section(s, labelCell, rest)
    }

    /// Whether "1." at `index` opens a section: the next labelled line is "1.1".
    private func opensArabicSection(_ a: RowAnchor, lines: [TextLine], after index: Int) -> Bool {
        for line in lines[(index + 1)...].prefix(8) {
            guard let m = Self.label.firstMatch(in: line.trimmed().text), let l = m["label"], let b = RowAnchor(l), b.kind == .number else { continue }
            return b.major == a.major && b.minor == 1
        }
        return false
    }

    /// Whether the line after a label alone is its title (a section's cells side by side: "I" / "Công tác …").
    private func nextLineIsTitle(_ lines: [TextLine], after index: Int) -> Bool {
        guard index + 1 < lines.count else { return false }
        let next = lines[index + 1].trimmed().text
        return TableText.startsUppercase(next) && Self.label.firstMatch(in: next).flatMap { $0["label"] }.flatMap { RowAnchor($0) } == nil
    }

    /// A row being gathered: its label cell and the lines of the rest of it, with their indices.
    private final class Build {
        enum Kind { case data, section, total }
        let kind: Kind
        let label: TextLine?
        let start: Int
        var pieces: [TextLine] = []
        var indices: [Int] = []

        init(kind: Kind, label: TextLine?, first: TextLine?, at index: Int) {
            self.kind = kind; self.label = label; self.start = index
            if let first { add(first, at: index) }
        }

        func add(_ piece: TextLine, at index: Int) { pieces.append(piece); indices.append(index) }
    }
}
