import PCRE2
/// Turns the line-break escapes a scraper left in as text ("Quyết định số 1896/QĐ-TTg\r\nngày 25/12/2019",
/// "\r\n ỦY BAN NHÂN DÂN | \r\n") into spaces. They are the page source's own line wraps, which the page shows
/// as spaces; the text's real line breaks are its own. Runs only when at least two lines hold such escapes (a
/// backslash before "r", "n" or "t" is never Vietnamese prose); an escape opening a line is its indent, dropped.
struct EscapedLineBreaks: Repair {
    static let id = "escaped-line-breaks"

    private static let escape = try! Pattern(#"(?:\\r\\n|\\n|\\r|\\t)+"#)
    private static let minimumLines = 2

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let escaped = lines.indices.filter { lines[$0].text.containsByte(0x5C) && Self.escape.matches(lines[$0].text) }
        guard escaped.count >= Self.minimumLines else { return nil }
        var result = lines
        for i in escaped {
            result[i] = lines[i].removingMatches(of: Self.escape, separator: " ").trimmed()
        }
        return result
    }
}
