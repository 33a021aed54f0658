import Foundation
import PCRE2

/// Repairs a text layer written as glyph ids: a PDF whose font lost its ToUnicode map (typically after a
/// reprint through Ghostscript), so the extractor wrote each glyph's index in the font where its letter
/// belongs — "6Ӣ CÔNG 7+ѬѪ1*" for "SỞ CÔNG THƯƠNG", control characters for digits.
///
/// Nghị định 30/2020 prescribes Times New Roman, and its glyph order is fixed: glyph = code − 29 for ASCII
/// (space is glyph 3), the Macintosh standard order for the accented Latin letters after "~", and the
/// Vietnamese block Ạ…ỹ as one run (starting at glyph 1188 in the regular face, 808 in the other one seen).
/// Only part of a document is usually affected, word by word and sometimes inside a word ("QăP" = "năm",
/// "1105" + "/KH-ĐKT" with the digits intact). So every character that has a glyph reading gets both
/// readings and each word takes the combination that reads as Vietnamese (valid syllables, numbers,
/// document numbers), with fewest switches between the two layers. Characters that can only be glyph ids
/// (controls, Cyrillic letters of the Vietnamese run) are always decoded.
///
/// Scalars are replaced one for one, so every column still points at the original text.
enum GlyphIdText {
    /// The repair id listed in `source.repairs`.
    static let id = "glyph-ids"

    /// The decoded text when `text` is a glyph-id layer, otherwise nil.
    static func decodeIfNeeded(_ text: String) -> String? {
        guard looksLikeGlyphIds(text) else { return nil }
        // A layer decomposed after extraction (NFD: "Ӣ" as "И" and a combining macron) is composed back first.
        // (Swift's == holds the two forms equal, so no comparison tells them apart: the marks do.)
        if text.unicodeScalars.contains(where: { (0x0300...0x0327).contains($0.value) }) {
            return decodeComposed(text.precomposedStringWithCanonicalMapping)
        }
        return decodeComposed(text)
    }

