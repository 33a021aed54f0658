import PCRE2

/// Tables whose rows are lines of cells between pipes: Word tables flattened with " | " (several
/// paragraphs of one cell joined with " / "), Markdown tables ("| a | b |", "|---|---|") and antiword
/// tables drawn with "|" borders (a cell wrapped over several lines: the lines after a numbered row
/// with an empty first cell go on that row's cells).
///
/// How many first rows are the header is `PipeTableHeading`'s to say (a TT/STT cell, or no row number while
/// the rows below have one; a "(1) | (2) | …" row under it; Markdown's separator). A block without a
/// header is a table only when its rows are numbered in sequence ("Biểu số 01 | …", "Biểu số 02 | …").
/// Blocks that lay out document furniture (quốc hiệu, "Số:", "Nơi nhận", a signature) are not tables.
struct PipeTableReader: TableShapeReader {
    private static let separatorRow = try! Pattern(#"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"#)

    /// Whether `text` is a Markdown table's separator row with at least two cells ("|---|---|", "--|---|---"): markup,
    /// no text of the document. Looser than `separatorRow` in its dashes (a converter's "--"), stricter in its cells
    /// (a lone rule of dashes is no table's), since it blanks text where no table was read.
    static func isSeparatorRow(_ text: String) -> Bool { cellSeparatorRow.matches(text) }

    /// `lines` with their separator rows blank (page starts kept): for a table left as text, whose separator row
    /// would otherwise join the row under it or open a "-" item.
    static func blankingSeparatorRows(_ lines: [TextLine]) -> [TextLine] {
        lines.map { isSeparatorRow($0.text) ? $0.blanked : $0 }
    }
    private static let cellSeparatorRow = try! Pattern(#"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$"#, requiringOneOf: ["--"])
    /// A label with a running number at the end: "Biểu số 01", "Mẫu số 3", "Phụ lục 2".

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, let first = cells(of: lines[start]), first.count >= 2 else { return nil }
        // A line inside a block of pipe rows that was already tried from a row above it (two cells or more) is
        // no new start, unless it is a TT/STT header: retrying every line of a block no reader takes would scan
        // it once per line.
        if start > 0, let above = cells(of: lines[start - 1]), above.count >= 2,
           !TableReader.headerStart.matches(first[0]?.text ?? "") { return nil }
        // A table drawn with border pipes ("| a | b |", Markdown, antiword) opens its first line with one; a Word
        // table flattened with " | " has none, and a row of it that starts with " | " has an empty first cell.
        let bordered = lines[start].trimmed().text.hasPrefix("|")
        if !bordered, let joined = Self.headingOverTwoLines(lines, from: start, first: first) {
            return Self.shifted(read([joined] + lines[(start + 2)...], from: 0), by: start + 1)
        }
        // A second header row naming the columns under a merged heading widens the table by its extra names.
        var width = first.count, headerLines = 1
        if start + 1 < lines.count, let second = cells(of: lines[start + 1], bordered: false),
           let names = PipeTableHeading.spannedColumns(first.map { $0?.text ?? "" }, second.map { $0?.text ?? "" }) {
            width = names.count
            headerLines = 2
        }
        if !bordered, let rows = Self.rowsOverLines(lines, from: start, width: width, headerLines: headerLines) {
            // Read the rows rebuilt from their lines; `end` maps back to the lines as given.
            switch readBlock(rows.lines, from: 0) {
            case .tables(let tables, let end)?: return .tables(tables, end: rows.ends[end - 1])
            case .unreadable(let reason, let span, let end)?: return .unreadable(reason: reason, span: span, end: rows.ends[end - 1])
            case nil: return nil
            }
        }
        return readBlock(lines, from: start)
    }

    /// A Word heading one of whose cells holds a line break ("STT | Tên khoa học" / "(danh pháp IUPAC) | Tên chất |
    /// Mã số CAS | Công thức hóa học"): the heading's two lines as one, when the first heads the row numbers, the second
    /// opens with no row label, and the numbered row under them has the cells the two make together.
    private static func headingOverTwoLines(_ lines: [TextLine], from start: Int, first: [TextLine?]) -> TextLine? {
        guard start + 2 < lines.count, TableText.numberHeader.matches(first[0]?.text ?? ""),
              case let second = cellCount(lines[start + 1]), second >= 2, !lines[start + 1].isBlank,
              RowAnchor(firstCell(lines[start + 1])) == nil, !firstCell(lines[start + 1]).isEmpty,
              RowAnchor(firstCell(lines[start + 2])) != nil, cellCount(lines[start + 2]) == first.count + second - 1 else { return nil }
        var joined = lines[start]
        joined.append(lines[start + 1].trimmed())
        return joined
    }

    /// `outcome`, read from lines that start `offset` lines further on in the lines as given.
    private static func shifted(_ outcome: TableReadOutcome?, by offset: Int) -> TableReadOutcome? {
        switch outcome {
        case .tables(let tables, let end)?: return .tables(tables, end: end + offset)
        case .unreadable(let reason, let span, let end)?: return .unreadable(reason: reason, span: span, end: end + offset)
        case nil: return nil
        }
    }

    /// Whether the line at `k` heads a table of its own, over a Markdown separator row: the line above it is that
    /// table's caption ("B. DANH MỤC … BỊ BÃI BỎ"), not a section row of the table before, when no blank line parts them.
    static func headsATable(_ k: Int, in lines: [TextLine]) -> Bool {
        k + 1 < lines.count && separatorRow.matches(lines[k + 1].text) && lines[k + 1].text.contains("-")
    }

    /// The text before a line's first pipe, trimmed: a flattened Word row's first cell.
    static func firstCell(_ line: TextLine) -> String {
        String(line.text.prefix { $0 != "|" }).trimmingCharacters(in: .whitespaces)
    }

    /// The cells a line of a flattened Word row holds: one more than its pipes.
    static func cellCount(_ line: TextLine) -> Int { line.text.utf8.reduce(1) { $0 + ($1 == 0x7C ? 1 : 0) } }

    /// A Word table flattened with " | " whose cells hold several paragraphs prints each paragraph on a line of
    /// its own: "1 | Hỗ trợ … | 30 ngày | - Trực tiếp." / "- Qua dịch vụ bưu chính." / "- Trực tuyến … | Không |
    /// Điều 8 …". A row goes on over the lines until it has as many cells as the header; blank lines between
    /// rows are passed over. Only a header whose first cell heads the row numbers (TT, STT, Số TT) is read so,
    /// and each row must open with its number. The rows (header first) with the index after each one's last
    /// line; nil when no row needed more than one line.
    /// Lines one row of such a table takes at most.
    private static let linesPerRow = 60

    static func rowsOverLines(_ lines: [TextLine], from start: Int, width: Int, headerLines: Int = 1) -> (lines: [TextLine], ends: [Int])? {
        // The header heads the row numbers (TT, STT), or names the column of worded labels its rows open with
        // ("Thứ tự các bước" over "Bước 1", "Bước 2" …; plain numbers under another heading may be OCR's garble).
        func opensWithWordedLabel(_ line: TextLine) -> Bool {
            if let a = RowAnchor(firstCell(line)), case .prefixed = a.kind { return true }
            return false
        }
        guard width >= 3, TableText.numberHeader.matches(firstCell(lines[start]))
                || (!firstCell(lines[start]).contains(where: \.isNumber)
                    && lines[(start + headerLines)...].prefix(4).contains(where: opensWithWordedLabel)) else { return nil }
        guard start + headerLines <= lines.count else { return nil }
        var rows = Array(lines[start..<(start + headerLines)]), ends = Array((start + 1)...(start + headerLines))
        var i = start + headerLines, joinedAny = false
        while true {
            var next = i
            while next < lines.count, lines[next].isBlank, next - i < 2 { next += 1 }
            guard next < lines.count, lines[next].text.containsByte(0x7C) else { break }
            if RowAnchor(firstCell(lines[next])) == nil {
                // A row merged across some columns (a total, "Tổng thời gian giải quyết | 5 ngày"): one line with fewer
                // cells than the header, a numbered row right after it.
                let cells = cellCount(lines[next])
                guard cells >= 2, cells < width, next + 1 < lines.count, RowAnchor(firstCell(lines[next + 1])) != nil else { break }
                rows.append(lines[next]); ends.append(next + 1)
                i = next + 1
                continue
            }
            var row = lines[next], count = cellCount(row), j = next + 1
            while count < width, j < lines.count, !lines[j].isBlank, j - next < Self.linesPerRow {
                row.append(lines[j])
                count += cellCount(lines[j]) - 1
                j += 1
            }
            guard count == width else { break }
            if j > next + 1 { joinedAny = true }
            rows.append(row); ends.append(j)
            i = j
        }
        return joinedAny && rows.count > headerLines ? (rows, ends) : nil
    }

    private func readBlock(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, let first = cells(of: lines[start]), first.count >= 2 else { return nil }
        _ = first
        let bordered = lines[start].trimmed().text.hasPrefix("|")
        // The block: consecutive pipe lines (Markdown separator rows included).
        var end = start
        var rows: [(line: Int, cells: [TextLine?])] = []
        var separator: (rowsAbove: Int, columns: Int)?   // the first Markdown separator row ("| --- | --- |"): the rows above it, its columns
        while end < lines.count {
            let line = lines[end]
            if Self.separatorRow.matches(line.text), line.text.contains("-") {
                if separator == nil {
                    separator = (rows.count, line.text.split(separator: "|").count { $0.containsBytes("---") })
                } else if let separator, separator.rowsAbove > 0, rows.count > separator.rowsAbove,
                          Self.sameTexts(rows[rows.count - 1].cells, rows[separator.rowsAbove - 1].cells) {
                    // The heading repeated over its separator where the next page's part begins, no blank line
                    // between the parts: no row.
                    rows.removeLast()
                }
                end += 1; continue
            }
            // A bordered row merged across the table ("|I. Công tác kiểm tra, giám sát    |") is a section row.
            if bordered, !rows.isEmpty, let c = cells(of: line, bordered: true), c.count == 1, let merged = c[0] {
                rows.append((end, Self.sectionCells(merged)))
                end += 1
                continue
            }
            guard let c = cells(of: line, bordered: bordered), c.count >= 2 else {
                // A section row merged across the table prints as one cell without a pipe ("I. MỤC TIÊU"), between rows.
                if !bordered, !rows.isEmpty, end + 1 < lines.count, let section = Self.sectionRow(line),
                   let next = cells(of: lines[end + 1], bordered: false), next.count >= 2, !Self.headsATable(end + 1, in: lines) {
                    rows.append((end, section))
                    end += 1
                    continue
                }
                // In a Markdown table (its border pipes removed as markup) a one-cell row is a section row in any
                // case ("2. Tỉnh Lào Cai", "II. ĐÔNG BẮC BỘ"), when rows go on after it and the sections over it.
                // (Not when the row after it heads a table of its own, over its separator row: then it is that table's
                // caption, the blank lines between them lost.)
                if !bordered, separator != nil, !rows.isEmpty, let section = markdownSectionRow(line),
                   let k = lines[(end + 1)...].prefix(4).firstIndex(where: { markdownSectionRow($0) == nil }),
                   let next = cells(of: lines[k], bordered: false), next.count >= 2, !Self.headsATable(k, in: lines) {
                    rows.append((end, section))
                    end += 1
                    continue
                }
                break
            }
            // A form's signing block in a row under the table ends it, whether or not a blank line stood between.
            if !rows.isEmpty, c.contains(where: { $0.map { TableText.signingBlock.matches($0.text) } == true }) { break }
            rows.append((end, c))
            end += 1
        }
        // A Markdown separator row with nothing but prose under it is no table (shuffled or cut text).
        guard !rows.isEmpty else { return nil }
        let markdown = separator != nil
        let texts = rows.map { $0.cells.map { $0?.text ?? "" } }
        if texts.joined().contains(where: { TableText.furniture.matches($0) }) { return nil }

        // The heading: the first rows naming the columns, however the text shows them.
        let anchors = rows.map { $0.cells.first.flatMap { $0 }.flatMap { RowAnchor($0.text) } }
        let standsAlone = rows.count == end - start && (start == 0 || lines[start - 1].isBlank) && (end == lines.count || lines[end].isBlank)
        let heading = PipeTableHeading(texts: texts, anchors: anchors, bordered: bordered, separator: separator, standsAlone: standsAlone)
        let headerCount = heading.count
        let body = Array(rows[headerCount...])
        guard !body.isEmpty else { return TableText.unreadable("a table header with no rows under it", lines[start..<end], end: end) }
        if headerCount == 0 {
            // Without a header, only a numbered list of rows is a table.
            guard body.count >= 2, PipeTableHeading.isLabelSequence(body.map { $0.cells[0]?.text ?? "" }) || isAnchorSequence(body.map { $0.cells[0]?.text ?? "" }) else { return nil }
        }

        // Columns: as many as the header names (or the widest row), trailing empty cells dropped.
        var width = heading.spannedColumns?.count
            ?? (headerCount > 0 ? PipeTableHeading.trimmedCount(texts[0]) : body.map { PipeTableHeading.trimmedCount($0.cells.map { $0?.text ?? "" }) }.max() ?? 0)
        width = max(width, 2)
        if heading.isWordGrid { width = max(width, texts[0].count) }
        // A Markdown table has as many columns as its separator row, whatever its heading shows.
        if let separator { width = max(width, separator.columns) }
        let hasAnchors = body.contains { $0.cells[0].flatMap { RowAnchor($0.text) } != nil }
        var built: [[TextLine?]] = []
        var sources: [[TextLine]] = []
        for row in body {
            // A row with every cell empty holds nothing (a Markdown table's closing row).
            if markdown, row.cells.allSatisfy({ $0 == nil }) { continue }
            var cells = row.cells
            while cells.count > width, cells.last.flatMap({ $0 }) == nil { cells.removeLast() }
            if cells.count > width {
                return TableText.unreadable("a row has more cells (\(cells.count)) than the header has columns (\(width))", lines[start..<end], end: end)
            }
            // In a bordered table ("| a | b |", antiword) an empty first cell goes on the row above's cells; in
            // a Word table flattened without borders it is a merged cell, and the row is a row of its own.
            // A total row ("|    |Tổng số   |162  |") has an empty number cell too, and is a row of its own.
            let isTotal = cells.count > 1 && cells[1].map { TableText.totalRow.matches($0.text) } == true
            var continuation = bordered && !markdown && hasAnchors && !built.isEmpty && cells[0] == nil && !isTotal && lines[row.line].trimmed().text.hasPrefix("|")
            // A Markdown row with no number whose first text goes on from the same cell of the row above ("(5) Ứng
            // dụng …", "trực tuyến và …") is that row spilt over a page break; so is a row that only adds a line to one
            // cell right of the name of a numbered row ("Gmail: … Điện thoại: …" under an address). A sub-row names
            // something of its own, and rows under a sub-row are its siblings ("HCFC…", "HFC…" under "1. | Máy điều hòa").
            if markdown, hasAnchors, !continuation, !isTotal, cells[0] == nil, let last = built.last,
               let c = cells.firstIndex(where: { $0 != nil }), c < last.count, let above = last[c]?.text, let text = cells[c]?.text,
               TableText.continues(above, text) && !Self.opensWithCapital(text) && !Self.isPlaceholder(text) && !Self.opensItem(text) || (c >= 2 && last[0] != nil && cells.filter { $0 != nil }.count == 1 && !Self.romanSection.matches(text)) {
                continuation = true
            }
            if continuation {
                for (c, piece) in cells.enumerated() where piece != nil {
                    built[built.count - 1][c] = TableText.join([built[built.count - 1][c], piece].compactMap { $0 })
                }
                sources[sources.count - 1].append(lines[row.line])
                continue
            }
            cells += Array(repeating: nil, count: width - cells.count)
            built.append(cells)
            sources.append([lines[row.line]])
        }
        var columns: [String] = Array(repeating: "", count: width)
        if let names = heading.spannedColumns {
            for (c, name) in names.prefix(width).enumerated() { columns[c] = name }
        } else {
            for h in 0..<headerCount {
                for (c, piece) in rows[h].cells.prefix(width).enumerated() {
                    if let t = piece?.text, !t.isEmpty { columns[c] = columns[c].isEmpty ? t : columns[c] + " " + t }
                }
            }
        }
        let tableRows = zip(built, sources).map { cells, src in
            TableRow(cells: cells.map { TableText.cell($0) }, span: TableText.span(of: src)!)
        }
        // Rows that fill at most half the columns their header names were cut elsewhere (an OCR'd table
        // whose cells ran together: "34 | Xã Gia Phú Đạt Không đạt 12 3" under four headings).
        // (Section rows, one cell or a label and its title, "I." / "TÂY BẮC BỘ", are not counted. A Markdown table
        // draws every cell's border, so its rows are rows whatever they fill.)
        let filled = built.filter { !Self.isSectionRow($0) }.map { $0.filter { $0 != nil }.count }.sorted()
        if headerCount > 0, width >= 4, !markdown, filled.count >= 3, filled[filled.count / 2] * 2 <= width {
            return TableText.unreadable("most rows fill \(filled[filled.count / 2]) of the \(width) columns the header names: their cells ran together",
                                        lines[start..<end], end: end)
        }
        guard let table = Table.make(columns: columns, rows: tableRows, headerLines: rows.prefix(headerCount).map { lines[$0.line] }) else { return nil }
        return .tables([table], end: end)
    }

    /// Whether `text` opens a dashed item ("- Giống bố mẹ" under "1.1 | Lao động kỹ thuật"): a sub-row, not the
    /// row above's text going on.
    private static func opensItem(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return false }
        // A point of a list, "a. Nhà có khu phụ", "b) …": a sub-row naming something of its own.
        if Self.point.matches(text) { return true }
        guard "-–+•".unicodeScalars.contains(first) else { return false }
        return scalars.dropFirst().first == " "
    }

