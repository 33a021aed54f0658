import Foundation

/// Small facts about Vietnamese writing used across the stages.
public enum VietnameseText {
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

    /// The style of `word` and its new-style spelling, or nil when the word does not show a style.
    static func toneStyle(of word: Substring) -> (style: ToneStyle, newForm: String)? {
        guard word.count >= 2 else { return nil }
        let lower = word.lowercased()
        if lower.hasPrefix("qu") || lower.hasPrefix("gi") && lower.count <= 3 { return nil }
        let ending = String(word.suffix(2))
        for pair in oldToNewEndings {
            if ending == pair.old { return (.old, String(word.dropLast(2)) + pair.new) }
            if ending == pair.new { return (.new, String(word)) }
        }
        return nil
    }

    /// A key for comparing names: lowercase, new-style tones, đ as d, single spaces.
    public static func foldKey(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            var w = Substring(word.lowercased())
            if let (_, newForm) = toneStyle(of: w) { w = Substring(newForm) }
            words.append(w.replacingOccurrences(of: "đ", with: "d"))
        }
        return words.joined(separator: " ")
    }

    /// Whitespace runs collapsed to one space, ends trimmed.
    public static func collapse(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// True when every letter of `text` is uppercase and it has at least two letters.
    static func isUppercase(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for ch in text where ch.isLetter {
            if ch.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// True when the first letter of `text` is lowercase.
    static func startsLowercase(_ text: some StringProtocol) -> Bool {
        text.first(where: { $0.isLetter || $0.isNumber })?.isLowercase ?? false
    }

    /// Sentence case: first letter upper, the rest lower ("KẾ HOẠCH" → "Kế hoạch").
    static func sentenceCase(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}


extension VietnameseText {
    /// A key without any diacritics: lowercase ASCII letters and single spaces ("Kết luận" → "ket luan").
    static func bareKey(_ text: String) -> String {
        let folded = text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        return collapse(String(String.UnicodeScalarView(folded)).replacingOccurrences(of: "đ", with: "d"))
    }
}
