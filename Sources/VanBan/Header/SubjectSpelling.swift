/// Reads back a mark OCR slipped on a word of the subject from the document's own text: a subject's phrase
/// comes again in its body ("THỤC HIỆN CHỈ THỊ SỐ 20/CT-TTG" over a body that says "thực hiện" twenty times,
/// "… TRÊN ĐỊA BÀN TĨNH TIẾN GIANG" over "trên địa bàn tỉnh Tiền Giang").
///
/// A pair of neighbouring words of the subject that the body never writes, whose letters without marks the body
/// writes one other way at least twice (not the same way with its tone on another vowel), with one of the two
/// words as the subject has it, has its other word spelled as the body spells it, when that word so spelled also
/// stands beside its other neighbour (if it has one) somewhere in the body. A subject written right has its
/// pairs in the body as they are, or not at all: the document's own words tell this much, where a model of the
/// whole language would be needed to tell more. Where the body's spelling and official documents' differ (a body
/// OCR'd the same slip twice), a pair the documents write is kept against one they never write.
enum SubjectSpelling {
    /// How often the body must write the other spelling.
    static let minimumUses = 2

    /// Two neighbouring words by their letters without marks (`bareCode` of each).
    private struct PairKey: Hashable { let first: UInt64, second: UInt64 }

    /// `subject` with its slipped words read back from `body`, and, when `commonPairs`, from how official documents
    /// commonly write a pair (`CommonWordPairs`); the same text when nothing is.
    static func respelled(_ subject: String, body: [TextLine], commonPairs: Bool = true) -> String {
        var words = subject.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 2 else { return subject }
        // A pair's second word may carry the punctuation that ends a phrase ("sửa đối,"); its first may not.
        let tails = words.map { String($0.drop { $0.isLetter }) }
        let codes = zip(words, tails).map { word, tail in VietnameseText.bareCode(word.dropLast(tail.count).unicodeScalars) }
        var wantedWords = Set<UInt64>(), wantedPairs = Set<PairKey>()
        for i in words.indices.dropLast() {
            guard tails[i].isEmpty, let a = codes[i], let b = codes[i + 1] else { continue }
            wantedWords.insert(a); wantedWords.insert(b)
            wantedPairs.insert(PairKey(first: a, second: b))
        }
        guard !wantedPairs.isEmpty else { return subject }
        let spellings = Self.spellings(of: wantedPairs, words: wantedWords, in: body)
        guard !spellings.isEmpty || commonPairs else { return subject }
        let upper = VietnameseText.isUppercase(subject)
        /// A word's letters in lower case, without the punctuation after them.
        func letters(_ word: String) -> String { String(word.lowercased().prefix { $0.isLetter }) }
        let changed = PairRespelling.respell(&words, spelling: { words, i in
            guard tails[i].isEmpty, let a = codes[i], let b = codes[i + 1] else { return nil }
            // Most pairs have no other spelling anywhere: told by their letters' codes before any text is made.
            let seen = spellings[PairKey(first: a, second: b)]
            guard seen != nil || commonPairs && CommonWordPairs.hasCommonSpelling(first: a, second: b) else { return nil }
            let written = letters(words[i]) + " " + letters(words[i + 1])
            let replacement: [String]
            if let seen, seen[written] == nil,
               case let others = seen.filter({ $0.value >= minimumUses && VietnameseText.foldKey($0.key) != VietnameseText.foldKey(written) }),
               others.count == 1, let other = others.first?.key,
               // The body's spelling does not overrule one official documents write where they never write the body's
               // ("CHUYỂN HÀNG", read back from "VẬN CHUYỂN", stays over a body OCR'd "vận chuyên hàng" twice).
               !(commonPairs && CommonWordPairs.documentCount(written) > 0 && CommonWordPairs.documentCount(other) == 0) {
                replacement = other.split(separator: " ").map(String.init)
            } else if commonPairs, let common = CommonWordPairs.commonSpelling(of: written, first: a, second: b),
                      !Self.differsInToneStyleOnly(common, written) {
                // A pair no official document writes, whose letters many write one way ("vận chuyên" → "vận chuyển").
                replacement = common.split(separator: " ").map(String.init)
            } else {
                return nil
            }
            // The word read back must also stand beside its other neighbour, in the body or in official documents:
            // not "HOÁ CHẤT THUỘC THẨM QUYỀN" → THUỐC over a body with "tiền chất thuốc nổ" but never "thuốc thẩm".
            guard replacement.count == 2 else { return nil }
            /// Whether the body or the documents spell the pair `key` with `word` as its word at `place` (0 first, 1 second).
            func standsBeside(_ key: PairKey, _ neighbour: String, _ word: String, at place: Int) -> Bool {
                if commonPairs, CommonWordPairs.documentCount(place == 1 ? neighbour + " " + word : word + " " + neighbour) > 0 { return true }
                return (spellings[key] ?? [:]).keys.contains { spelled in
                    let parts = spelled.split(separator: " ")
                    return parts.count == 2 && parts[place] == word
                }
            }
            if replacement[0] != letters(words[i]), i > 0, tails[i - 1].isEmpty, let left = codes[i - 1],
               !standsBeside(PairKey(first: left, second: a), letters(words[i - 1]), replacement[0], at: 1) { return nil }
            if replacement[1] != letters(words[i + 1]), i + 2 < words.count, tails[i + 1].isEmpty, let right = codes[i + 2],
               !standsBeside(PairKey(first: b, second: right), letters(words[i + 2]), replacement[1], at: 0) { return nil }
            return replacement
        }, isSame: { $0 == letters($1) },
           written: { source, written in (upper ? source.uppercased() : cased(source, like: written)) + String(written.drop { $0.isLetter }) })
        return changed ? words.joined(separator: " ") : subject
    }

