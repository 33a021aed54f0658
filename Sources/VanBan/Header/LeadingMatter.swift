import PCRE2
/// What stands above a document and is not part of it: notes a collector put there ("[Bản trích chữ …]",
/// "# … — BẢN TEXT", "*Source: …*"), a converter's front matter ("---" / "title: …" / "---"), and a web
/// page's chrome (copyright notices, a metadata table "Số hiệu: | 1936/QĐ-UBND", menus) before the header.
/// Nothing in it is the document's: the header is read without it and nothing in it is cited or dated.
enum LeadingMatter {
    /// A whole line in brackets, a Markdown heading, or a web copy's "*Source: …*".
    static let editorialNote = try! Pattern(#"^\s*(?:\[.*\]|#\s.*|\*(?:Source|Nguồn)\s*:.*\*)\s*$"#)

    private static let frontMatterFence = try! Pattern(#"^\s*---\s*$"#)
    private static let frontMatterField = try! Pattern(#"^\s*[\w-]+\s*:"#)
    /// A number line with its digits or symbol ("Số: 12/QĐ-UBND", "Số: /KH-UBND").
    private static let numberLine = try! Pattern(#"^\W*Số\s*:?\s*[\d/]"#, options: .caseless)

    /// Lines of a header's left column at most: parent and issuer, separators, number, a wrapped "V/v".
    private static let leftColumnLines = 12
    /// Lines before the header from which on they are a page's chrome rather than a column printed first.
    private static let chromeLines = 10
    /// How far down the header may start below a page's chrome (lines).
    private static let reach = 150

    /// The number of the last source line of leading matter; 0 when the document starts at once.
    static func lastLine(in lines: [TextLine]) -> Int {
        var i = skipNotes(lines, from: 0)
        if i < lines.count, frontMatterFence.matches(lines[i].text),
           let close = lines[(i + 1)...].prefix(40).firstIndex(where: { frontMatterFence.matches($0.text) }),
           lines[(i + 1)..<close].allSatisfy({ $0.isBlank || frontMatterField.matches($0.text) }) {
            i = skipNotes(lines, from: close + 1)
        }
        if let start = headerAfterChrome(lines, from: i) { i = start }
        return lines[..<i].last { !$0.isBlank }?.lastLine ?? 0
    }

    private static func skipNotes(_ lines: [TextLine], from start: Int) -> Int {
        var i = start
        while i < lines.count, lines[i].isBlank || editorialNote.matches(lines[i].text) { i += 1 }
        return i
    }

    /// The first line of the header when a page's chrome stands above it: the quốc hiệu comes late, the
    /// lines right above it read as a left column, and at least `chromeLines` lines before those are no
    /// header component (no number, no "V/v").
    private static func headerAfterChrome(_ lines: [TextLine], from first: Int) -> Int? {
        // A line of the header's right column: the quốc hiệu, its motto, or a party document's "ĐẢNG CỘNG SẢN VIỆT NAM".
        guard let title = lines[first...].prefix(reach).firstIndex(where: { line in
            HeaderPatterns.nationalTitleStart.matches(line.text) || HeaderPatterns.motto.matches(line.text)
                || HeaderPatterns.partyTitle.matches(line.text)
        }) else { return nil }
        var start = title, columnLines = 0
        while start > first, columnLines <= leftColumnLines {
            let line = lines[start - 1]
            if !line.isBlank {
                let text = line.text.trimmingLeading("*|#_ ").trimmingTrailing("*|#_ ")
                guard text.isEmpty || HeaderPatterns.separator.matches(text) || numberLine.matches(text)
                        || VietnameseText.isUppercase(text) && text.count <= 60 else { break }
                columnLines += 1
            }
            start -= 1
        }
        let chrome = lines[first..<start].filter { !$0.isBlank }
        guard chrome.count >= chromeLines,
              !chrome.contains(where: { numberLine.matches($0.text) || HeaderPatterns.subjectLead.matches($0.text) }) else { return nil }
        return start
    }
}