    private static let point = try! Pattern(#"^[a-zđ][.)]\s+\p{Lu}"#)

    /// Whether `text` opens with a capital letter: a cell of its own, though the cell above ends on a word that
    /// often goes on ("… trợ cấp tuất hằng tháng" over "Vợ hoặc chồng sống cô đơn …").
    /// Whether two rows read the same, cell by cell, spacing aside.
    private static func sameTexts(_ a: [TextLine?], _ b: [TextLine?]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { VietnameseText.collapse($0?.text ?? "") == VietnameseText.collapse($1?.text ?? "") }
    }
    private static func opensWithCapital(_ text: String) -> Bool { text.first?.isUppercase == true }

    /// A form's blank to fill ("...", "…"): a cell of its own, not the rest of the cell above.
    private static func isPlaceholder(_ text: String) -> Bool { text.allSatisfy { $0 == "." || $0 == "…" || $0 == " " } }

    /// A section label ("I", "II.", "A.") and the title after it.
    /// A group's heading under a roman numeral in a cell of its own ("II Quy trình thực hiện các công tác vệ sinh:"):
    /// a row of the table, never a line added to the cell above.
    private static let romanSection = try! Pattern(#"^[IVX]{1,4}[.)]?\s+\p{Lu}"#)
    private static let sectionLabel = try! Pattern(#"^(?<label>[IVX]{1,4}|[A-ZĐ])[.)]?\s+(?<title>\S.*)$"#)

    /// A merged row's cells: its label ("I", "A") and its title when it opens with one, else its text alone.
    static func sectionCells(_ merged: TextLine) -> [TextLine?] {
        guard let m = sectionLabel.firstMatch(in: merged.text), let (labelStart, labelEnd) = m.byteRange(named: "label"),
              let (titleStart, _) = m.byteRange(named: "title") else { return [merged] }
        return [merged.slice(merged.scalarOffset(utf8: labelStart)..<merged.scalarOffset(utf8: labelEnd)),
                merged.slice(merged.scalarOffset(utf8: titleStart)..<merged.scalarCount)]
    }

    /// A line in capitals with no pipe that opens with a section label ("I. MỤC TIÊU"): the cells of a row merged
    /// across a table flattened without borders, the label first; nil for any other line.
    static func sectionRow(_ line: TextLine) -> [TextLine?]? {
        let trimmed = line.trimmed()
        guard trimmed.scalarCount <= 120, !trimmed.text.containsByte(0x7C), VietnameseText.isUppercase(trimmed.text),
              sectionLabel.matches(trimmed.text) else { return nil }
        return sectionCells(trimmed)
    }

    /// A section row as built: one cell, or a section label ("I.", "B.") and its title.
    private static func isSectionRow(_ cells: [TextLine?]) -> Bool {
        let filled = cells.compactMap { $0 }
        if filled.count == 1 { return true }
        guard filled.count == 2, let label = cells.first.flatMap({ $0 })?.text else { return false }
        return sectionLabelAlone.matches(label)
    }

    private static let sectionLabelAlone = try! Pattern(#"^(?:[IVX]{1,4}|[A-ZĐ])[.)]?$"#)

    /// A Markdown table's one-cell row without its border pipes: a short line with no pipe that opens with a
    /// section label ("I.", "A.", "2."); its cells as `sectionCells` gives them, nil for any other line.
    private func markdownSectionRow(_ line: TextLine) -> [TextLine?]? {
        let trimmed = line.trimmed()
        guard trimmed.scalarCount <= 100, !trimmed.text.containsByte(0x7C), Self.markdownSection.matches(trimmed.text) else { return nil }
        return Self.sectionCells(trimmed)
    }

    private static let markdownSection = try! Pattern(#"^(?:[IVX]{1,4}|[A-ZĐ]|\d{1,2})[.)]\s+\S"#)

    /// The cells of a pipe row (trimmed, with maps; nil for an empty cell), or nil when the line is not one.
    func cells(of line: TextLine, bordered: Bool = true) -> [TextLine?]? {
        let text = line.text
        let bars = text.utf8.enumerated().compactMap { $0.element == 0x7C ? $0.offset : nil }    // UTF-8 offsets of "|"
        guard !bars.isEmpty else { return nil }
        var bounds: [Int] = [-1] + bars + [text.utf8.count]
        // Border pipes at the line's ends ("| a | b |") do not open or close a cell.
        let lead = text.utf8.prefix { $0 == 0x20 }.count
        let trail = text.utf8.count - text.utf8.reversed().prefix { $0 == 0x20 }.count
        if bordered, bars.first == lead { bounds.removeFirst() }
        if bordered, let last = bars.last, last == trail - 1 { bounds.removeLast() }
        var result: [TextLine?] = []
        for (a, b) in zip(bounds, bounds.dropFirst()) {
            let from = line.scalarOffset(utf8: a + 1), to = line.scalarOffset(utf8: b)
            let piece = from < to ? line.slice(from..<to).trimmed() : nil
            result.append(piece.flatMap { $0.isBlank ? nil : $0 })
        }
        return result
    }

    private func isAnchorSequence(_ firsts: [String]) -> Bool {
        let anchors = firsts.compactMap { RowAnchor($0) }
        guard anchors.count == firsts.count, anchors.first?.isFirst == true else { return false }
        return zip(anchors, anchors.dropFirst()).allSatisfy { $1.follows($0) }
    }
}
