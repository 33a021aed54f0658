import PCRE2
/// What stands above a document and is not part of it: notes a collector put there ("[Bản trích chữ …]",
/// "# … — BẢN TEXT", "*Source: …*"), a converter's front matter ("---" / "title: …" / "---"), and a web
/// page's chrome (copyright notices, a metadata table "Số hiệu: | 1936/QĐ-UBND", menus) before the header.
/// Nothing in it is the document's: the header is read without it and nothing in it is cited or dated.
enum LeadingMatter {
    /// A whole line in brackets, a Markdown heading, or a web copy's "*Source: …*".
    static let editorialNote = try! Pattern(#"^\s*(?:\[.*\]|#\s.*|\*(?:Source|Nguồn)\s*:.*\*)\s*$"#)

    private static let frontMatterFence = try! Pattern(#"^\s*---\s*$"#)
    /// A front matter's field ("title: …") or an item of a field's list ("version:" / "- vi" / "- en").
    private static let frontMatterField = try! Pattern(#"^\s*(?:[\w-]+\s*:|-\s+\S)"#)
    /// A number line with its digits or symbol ("Số: 12/QĐ-UBND", "Số: /KH-UBND"), or a draft's "Số:" alone with
    /// its symbol on a later line ("Số:" / "/TTr - THCS"), or with its running number left as dots ("Số: ……. /KH-THVBA").
    /// A party document's blank number keeps its hyphen ("Số -CV/ĐU", HD 36). A page's metadata label "Số / ký hiệu" is none.
    private static let numberLine = try! Pattern(#"^\W*Số\s*(?::?\s*(?:\d|[.…_\s]*/\s*\p{Lu}|-\s*\p{Lu}[\p{L}&]{0,7}\s*/)|:\s*$)"#, options: .caseless)
    /// A blank number's symbol on its own line: "/TTr - THCS", "/KH-UBND".
    private static let blankSymbol = try! Pattern(#"^\s*/\s*\p{Lu}[\p{Lu}\p{Ll}&Đđ]{0,7}\s*[-–]\s*\p{Lu}"#)

    private static let endsWithRule = try! Pattern(#"[-–—_=*~]{3,}\s*$"#)

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
        if let start = documentInFence(lines, from: i) { i = start }
        if let start = firstPageAfterNotes(lines, from: i) { i = start }
        if let start = headerAfterChrome(lines, from: i) { i = start } else if let start = headerUnderPageTitle(lines, from: i) { i = start }
        return lines[..<i].last { !$0.isBlank }?.lastLine ?? 0
    }

    /// The leading matter's lines that are the document's own footnote, which the text layer set before the header
    /// ("1 Nghị quyết số 05-NQ/ĐU ngày 26/12/2025 …" / … / "ĐẢNG BỘ TỈNH KHÁNH HOÀ"): a block after the notes (and a
    /// code fence) that opens as a footnote does, with no page's metadata in it. The header is read below it; what
    /// it cites is cited. `last`: the leading matter's last source line (`lastLine(in:)`).
    static func ownFootnote(in lines: [TextLine], through last: Int) -> [TextLine] {
        let leading = lines.prefix { $0.lastLine <= last }
        let start = leading.lastIndex(where: { codeFence.matches($0.text) || frontMatterFence.matches($0.text) }).map { $0 + 1 } ?? leading.startIndex
        let block = leading[start...].filter { !$0.isBlank }
        guard let opening = block.first, Footnotes.couldOpen(opening.text), block.count <= reach / 5,
              !block.contains(where: { siteMetadata.matches($0.text) || portalName.matches($0.text) || editorialNote.matches($0.text) })
        else { return [] }
        return block
    }

    /// Lines above the first page's mark that may be a collector's note.
    private static let notesAboveFirstPage = 40

    /// The line after a converter's mark of the first page ("===== TRANG 1 =====") when notes stand above it ("BẢN OCR TỰ ĐỘNG … CHỈ DÙNG ĐỂ TRA NHANH")
    /// and the header follows it: the document begins on its first page.
    private static func firstPageAfterNotes(_ lines: [TextLine], from first: Int) -> Int? {
        guard let mark = lines[first...].prefix(notesAboveFirstPage).firstIndex(where: { PageFurniture.pageOfMark($0.text) == 1 }),
              lines[first..<mark].contains(where: { !$0.isBlank }) else { return nil }
        let next = lines[(mark + 1)...].lazy.map { $0.text.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(4)
        guard next.contains(where: { HeaderPatterns.startsOrganisation($0) || HeaderPatterns.nationalTitleStart.matches($0)
                                        || HeaderPatterns.partyTitle.matches($0) || numberLine.matches($0) }) else { return nil }
        return mark + 1
    }

    /// A Markdown code fence ("```text") opening the document itself, a catalogue's summary above it ("# CV mời họp
    /// BTV" / "**Số hiệu:** 13-CV/ĐU | …" / "### 1. Vấn đề trọng tâm"): the header's lines follow the fence at once
    /// (a body's name, the party's or the state's title, a number line). The document begins after the fence.
    private static func documentInFence(_ lines: [TextLine], from first: Int) -> Int? {
        guard let fence = lines[first...].prefix(reach).firstIndex(where: { codeFence.matches($0.text) }) else { return nil }
        let next = lines[(fence + 1)...].lazy.map { $0.text.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(3)
        guard next.contains(where: { HeaderPatterns.startsOrganisation($0) || HeaderPatterns.nationalTitleStart.matches($0)
                                        || HeaderPatterns.standsAsPartyTitle($0) || numberLine.matches($0) }) else { return nil }
        return fence + 1
    }
    private static let codeFence = try! Pattern(#"^\s*```\s*(?:text|txt|plain)?\s*$"#, requiringOneOf: ["```"])

    /// The line after a page's title when the header's left column follows it at once ("HƯỚNG DẪN TUYỂN SINH
    /// TCCN 2016-2017" / "|" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO"): the standard prints the type name under the header,
    /// never above the issuer.
    private static func headerUnderPageTitle(_ lines: [TextLine], from first: Int) -> Int? {
        guard let title = lines[first...].prefix(10).firstIndex(where: { !$0.isBlank }),
              isPageTitle(lines[title].text.trimmingCharacters(in: .whitespaces)) else { return nil }
        let next = lines[(title + 1)...].lazy.map { $0.text.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "|" && !HeaderPatterns.separator.matches($0) }.prefix(3)
        return next.contains(where: opensLeftColumn) ? title + 1 : nil
    }

    /// A left column's first line: a body's name, in capitals or short, and no sentence ("UBND tỉnh thông báo để công dân
    /// biết." under a news copy's title is its body).
    private static func opensLeftColumn(_ text: String) -> Bool {
        HeaderPatterns.startsOrganisation(text) && !text.hasSuffix(".") && (VietnameseText.isUppercase(text) || text.count <= 60)
    }

    private static func skipNotes(_ lines: [TextLine], from start: Int) -> Int {
        var i = start
        while i < lines.count, lines[i].isBlank || editorialNote.matches(lines[i].text) && !holdsTheTitle(lines[i].text) { i += 1 }
        return i
    }

    /// The quốc hiệu or the party's title inside a line: a Markdown heading that holds it is the header itself
    /// ("# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), no note.
    private static let nationalOrPartyTitle = try! Pattern(#"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"#)
    private static func holdsTheTitle(_ text: String) -> Bool { nationalOrPartyTitle.matches(text) }

    /// The first line of the header when a page's chrome stands above it: the quốc hiệu comes late, the
    /// lines right above it read as a left column, and the lines before those are no header component (no
    /// number, no "V/v"): at least `chromeLines` of them, or fewer with the page's title or a "Kính gửi" among
    /// them (both stand under the header in the standard, never above its left column).
    private static func headerAfterChrome(_ lines: [TextLine], from first: Int) -> Int? {
        // A line of the header's right column: the quốc hiệu (or its first words, a web page's cell cut it), its
        // motto, or a party document's "ĐẢNG CỘNG SẢN VIỆT NAM".
        guard let title = lines[first...].prefix(reach).firstIndex(where: { line in
            (HeaderPatterns.nationalTitleStart.matches(line.text) || HeaderPatterns.motto.matches(line.text)
                || HeaderPatterns.standsAsPartyTitle(line.text)
                || line.text.utf8.first(where: { $0 != 0x20 }) == 0x43
                    && HeaderFragments.titleStart.matches(line.text.trimmingTrailing("|* ").trimmingCharacters(in: .whitespaces)))
                && !isPageTitle(line.text)
        }) else { return nil }
        var start = title, columnLines = 0
        // The top of the column read so far, not counting a công văn's subject under its number ("Số: 291/GDĐT-VP" /
        // "Về cho học sinh nghỉ học …" / "CỘNG HOÀ …", the left column read whole first): a subject tops no column.
        var top = title
        while start > first, columnLines <= leftColumnLines {
            let line = lines[start - 1]
            if !line.isBlank {
                let text = line.text.trimmingLeading("*|#_ ").trimmingTrailing("*|#_ ")
                let subject = isColumnSubject(text)
                guard !isPageTitle(text), text.isEmpty || HeaderPatterns.separator.matches(text) || numberLine.matches(text)
                        || blankSymbol.matches(text)
                        || VietnameseText.isUppercase(text) && text.count <= 60
                        || HeaderPatterns.numberAfterName.matches(text) && HeaderPatterns.startsOrganisation(text)
                        || subject && text.count <= 200 else { break }
                columnLines += 1
                if !subject { top = start - 1 }
            }
            start -= 1
        }
        start = lines[start..<top].allSatisfy { $0.isBlank || isColumnSubject($0.text.trimmingLeading("*|#_ ")) } ? top : start
        let chrome = lines[first..<start].filter { !$0.isBlank }
        // A page's title that copies the document's "V/v …" line printed again under the header.
        let copiedSubject = { (line: TextLine) in
            HeaderPatterns.subjectLead.matches(line.text)
                && lines[start...].prefix(40).contains { VietnameseText.collapse($0.text) == VietnameseText.collapse(line.text) }
        }
        guard chrome.count >= chromeLines
                || chrome.contains(where: { isPageTitle($0.text) || HeaderPatterns.addresseeLead.matches($0.text) || copiedSubject($0) })
                || chrome.count { siteMetadata.matches($0.text) } >= 2
                || chrome.contains(where: { portalName.matches($0.text) })
                || chrome.count >= 2 && chrome.allSatisfy(isRelatedDocument),
              !chrome.contains(where: { numberLine.matches($0.text) || HeaderPatterns.subjectLead.matches($0.text) && !copiedSubject($0) })
        else { return nil }
        return start
    }

    /// A công văn's subject as its left column prints it under the number: "V/v …" or "Về …".
    private static func isColumnSubject(_ text: String) -> Bool { text.hasPrefix("Về ") || HeaderPatterns.subjectLead.matches(text) }

    /// A document site's metadata ("Số hiệu: 182/KH-UBND Loại văn bản: Kế hoạch", "Ngày ban hành: 23/07/2021"), two
    /// lines of which mark the lines above the header as the page's.
    private static let siteMetadata = try! Pattern(#"^\W*(?:Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng)\s*:"#)

    /// A web portal's name ("CỔNG THÔNG TIN ĐIỆN TỬ", "Trang thông tin điện tử", "Cổng TTĐT"), which heads a page and never
    /// a document: no body of the state or the party is so named.
    private static let portalName = try! Pattern(#"^\W*(?:cổng|trang)\s+(?:thông\s+tin\s+điện\s+tử|TTĐT)\b"#, options: .caseless)

    /// An item of a legal site's list of related documents: "- 1Nghị định 47/2020/NĐ-CP về quản lý …".
    private static let relatedItem = try! Pattern(#"^[-•]\s*\d{1,2}\s*(?=\p{Lu})"#)
    private static func isRelatedDocument(_ line: TextLine) -> Bool {
        guard let m = relatedItem.firstMatch(in: line.text) else { return false }
        return isPageTitle(String(decoding: line.text.utf8.dropFirst(m.byteRange(0)!.1), as: UTF8.self))
    }

    /// A page's title naming the document by its type ("KẾ HOẠCH NĂM HỌC 2023-2024", "Công văn số: 5452/TCHQ-GSQL
    /// V/v …"): a type name and more words (a longer type name, "NGHỊ ĐỊNH THƯ", is no title). The standard prints the type name under the header, never above its left
    /// column. An appendix's "PHỤ LỤC" may head a form that has a header of its own.
    private static func isPageTitle(_ written: String) -> Bool {
        // Leading matter is read before the inline tags are removed: a title in "<br>" breaks is read as shown.
        let text = HtmlInlineTags.shown(written)
        // A number line ("Nghị quyết số: 17/2022/UBTVQH15"), or a crawler's title with the left column glued
        // on ("Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------"), is the header's.
        guard !HeaderPatterns.number.matches(text), !endsWithRule.matches(text), DocumentTypes.named(text) == nil else { return false }
        let words = text.split(separator: " ", maxSplits: 5)
        for length in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let candidate = words.prefix(length).joined(separator: " ")
            // Also a title without its marks ("HUONG DAN TUYEN SINH LOP 10", a document site's ASCII title).
            if let entry = DocumentTypes.named(candidate) ?? DocumentTypes.namedIgnoringTones(candidate) { return entry.name != "Phụ lục" }
        }
        return false
    }
}
