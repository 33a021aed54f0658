import Foundation
import PCRE2   // the byte search (`firstOffset`, `containsBytes`)

/// Small facts about Vietnamese writing used across the stages.
public enum VietnameseText {
    /// "ngày" as a regex fragment, also as OCR leaves its vowel: "ngây" (a circumflex for the grave), "ngay"
    /// (accents lost), "ngdy" (OCR without a Vietnamese model reads "à" as "d"), "hgày" (its n read as h: no word
    /// opens with "hg"), "ngàỷ" (a copy whose tones slipped onto the next letter). Match it caselessly.
    static let dayWordPattern = "[nh]g[aàáảãạâầấậẩẫăd][yỳýỷỹỵ]"

    /// Vowels with each tone, in the order: grave, acute, hook, tilde, dot.
    static let tonedVowels: [Character: [Character]] = [
        "a": ["à", "á", "ả", "ã", "ạ"], "e": ["è", "é", "ẻ", "ẽ", "ẹ"], "o": ["ò", "ó", "ỏ", "õ", "ọ"],
        "u": ["ù", "ú", "ủ", "ũ", "ụ"], "y": ["ỳ", "ý", "ỷ", "ỹ", "ỵ"],
    ]

    /// Old-style endings (tone on the second vowel: "hoà", "uỷ") and their new-style form ("hòa", "ủy").
    static let oldToNewEndings: [(old: String, new: String)] = {
        var pairs: [(String, String)] = []
        for (first, second) in [("o", "a"), ("o", "e"), ("u", "y")] {
            let f = Character(first), s = Character(second)
            for tone in 0..<5 {
                let old = String(f) + String(tonedVowels[s]![tone])
                let new = String(tonedVowels[f]![tone]) + String(s)
                pairs.append((old, new))
                pairs.append((old.uppercased(), new.uppercased()))
            }
        }
        return pairs
    }()

    /// Which tone style a word is written in, when it has an oa/oe/uy ending that shows it.
    enum ToneStyle { case old, new }

    /// The last two scalars of every telling ending → its style and its new-style spelling.
    private static let endings: [UInt64: (style: ToneStyle, new: String)] = {
        var table: [UInt64: (ToneStyle, String)] = [:]
        for pair in oldToNewEndings {
            table[key(pair.old.unicodeScalars)] = (.old, pair.new)
            table[key(pair.new.unicodeScalars)] = (.new, pair.new)
        }
        return table
    }()

    /// Whether a word ending in these two scalars can show a tone style (the cheap test before `toneStyle`).
    @inline(__always)
    static func mayShowToneStyle(previous: UInt32, last: UInt32) -> Bool {
        endings[UInt64(previous) << 32 | UInt64(last)] != nil
    }

