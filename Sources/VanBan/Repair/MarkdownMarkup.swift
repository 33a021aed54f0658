import PCRE2
/// Removes Markdown markup from text that was converted to Markdown: bold/italic stars and underscores
/// ("_(Kèm theo …)_"; a run of them is a blank to fill, and stays), backslash
/// escapes ("1\.", "\-"), pandoc's hard line breaks (a backslash at the end of a line or of a table
/// cell), heading hashes and table pipes at the line ends. Runs only when the text
/// shows such markup on several lines; a line wholly in bold loses its stars in any text.
struct MarkdownMarkup: Repair {
    static let id = "markdown"

    private static let markup = try! Pattern(#"\*\*|__|(?<![\p{L}\p{N}_\\])_(?=[^\s_])|(?<=[^\s_\\])_(?![\p{L}\p{N}_])|(?<![\S*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\S*])|(?<=\s)\*(?=\s*(?:\||$))|\\(?=[-.*_()\[\]#+!>|])|\\(?=\s*$|\s{2})|^#{1,6}\s+|^\s*\|\s*|\s*\|\s*$|^>\s?"#)

    private static let boldLine = try! Pattern(#"^\s*\*\*[^*]+\*\*\s*$"#)

    private static let italic = try! Pattern(#"(?:^|[\s|])\*[^\s*][^*]*\*"#)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let drawn = Self.drawnTableLines(lines).union(Self.pipeStreamLines(lines))
        let marked = lines.prefix(400).filter { line in
            if drawn.contains(line.firstLine) { return false }
            let t = line.text
            let star = t.containsByte(0x2A)
            return star && t.containsBytes("**") || t.containsByte(0x5C) || t.hasPrefix("|") || t.hasPrefix("#") || star && Self.italic.matches(t)
        }.count
        // A line wholly in bold ("**TỜ TRÌNH**") is markup even where the text shows little else.
        let boldLinesOnly = marked < 3
        func isBoldLine(_ line: TextLine) -> Bool { line.text.containsBytes("**") && Self.boldLine.matches(line.text) }
        guard !boldLinesOnly || lines.contains(where: isBoldLine) else { return nil }
        return (boldLinesOnly ? lines : Self.joiningOpenEmphasis(lines)).map { line in
            if boldLinesOnly && !isBoldLine(line) || drawn.contains(line.firstLine) { return line }
            if !boldLinesOnly, Self.isGridRule(line.text) { return line.slice(0..<0) }
            return line.removingMatches(of: Self.markup, separator: "")
        }
    }

    /// A rule of pandoc's grid table ("+------+------+", "+======+======+"): border only, no text. Blank, so the
    /// header's cells above it and the title under it are read as the lines they are.
    static func isGridRule(_ text: String) -> Bool {
        text.hasPrefix("+") && (text.containsBytes("---") || text.containsBytes("===")) && text.unicodeScalars.allSatisfy { "|+-=: ".unicodeScalars.contains($0) }
    }

    /// The lines (by line number) of tables drawn with border pipes at the same columns on three lines or more, as
    /// antiword draws a Word table ("|1    |Văn phòng     |812    |" / "|     |              |       |"): no Markdown,
    /// and the table reader needs their borders to tell a cell wrapped onto the next line from a new row.
    static func drawnTableLines(_ lines: [TextLine]) -> Set<Int> {
        var drawn = Set<Int>()
        // A text with a Markdown table's rule ("|---|---|", pandoc's grid "+----+----+") draws its tables in Markdown.
        guard !lines.contains(where: { line in
            let t = line.text
            return t.containsBytes("---") && (t.hasPrefix("+") || t.hasPrefix("|") || t.hasPrefix(" ")) && t.unicodeScalars.allSatisfy { "|+-=: ".unicodeScalars.contains($0) }
        }) else { return drawn }
        var run: [Int] = [], bars: [Int] = []
        func close() { if run.count >= 3 { drawn.formUnion(run) }; run = []; bars = [] }
        for line in lines {
            let text = line.text
            guard text.hasPrefix("|"), text.hasSuffix("|"), text.utf8.count > 2 else { close(); continue }
            var offsets: [Int] = []
            for (i, scalar) in text.unicodeScalars.enumerated() where scalar == "|" { offsets.append(i) }
            // A row with merged cells keeps some of the borders, the outer ones always: "|I. Công tác kiểm tra      |",
            // "|1   |Nhiệm vụ trọng tâm                  |".
            if offsets.count >= 2, offsets.count < bars.count, run.count >= 1, offsets.first == bars.first,
               offsets.last == bars.last, Set(offsets).isSubset(of: bars) {
                run.append(line.firstLine)
                continue
            }
            if offsets.count < 3 || offsets != bars { close() }
            guard offsets.count >= 3 else { continue }
            bars = offsets
            run.append(line.firstLine)
        }
        close()
        return drawn
    }

    /// The lines (by line number) of the paragraphs where antiword printed a table's cells as a stream, each
    /// followed by "|" and wrapped like prose ("…mới | |2 |Giám sát việc ký" / "|2.925 |1.600 | | |3 |Rà soát"): a
    /// row number after an empty cell inside a line, on lines that are not all bordered rows. Their pipes at the
    /// line ends are cell borders, which `PipeStreamTableReader` needs.
    static func pipeStreamLines(_ lines: [TextLine]) -> Set<Int> {
        var result = Set<Int>()
        var paragraph: [TextLine] = []
        func close() {
            defer { paragraph = [] }
            guard paragraph.contains(where: { PipeStreamTableReader.rowMark.matches($0.text) }),
                  paragraph.contains(where: { !($0.text.hasPrefix("|") && $0.text.hasSuffix("|")) }) else { return }
            result.formUnion(paragraph.map(\.firstLine))
        }
        for line in lines {
            if line.isBlank { close() } else if line.text.containsByte(0x7C) || !paragraph.isEmpty { paragraph.append(line) }
        }
        close()
        return result
    }

    /// Lines joined while an emphasis opened on them is still open: a web page's cell wrapped inside its
    /// bold or italic ("**ỦY" / "BAN NHÂN DÂN**", "*Lai" / "Châu, ngày 28 tháng 11 năm 2025*") is one line.
    /// A paragraph pandoc wrapped at 72 columns inside its italics ("*Căn cứ Công văn số …" … "… Việt Nam;*") is joined
    /// too, up to `widestEmphasis` lines, and only when its closing marker is found: a stray star joins nothing.
    static func joiningOpenEmphasis(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            var line = lines[i]
            // A table row's cells end at their pipes, whatever their stars.
            if !line.text.containsByte(0x7C), Self.leavesEmphasisOpen(line.text) {
                var joined = line, j = i + 1
                while j < lines.count, j - i <= Self.widestEmphasis, !lines[j].isBlank, !lines[j].text.containsByte(0x7C) {
                    joined.append(lines[j])
                    if !Self.leavesEmphasisOpen(joined.text) { line = joined; i = j; break }
                    j += 1
                }
            }
            result.append(line)
            i += 1
        }
        return result
    }
    /// The most lines an emphasis spans that is joined back into one line.
    private static let widestEmphasis = 12

    /// Whether `text` opens a bold ("**") or italic ("*") span it does not close. Only a marker that touches
    /// text on one side counts: a list bullet ("* item"), a party header's "*" alone, "a * b" are no emphasis.
    static func leavesEmphasisOpen(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x2A) else { return false }
        var bold = 0, italic = 0, k = 0
        func touchesText(_ before: Int, _ after: Int) -> Bool {
            let left = before >= 0 && bytes[before] != 0x20
            let right = after < bytes.count && bytes[after] != 0x20
            return left != right
        }
        while k < bytes.count {
            guard bytes[k] == 0x2A else { k += 1; continue }
            var run = 0
            while k + run < bytes.count, bytes[k + run] == 0x2A { run += 1 }
            if touchesText(k - 1, k + run) {
                bold += run / 2   // "****" closes one bold span and opens the next
                italic += run % 2
            }
            k += run
        }
        return bold % 2 == 1 || italic % 2 == 1
    }
}
