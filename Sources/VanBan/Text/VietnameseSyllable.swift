import Foundation
import PCRE2

/// Whether a word is spelled like one Vietnamese syllable: an initial consonant, one of the vowel groups
/// of the language with at most one tone mark, an allowed final, and one case shape (lower, Capitalized or UPPER).
enum VietnameseSyllable {
    /// Every toned vowel → its vowel without the tone ("ế" → "ê"); vowels without a tone are absent.
    private static let toneless: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".unicodeScalars {
            for mark in ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"] {
                let composed = (String(base) + mark).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1 { table[composed.first!] = base }
            }
        }
        return table
    }()

    /// Spelling rules of the initial: "ngh", "gh" and "k" only before i, e, ê (y for k); "ng", "c" never
    /// there ("nghĩa", "kế"; not "nghóa", "ci").
    /// Vowel groups that end in a glide ("ay", "ươi", …) or are open ("ia", "ưa") take no final consonant:
    /// "thay" is a syllable, "thaym" is not.
    private static let shape = try! Pattern(
        #"^(?:ngh(?=[ieê])|ng(?![ieê])|nh|ch|gh(?=[ieê])|gi|kh|ph|th|tr|qu|k(?=[ieêy])|c(?![ieêy])|g(?![eê])|[bdđhlmnprstvx])?(?:(?:iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|uơ|ưa|ưi|ưu)|(?:uyê|iê|oa|oă|oe|oo|uâ|uê|uô|uy|ươ|yê|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?)$"#)

    /// The most letters a syllable has ("nghiêng"), in Unicode scalars of NFC text.
    static let longest = 7

    static func isValid(_ word: String) -> Bool {
        // One walk over the scalars: the count, the case shape, and the lowercase letters without their tone.
        var count = 0, uppers = 0, firstUpper = false, tones = 0
        var base = String.UnicodeScalarView()
        func add(_ lower: Unicode.Scalar) {
            if let plain = toneless[lower] { tones += 1; base.append(plain) } else { base.append(lower) }
        }
        for scalar in word.unicodeScalars {
            count += 1
            guard count <= longest else { return false }
            let value = scalar.value
            let upper = value < 0x80 ? value >= 0x41 && value <= 0x5A : scalar.properties.isUppercase
            if upper { uppers += 1; firstUpper = firstUpper || count == 1 }
            if value < 0x80 {
                base.append(upper ? Unicode.Scalar(UInt8(value | 0x20)) : scalar)   // ASCII carries no tone
            } else if upper {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { add(lower) }
            } else {
                add(scalar)
            }
        }
        // Lower, Capitalized or UPPER: no capital after the first letter unless all are capitals.
        guard count > 0, uppers == count || uppers == (firstUpper ? 1 : 0) else { return false }
        return tones <= 1 && shape.matches(String(base))
    }
}
