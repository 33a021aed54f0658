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

    /// The cheap test before the pattern: "ng" or "NG" right after the UTF-8 of "ơ"/"Ơ" (C6 A0–A1), a toned one
    /// (E1 BB 9A–A3) or "ị"/"Ị" (E1 BB 8A–8B).
    private static func mayHoldOne(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 3..<bytes.count where bytes[i] | 0x20 == 0x67 && bytes[i - 1] | 0x20 == 0x6E {
                let c = bytes[i - 2], b = bytes[i - 3]
                if b == 0xC6 && (c == 0xA0 || c == 0xA1) { return true }
                if i >= 4, bytes[i - 4] == 0xE1, b == 0xBB, 0x8A...0x8B ~= c || 0x9A...0xA3 ~= c { return true }
            }
            return false
        }
    }

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let found = lines.indices.filter { Self.mayHoldOne(lines[$0].text) }
            .map { ($0, Self.misprint.allMatches(in: lines[$0].text)) }.filter { !$0.1.isEmpty }
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
