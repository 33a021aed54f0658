import PCRE2

/// Reads back the fixed words of the standard where OCR without a Vietnamese model lost their accents:
/// "ngdy 02 thdng 10 nam 2026" → "ngày 02 tháng 10 năm 2026", "So:" → "Số:", "Noi nhan:" → "Nơi nhận:",
/// "Dieu 1." → "Điều 1.", "Can cu" → "Căn cứ", "Luu:" → "Lưu:", "(Ban hanh kem theo" → "(Ban hành kèm
/// theo", "QUYET DINH" → "QUYẾT ĐỊNH", the quốc hiệu, and an "l" read for "I" in capitals ("TlNH").
///
/// Only a document whose text has almost no diacritics at all (`TextLayerQuality` says so) is touched,
/// and only words in the place the standard gives them: a day word before a number, "Số" opening the
/// number line, a type name standing as a line of its own. That OCR reads "à" as "d" ("ngdy", "vd")
/// is taken into account. Each word is respelled with as many letters, so every position still
/// points at the original. Free text (names, places, the subject) is not guessed at.
struct UnaccentedKeywords: Repair {
    static let id = "unaccented-keywords"

    private static let rules: [(Pattern, String)] = [
        (try! Pattern(#"(?<!\p{L})"# + VietnameseText.dayWordPattern + #"(?=\s*[\dlI])"#, options: .caseless), "ngày"),
        (try! Pattern(#"(?<!\p{L})th[aàáảãạd]ng(?=\s*\d)"#, options: .caseless), "tháng"),
        (try! Pattern(#"(?<!\p{L})n[aăd]m(?=\s*(?:19|20)\d\d)"#, options: .caseless), "năm"),
        (try! Pattern(#"^\s*\KS[o06ô](?=\s*:)"#), "Số"),
        (try! Pattern(#"(?<!\p{L})N[oơ]i nh[aậd]n(?!\p{L})"#, options: .caseless), "Nơi nhận"),
        (try! Pattern(#"(?<!\p{L})K[iíl]nh g[uử][iíl](?=\s*:)"#, options: .caseless), "Kính gửi"),
        (try! Pattern(#"^\s*\K(?:Dieu|Didu|DIEU)(?=\s+\d)"#), "Điều"),
        (try! Pattern(#"^\s*\K(?:-\s*)?\KCan c[uư](?!\p{L})"#), "Căn cứ"),
        (try! Pattern(#"^\s*\(?\s*\KBan hanh kem theo(?!\p{L})"#), "Ban hành kèm theo"),
        (try! Pattern(#"^\s*(?:[-–]\s*)?\KL[uư][uưn](?=\s*:)"#), "Lưu"),
        // An "I" read as "l" inside a word in capitals ("TlNH LAO CAI"), so the name can be read back.
        (try! Pattern(#"(?<=\p{Lu})l(?=\p{Lu})"#), "I"),
    ]

    /// Whole lines the standard fixes: the quốc hiệu and the type names (and "QUYẾT ĐỊNH:"), by their
    /// letters without diacritics.
    private static let fixedLines: [String: String] = {
        var table: [String: String] = [:]
        let names = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"]
            + DocumentTypes.all.map { $0.name.uppercased() }
        // The first spelling of a name wins: NĐ 30/2020 writes "HÒA".
        for name in names where table[VietnameseText.bareKey(name)] == nil {
            table[VietnameseText.bareKey(name)] = name
            table[VietnameseText.bareKey(name) + ":"] = name + ":"
        }
        return table
    }()

    /// Whether the document's text lost its diacritics: the repair's only trigger.
    let appliesTo: Bool

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        guard appliesTo else { return nil }
        var result = lines
        var changed = false
        for (i, line) in lines.enumerated() where !line.isBlank {
            var text = line.text
            for (pattern, word) in Self.rules {
                for m in pattern.allMatches(in: text).reversed() {
                    guard let range = m.range(0), text[range].unicodeScalars.count == word.unicodeScalars.count else { continue }
                    text.replaceSubrange(range, with: Self.matchingCase(word, of: text[range]))
                }
            }
            let trimmed = VietnameseText.collapse(text)
            if let fixed = Self.fixedLines[VietnameseText.bareKey(trimmed)], fixed != trimmed,
               let range = text.range(of: trimmed), fixed.unicodeScalars.count == trimmed.unicodeScalars.count {
                text.replaceSubrange(range, with: fixed)
            }
            if text != line.text, let respelled = line.respelled(text) {
                result[i] = respelled
                changed = true
            }
        }
        return changed ? result : nil
    }

    /// `word` in the case of `written`: all capitals, a capital first, or as given.
    private static func matchingCase(_ word: String, of written: Substring) -> String {
        if VietnameseText.isUppercase(written) { return word.uppercased() }
        if let first = written.first, first.isUppercase { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }
}
