/// Rejoins capitals that OCR or extraction set apart letter by letter: "T H A Y M Ặ T C H ÍN H P H Ủ" →
/// "THAY MẶT CHÍNH PHỦ", "C H Ư Ơ N G IV" → "CHƯƠNG IV" (ABBYY reads letter-spaced headings so).
///
/// Only lines in capitals with many one-letter pieces are touched (a heading, a signature head). Pieces
/// are joined, never cut: the line is regrouped into the fewest words that each spell one Vietnamese
/// syllable, and a piece that joins nothing ("IV", a number) stays a word of its own.
struct LetterSpacedWords: Repair {
    static let id = "letter-spacing"

    /// At least this many one-letter pieces, and at least this share of all pieces, mark a spaced line.
    private static let minimumSingles = 3
    private static let minimumShare = 0.4
    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var result = lines
        var changed = false
        for (i, line) in lines.enumerated() where VietnameseText.isUppercase(line.text) {
            if let joined = Self.rejoined(line) {
                result[i] = joined
                changed = true
            }
        }
        return changed ? result : nil
    }

    /// The line with its spaced letters joined into words, or nil when it is not letter-spaced.
    static func rejoined(_ line: TextLine) -> TextLine? {
        let pieces = SyllableGroups.pieces(of: line.text)
        let singles = pieces.filter { $0.text.count == 1 && $0.text.first!.isLetter }.count
        guard singles >= minimumSingles, Double(singles) >= minimumShare * Double(pieces.count) else { return nil }
        let groups = SyllableGroups.fewestWords(pieces.map(\.text))
        guard groups.count < pieces.count else { return nil }
        return SyllableGroups.regrouped(line, pieces: pieces.map(\.range), groups: groups)
    }
}
