import PCRE2
/// Rejoins lines that PDF extraction broke in the middle of a sentence or a heading.
///
/// A line continues the previous one when nothing says a new block starts: no marker (I., 1., a), -, +,
/// Điều …), the previous line does not end a sentence, and an uppercase heading is not followed by
/// mixed-case text. A blank line always separates blocks. Runs on body and appendix text only, after
/// the header has been read.
enum UnbreakLines {
    static let id = "unbroken-lines"

    private static let blockStart = try! Pattern(#"^\s*(?:[“"](?=\s*(?:\d{1,3}[a-zđ]?\s*[.)]|[a-zđ]\s*\)|Điều\s+\d|Chương\s|Mục\s|Phần\s))|[-–—+•·▪●○◦*]\s|[-–—+•]\S|[IVXL]+\s*[.\-–)]|[IVXL]+/[\-–]?\s|[IVXL]+,\s+\p{Lu}{2}|\d{1,2}(?:\.\d{1,2}){0,3}(?:\s*[.)]|/?[\-–])(?:\s|$)|\d{1,2}(?:\.\d{1,2}){1,3}\s|[a-zđ]\s*\)|[a-zđ]\.\s+\p{Lu}|[A-Z]\s*-\s|Điều\s+\d|Chương\s+[IVXL\d]|CHƯƠNG\s|Mục\s+\d|MỤC\s|Phần\s|PHẦN\s|Nơi nhận|PHỤ LỤC|Phụ lục\s+[IVX\d]|\(Kèm theo|Căn cứ|Kính gửi|Trân trọng|TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M)"#)
    private static let headingMarker = try! Pattern(#"^\s*(?:[IVXL]+|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)\-–]\s+\S"#)
    /// A document's number and symbol and nothing else: "28/2013/NĐ-CP", "57-NQ/TW", "4280/SCT-CN".
    private static let bareNumber = try! Pattern(#"^\s*\d{1,5}(?:/\d{4})?[/-]\p{Lu}[\p{L}\d&.]*(?:[/-][\p{L}\d&.]+)*[,;]?\s*$"#)
    /// The cheap test before `bareNumber`: a short line whose first byte is a digit.
    private static func mayBeBareNumber(_ text: String) -> Bool {
        text.utf8.count <= 48 && text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }
    /// Whether `text` ends a sentence, white space after it aside: ".", ";", ":", "!" or "?", also inside its closing
    /// quote ("… ngày 19 tháng 11 năm 2022.”") or bracket (".)", ";)", ":)"), or Markdown's bold "**". Read from the
    /// end: it is asked of a paragraph at each line joined to it, and a pattern would scan the whole paragraph.
    static func endsSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().drop(while: { $0.properties.isWhitespace }).makeIterator()
        guard let last = scalars.next() else { return false }
        switch last {
        case ".", ";", ":", "!", "?": return true
        case "”", "\"", "’": return scalars.next().map { ".;!?".unicodeScalars.contains($0) } ?? false
        case ")": return scalars.next().map { ".;:".unicodeScalars.contains($0) } ?? false
        case "*": return scalars.next() == "*"
        default: return false
        }
    }

    /// The joined lines and whether anything was joined.
    static func apply(_ lines: [TextLine]) -> (lines: [TextLine], changed: Bool) {
        var result: [TextLine] = []
        var changed = false
        var previousBlank = true
        // The indent of the last line taken, as laid out: a paragraph joined from several lines has none of its own,
        // and a line laid out as far in as the one above it goes on the paragraph, unless that one stopped short.
        var lastLineIndent = 0, lastLineEnd = 0
        let fullLine = Self.fullLineEnd(lines)
        for line in lines {
            if line.isBlank { result.append(line); previousBlank = true; continue }
            let trimmed = line.trimmed()
            // A lowercase start after a blank line (a page break between) continues the sentence before it;
            // a line without letters there (a page number left by OCR) is not a sentence.
            var target = result.count - 1
            if previousBlank, VietnameseText.startsLowercase(trimmed.text),
               let index = result.lastIndex(where: { !$0.isBlank }),
               result[index].text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
               !endsSentence(result[index].text), !VietnameseText.isUppercase(result[index].text) {
                target = index
            }
            let joins = target >= 0 && (!previousBlank || target < result.count - 1)
                && result[target].scalarCount + trimmed.scalarCount < LongLines.limit
                && shouldJoin(result[target].text, trimmed.text, indent: line.indent,
                              lastIndent: target == result.count - 1 ? lastLineIndent : result[target].indent,
                              lastStoppedShort: target == result.count - 1 && lastLineEnd * 4 < fullLine * 3)
            if joins {
                result.removeSubrange((target + 1)...)
                result[target].append(trimmed)
                changed = true
            } else {
                result.append(trimmed.withIndent(line.indent))
            }
            lastLineIndent = line.indent
            lastLineEnd = Self.end(of: line)
            previousBlank = false
        }
        return (result, changed)
    }

    /// A number or Roman numeral at a line's start, then the punctuation a marker would have.
    private static let wrappedNumber = try! Pattern(#"^(?:\d{1,3}|[IVXL]{1,5})[.,)]"#)
    /// Words always followed by a number: a term, a rank, an article.
    /// ("số" and "điểm" end headings too: "Về nhận thức số", "QUAN ĐIỂM".)
    private static let numberWords: Set<String> = ["khóa", "khoá", "thứ", "lần", "điều", "khoản", "chương"]

    /// Whether `next` opens with the number that `previous` asks for (by its last word, or a bracket it left open).
    static func continuesWithNumber(_ previous: String, _ next: String) -> Bool {
        // The cheap test first: the next line opens with a digit or a Roman numeral's letter.
        guard let first = next.utf8.first, first >= 0x30 && first <= 0x39 || first == 0x49 || first == 0x56 || first == 0x58 || first == 0x4C
        else { return false }
        return wrappedNumber.matches(next) && asksForNumber(previous, next)
    }

    /// Whether `previous` ends in a word that takes a number, or leaves a bracket open that `next` closes.
    private static func asksForNumber(_ previous: String, _ next: String) -> Bool {
        if VietnameseText.isUppercase(previous) { return false }
        let lastWord = previous.utf8.lastIndex(of: 0x20).map { previous[previous.index(after: $0)...] } ?? previous[...]
        if numberWords.contains(lastWord.lowercased()) { return true }
        // "điểm" and "tiết" cite a part after a letter or a preposition ("… tại tiết a điểm" / "5.1 khoản 5 …"), and
        // end a heading's noun otherwise ("Quan điểm", "Địa điểm").
        if lastWord == "điểm" || lastWord == "tiết" {
            let words = VietnameseText.lastWords(previous, count: 2)
            let before = words.count == 2 ? words[0].lowercased() : ""
            return before.count == 1 || ["tại", "theo", "và", "của", "các"].contains(before)
        }
        guard next.unicodeScalars.prefix(7).contains(")") else { return false }
        var open = 0
        for scalar in previous.unicodeScalars { if scalar == "(" { open += 1 } else if scalar == ")" { open = max(0, open - 1) } }
        return open > 0
    }

    private static let articleNumber = try! Pattern(#"^\d{1,3}[a-z]?\s*[.:]"#)
    /// "Điều 10, Điều 11 …", "Mục 3, Phần VII", "Chương VI, Điều 1; …", "Điều 4 của Nghị định …" opening a line: a part of
    /// an act named, a comma, semicolon or a word after it, no title of its own.
    private static let citedUnit = try! Pattern(#"^(?:Điều\s+\d{1,3}[a-z]?|(?:Mục|Chương|Phần)\s+(?:\d{1,2}|[IVXL]{1,6}))(?:\s*[,;]|\s+(?:và|của|Luật|Nghị|Thông|Quyết|khoản|Điều|Mục|Chương|Phần|Phụ)\b)"#)
    /// An article's number, then its title with a capital and no stop after the number ("Điều 5 Điều khoản thi hành"),
    /// at least two words of title: "Điều 27 Nghị" is a cited decree's name cut by a table's column.
    private static let unpunctuatedArticle = try! Pattern(#"^Điều\s+\d{1,3}[a-z]?\s+\p{Lu}\S*\s+\S[^.;:]*$"#)
    /// "Điều 10." alone: an article named at a sentence's end, or an article's heading with its title on the next line.
    private static let articleAlone = try! Pattern(#"^Điều\s+\d{1,3}[a-z]?\.\s*$"#)
    /// Whether `previous` leads on to a part of an act cited at the start of `next`: after a word that leads on ("tại",
    /// "theo", "tên") or a khoản, điểm or tiết cited just before ("… tại khoản 3 và khoản 4" / "Điều 23."), any citation;
    /// after a comma only one that goes on ("… và điểm ii," / "Mục 3, Phần VII,"), since a preamble may end on a comma
    /// above its first heading ("Quốc hội ban hành Luật thuế giá trị gia tăng," / "Chương 1.").
    private static func continuesWithCitedUnit(_ previous: String, _ next: String) -> Bool {
        guard citedUnitOpeners.contains(where: { next.utf8.starts(with: $0) }) else { return false }
        let words = VietnameseText.lastWords(previous, count: 2).map { $0.lowercased() }
        let leadsOn = VietnameseText.endsLeadingOn(previous) || words.last == "tên"
            || words.count == 2 && ["khoản", "điểm", "tiết"].contains(words[0]) && words[1].count <= 4
        if leadsOn { return citedUnit.matches(next) || articleAlone.matches(next) }
        return previous.hasSuffix(",") && citedUnit.matches(next)
    }

    /// The words a cited part of an act opens with, as bytes (a line's start is compared byte by byte).
    private static let citedUnitOpeners = ["Điều ", "Mục ", "Chương ", "Phần "].map { Array($0.utf8) }

    /// Where a line's text ends as laid out, in scalars from the line's start (its indent and its text).
    private static func end(of line: TextLine) -> Int { line.scalarCount - line.trailingSpaces }

    /// Where a full line of the text ends: the ninth tenth of the lines' ends.
    private static func fullLineEnd(_ lines: [TextLine]) -> Int {
        let ends = lines.lazy.filter { !$0.isBlank }.map(end(of:)).sorted()
        return ends.isEmpty ? 0 : ends[ends.count * 9 / 10]
    }

    /// `lastStoppedShort`: the line above, laid out, ended well before a full line does.
    static func shouldJoin(_ previous: String, _ next: String, indent: Int, lastIndent: Int, lastStoppedShort: Bool = false) -> Bool {
        // "Điều" alone, its number on the next line (a web page's table cell per piece): one heading.
        if previous == "Điều" || previous == "ĐIỀU", articleNumber.matches(next) { return true }
        // A number the line's last word asks for, wrapped onto the next line, is no marker ("… vòng thi thứ" /
        // "14.", "… khóa" / "XII,", "(Khóa" / "XI) họp …").
        if continuesWithNumber(previous, next) { return true }
        // A part of an act cited across a line break ("… thành cụm từ “khoản 2 Điều 16” tại" / "Điều 10.", "… và điểm ii,"
        // / "Mục 3, Phần VII,"): the line before leads on to it, which no line before a heading does.
        if Self.continuesWithCitedUnit(previous, next) { return true }
        if blockStart.matches(next) { return false }
        // A rule ("-----" under a party document's subject, a separator) is no sentence to go on.
        if ListBullet.isRule(previous) || ListBullet.isRule(next) { return false }
        // A short numbered heading ("2. Các phòng, đơn vị thuộc Sở") followed by a capitalised line.
        // Not when it stops on a word that leads on ("2. Thông tư 05/2022/TT-BNNPTNT ngày" / "25 tháng 7 năm 2022 …").
        if previous.utf8.count < 240, headingMarker.matches(previous), previous.unicodeScalars.count < 60, !VietnameseText.startsLowercase(next),
           !VietnameseText.endsLeadingOn(previous) { return false }
        // An article's heading without its stop ("Điều 5 Điều khoản thi hành") over a sentence that starts with a
        // capital: the heading ends at its line.
        if previous.utf8.count < 120, previous.hasPrefix("Điều "), unpunctuatedArticle.matches(previous), !VietnameseText.startsLowercase(next),
           !VietnameseText.endsLeadingOn(previous) { return false }
        // A cited number alone on its line is neither a heading in capitals nor a sentence's start: "… Nghị định
        // số" / "28/2013/NĐ-CP" / "ngày 04/4/2013 của Chính phủ …" is one sentence.
        if Self.mayBeBareNumber(next), bareNumber.matches(next) { return !Self.endsSentence(previous) }
        if Self.mayBeBareNumber(previous), bareNumber.matches(previous) { return VietnameseText.startsLowercase(next) }
        let previousUpper = VietnameseText.isUppercase(previous)
        let nextUpper = VietnameseText.isUppercase(next)
        if previousUpper != nextUpper { return VietnameseText.startsLowercase(next) && !previousUpper }
        if Self.endsSentence(previous) { return VietnameseText.startsLowercase(next) && !previous.hasSuffix(":") && !previous.hasSuffix(";") }
        // Layout text: an indented line after a flush one starts a paragraph, and so does one after a line that stopped
        // short ("Người đại diện theo pháp luật của Công ty" / "Ông Phạm Quốc Việt; …").
        if indent >= 4 && (indent > lastIndent + 2 || lastStoppedShort) && !VietnameseText.startsLowercase(next) { return false }
        return true
    }
}

extension TextLine {
    /// The same line, remembered as indented by `indent` spaces in the original layout.
    func withIndent(_ indent: Int) -> TextLine {
        var copy = self
        copy.layoutIndent = indent
        return copy
    }
}
