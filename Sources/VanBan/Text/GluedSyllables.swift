import PCRE2
import Foundation
/// Cuts a word in capitals that is several Vietnamese syllables run together back into its syllables:
/// "CHÍNHPHỦ" → "CHÍNH PHỦ", "DÂNTỈNH" → "DÂN TỈNH", "TỈNHBÌNHPHƯỚC" → "TỈNH BÌNH PHƯỚC". OCR loses the
/// spaces of capitals set in a scan's header, and web copies join a name's two lines without one.
///
/// Vietnamese writes one syllable per word, so a word that spells no syllable but is a row of syllables is
/// glued. The cut is made only where it is certain: every piece spells a syllable, the word carries a letter
/// with a diacritic (an acronym or a foreign name, "UBND", "VIETTEL", is never cut), and of all the ways to
/// cut it one is best: the most pieces that names of bodies and provinces use, then the fewest pieces.
/// "HÀNỘI" is HÀ NỘI, not HÀN ỘI; "QUỐCHỘI" is QUỐC HỘI, not QUỐ CHỘI; a tie is left as written.
enum GluedSyllables {
    /// The syllables the names of bodies and provinces are written with.
    private static let known: Set<String> = {
        var words = Set<String>()
        for name in OrganisationNames.names + Provinces.names {
            for word in name.uppercased().split(whereSeparator: { !$0.isLetter }) { words.insert(String(word)) }
        }
        return words
    }()

    /// The longest word that is cut (in scalars): a name's longest run of glued syllables is far shorter.
    private static let longestWord = 40

    /// `text` (a name in capitals) with its glued words cut; the same text when none is.
    static func separated(_ text: String) -> String {
        guard VietnameseText.isUppercase(text) else { return text }
        var changed = false
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard let cut = syllables(of: word) else { return String(word) }
            changed = true
            return cut.joined(separator: " ")
        }
        return changed ? words.joined(separator: " ") : text
    }

    /// `text` in capitals with a word cut into its syllables only where those syllables are written side by side, by
    /// official documents (`CommonWordPairs`) or in the document's own `body` ("ĐIỀU ƯỚCQUỐC TẾ" over a body that
    /// writes "điều ước quốc tế"): a subject is free text, and a loan word ("BÔXIT") spells syllables too. A date
    /// run into the word after it ("NGÀY 06/9/2005CỦA UỶ BAN") is cut there too.
    static func separatedWhereWritten(_ text: String, body: [TextLine] = []) -> String {
        guard VietnameseText.isUppercase(text) else { return text }
        var changed = false
        // The body's first lines in lower case, made only when a word has a cut to weigh.
        var bodyText: String?
        func isWritten(_ pair: String) -> Bool {
            if CommonWordPairs.documentCount(pair) > 0 { return true }
            if bodyText == nil { bodyText = body.prefix(SubjectSpelling.linesRead).map { $0.text.lowercased() }.joined(separator: "\n") }
            // As words of their own: "ước quốc" is not written by "thước quốc".
            var rest = bodyText![...]
            while let found = rest.range(of: pair) {
                let before = found.lowerBound == bodyText!.startIndex ? nil : bodyText![bodyText!.index(before: found.lowerBound)]
                let after = found.upperBound == bodyText!.endIndex ? nil : bodyText![found.upperBound]
                if before?.isLetter != true && after?.isLetter != true { return true }
                rest = bodyText![found.upperBound...]
            }
            return false
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            if let m = gluedDate.firstMatch(in: String(word)), let date = m["date"], let rest = m["rest"],
               VietnameseSyllable.isValid(String(rest)) {
                changed = true
                return date + " " + rest
            }
            guard let cut = syllables(of: word),
                  zip(cut, cut.dropFirst()).allSatisfy({ isWritten(($0 + " " + $1).lowercased()) }) else { return String(word) }
            changed = true
            return cut.joined(separator: " ")
        }
        return changed ? words.joined(separator: " ") : text
    }

    /// A date in figures with a word in capitals run into it: "06/9/2005CỦA".
    private static let gluedDate = try! Pattern(#"^(?<date>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)(?<rest>\p{Lu}{2,})$"#)

    /// The syllables `word` is glued from, or nil when it is one syllable, not letters in capitals with a
    /// diacritic, or cut more than one best way.
    static func syllables(of word: Substring) -> [String]? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars.count <= longestWord,
              scalars.allSatisfy({ $0.properties.isAlphabetic && $0.properties.isUppercase }),
              scalars.contains(where: { !$0.isASCII }), !VietnameseSyllable.isValid(String(word)) else { return nil }
        // best[i]: the best cuts of scalars[..<i] as (unknown pieces, pieces), with how many cuts reach that score
        // and where the last piece starts.
        typealias Score = (unknown: Int, pieces: Int)
        var best: [(score: Score, ways: Int, from: Int)?] = Array(repeating: nil, count: scalars.count + 1)
        best[0] = ((0, 0), 1, 0)
        for end in 1...scalars.count {
            for start in stride(from: end - 1, through: max(0, end - 7), by: -1) {
                guard let before = best[start] else { continue }
                // Never between two vowels: there OCR doubled a letter ("CHẮÁP"), it did not lose a space.
                if start > 0, isVowel(scalars[start - 1]), isVowel(scalars[start]) { continue }
                let piece = String(String.UnicodeScalarView(scalars[start..<end]))
                guard VietnameseSyllable.isValid(piece), !endsOpenOnShortVowel(scalars[end - 1]) else { continue }
                let score: Score = (before.score.unknown + (known.contains(piece) ? 0 : 1), before.score.pieces + 1)
                if let current = best[end] {
                    if score == current.score { best[end]!.ways += before.ways; continue }
                    if score.unknown > current.score.unknown || score.unknown == current.score.unknown && score.pieces > current.score.pieces { continue }
                }
                best[end] = (score, before.ways, start)
            }
        }
        guard let whole = best[scalars.count], whole.ways == 1, whole.score.pieces >= 2 else { return nil }
        var pieces: [String] = []
        var end = scalars.count
        while end > 0, let step = best[end] {
            pieces.append(String(String.UnicodeScalarView(scalars[step.from..<end])))
            end = step.from
        }
        return pieces.reversed()
    }

    /// A vowel in capitals, with or without its marks ("Ư" is "U" with a horn).
    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first.map { "AEIOUY".unicodeScalars.contains($0) } == true
    }

    /// "Ă" and "Â" never end a syllable ("CHẮ" is none; "CHẮP", "ÂU" are).
    private static func endsOpenOnShortVowel(_ scalar: Unicode.Scalar) -> Bool {
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return parts.first == "A" && parts.contains { $0 == "\u{0306}" || $0 == "\u{0302}" }
    }
}
