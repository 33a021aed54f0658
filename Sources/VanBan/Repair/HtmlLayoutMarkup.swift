import PCRE2
/// Removes the HTML of an export that carries no text of the document: comments ("<!-- Conversion notes … -->",
/// a "<!--toc … -->" table of contents, over any number of lines), and the tags of a table that only lays out the
/// header or the closing ("<table> <tr> <td> QUỐC HỘI … </td> <td> CỘNG HÒA XÃ HỘI …", as Docs to Markdown and
/// pandoc write Word's header table). Those tags become spaces and the cells' lines lose the source's indent, so
/// the cells read as the columns of a header whose lines alternate. Tables of data (an appendix's rows) keep their tags for the HTML table reader.
struct HtmlLayoutMarkup: Repair {
    static let id = "html-layout"

    private static let tableTag = try! Pattern(#"</?(?:table|tbody|thead|tfoot|tr|td|th|colgroup|col)(?:\s[^<>]{0,200})?\s*/?>"#, options: .caseless)
    private static let inlineTag = try! Pattern(#"<[^<>]{1,200}>"#)
    /// A table lays out the header or the closing when one of its lines holds the quốc hiệu, the motto, the
    /// party's title or "Nơi nhận".
    private static let layoutText = try! Pattern(#"(?i:n[ơo]i\s+nh[ậa]n\s*:)"#)
    /// The lines a layout table may span; a longer table is data.
    private static let longestTable = 60

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        guard lines.contains(where: { $0.text.containsByte(0x3C) }) else { return nil }
        var result = lines
        let comments = Self.removingComments(&result)
        let tables = Self.removingLayoutTableTags(&result)
        return comments || tables ? result : nil
    }

    /// Blanks every complete comment; an opening "<!--" that never closes is left as written. One forward scan:
    /// the byte ranges to remove are gathered per line, then each line is cut once.
    private static func removingComments(_ lines: inout [TextLine]) -> Bool {
        var cuts: [Int: [Range<Int>]] = [:]
        var line = 0, byte = 0
        scan: while line < lines.count {
            let bytes = Array(lines[line].text.utf8)
            guard let open = find("<!--", in: bytes, from: byte) else { line += 1; byte = 0; continue }
            // The comment's end, on this line or a later one.
            var endLine = line, endByte = find("-->", in: bytes, from: open + 4).map { $0 + 3 }
            var endBytes = bytes
            while endByte == nil {
                endLine += 1
                guard endLine < lines.count else { break scan }
                endBytes = Array(lines[endLine].text.utf8)
                endByte = find("-->", in: endBytes, from: 0).map { $0 + 3 }
            }
            let end = endByte!
            if endLine == line {
                cuts[line, default: []].append(open..<end)
            } else {
                cuts[line, default: []].append(open..<bytes.count)
                for j in (line + 1)..<endLine { cuts[j, default: []].append(0..<lines[j].text.utf8.count) }
                cuts[endLine, default: []].append(0..<end)
            }
            line = endLine
            byte = end   // the end line may open another comment
        }
        for (i, ranges) in cuts { lines[i] = lines[i].removing(utf8: ranges, separator: " ") }
        return !cuts.isEmpty
    }

    /// Turns the tags of each layout table into spaces.
    private static func removingLayoutTableTags(_ lines: inout [TextLine]) -> Bool {
        var changed = false
        var i = 0
        while i < lines.count {
            guard lines[i].text.containsByte(0x3C), lines[i].text.range(of: "<table", options: .caseInsensitive) != nil else { i += 1; continue }
            guard let end = lines[i...].prefix(longestTable).firstIndex(where: { $0.text.range(of: "</table>", options: .caseInsensitive) != nil })
            else { i += 1; continue }
            let cells = lines[i...end].map { $0.removingMatches(of: inlineTag, separator: " ").text }
            if cells.contains(where: { HeaderPatterns.nationalTitleStart.matches($0) || HeaderPatterns.motto.matches($0)
                                        || HeaderPatterns.partyTitle.matches($0) || layoutText.matches($0) }) {
                // The indent of an export's source is no layout: the cells' lines are trimmed.
                for j in i...end { lines[j] = lines[j].removingMatches(of: tableTag, separator: "  ").trimmed() }
                changed = true
            }
            i = end + 1
        }
        return changed
    }

    /// The byte offset of `needle` in `bytes` at or after `start`.
    private static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        return bytes.withUnsafeBufferPointer { b in pattern.withUnsafeBufferPointer { b.firstOffset(of: $0, from: start) } }
    }
}
