/// The marks a list item opens with: the hyphen most documents type, the dashes and bullets that Word's lists and
/// symbol fonts print instead ("– Như trên;", "• Lưu: VT."), and "+" for an item of the second level.
enum ListBullet {
    /// The hyphen, the en and em dash and the hyphen's look-alikes; "+"; the bullets of Word's lists (a symbol
    /// font's bullet reads "•", `LineReader`).
    static let marks: Set<Character> = [
        "-", "–", "—", "‐", "−", "⁃", "+", "•", "·", "▪", "●", "○", "◦", "■", "□", "➢", "►", "❖", "✓",
    ]

    /// The marks as a character class of a pattern ("[\-+–—•…]"), for the patterns that open an item with one.
    static let patternClass = "[" + marks.map { $0 == "-" ? "\\-" : String($0) }.sorted().joined() + "]"

    /// Whether `text` opens with a mark, a space after it or not ("- Như trên;", "-Như trên;").
    static func opens(_ text: some StringProtocol) -> Bool { text.first.map(marks.contains) ?? false }

    /// Whether `text` is a rule drawn with characters ("-----" under a party document's subject, Markdown's "---"
    /// between pages): three or more of "-–—_=*~." and nothing else but spaces. It opens no item.
    static func isRule(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars where scalar != " " {
            guard "-–—_=*~.".unicodeScalars.contains(scalar) else { return false }
            count += 1
        }
        return count >= 3
    }
}
