import PCRE2

/// Footnote text at the foot of a page: a block that starts with "1 Các quy định …" where the same number
/// is glued as a mark to a word higher on that page ("khoáng sản1."), and runs to the page's end. Only
/// used to rank what a citation says: in the body a document is cited as its author meant; a footnote
/// that repeats it is the weaker witness when the two disagree.
enum Footnotes {
    /// The first line of a footnote: its number, then text starting with a capital.
    private static let start = try! Pattern(#"^\s*(?<n>\d{1,2})\s+\p{Lu}"#)

    /// Whether `text` could open a footnote ("1 Văn bản này được thống kê …"); whether it does depends on its page.
    static func couldOpen(_ text: String) -> Bool { start.matches(text) }

    /// A footnote mark glued to a word: a lowercase letter, then the number, then a boundary.
    private static let mark = try! Pattern(#"\p{Ll}(?<n>\d{1,2})(?=[.,;:)\s]|$)"#)

    /// Original line numbers (1-based) that hold footnote text. One pass per page; the marks seen so far on
    /// the page are kept in a set.
    static func lineNumbers(in lines: [TextLine]) -> Set<Int> {
        var result = Set<Int>()
        var marks = Set<Substring>()
        var footnoteOpen = false
        for (i, line) in lines.enumerated() {
            if i == 0 || line.startsPage { marks.removeAll(); footnoteOpen = false }
            if footnoteOpen {
                if !line.isBlank { result.formUnion(line.span.start.line...line.span.end.line) }
                continue
            }
            if !marks.isEmpty, let m = start.firstMatch(in: line.text), let n = m["n"], marks.contains(n) {
                footnoteOpen = true
                result.formUnion(line.span.start.line...line.span.end.line)
                continue
            }
            // Cheap test first: a digit right after a lowercase ASCII letter or the last byte of a non-ASCII one.
            var previous: UInt8 = 0, glued = false
            for byte in line.text.utf8 {
                if byte >= 0x30 && byte <= 0x39, previous >= 0x61 && previous <= 0x7A || previous >= 0x80 && previous <= 0xBF { glued = true; break }
                previous = byte
            }
            guard glued else { continue }
            for hit in mark.allMatches(in: line.text) { if let n = hit["n"] { marks.insert(n) } }
        }
        return result
    }
}