    private static func key(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> UInt64 {
        let last = scalars.last!.value, first = scalars.dropLast().last!.value
        return UInt64(first) << 32 | UInt64(last)
    }

    /// The style of `word` and its new-style spelling, or nil when the word does not show a style.
    /// Looks only at the last two scalars, so a word that shows no style costs no allocation.
    static func toneStyle(of word: Substring) -> (style: ToneStyle, newForm: String)? {
        let scalars = word.unicodeScalars
        guard let last = scalars.last, last.value >= 0xC0 || "aeyAEY".unicodeScalars.contains(last), scalars.count >= 2,
              let hit = endings[key(scalars)] else { return nil }
        if let first = scalars.first, first == "q" || first == "Q" { return nil }   // "quý": the tone sits on y in both styles
        if scalars.count <= 3, let first = scalars.first, first == "g" || first == "G",
           scalars.dropFirst().first.map({ $0 == "i" || $0 == "I" }) == true { return nil }
        return hit.style == .old ? (.old, String(word.dropLast(2)) + hit.new) : (.new, String(word))
    }

    /// The words of `text` between spaces, tabs and line ends, as `foldKey` splits them, counted on its bytes
    /// and no further than `limit` + 1: two texts with different counts never share a key, so the count is the
    /// cheap test before folding.
    static func wordCount(_ text: String, upTo limit: Int = .max) -> Int {
        var words = 0, inWord = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { break }
            }
        }
        return words
    }

    /// A key for comparing names: lowercase, new-style tones, đ as d, single spaces.
    public static func foldKey(_ text: String) -> String {
        // One scalar view grows word by word: no array of words, no string per word.
        var key = String.UnicodeScalarView()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if !key.isEmpty { key.append(" ") }
            var w = Substring(word.lowercased())
            if let (_, newForm) = toneStyle(of: w) { w = Substring(newForm) }
            for scalar in w.unicodeScalars { key.append(scalar == "đ" ? "d" : scalar) }
        }
        return String(key)
    }

    /// Words a line cannot end on when its phrase ends there: a name, a number or a date follows them
    /// ("… NGÀY 15/02/2025 CỦA" / "CHÍNH PHỦ …", "2. Thông tư … ngày" / "25 tháng 7 năm 2022").
    private static let leadingWords: Set<String> = openingWords.union(["trên", "ngày", "số", "tháng", "năm"])
    /// The prepositions and determiners among them, which leave a phrase open in any sentence: no subject or title
    /// ends on them ("… một số điều của" / "Luật Thương mại").
    static let openingWords: Set<String> = ["của", "và", "về", "cho", "với", "tại", "theo", "đối", "thuộc", "trong",
                                            "giữa", "đến", "từ", "các", "những", "vào", "bởi"]

    /// Whether `text`'s last word leads on to the next line (in any case).
    public static func endsLeadingOn(_ text: some StringProtocol) -> Bool {
        guard let last = lastWords(text, count: 1).first else { return false }
        return leadingWords.contains(last.lowercased())
    }

    /// The last `count` words of `text` between spaces, in order (fewer when it has fewer), found from its end: a
    /// paragraph being joined line by line is asked at every line, and splitting all of it each time costs its length.
    static func lastWords<S: StringProtocol>(_ text: S, count: Int) -> [S.SubSequence] {
        var words: [S.SubSequence] = []
        var end = text.endIndex
        while words.count < count {
            while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
            guard end > text.startIndex else { break }
            let start = text[..<end].lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
            words.insert(text[start..<end], at: 0)
            end = start
        }
        return words
    }

    /// Whitespace runs collapsed to one space, ends trimmed.
    public static func collapse(_ text: some StringProtocol) -> String {
        // Most texts are already collapsed: check the bytes before splitting.
        var previousSpace = true, clean = true
        for byte in text.utf8 {
            let space = byte == 0x20
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || space && previousSpace { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace { return String(text) }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// True when every letter of `text` is uppercase and it has at least two letters.
    static func isUppercase(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for s in text.unicodeScalars {
            switch letterCase(s) {
            case .lower: return false
            case .upper: letters += 1
            case .none: continue
            }
        }
        return letters >= 2
    }

    /// True when the first letter or digit of `text` is a lowercase letter.
    static func startsLowercase(_ text: some StringProtocol) -> Bool {
        for s in text.unicodeScalars {
            if s.value >= 0x30 && s.value <= 0x39 { return false }
            switch letterCase(s) {
            case .lower: return true
            case .upper: return false
            case .none: continue
            }
        }
        return false
    }

    enum LetterCase { case upper, lower, none }

    /// The case of a scalar, with the ASCII range answered without a table lookup.
    @inline(__always)
    static func letterCase(_ s: Unicode.Scalar) -> LetterCase {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return .upper }
            if v >= 0x61 && v <= 0x7A { return .lower }
            return .none
        }
        if v >= 0x0300 && v <= 0x036F { return .none }
        let p = s.properties
        if p.isUppercase { return .upper }
        if p.isLowercase { return .lower }
        return .none
    }

}


extension VietnameseText {
    /// A key without any diacritics: lowercase ASCII letters and single spaces ("Kết luận" → "ket luan").
    static func bareKey(_ text: String) -> String {
        collapse(String(text.map(bareLetter)))
    }

    /// One character without its diacritics, lowercase ("Ỗ" → "o", "Đ" → "d"); other letters lowercase.
    static func bareLetter(_ c: Character) -> Character {
        if let ascii = c.asciiValue { return c.isUppercase ? Character(Unicode.Scalar(ascii | 0x20)) : c }
        return bareLetters[c] ?? (c.isUppercase ? c.lowercased().first ?? c : c)
    }

    /// The Latin letters of Vietnamese (Latin-1, Extended-A/B, Extended Additional) without diacritics,
    /// worked out once from their canonical decompositions.
    private static let bareLetters: [Character: Character] = {
        var table: [Character: Character] = ["đ": "d", "Đ": "d"]
        for range in [0xC0...0x24F, 0x1EA0...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                let base = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.first!
                if base.isASCII { table[Character(scalar)] = Character(base) }
            }
        }
        return table
    }()
}

extension VietnameseText {
    /// Whether the scalar `v` is a letter: ASCII, Latin-1 to Latin Extended-B (× ÷ aside) and Latin
    /// Extended Additional (the Vietnamese block) by range, the Unicode property only for the rest. Runs on
    /// every scalar in several stages, so the common cases cost no table look-up.
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        withUnsafeBufferPointer { bytes in needle.withUnsafeBufferPointer { bytes.containsBytes($0) } }
    }
}

extension StringProtocol {
    /// Whether the byte occurs in the text's UTF-8 (memchr on a native string's storage: `utf8.contains` walks
    /// the view generically, many times slower on a long line).
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Whether `needle` occurs in the text, compared byte by byte (no Foundation, no grapheme walk, and no
    /// copy of a native string's bytes).
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        return utf8.withContiguousStorageIfAvailable { bytes in pattern.withUnsafeBufferPointer { bytes.containsBytes($0) } }
            ?? Array(utf8).containsBytes(pattern)
    }
}
