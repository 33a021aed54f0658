import PCRE2
/// Drops page furniture: a lone page number at a page break ("\f2", or "- 3 -" just before one), and
/// "Trang 2/5" lines. Row numbers of tables look the same but sit away from page breaks, so they stay.
struct PageFurniture: Repair {
    static let id = "page-numbers"

    private static let pageNumber = try! Pattern(#"^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*-)?\s*$"#, options: .caseless)

    /// Page markers of converters ("===== Trang 1 =====", "--- PAGE BREAK ---") and running headers with a page
    /// number ("18.KLTW7S.DOC 2"), wherever they stand.
    private static let marker = try! Pattern(#"^\s*=+\s*(?:Trang|Page)\s+\d+\s*=+\s*$|^\s*-{2,}\s*PAGE\s+BREAK\s*-{2,}\s*$|^\s*[\w.-]+\.DOC\s+\d{1,3}\s*$"#, options: .caseless)

    /// A lone page number, for the gazette's running header beside it.
    static func isPageNumber(_ text: String) -> Bool { pageNumber.matches(text) }

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var drop = Set<Int>()
        for i in lines.indices where Self.marker.matches(lines[i].text) { drop.insert(i) }
        for i in lines.indices where Self.pageNumber.matches(lines[i].text) {
            let atBreak = lines[i].startsPage
            let beforeBreak = nextText(after: i, in: lines).map { lines[$0].startsPage } ?? true
            if atBreak || beforeBreak { drop.insert(i) }
        }
        return drop.isEmpty ? nil : lines.dropping(drop)
    }

    private func nextText(after i: Int, in lines: [TextLine]) -> Int? {
        var j = i + 1
        while j < lines.count, lines[j].isBlank, !lines[j].startsPage { j += 1 }
        return j < lines.count ? j : nil
    }
}
