import PCRE2
/// Drops page furniture: a lone page number at a page break ("\f2", or "- 3 -" just before one), and
/// "Trang 2/5" lines. Row numbers of tables look the same but sit away from page breaks, so they stay.
/// A document site that prints each page on one line puts the page's counter before it ("  1. ỦY BAN NHÂN
/// DÂN … CỘNG HÒA XÃ HỘI …"): the counter goes, the page stays.
struct PageFurniture: Repair {
    static let id = "page-numbers"

    private static let pageNumber = try! Pattern(#"^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*-)?\s*$"#, options: .caseless)

    /// Page markers of converters ("===== Trang 1 =====", "--- PAGE BREAK ---", "--- PAGE 1 ---", a Markdown heading
    /// "# PAGE 1" between rules of "="), running
    /// headers with a page number ("18.KLTW7S.DOC 2"), and a page-number field printed as its code by a
    /// converter that could not run it ("PAGE \* MERGEFORMAT 2", LibreOffice's PDF of a Word draft), wherever
    /// they stand.
    private static let marker = try! Pattern(#"^\s*=+\s*(?:Trang|Page)\s+(?<n>\d+)\s*=+\s*$|^\s*-{2,}\s*(?:PAGE|Trang)\s+(?:BREAK|(?<m>\d{1,4}))\s*-{2,}\s*$|^\s*[\w.-]+\.DOC\s+\d{1,3}\s*$|^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\s+(?:\\\*\s*)?(?:MERGEFORMAT|Arabic)\s*\d{0,4}\s*$|^\s*#{1,4}\s*(?:PAGE|Trang)\s+(?<h>\d{1,4})\s*$"#, options: .caseless)

    /// The page a converter's mark opens ("===== TRANG 1 =====", "--- PAGE 1 ---" → 1); nil for other lines and
    /// for marks without a number ("--- PAGE BREAK ---").
    static func pageOfMark(_ text: String) -> Int? {
        guard let m = marker.firstMatch(in: text) else { return nil }
        return (m["n"] ?? m["m"] ?? m["h"]).flatMap { Int($0) }
    }

    /// The line numbers of the first line with text on each page after the first (a form feed or a converter's
    /// page mark before it, blank lines between).
    static func pageOpeners(_ lines: [TextLine]) -> Set<Int> {
        var openers = Set<Int>()
        var pending = false
        for line in lines {
            pending = pending || line.startsPage
            if pending, !line.isBlank { openers.insert(line.firstLine); pending = false }
        }
        return openers
    }

    /// A lone page number, for the gazette's running header beside it.
    static func isPageNumber(_ text: String) -> Bool { pageNumber.matches(text) }

    /// A page counter before a whole page on one line; the page opens with its header.
    private static let pageCounter = try! Pattern(#"^\s*\d{1,3}\.\s+(?=\p{Lu}{2})"#)
    /// Scalars: a line this long is a page printed on one line, not a numbered item.
    private static let pageOnOneLine = 300

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var lines = lines
        var counters = false
        for i in lines.indices where lines[i].scalarCount > Self.pageOnOneLine {
            guard let m = Self.pageCounter.firstMatch(in: lines[i].text) else { continue }
            let rest = lines[i].slice(lines[i].scalarOffset(utf8: m.byteRange(0)!.1)..<lines[i].scalarCount)
            guard HeaderPatterns.startsOrganisation(rest.text) || HeaderPatterns.nationalTitleStart.firstMatch(in: rest.text)?.byteRange(0)?.0 == 0
            else { continue }
            var page = rest
            page.startsPage = lines[i].startsPage
            lines[i] = page
            counters = true
        }
        var drop = Set<Int>()
        // A converter's page marker is a page break: the line after it opens the page.
        var markers = Set<Int>()
        for i in lines.indices where Self.marker.matches(lines[i].text) {
            lines[i].startsPage = true
            markers.insert(i)
        }
        drop.formUnion(markers)
        for i in lines.indices where Self.pageNumber.matches(lines[i].text) {
            // At a break also right under a page marker ("===== Trang 17 =====" / "17").
            let atBreak = lines[i].startsPage || previousText(before: i, in: lines).map(markers.contains) == true
            let beforeBreak = nextText(after: i, in: lines).map { lines[$0].startsPage } ?? true
            // Right under a signing stamp's time it is the number the stamp gave the document (`StampedNumber`).
            let stamped = i > 0 && HeaderPatterns.signingTimeLine.matches(lines[i - 1].text)
            if (atBreak || beforeBreak) && !continuesNumbering(i, in: lines) && !stamped { drop.insert(i) }
        }
        return drop.isEmpty ? (counters ? lines : nil) : lines.dropping(drop)
    }

    /// Whether the number alone at `i` goes on from a number alone just above it ("11" / "12" before a page
    /// break): the last of a column of row numbers, not the page's number.
    private func continuesNumbering(_ i: Int, in lines: [TextLine]) -> Bool {
        guard let value = Int(lines[i].trimmed().text), i > 0,
              let above = Int(lines[i - 1].trimmed().text) else { return false }
        return above == value - 1
    }

    private func previousText(before i: Int, in lines: [TextLine]) -> Int? {
        var j = i - 1
        while j >= 0, lines[j].isBlank { j -= 1 }
        return j >= 0 ? j : nil
    }

    private func nextText(after i: Int, in lines: [TextLine]) -> Int? {
        var j = i + 1
        while j < lines.count, lines[j].isBlank, !lines[j].startsPage { j += 1 }
        return j < lines.count ? j : nil
    }
}
