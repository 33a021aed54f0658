import PCRE2
/// Removes the inline HTML tags a document site's text view leaves in ("UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ …</b>",
/// "<i>Phan Thiết, ngày …</i>", "<hr>"). Each tag becomes a space, so words it separated stay apart; a line break
/// "<br>" between two texts ends a line, as it does on the page ("<strong>ĐẠI HỌC QUỐC GIA HÀ NỘI</strong><br><strong>
/// TRƯỜNG ĐẠI HỌC VIỆT NHẬT</strong>" is the parent body over the issuer), except inside a table's row, whose cells it
/// wraps. Runs only when the text shows at least two such tags (on two lines, or on one: a page's title "<br> KẾ
/// HOẠCH<br> Tổ chức …"); table tags are left to the HTML table reader.
struct HtmlInlineTags: Repair {
    static let id = "html-tags"

    private static let tag = try! Pattern(#"</?(?:b|i|u|em|strong|span|font|p|br|div|sup|sub|a|hr)(?:\s[^<>]{0,200})?\s*/?>"#, options: .caseless)
    private static let spacedTag = try! Pattern(#" ?(?:"# + tag.source + #") ?"#, options: .caseless)
    private static let minimumTags = 2
    private static let lineBreak = try! Pattern(#"<br\s*/?>"#, options: .caseless)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let tagged = lines.indices.filter { lines[$0].text.containsByte(0x3C) && Self.tag.matches(lines[$0].text) }
        guard tagged.count >= Self.minimumTags
                || tagged.count == 1 && Self.tag.allMatches(in: lines[tagged[0]].text).count >= Self.minimumTags else { return nil }
        var replaced: [Int: [TextLine]] = [:]
        for i in tagged {
            let pieces = Self.brokenLines(lines[i]).map(Self.untagged).filter { !$0.isBlank }
            replaced[i] = pieces.isEmpty ? [lines[i].blanked] : pieces
        }
        return lines.indices.flatMap { replaced[$0] ?? [lines[$0]] }
    }

    /// `line` cut at its "<br>" tags, outside a table's row; the line itself when it has none with text on both sides.
    private static func brokenLines(_ line: TextLine) -> [TextLine] {
        guard !line.text.containsByte(0x7C) else { return [line] }
        let breaks = lineBreak.allMatches(in: line.text).map { $0.byteRange(0)! }
        guard !breaks.isEmpty else { return [line] }
        var pieces: [TextLine] = []
        var cursor = 0
        for (lower, upper) in breaks + [(line.text.utf8.count, line.text.utf8.count)] {
            pieces.append(line.slice(line.scalarOffset(utf8: cursor)..<line.scalarOffset(utf8: lower)))
            cursor = upper
        }
        // The spaces around a break are the HTML source's, not the page's layout.
        let withText = pieces.filter { !untagged($0).isBlank }.map { $0.trimmed() }
        return withText.count >= 2 ? withText : [line]
    }

    /// `line` without its tags. A space beside a tag is the tag's own separator already ("HOẠCH<br> Tổ chức"): one space
    /// is left, never two, which would read as a gap between columns. An indent before a tag is the HTML source's
    /// ("  <strong> LUẬT </strong>"), not the page's layout.
    private static func untagged(_ line: TextLine) -> TextLine {
        let stripped = line.removingMatches(of: spacedTag, separator: " ")
        return opensWithTag(line.text) ? stripped.trimmed() : stripped
    }

    /// `text` with its inline tags as single spaces, trimmed: what the page shows ("<br> KẾ HOẠCH<br> Tổ chức …" is
    /// "KẾ HOẠCH Tổ chức …"). For readers that run before this repair (`LeadingMatter`).
    static func shown(_ text: String) -> String {
        guard text.containsByte(0x3C) else { return text }
        return TextLine(text: text, line: 1).removingMatches(of: spacedTag, separator: " ").text.trimmingCharacters(in: .whitespaces)
    }

    private static func opensWithTag(_ text: String) -> Bool {
        guard let first = text.utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), text.utf8[first] == 0x3C else { return false }
        return tag.firstMatch(in: String(text[first...]))?.byteRange(0)?.0 == 0
    }
}