    /// Whether two spellings differ only in where a tone sits ("uỷ ban" / "ủy ban"): a style, never a slip. (`foldKey`
    /// also reads "đ" as "d", which OCR does slip: "kinh đoanh".)
    private static func differsInToneStyleOnly(_ a: String, _ b: String) -> Bool {
        VietnameseText.foldKey(a) == VietnameseText.foldKey(b) && a.filter { $0 == "đ" }.count == b.filter { $0 == "đ" }.count
    }

    /// `word` in the case shape of `model` (capitalised or lower).
    private static func cased(_ word: String, like model: String) -> String {
        guard model.first?.isUppercase == true else { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// How the body spells each wanted pair (in lower case), by the pair's key. Only words next to each other with
    /// a space between make a pair: punctuation ends one ("kỷ cương, kỷ luật"). Words are weighed by their bare
    /// code first, so only the subject's words cost more than a look at their letters.
    private static func spellings(of pairs: Set<PairKey>, words: Set<UInt64>, in body: [TextLine]) -> [PairKey: [String: Int]] {
        // Counted by the spelling's hash (its letters in lower case, marks and all); a spelling's text is made once.
        struct Spelled: Hashable { let pair: PairKey, first: UInt64, second: UInt64 }
        var counts: [Spelled: Int] = [:]
        var texts: [Spelled: String] = [:]
        // A bit per hashed code of the subject's words: most words of the body are no subject word, and the bit says
        // so before the set is asked.
        var filter = [UInt64](repeating: 0, count: 16)
        func slot(_ code: UInt64) -> Int { Int(truncatingIfNeeded: (code ^ code >> 23 ^ code >> 41) & 1023) }
        for code in words { filter[slot(code) >> 6] |= 1 << UInt64(slot(code) & 63) }
        VietnameseText.bareLetterCodes.withUnsafeBufferPointer { bareLetters in
        lowercase.withUnsafeBufferPointer { lowercase in
        for line in body.prefix(linesRead) {
            var text = line.text
            text.withUTF8 { bytes in
                var previous: (code: UInt64, spelling: UInt64, letters: Range<Int>)?
                var index = 0
                while index < bytes.count {
                    guard bytes[index] != 0x20 else { index += 1; continue }
                    // One word up to the next space: the code of its leading letters and the hash of their spelling
                    // in lower case, each scalar decoded once.
                    let start = index
                    var code: UInt64 = 0, count: UInt64 = 0, spelling: UInt64 = 14_695_981_039_346_656_037, lettersEnd = index
                    while index < bytes.count, bytes[index] != 0x20 {
                        let (value, width) = VietnameseText.scalar(inUTF8: bytes, at: index)
                        if lettersEnd == index, value < 0x1F00, case let letter = bareLetters[Int(value)], letter != 0 {
                            code = code << 5 | UInt64(letter)
                            count += 1
                            spelling = (spelling ^ UInt64(lowercase[Int(value)])) &* 1_099_511_628_211
                            lettersEnd = index + width
                        }
                        index += width
                    }
                    let full = code | count << 58
                    guard count > 0, count <= 10, filter[slot(full) >> 6] & 1 << UInt64(slot(full) & 63) != 0, words.contains(full) else {
                        previous = nil; continue
                    }
                    if let before = previous, case let pair = PairKey(first: before.code, second: full), pairs.contains(pair) {
                        let key = Spelled(pair: pair, first: before.spelling, second: spelling)
                        counts[key, default: 0] += 1
                        if texts[key] == nil {
                            texts[key] = String(decoding: UnsafeBufferPointer(rebasing: bytes[before.letters]), as: UTF8.self).lowercased()
                                + " " + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<lettersEnd]), as: UTF8.self).lowercased()
                        }
                    }
                    previous = lettersEnd == index ? (full, spelling, start..<lettersEnd) : nil
                }
            }
        }
        }
        }
        var result: [PairKey: [String: Int]] = [:]
        for (key, count) in counts { result[key.pair, default: [:]][texts[key]!, default: 0] += count }
        return result
    }

    /// Each scalar below U+1F00: its lower case (one scalar), itself when it has none.
    private static let lowercase: [UInt32] = (0..<UInt32(0x1F00)).map { value in
        guard let scalar = Unicode.Scalar(value), case let lower = scalar.properties.lowercaseMapping.unicodeScalars,
              lower.count == 1 else { return value }
        return lower.first!.value
    }

    /// The body's first lines read for the subject's words: its phrases come back early (the "Căn cứ", the first
    /// paragraphs), and a long document costs no more than this.
    static let linesRead = 150


}
