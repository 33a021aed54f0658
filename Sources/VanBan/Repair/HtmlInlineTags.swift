import PCRE2
/// Removes the inline HTML tags a document site's text view leaves in ("UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ …</b>",
/// "<i>Phan Thiết, ngày …</i>", "<br>"). Each tag becomes a space, so words it separated stay apart. Runs only
/// when the text shows such tags on at least two lines; table tags are left to the HTML table reader.
struct HtmlInlineTags: Repair {
    static let id = "html-tags"

    private static let tag = try! Pattern(#"</?(?:b|i|u|em|strong|span|font|p|br|div|sup|sub|a)(?:\s[^<>]{0,200})?\s*/?>"#, options: .caseless)
    private static let minimumLines = 2

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let tagged = lines.indices.filter { lines[$0].text.containsByte(0x3C) && Self.tag.matches(lines[$0].text) }
        guard tagged.count >= Self.minimumLines else { return nil }
        var result = lines
        for i in tagged {
            let stripped = lines[i].removingMatches(of: Self.tag, separator: " ")
            // An indent before a tag is the HTML source's ("  <strong> LUẬT </strong>"), not the page's layout.
            result[i] = Self.opensWithTag(lines[i].text) ? stripped.trimmed() : stripped
        }
        return result
    }

    private static func opensWithTag(_ text: String) -> Bool {
        guard let first = text.utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), text.utf8[first] == 0x3C else { return false }
        return tag.firstMatch(in: String(text[first...]))?.byteRange(0)?.0 == 0
    }
}
