import PCRE2
/// Removes the inline HTML tags a document site's text view leaves in ("UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ …</b>",
/// "<i>Phan Thiết, ngày …</i>", "<br>"). Each tag becomes a space, so words it separated stay apart. Runs only
/// when the text shows at least two such tags (on two lines, or on one: a page's title "<br> KẾ HOẠCH<br> Tổ chức …");
/// table tags are left to the HTML table reader.
struct HtmlInlineTags: Repair {
    static let id = "html-tags"

    private static let tag = try! Pattern(#"</?(?:b|i|u|em|strong|span|font|p|br|div|sup|sub|a)(?:\s[^<>]{0,200})?\s*/?>"#, options: .caseless)
    private static let spacedTag = try! Pattern(#" ?(?:"# + tag.source + #") ?"#, options: .caseless)
    private static let minimumTags = 2

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let tagged = lines.indices.filter { lines[$0].text.containsByte(0x3C) && Self.tag.matches(lines[$0].text) }
        guard tagged.count >= Self.minimumTags
                || tagged.count == 1 && Self.tag.allMatches(in: lines[tagged[0]].text).count >= Self.minimumTags else { return nil }
        var result = lines
        for i in tagged {
            // A space beside the tag is the tag's own separator already ("HOẠCH<br> Tổ chức"): one space is left, never two,
            // which would read as a gap between columns.
            let stripped = lines[i].removingMatches(of: Self.spacedTag, separator: " ")
            // An indent before a tag is the HTML source's ("  <strong> LUẬT </strong>"), not the page's layout.
            result[i] = Self.opensWithTag(lines[i].text) ? stripped.trimmed() : stripped
        }
        return result
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
