import PCRE2
/// Rejoins a document number that extraction broke across lines: "57-" / "NQ/TW", "26/2021/TT-" /
/// "BGTVT", "Số: 2449 -" / "CV/ĐU", "119/2026/" / "UBTVQH15". The two lines become one, without a space at the join.
struct SplitNumbers: Repair {
    static let id = "split-numbers"

    /// A line ending in the first half of a number: digits and a dash or slash, or a code and a dash.
    private static let head = try! Pattern(#"(?:\b\d{1,5}\s*[-/]|\b\d{1,5}/\d{4}/\p{Lu}{1,6}\s*-|\b\d{1,5}/\p{Lu}[\p{Lu}\p{Ll}]{0,5}\s*-)\s*$"#)
    /// A line starting with the second half: a code followed by "/" or "-", or a bare code ending the number.
    /// A code may end in a term's digits ("UBTVQH15").
    private static let tail = try! Pattern(#"^\s*\p{Lu}[\p{Lu}\p{Ll}]{0,7}\d{0,2}(?:\s*[/-]\s*\p{Lu}[\p{Lu}\p{Ll}\d]{0,9})*(?=[\s.,;:)]|$)"#)
    /// A legal act's number cut after its year: "119/2026/" / "UBTVQH15" (a bare code completes it).
    private static let afterYear = try! Pattern(#"\b\d{1,5}/\d{4}/\s*$"#)

    /// A head that is only a running number and a dash ("Số: 2449 -", but also "ĐIỀU 1 -"): its tail must carry
    /// the rest of the symbol, a "/" or "-" ("CV/ĐU"), not a bare word ("NGHỊ QUYẾT …").
    private static let digitsOnlyHead = try! Pattern(#"(?:^|[^/\d])\d{1,5}\s*-\s*$"#)

    /// A header's number line whose symbol ends in a hyphen: "Số: 255 / BC-BCĐPCGD-".
    private static let labelledHead = try! Pattern(#"^\s*Số\s*:?\s*\d{1,5}\s*/\s*\p{Lu}[\p{Lu}\p{Ll}&]{0,9}(?:\s*-\s*\p{Lu}[\p{Lu}\p{Ll}&]{0,9})*\s*-\s*$"#)
    /// A code alone on its line, a symbol's last part: "XMC", "UBND".
    private static let codeLine = try! Pattern(#"^\s*\p{Lu}[\p{Lu}\d]{1,7}\s*$"#)

    /// The index of the code that ends a number cut in its cell: the first line after `start` that is not blank and
    /// not the right column's (quốc hiệu, motto, place and date), within four lines.
    private static func codeAfterRightColumn(_ lines: [TextLine], from start: Int) -> Int? {
        var i = start, seen = 0
        while i < lines.count, seen < 4 {
            let text = lines[i].text
            if !lines[i].isBlank {
                if codeLine.matches(text) { return isCode(Substring(text)) ? i : nil }
                guard HeaderPatterns.placeDate.matches(text) || HeaderPatterns.motto.matches(text)
                        || HeaderPatterns.nationalTitle.matches(text) else { return nil }
                seen += 1
            }
            i += 1
        }
        return nil
    }

    /// Whether a tail is written in a symbol's letters: Latin capitals, Đ, and the lower case of "TTg", "TTr"
    /// (no tone marks: "NGHỊ" is a word).
    private static func isCode(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII || $0 == "Đ" || $0 == "đ" }
    }

    /// The cheap test before `head`: the last non-space byte is "-" or "/".
    private static func endsInDashOrSlash(_ text: String) -> Bool {
        guard let last = text.utf8.last(where: { $0 != 0x20 }) else { return false }
        return last == 0x2D || last == 0x2F
    }

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var result: [TextLine] = []
        var changed = false
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if i + 1 < lines.count, Self.endsInDashOrSlash(line.text), Self.head.matches(line.text),
               let tailMatch = Self.tail.firstMatch(in: lines[i + 1].text),
               let code = tailMatch[0], Self.isCode(code),
               code.contains("/") || code.contains("-") || line.text.hasSuffix("-") && !Self.digitsOnlyHead.matches(line.text)
                || Self.afterYear.matches(line.text) {
                result.append(line.trimmed().joined(with: lines[i + 1].trimmed(), separator: ""))
                changed = true
                i += 2
                continue
            }
            // The number's line of the header cut in its cell after a hyphen, the right column's lines read between
            // ("Số: 255 / BC-BCĐPCGD-" / "Nga Sơn, ngày 13 tháng 11 năm 2020" / "XMC"): the code alone on its line
            // ends the number.
            if Self.endsInDashOrSlash(line.text), line.text.hasSuffix("-"), Self.labelledHead.matches(line.text),
               let tailIndex = Self.codeAfterRightColumn(lines, from: i + 1) {
                result.append(line.trimmed().joined(with: lines[tailIndex].trimmed(), separator: ""))
                result += lines[(i + 1)..<tailIndex]
                changed = true
                i = tailIndex + 1
                continue
            }
            result.append(line)
            i += 1
        }
        return changed ? result : nil
    }
}
