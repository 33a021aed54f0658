import PCRE2
/// Reads the appendices after the closing: label ("PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 01"), title, the
/// "(Kèm theo … số … ngày …)" line as a reference to the parent, then tables and prose.
struct AppendixParser {
    /// The label, also OCR-spaced ("P H Ụ LỤ C 2") and with the number word ("PHỤ LỤC SỐ 1").
    static let label = try! Pattern(#"^(?<word>P\s?H\s?Ụ\s?L\s?Ụ\s?C(?:\s+S\s?Ố)?|Phụ lục(?:\s+số)?)(?:\s+(?<n>[IVXL]+|\d{1,2}[a-z]?|[A-Z]))?\s*[.:]?\s*(?<rest>.*)$"#, requiringOneOf: ["Ụ", "Phụ lục"])
    /// The caption of an attachment: "(Ban hành kèm theo Quyết định số …)", "(Kèm theo …)", "(Ban hành theo
    /// Quyết định số …)" in brackets, in any case; without a bracket "Kèm theo …", "Ban hành kèm theo …" (a
    /// wrapped sentence's "ban hành kèm theo Quy định này)" is prose).
    static let attachment = try! Pattern(#"^\(\s*(?i:(?:ban hành\s+)?kèm theo|ban hành\s+theo)\b|^(?:Ban hành\s+kèm theo|BAN HÀNH\s+KÈM THEO|Kèm theo|KÈM THEO|kèm theo)\b"#)
    /// Whether `text` is an attachment's caption in brackets ("(Kèm theo Quyết định số …)"), the form that heads an
    /// attachment even where no closing or label says one starts.
    static func isBracketedCaption(_ text: String) -> Bool { text.hasPrefix("(") && attachment.matches(text) }

    /// Specks OCR reads before a label at the top of a page ("„ Sa „ Phụ lục"): up to four short tokens.
    private static let specks = try! Pattern(#"^(?<specks>(?:\S{1,3}\s+){1,4})(?=(?:P\s?H\s?Ụ\s?L\s?Ụ\s?C|Phụ lục)\b)"#, requiringOneOf: ["Ụ", "Phụ lục"])

    /// What follows a label's number when it is one of a list: a comma, "và", "đến", a dash to another number.
    private static let listGoesOn = try! Pattern(#"^(?:[,;]|(?:và|đến|hoặc)\s|[-–]\s*(?:[IVXL]+|\d{1,2})\b)"#)

    /// Whether `line` opens an appendix.
    static func opens(_ line: TextLine) -> Bool {
        let text = withoutSpecks(line.trimmed()).text
        guard let m = label.firstMatch(in: text) else { return false }
        let rest = m["rest"].map(String.init) ?? ""
        // A list of appendices cited in a cell or a sentence ("Phụ lục II, III, IV, V", "Phụ lục I và II") labels none.
        if m["n"] != nil, Self.listGoesOn.matches(rest) { return false }
        // OCR to Markdown may run the title and its caption onto the label's line: "Phụ lục I DANH MỤC … (Ban hành
        // kèm theo Quyết định số".
        let title = captionStart(in: rest).map { String(rest.unicodeScalars.prefix($0)) } ?? rest
        return isUppercaseLabel(m) || m["n"] != nil && (title.isEmpty || VietnameseText.isUppercase(title)) || rest.isEmpty
    }

    /// Where an attachment caption ("(Ban hành kèm theo …") starts inside `text` after a title (scalars), or nil.
    static func captionStart(in text: String) -> Int? {
        guard let open = text.unicodeScalars.firstIndex(of: "("), open > text.unicodeScalars.startIndex,
              attachment.matches(String(text.unicodeScalars[open...])) else { return nil }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: open)
    }

    /// Whether `line` opens an appendix with the uppercase label "PHỤ LỤC", OCR-spaced or after specks
    /// as well ("P H Ụ LỤ C 1"): for callers that accept only the uppercase form before the closing.
    static func opensUppercase(_ line: TextLine) -> Bool {
        guard opens(line), let m = label.firstMatch(in: withoutSpecks(line.trimmed()).text) else { return false }
        return isUppercaseLabel(m)
    }

    /// "PHỤ LỤC" (possibly OCR-spaced) rather than "Phụ lục".
    private static func isUppercaseLabel(_ m: Match) -> Bool { m["word"]?.hasPrefix("P") == true && m["word"]?.dropFirst().first(where: { $0 != " " }) == "H" }

    /// The line without OCR specks before its label; unchanged when they are words ("Theo Phụ lục …")
    /// or there is no speck that is not a letter.
    static func withoutSpecks(_ line: TextLine) -> TextLine {
        guard let m = specks.firstMatch(in: line.text), let tokens = m["specks"]?.split(separator: " ") else { return line }
        // Specks are quotes, dots, commas and the like, never a list bullet ("- Phụ lục I").
        let symbolOnly = tokens.filter { $0.allSatisfy { "„“”\"'`´,.;:~_^°¬|".contains($0) } }
        guard !symbolOnly.isEmpty, tokens.allSatisfy({ t in !t.contains(where: \.isLetter) || t.count <= 2 }) else { return line }
        return line.slice(line.scalarOffset(utf8: m.byteRange(named: "specks")!.1)..<line.scalarCount)
    }

    /// The attachments starting at `starts` (indices into `lines`), each running to the next.
    func parse(_ lines: [TextLine], starts: [Int], diagnostics: inout [Diagnostic]) -> [Appendix] {
        zip(starts, starts.dropFirst() + [lines.count]).compactMap { start, end in
            let group = Array(lines[start..<end])
            return group.contains { !$0.isBlank } ? parseOne(group, diagnostics: &diagnostics) : nil
        }
    }

    private func parseOne(_ written: [TextLine], diagnostics: inout [Diagnostic]) -> Appendix {
        let lines = TableText.joiningWrappedNumberHeader(written)
        let firstIndex = lines.firstIndex { !$0.isBlank } ?? 0
        let first = Self.withoutSpecks(lines[firstIndex].trimmed())
        var index = firstIndex + 1
        var titleLines: [TextLine] = []
        let label: String
        var gluedCaption: TextLine?   // a caption OCR ran onto the label's line
        var tableFirst = false   // the first line is a table's heading: no title follows it
        if let m = Self.label.firstMatch(in: first.text) {
            if Self.isUppercaseLabel(m) {
                // "P H Ụ LỤ C 2" as it is meant: "PHỤ LỤC 2".
                let word = m["word"]!.filter { $0 != " " }.count > 6 ? "PHỤ LỤC SỐ" : "PHỤ LỤC"
                label = word + (m["n"].map { " " + $0 } ?? "")
            } else {
                label = VietnameseText.collapse(String(first.text[..<(m.range(named: "rest")?.lowerBound ?? first.text.endIndex)]))
                    .trimmingTrailing(".: ")
            }
            if let rest = m.range(named: "rest"), !first.text[rest].isEmpty {
                var title = first.slice(first.scalarOffset(utf8: m.byteRange(named: "rest")!.0)..<first.scalarCount)
                if let cut = Self.captionStart(in: title.text) {
                    gluedCaption = title.slice(cut..<title.scalarCount)
                    title = title.slice(0..<cut).trimmed()
                }
                titleLines.append(title)
            }
        } else {
            // An attachment without a "PHỤ LỤC" label ("QUY ĐỊNH … (Ban hành kèm theo …)"): its first line is the label.
            label = VietnameseText.collapse(first.text)
            // A table's heading over its separator row, its caption lost ("Stt | LOẠI NHÀ | Đơn giá …"): it labels the
            // attachment and stays the table's heading.
            if PipeTableReader.headsATable(firstIndex, in: lines) { index = firstIndex; tableFirst = true }
        }
        var attachment: TextLine?
        /// The caption from `line` on, wrapped over the lines after it until its bracket closes.
        func caption(from line: TextLine) -> TextLine {
            var joined = line
            while !joined.text.contains(")"), index < lines.count, lines[index].trimmed().text.count < 120,
                  !TableReader.opensTable(lines[index].trimmed().text) {
                if !lines[index].isBlank { joined = joined.joined(with: lines[index].trimmed()) }
                index += 1
            }
            return joined
        }
        if let gluedCaption { attachment = caption(from: gluedCaption) }
        while !tableFirst, attachment == nil, index < lines.count {
            let line = lines[index].trimmed()
            index += 1
            if line.isBlank { continue }
            if Self.attachment.matches(line.text) {
                attachment = caption(from: line)
                break
            }
            if TableReader.opensTable(line.text) { index -= 1; break }
            if titleLines.count >= 4 { index -= 1; break }
            titleLines.append(line)
        }
        if attachment == nil && titleLines.count >= 4 { index = firstIndex + 1 + min(1, titleLines.count); titleLines = Array(titleLines.prefix(1)) }

        var tables: [Table] = []
        var prose: [TextLine] = []
        var keepUntil = index   // lines of a table that could not be rebuilt stay paragraphs up to here
        var lastTableEnd: Int?  // the line after the last table read
        while index < lines.count {
            if index >= keepUntil {
                switch TableReader().read(lines, from: index) {
                case .tables(let found, let end)?:
                    for table in found where table.cellsJoined {
                        diagnostics.append(Diagnostic(rule: "table.cells-joined", severity: .info,
                            message: "the table's rows were rebuilt from their numbering, but its cells after the row number could not be told apart (\(table.columns.last ?? "")); each row keeps them as one cell",
                            span: table.span))
                    }
                    for table in found where !table.unplaced.isEmpty {
                        diagnostics.append(Diagnostic(rule: "table.cells-unplaced", severity: .info,
                            message: "the table's cells came column by column: its \(table.rows.count) rows are known from their numbers, but \(table.unplaced.count { !$0.isBlank }) line(s) of cells could not be placed in them and are kept as paragraphs",
                            span: table.span))
                        prose += table.unplaced
                    }
                    var incoming = found.map(Self.withQuantities)
                    // A table continued on the next page under its heading printed again, as its own table with
                    // only blank lines between (a web copy prints each page's part so), or under a heading row of
                    // empty cells (a vision model's Markdown of the next page): one table.
                    if let last = tables.last, let next = incoming.first, let lastEnd = lastTableEnd, lastEnd <= index,
                       lines[lastEnd..<index].allSatisfy(\.isBlank), next.columns.count >= 2,
                       next.columns == last.columns || Self.continuesUnderEmptyHeading(next, last),
                       last.unplaced.isEmpty, next.unplaced.isEmpty, last.cellsJoined == next.cellsJoined {
                        let width = last.columns.count
                        tables[tables.count - 1].rows += next.rows.map { row in
                            var row = row
                            row.cells = Array(row.cells.prefix(width)) + Array(repeating: TableText.cell(nil), count: max(0, width - row.cells.count))
                            return row
                        }
                        tables[tables.count - 1].span = last.span.union(next.span)
                        incoming.removeFirst()
                    }
                    tables += incoming
                    lastTableEnd = end
                    index = end
                    continue
                case .unreadable(let reason, let span, let end)?:
                    diagnostics.append(Diagnostic(rule: "table.unreadable", severity: .info,
                        message: "a table starts here but its rows could not be rebuilt with confidence (\(reason)); kept as paragraphs",
                        span: span))
                    keepUntil = end
                case nil:
                    if TableReader.headerStart.matches(lines[index].trimmed().text), lines[index].trimmed().text.count <= 40 {
                        diagnostics.append(Diagnostic(rule: "table.unreadable", severity: .info,
                            message: "a table starts here but its rows could not be rebuilt with confidence (a TT/STT header with no rows read after it); kept as paragraphs",
                            span: lines[index].span))
                    }
                }
            }
            prose.append(lines[index])
            index += 1
        }
        var outline = OutlineBuilder()
        for line in UnbreakLines.apply(PipeTableReader.blankingSeparatorRows(prose)).lines { outline.accept(line) }

        let title = titleLines.isEmpty ? nil : VietnameseText.collapse(titleLines.map(\.text).joined(separator: " "))
        let attachedTo = attachment.flatMap { line -> Reference? in
            let dates = DateExtractor.dates(in: line)
            let mentions = ReferenceExtractor.mentions(in: line, dates: dates)
            return ReferenceExtractor.group(mentions).first
        }
        let span = lines.dropFirst().filter { !$0.isBlank }.reduce(first.span) { $0.union($1.span) }
        return Appendix(label: label, title: title, attachedTo: attachedTo, body: outline.finish(), tables: tables, span: span,
                        titleSpan: TableText.span(of: titleLines))
    }

    /// Whether `next`, under a heading row of empty cells, goes on with `last`'s rows: its rows fill no column past
    /// `last`'s (a Markdown page's part of the table, its heading drawn with one empty cell too many or too few).
    static func continuesUnderEmptyHeading(_ next: Table, _ last: Table) -> Bool {
        next.columns.allSatisfy(\.isEmpty) && last.columns.contains { !$0.isEmpty }
            && next.rows.allSatisfy { $0.cells.dropFirst(last.columns.count).allSatisfy(\.text.isEmpty) }
    }

    /// Each cell's counts and amounts, read from its final text.
    static func withQuantities(_ table: Table) -> Table {
        var table = table
        // The TT/STT column holds row numbers, not quantities.
        let skip = table.columns.first.map { TableReader.headerStart.matches($0) } == true ? 1 : 0
        for r in table.rows.indices {
            for c in table.rows[r].cells.indices.dropFirst(skip) {
                let cell = table.rows[r].cells[c]
                table.rows[r].cells[c].quantities = QuantityExtractor.quantities(in: cell.text, span: cell.span)
            }
        }
        return table
    }
}
