/// Rejoins words that OCR split inside running text: "V iệ t Nam", "N g hị định", "Bắc K in h", "vận tả i".
///
/// ABBYY cuts a word where its letters stand apart on the scan. A piece that cannot be a word on its own
/// (a lone consonant, a lone "i", letters that spell no syllable, such as "iệ") is joined with its
/// neighbours when together they spell one syllable; words that can stand alone are never joined with
/// each other ("các tổ" stays two words), so ordinary text is left as it is.
struct SplitWords: Repair {
    static let id = "split-words"

    /// Letters that are words by themselves ("ở", "ý", "à", "y" of "y tế"); any other lone letter is a piece.
    private static let oneLetterWords: Set<String> = ["à", "á", "ạ", "ả", "ô", "ơ", "ở", "ớ", "ờ", "ý", "y", "ừ", "ư", "ồ", "ố", "ê", "ế", "ề", "o", "a"]

    /// A document whose OCR split words does so on many lines; one or two joins elsewhere are more likely
    /// a variable or a stray letter ("chỉ số nổ n < 1") than a split word, and are left alone.
    private static let minimumLines = 10
    /// OCR splits words in lines as printed; a longer line (a paragraph of Word text, a text without line
    /// ends) is not regrouped, which keeps the cost of a huge line linear and small. In scalars.
    private static let longestLine = 600
    private static let minimumShare = 0.03

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        // Most documents have too few lines with a lone letter to qualify: they are not regrouped at all.
        let candidates = lines.indices.filter { lines[$0].scalarCount <= Self.longestLine && Self.hasLoneLetter(lines[$0].text) }
        let written = lines.count { !$0.isBlank }
        func enough(_ count: Int) -> Bool { count >= Self.minimumLines && Double(count) >= Self.minimumShare * Double(written) }
        var joins = enough(candidates.count) ? candidates.compactMap { i in Self.rejoined(lines[i]).map { (i, $0) } } : []
        if !enough(joins.count) {
            // Elsewhere only a split that leaves a piece of two or three letters with no vowel is rejoined
            // ("Qu ả ng Ngãi", "Đặ ng Văn Minh" in a web copy): a variable or a stray letter is one letter.
            joins = lines.indices.filter { lines[$0].scalarCount <= Self.longestLine && Self.hasVowellessPiece(lines[$0].text) }
                .compactMap { i in Self.rejoined(lines[i], anchoredBy: .longFragment).map { (i, $0) } }
        }
        guard !joins.isEmpty else { return nil }
        var result = lines
        for (i, joined) in joins { result[i] = joined }
        return result
    }

    /// The cheap test of the second pass, on bytes: a piece of two or three ASCII letters, one of them
    /// small, with no vowel but the "u" of "qu" ("ng", "nh", "Qu"): no Vietnamese word is written so (every
    /// letter beyond ASCII is a vowel or đ). Punctuation may follow it.
    static func hasVowellessPiece(_ text: String) -> Bool {
        var length = 0, vowels = 0, lower = false, q = false, valid = true, ended = false
        func check() -> Bool {
            guard valid, (2...3).contains(length), lower else { return false }
            return vowels == 0 || length == 2 && q && vowels == 1
        }
        for byte in text.utf8 {
            switch byte {
            case 0x20:
                if check() { return true }
                length = 0; vowels = 0; lower = false; q = false; valid = true; ended = false
            case 0x41...0x5A, 0x61...0x7A:
                if ended { valid = false; continue }
                let small = byte | 0x20
                if length == 0 { q = small == 0x71 }
                if small == 0x61 || small == 0x65 || small == 0x69 || small == 0x6F || small == 0x75 || small == 0x79 { vowels += 1 }
                if byte >= 0x61 { lower = true }
                length += 1
            case 0x2C, 0x2E, 0x3B, 0x3A:
                if length == 0 { valid = false } else { ended = true }
            default:
                valid = false
            }
        }
        return check()
    }

    /// What a join must hold: a lone letter ("V iệ t"), or a piece of two or more letters that spells no
    /// syllable ("Qu ả ng", "ng").
    enum Anchor { case loneLetter, longFragment }

    /// The cheap test: a letter that is no word by itself standing alone between spaces (or at the line's
    /// end) somewhere in the line; `rejoined` decides the rest.
    static func hasLoneLetter(_ text: String) -> Bool {
        var run = 0                          // scalars since the last space
        var first: Unicode.Scalar = " "      // the run's first scalar
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if run == 1, isLoneFragment(first) { return true }
                run = 0
            } else {
                if run == 0 { first = scalar }
                run += 1
            }
        }
        return run == 1 && isLoneFragment(first)
    }

    /// A letter that, standing alone, is a piece of a word rather than a word ("V", "t", "i"; not "ở", "y").
    private static func isLoneFragment(_ scalar: Unicode.Scalar) -> Bool {
        VietnameseText.isLetter(scalar.value) && !oneLetterWords.contains(Character(scalar).lowercased())
    }

    static func rejoined(_ line: TextLine, anchoredBy anchor: Anchor = .loneLetter) -> TextLine? {
        let pieces = SyllableGroups.pieces(of: line.text)
        // Letters that spell no syllable ("iệ") count only beside an anchor: splits always leave one.
        let lone = pieces.map { piece in
            switch anchor {
            case .loneLetter:
                // The letter may carry the punctuation after the word ("lợ i,").
                let scalars = piece.text.unicodeScalars
                return isLoneFragment(scalars.first!) && scalars.dropFirst().allSatisfy { !VietnameseText.isLetter($0.value) && !("0"..."9").contains($0) }
            case .longFragment:
                return hasVowellessPiece(piece.text)
            }
        }
        guard lone.contains(true) else { return nil }
        let fragment = pieces.indices.map { i in
            lone[i] || lone[max(0, i - 2)...min(pieces.count - 1, i + 2)].contains(true) && isFragment(pieces[i].text)
        }
        // Pieces one space apart only: a wider gap is a column of layout text ("Mốc      X      Y").
        let groups = SyllableGroups.fewestWords(pieces.map(\.text)) { group in
            group.contains { fragment[$0] }
                && group.dropFirst().allSatisfy { pieces[$0].range.lowerBound == pieces[$0 - 1].range.upperBound + 1 }
        }
        guard groups.count < pieces.count else { return nil }
        return SyllableGroups.regrouped(line, pieces: pieces.map(\.range), groups: groups)
    }

    /// A piece that is no word by itself: a lone letter other than the one-letter words, or letters that
    /// spell no syllable ("iệ", "hị" is a syllable; "Ng" is not).
    private static func isFragment(_ written: String) -> Bool {
        // The punctuation that follows a word is not part of it ("lợ i,").
        let piece = written.prefix { $0.isLetter }
        guard !piece.isEmpty, written.dropFirst(piece.count).allSatisfy({ !$0.isLetter && !$0.isNumber }) else { return false }
        if piece.count == 1 { return !oneLetterWords.contains(piece.lowercased()) }
        return !VietnameseSyllable.isValid(String(piece))
    }
}
