import PCRE2
/// Removes the marks OCR reads from a scan's specks and a table's faint borders at the edges of its lines:
/// "_ Số: 30/2016/QĐ-UBND _. Hải Dương, ngày …", "-_ TỈNH HẢI DƯƠNG _ Độc lập - Tự do - Hạnh phúc .. -", "_2015; _ |".
/// A word made only of such marks, with at least one underscore or backtick (no dash, bullet or "~" alone: those
/// open list items), goes from a line's start or end; not a blank slot after "ngày", "tháng", "năm" or "số". Only in a text where many lines carry them, so a draft's
/// blank ("Số: ____/QĐ-UBND") or a rule ("__________", a line of its own) is never touched. A low double quote
/// opening a line ("„ Điều 1.") goes in any text.
struct OcrEdgeDebris: Repair {
    static let id = "ocr-edge-debris"

    /// Marks at a line's start: words of debris (an underscore or backtick in them, or punctuation alone; never a
    /// lone dash), then a space.
    private static let leading = try! Pattern(#"^\s*(?:[-_`'‘’"“”.,:;]*[_`][-_`'‘’"“”.,:;]*\s+|[.,:;'‘’"“”]+\s+)+"#)
    /// Marks at a line's end after a space, not after a blank slot's word.
    private static let trailing = try! Pattern(#"(?<!ngày|tháng|năm|số|Số|Số:|số:)(?:\s+[-_`'‘’"“”.,:;|]+)+\s*$"#)
    /// Lines that must carry such marks before any is removed.
    static let minimumLines = 4

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var edits: [(index: Int, keep: Range<Int>)] = []
        for (i, line) in lines.enumerated() where Self.mayHaveDebris(line.text) {
            let text = line.text
            var start = 0, end = line.scalarCount
            // A run of marks goes only when an underscore or backtick is among them (a lone "-" opens an item, a
            // "." or ":" may end a sentence).
            if let m = Self.leading.firstMatch(in: text), let (_, upper) = m.byteRange(0), Self.mayHaveDebris(String(m[0] ?? "")) {
                start = line.scalarOffset(utf8: upper)
            }
            if let m = Self.trailing.firstMatch(in: text), let (lower, _) = m.byteRange(0), Self.mayHaveDebris(String(m[0] ?? "")) {
                end = line.scalarOffset(utf8: lower)
            }
            guard start > 0 || end < line.scalarCount, start < end else { continue }
            edits.append((i, start..<end))
        }
        if edits.count < Self.minimumLines { edits.removeAll() }
        // A low double quote opening a line ("„ Điều 1.", "„II.") is a speck: Vietnamese never opens a quotation so.
        let edited = Set(edits.map(\.index))
        for (i, line) in lines.enumerated() where !edited.contains(i)
            && line.text.unicodeScalars.first(where: { $0 != " " }) == "\u{201E}" {
            let start = line.text.unicodeScalars.prefix { $0 == " " || $0 == "\u{201E}" }.count
            if start < line.scalarCount { edits.append((i, start..<line.scalarCount)) }
        }
        guard !edits.isEmpty else { return nil }
        var result = lines
        for edit in edits {
            var kept = lines[edit.index].slice(edit.keep)
            kept.startsPage = lines[edit.index].startsPage
            result[edit.index] = kept
        }
        return result
    }

    /// The cheap test: an underscore or backtick on the line.
    private static func mayHaveDebris(_ text: String) -> Bool {
        text.containsByte(0x5F) || text.containsByte(0x60)
    }
}
