import PCRE2
/// Removes Markdown markup from text that was converted to Markdown: bold/italic stars, backslash
/// escapes ("1\.", "\-"), pandoc's hard line breaks (a backslash at the end of a line or of a table
/// cell), heading hashes and table pipes at the line ends. Runs only when the text
/// shows such markup on several lines; a line wholly in bold loses its stars in any text.
struct MarkdownMarkup: Repair {
    static let id = "markdown"

    private static let markup = try! Pattern(#"\*\*|__|(?<![\S*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\S*])|(?<=\s)\*(?=\s*(?:\||$))|\\(?=[-.*_()\[\]#+!>|])|\\(?=\s*$|\s{2})|^#{1,6}\s+|^\s*\|\s*|\s*\|\s*$|^>\s?"#)

    private static let boldLine = try! Pattern(#"^\s*\*\*[^*]+\*\*\s*$"#)

    private static let italic = try! Pattern(#"(?:^|[\s|])\*[^\s*][^*]*\*"#)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let marked = lines.prefix(400).filter { line in
            let t = line.text
            let star = t.utf8.contains(0x2A)
            return star && t.containsBytes("**") || t.utf8.contains(0x5C) || t.hasPrefix("|") || t.hasPrefix("#") || star && Self.italic.matches(t)
        }.count
        // A line wholly in bold ("**TỜ TRÌNH**") is markup even where the text shows little else.
        let boldLinesOnly = marked < 3
        guard !boldLinesOnly || lines.contains(where: { Self.boldLine.matches($0.text) }) else { return nil }
        return lines.map { line in
            if boldLinesOnly && !Self.boldLine.matches(line.text) { return line }
            let matches = Self.markup.allMatches(in: line.text)
            guard !matches.isEmpty else { return line }
            var pieces: [TextLine] = []
            var cursor = 0
            for m in matches {
                let (lower, upper) = m.byteRange(0)!
                let a = line.scalarOffset(utf8: cursor), b = line.scalarOffset(utf8: lower)
                if b > a { pieces.append(line.slice(a..<b)) }
                cursor = upper
            }
            let a = line.scalarOffset(utf8: cursor)
            if a < line.scalarCount { pieces.append(line.slice(a..<line.scalarCount)) }
            guard let first = pieces.first else { var empty = line.slice(0..<0); empty.startsPage = line.startsPage; return empty }
            return pieces.dropFirst().reduce(first) { $0.joined(with: $1, separator: "") }
        }
    }
}
