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
            result.append(line)
            i += 1
        }
        return changed ? result : nil
    }
}
