import PCRE2
struct TextBrokenLayer: Rule {
    static let id = "text.broken-layer"
    static let severity = Diagnostic.Severity.error
    static let summary = "the text layer is mojibake that cannot be decoded with certainty, OCR without diacritics, or a font that lost its letters with a dot below or a hook: the fields are unreliable"
    static let example = "\"6Ӣ CÔNG 7+ѬѪ1*\" for \"SỞ CÔNG THƯƠNG\""
    func check(_ c: CheckContext) -> [Diagnostic] {
        guard let verdict = c.layer else { return [] }
        return [finding(verdict.message, at: verdict.span)]
    }
}

struct TextMixedToneStyle: Rule {
    static let id = "text.mixed-tone-style"
    static let severity = Diagnostic.Severity.info
    static let summary = "one word written with both tone placements (Tỉnh uỷ / Tỉnh ủy)"
    static let example = "Tỉnh uỷ … Tỉnh ủy"
    func check(_ c: CheckContext) -> [Diagnostic] {
        var seen: [String: (style: VietnameseText.ToneStyle, text: String, span: SourceSpan)] = [:]
        var reported = Set<String>()
        var out: [Diagnostic] = []
        for line in c.lines where !line.isBlank {
            // Words are runs of letters; only a word whose last two scalars make a telling ending (a toned
            // a/e/y after o/u, or the reverse) can show a style, so the scan keeps just those two.
            let utf8 = Array(line.text.utf8)
            var offset = 0, start = 0, wordStartByte = 0
            var previous: UInt32 = 0, last: UInt32 = 0
            var inWord = false
            func finish(endByte: Int) {
                guard offset - start >= 2, VietnameseText.mayShowToneStyle(previous: previous, last: last) else { return }
                let word = Substring(String(decoding: utf8[wordStartByte..<endByte], as: UTF8.self))
                guard let (style, newForm) = VietnameseText.toneStyle(of: word) else { return }
                let key = newForm.lowercased()
                let span = line.span(start..<offset)
                if let first = seen[key] {
                    if first.style != style, reported.insert(key).inserted {
                        out.append(finding("“\(word)” here, “\(first.text)” earlier: one tone placement throughout", at: span,
                                           related: [.init(message: "the other spelling", span: first.span)]))
                    }
                } else {
                    seen[key] = (style, String(word), span)
                }
            }
            var i = 0
            let n = utf8.count
            utf8.withUnsafeBufferPointer { bytes in
                while i < n {
                    let (v, width) = VietnameseText.scalar(inUTF8: bytes, at: i)
                    if VietnameseText.isLetter(v) {
                        if !inWord { inWord = true; start = offset; wordStartByte = i; previous = 0; last = 0 }
                        previous = last; last = v
                    } else if inWord {
                        inWord = false; finish(endByte: i)
                    }
                    offset += 1
                    i += width
                }
            }
            if inWord { finish(endByte: n) }
        }
        return out
    }
}

struct TextRepeatedWord: Rule {
    static let id = "text.repeated-word"
    static let severity = Diagnostic.Severity.info
    static let summary = "a small word written twice in a row (của của, các các, tỉnh tỉnh), a slip of drafting or OCR"
    static let example = "\"quyền hạn của Uỷ ban nhân dân tỉnh tỉnh\""
    /// Words no correct sentence writes twice in a row. Left out are those that end a compound as well as open a
    /// phrase: "tiếp theo theo quy định", "tồn tại tại thời điểm", "chuyển đổi số số 148/2025/QH15", "đạt được được
    /// ghi nhận", "hiện có có giá trị", and "năm năm", "ngày ngày", "là là", which are words of their own.
    static let words: Set<String> = [
        "các", "của", "và", "trong", "với", "những", "đã", "sẽ", "cho", "này", "về", "để", "thì", "mà", "nhưng",
        "hoặc", "tỉnh", "huyện", "điều",
    ]
    /// The longest of `words` in UTF-8 bytes.
    private static let longest = 8

