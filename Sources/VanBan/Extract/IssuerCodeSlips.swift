/// OCR's look-alike letters in a citation's issuer code: "1833/QĐ-BIC" in a Bộ Tài chính text that writes
/// "…/QĐ-BTC" a dozen times. A code that the document writes at most twice, one letter away from a code it writes
/// at least three times and twice as often (its own number counts), by a pair of letters OCR confuses, is that
/// code; so is a code one such slip away from another citation's whose number is otherwise the same. The citation
/// keeps its text as written; its canonical number and issuer code are the code read back.
enum IssuerCodeSlips {
    /// Letters OCR reads one for the other in capitals and digits, both ways.
    private static let confused: [Character: Set<Character>] = {
        var pairs: [Character: Set<Character>] = [:]
        for (a, b) in [("I", "T"), ("I", "L"), ("I", "1"), ("O", "0"), ("O", "Q"), ("B", "8"), ("S", "5"), ("G", "6")] as [(Character, Character)] {
            pairs[a, default: []].insert(b)
            pairs[b, default: []].insert(a)
        }
        return pairs
    }()

    static func repaired(_ mentions: [ReferenceExtractor.Mention], own: DocumentNumber?) -> [ReferenceExtractor.Mention] {
        var counts: [String: Int] = [:]
        for code in mentions.compactMap(\.number.issuerCode) + [own?.issuerCode].compactMap({ $0 }) { counts[code, default: 0] += 1 }
        guard counts.count >= 2 else { return mentions }
        var readBack: [String: String] = [:]
        for (code, count) in counts where count <= 2 {
            let likely = counts.filter { other, n in n >= 3 && n >= 2 * count && oneSlipApart(code, other) }
            if likely.count == 1, let other = likely.first?.key { readBack[code] = other }
        }
        // A citation whose number, its code read back, is another citation's number word for word is that act,
        // however often the code is written ("184/2015/TT- BIC" beside "184/2015/TT-BTC").
        let numbers = Set(mentions.map(\.number.canonical))
        /// The one code `code` reads back to in `mention`'s number because another citation writes that number so.
        func citedElsewhere(_ code: String, in mention: ReferenceExtractor.Mention) -> String? {
            guard counts[code, default: 0] <= 2 else { return nil }
            let found = counts.keys.filter { other in
                oneSlipApart(code, other) && isLikelier(other, than: code, counts: counts)
                    && numbers.contains(replacingToken(code, with: other, in: mention.number.canonical))
            }
            return found.count == 1 ? found[0] : nil
        }
        return mentions.map { mention in
            guard let code = mention.number.issuerCode,
                  let other = readBack[code] ?? citedElsewhere(code, in: mention) else { return mention }
            var m = mention
            m.number.issuerCode = other
            m.number.canonical = replacingToken(code, with: other, in: m.number.canonical)
            return m
        }
    }

    /// Whether the code `a` is the likelier reading of the two: written more often, or as often and a known issuer's
    /// code while `b` is none.
    private static func isLikelier(_ a: String, than b: String, counts: [String: Int]) -> Bool {
        let n = counts[a, default: 0], m = counts[b, default: 0]
        return n > m || n == m && IssuerCodes.entry(a) != nil && IssuerCodes.entry(b) == nil
    }

    /// Whether `a` and `b` are as long and differ in one letter, a pair OCR confuses.
    private static func oneSlipApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count == y.count, x.count >= 2 else { return false }
        let differing = zip(x, y).filter { $0 != $1 }
        guard differing.count == 1, let (p, q) = differing.first else { return false }
        return confused[p]?.contains(q) == true
    }

    /// `text` with the part between separators ("/", "-") that equals `token` replaced.
    private static func replacingToken(_ token: String, with other: String, in text: String) -> String {
        var parts: [String] = []
        var current = ""
        for c in text {
            if c == "/" || c == "-" {
                parts.append(current == token ? other : current)
                parts.append(String(c))
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current == token ? other : current)
        return parts.joined()
    }
}
