import PCRE2

/// Gives back the letters a legacy Vietnamese font's text layer prints as other letters, where the printed
/// word cannot be Vietnamese: "cơng" → "công", "KRƠNG" → "KRÔNG", "PHỊNG" → "PHÒNG".
///
/// Documents typed in TCVN3/VNI fonts and exported to PDF often map "ô" to the glyph of "ơ" and "ò" to that of
/// "ị". The rhymes "ơng" (without the "ư" of "ương") and "ịng" do not exist in Vietnamese, so a word ending in
/// one is certainly a misprint; other words ("cơ", "nơ", "hịa") could be real and are left as they are. A font
/// misprints every "công" of a document, OCR now and then reads "Long" as "Lơng": a single such word is taken
/// for OCR's slip and left, two or more for the font's. Each letter is replaced by one letter, so every
/// position still points at the original.
struct FontCollisions: Repair {
    static let id = "font-collisions"

    /// Inside a word, "ơ" (any tone) before a final "ng" and not after "ư"; "ị" before a final "ng".
    private static let misprint = try! Pattern(#"(?<=\p{L})(?:(?<![ưứừửữựƯỨỪỬỮỰ])[ơớờởỡợƠỚỜỞỠỢ](?=(?:ng|NG)(?!\p{L}))|ị(?=ng(?!\p{L}))|Ị(?=NG(?!\p{L})))"#)
    /// Misprints in a document from which on they are the font's.
    private static let systematic = 2

    private static let letters: [Character: Character] = [
        "ơ": "ô", "ớ": "ố", "ờ": "ồ", "ở": "ổ", "ỡ": "ỗ", "ợ": "ộ",
        "Ơ": "Ô", "Ớ": "Ố", "Ờ": "Ồ", "Ở": "Ổ", "Ỡ": "Ỗ", "Ợ": "Ộ",
        "ị": "ò", "Ị": "Ò",
    ]

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let found = lines.indices.map { ($0, Self.misprint.allMatches(in: lines[$0].text)) }.filter { !$0.1.isEmpty }
        guard found.reduce(0, { $0 + $1.1.count }) >= Self.systematic else { return nil }
        var result = lines
        var changed = false
        for (i, matches) in found {
            let line = lines[i]
            var text = line.text
            for m in matches.reversed() {
                guard let range = m.range(0), let letter = text[range].first, let fixed = Self.letters[letter] else { continue }
                text.replaceSubrange(range, with: String(fixed))
            }
            if let respelled = line.respelled(text) {
                result[i] = respelled
                changed = true
            }
        }
        return changed ? result : nil
    }
}