    func check(_ c: CheckContext) -> [Diagnostic] {
        guard c.layer == nil else { return [] }
        var out: [Diagnostic] = []
        // Table rows ("|") repeat a cell's word across cells; running text is read.
        for line in c.lines where !line.isBlank {
            var text = line.text
            var found: [Diagnostic] = []
            text.withUTF8 { bytes in
                // Words between spaces, by byte range; two in a row are compared by their bytes first (most pairs
                // differ there), and made text only when they agree but for the case of the first letter.
                var previous: Range<Int>?
                var i = 0
                while i < bytes.count {
                    guard bytes[i] != 0x20 else { i += 1; continue }
                    let start = i
                    while i < bytes.count, bytes[i] != 0x20 {
                        if bytes[i] == 0x7C { found = []; return }   // a table row
                        i += 1
                    }
                    var end = i
                    // The second word may end a clause ("các các,"); the first may not ("các, các").
                    while end > start, Self.isClauseEnd(bytes[end - 1]) { end -= 1 }
                    if let first = previous, first.count == end - start, Self.sameButFirstCase(bytes, first, start),
                       case let a = String(decoding: UnsafeBufferPointer(rebasing: bytes[first]), as: UTF8.self).lowercased(),
                       Self.words.contains(a),
                       String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased() == a {
                        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[first.lowerBound..<end]), as: UTF8.self)
                        found.append(finding("“\(written)”: a word written twice", at: line.span(utf8: first.lowerBound..<end)))
                        previous = nil
                        continue
                    }
                    previous = i - start <= Self.longest ? start..<i : nil
                }
            }
            out += found
        }
        return out
    }

    private static func isClauseEnd(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x29
    }

    /// Whether the words at `first` and at `second` (as long) have the same bytes, the first letter's case aside
    /// (an ASCII letter, or Đ/đ: C4 90/C4 91).
    private static func sameButFirstCase(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Int) -> Bool {
        let a = bytes[first.lowerBound], b = bytes[second]
        guard a == b || a | 0x20 == b | 0x20 && (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A else { return false }
        var k = 1
        while k < first.count {
            let x = bytes[first.lowerBound + k], y = bytes[second + k]
            if x != y && !(k == 1 && a == 0xC4 && x | 1 == y | 1) { return false }
            k += 1
        }
        return true
    }
}

struct TextConfusable: Rule {
    static let id = "text.confusable"
    static let severity = Diagnostic.Severity.warning
    static let summary = "look-alike letters of another script inside a Vietnamese word (Cyrillic В, С, Т …)"
    static let example = "\"ВСТ\" written with Cyrillic letters"
    /// A word mixing Latin and Cyrillic/Greek letters, or a short all-Cyrillic/Greek token (checked below
    /// to be made of look-alikes only: "ВСТ", not the "α" of a formula).
    private static let mixed = try! Pattern(#"(?=\p{L}*\p{Latin})(?=\p{L}*[\p{Cyrillic}\p{Greek}])\p{L}+|\b[\p{Cyrillic}\p{Greek}]{2,6}\b"#)
    func check(_ c: CheckContext) -> [Diagnostic] {
        guard c.layer == nil else { return [] }
        var out: [Diagnostic] = []
        // Only lines with a Greek or Cyrillic letter (UTF-8 lead bytes 0xCD–0xD4) can hold a look-alike.
        for line in c.lines where line.text.utf8.contains(where: { $0 >= 0xCD && $0 <= 0xD4 }) {
            for m in Self.mixed.allMatches(in: line.text) where m[0]!.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value < 0x370 })
                || m[0]!.unicodeScalars.allSatisfy({ Confusables.latinFor[$0] != nil }) {
                out.append(finding("“\(m[0]!)” mixes in letters of another script that look Latin", at: line.span(m.range(0)!)))
            }
        }
        return out
    }
}