    private static func decodeComposed(_ text: String) -> String {
        // Scalars collect in an array (appending to a growing UnicodeScalarView copied it again and again).
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        var word: [Unicode.Scalar] = []
        var state = DecodingState()
        var atLineStart = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let endsWord = v == 0x0A || v == 0x0D || v == 0x20 || v == 0x09 || v == 0x0C && atLineStart
            if !endsWord { word.append(scalar); atLineStart = false; continue }
            if !word.isEmpty {
                out.append(contentsOf: decode(word: word, &state))
                word.removeAll(keepingCapacity: true)
            }
            out.append(scalar)   // a form feed at a line start is a page break (inside a word it stays as it is)
            if v != 0x0C { atLineStart = v == 0x0A || v == 0x0D }
        }
        if !word.isEmpty { out.append(contentsOf: decode(word: word, &state)) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: out)
        return String(result)
    }

    /// Counts Vietnamese-run glyphs (U+04A4…U+04FB, U+0328…U+037F as text) by their UTF-8 lead bytes; cheap
    /// enough to run on every document.
    static func looksLikeGlyphIds(_ text: String) -> Bool {
        var runGlyphs = 0, controls = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch (previous, byte) {
            case (0xD2, 0xA4...0xBF), (0xD3, 0x80...0xBB), (0xCC, 0xA8...0xBF), (0xCD, 0x80...0xBF): runGlyphs += 1
            case (_, 0x10...0x1F): controls += 1
            default: break
            }
            previous = byte
        }
        return runGlyphs >= 20 && controls >= 3
    }

    // MARK: - Readings of one character

    /// The one reading of a character that can only be a glyph id.
    static func forcedReading(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0x03...0x08, 0x0E...0x1F: return Unicode.Scalar(v + 29)
        case 0x04A4...0x04F5: return Unicode.Scalar(v + 0x19FC)   // Ạ … ự, regular face
        case 0x04F6...0x04FB: return Unicode.Scalar(v + 0x19FE)   // Ỵ … ỹ (Ỳ ỳ sit elsewhere)
        case 0x0328...0x0379: return Unicode.Scalar(v + 0x1B78)   // Ạ … ự, second face
        case 0x037A...0x037F: return Unicode.Scalar(v + 0x1B7A)
        default: return singleGlyphs[v]
        }
    }

    /// Glyphs outside the runs, seen in real documents (Ơ ơ Ư ư, Đ đ, Ĩ ĩ, Ũ ũ, Ỳ ỳ, À).
    private static let singleGlyphs: [UInt32: Unicode.Scalar] = [
        0xAC: "À", 0xFF: "đ", 0x108: "Đ", 0x1AC: "Ĩ", 0x1AD: "ĩ", 0x1C9: "Ũ", 0x1CA: "ũ", 0x1E3: "Ỳ", 0x1E4: "ỳ",
        0x46A: "Ơ", 0x46B: "ơ", 0x46C: "Ư", 0x46D: "ư", 0x2EE: "Ơ", 0x2EF: "ơ", 0x2F0: "Ư", 0x2F1: "ư",
    ]

    /// The glyph reading of a character that is also plausible as itself (ASCII punctuation, digits and
    /// capitals are shifted letters; some lowercase letters are accented vowels of the Macintosh order).
    static func optionalReading(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0x21...0x61: return Unicode.Scalar(v + 29)
        default: return macintoshVowels[v]
        }
    }

    /// Glyphs 98…129 of the Macintosh standard order that are Vietnamese vowels ('i' is glyph 105 = á…).
    private static let macintoshVowels: [UInt32: Unicode.Scalar] = [
        105: "á", 106: "à", 107: "â", 109: "ã", 112: "é", 113: "è", 114: "ê", 116: "í", 117: "ì",
        121: "ó", 122: "ò", 123: "ô", 125: "õ", 126: "ú", 127: "ù",
    ]

    // MARK: - Choosing a word's reading

    private enum Layer { case text, glyph, either }

    /// Costs of the parts already judged in this document (a word's readings share most of their parts),
    /// and what is left of the document's budget of readings.
    struct DecodingState {
        var known: [ArraySlice<Unicode.Scalar>: Double] = [:]
        /// Readings the document may still try: junk made to look like glyph ids cannot make decoding
        /// run long. Once spent, words keep their text reading (glyph-only characters still decode).
        var readingsLeft = 1_000_000   // Corpus/22 (9 KB) tries 10,385
        mutating func cost(_ part: ArraySlice<Unicode.Scalar>) -> Double {
            if let cost = known[part] { return cost }
            let cost = GlyphIdText.partCost(String(String.UnicodeScalarView(part)))
            known[part] = cost
            return cost
        }
    }

    /// The most Vietnamese-looking reading of one whitespace-free word.
    static func decode(word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var costs = DecodingState()
        return decode(word: word, &costs)
    }

    static func decode(word: [Unicode.Scalar], _ state: inout DecodingState) -> [Unicode.Scalar] {
        var choices: [(keep: Unicode.Scalar, glyph: Unicode.Scalar?, layer: Layer)] = []
        var open: [Int] = []
        for scalar in word {
            if let forced = forcedReading(scalar.value) {
                choices.append((forced, nil, .glyph))
            } else if let glyph = optionalReading(scalar.value) {
                open.append(choices.count)
                choices.append((scalar, glyph, .text))
            } else {
                choices.append((scalar, nil, .either))
            }
        }
        guard !open.isEmpty else { return choices.map(\.keep) }
        guard open.count <= 10, state.readingsLeft > 0 else { return choices.map(\.keep) }   // 1,024 readings at most

        // Readings are tried by how many characters they decode, fewest first: each decoded character costs
        // 0.1, so once that alone reaches the best cost no larger set can win (exact, and most words stop at
        // their text reading).
        var best: (cost: Double, reading: [Unicode.Scalar]) = (.infinity, [])
        var candidate = choices.map(\.keep)
        var layers = choices.map(\.layer)
        let n = open.count
        for decodedCount in 0...n {
            if 0.1 * Double(decodedCount) >= best.cost { break }
            var mask = (1 << decodedCount) - 1
            while mask < 1 << n {
                for (bit, index) in open.enumerated() {
                    let glyph = mask & (1 << bit) != 0
                    candidate[index] = glyph ? choices[index].glyph! : choices[index].keep
                    layers[index] = glyph ? .glyph : .text
                }
                var switches = 0
                var last: Layer?
                for layer in layers where layer != .either {
                    if let last, last != layer { switches += 1 }
                    last = layer
                }
                state.readingsLeft -= 1
                let cost = readingCost(candidate, &state) + 0.5 * Double(switches) + 0.1 * Double(decodedCount)
                if cost < best.cost { best = (cost, candidate) }
                if mask == 0 { break }
                let lowest = mask & -mask, ripple = mask + lowest   // the next set of the same size
                mask = (((ripple ^ mask) >> 2) / lowest) | ripple
            }
        }
        return best.reading
    }

    /// How unlike Vietnamese a word reads: 0 for syllables, numbers and document numbers.
    static func readingCost(_ word: [Unicode.Scalar], _ state: inout DecodingState) -> Double {
        var cost = 0.0
        // Marks alone are marks ("(*)" before a note); "+" between digits is a chainage ("Km2+571").
        if word.contains(where: { VietnameseText.isLetter($0.value) || (0x30...0x39).contains($0.value) }) {
            for (i, s) in word.enumerated() where implausiblePunctuation.contains(s) {
                let betweenDigits = s == "+" && i > 0 && i + 1 < word.count
                    && (0x30...0x39).contains(word[i - 1].value) && (0x30...0x39).contains(word[i + 1].value)
                if !betweenDigits { cost += 2 }
            }
        }
        if word.contains("/"), documentNumber.matches(String(String.UnicodeScalarView(word))) { return cost }
        var start = 0
        for i in 0...word.count where i == word.count || !(VietnameseText.isLetter(word[i].value) || (0x30...0x39).contains(word[i].value)) {
            if i > start { cost += state.cost(word[start..<i]) }
            start = i + 1
        }
        return cost
    }

    private static let implausiblePunctuation: Set<Unicode.Scalar> = Set("$%&*+<=>@[\\]^_`{|}~#\"".unicodeScalars)
    private static let documentNumber = try! Pattern(#"^[(]?\d*/(?:\d{4}/)?[A-ZĐ]+(?:-[A-ZĐ]+)*[).,;:]*$"#)
    private static let acronym = try! Pattern(#"^[A-ZĐ]{2,6}$"#)
    /// A code of letters and a number: a package, a chainage, a unit ("IC14", "Km30", "CT05").
    private static let letteredNumber = try! Pattern(#"^[A-Za-zĐđ]{1,4}\d{1,4}$"#)

    fileprivate static func partCost(_ part: String) -> Double {
        if part.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return 0 }
        if VietnameseSyllable.isValid(part) {
            // A bare "p" starts only loanwords ("pin"); "Sơn" read "pơn" is a capital taken for a glyph.
            let scalars = part.unicodeScalars
            let bareP = (scalars.first == "p" || scalars.first == "P") && scalars.dropFirst().first.map { $0 != "h" && $0 != "H" } ?? true
            return bareP ? 0.5 : 0
        }
        if letteredNumber.matches(part) { return 0.5 }
        if part.unicodeScalars.count == 1 { return 0.5 }
        if acronym.matches(part) { return 1 }
        return 3
    }
}
