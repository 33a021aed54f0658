import PCRE2
/// Gives back the hyphen that pdftotext's reading order takes from a line ending in one: it joins that line and
/// the next into one line, without the hyphen. "… văn bản số 3900/UBND-" / "NLN ngày 15/12/2020 …" comes out as
/// "… văn bản số 3900/UBNDNLN ngày 15/12/2020 …", and "GIAI ĐOẠN 2018-" / "2020”" as "GIAI ĐOẠN 20182020”".
///
/// Such a line is about twice as long as the text's wrapped lines, and the glued word lies where the first of
/// the two ended. Only there, and only in hard-wrapped text, two things are restored: a symbol whose part is two
/// codes run together (a type code, or a code the reference table or the text itself writes apart, then the
/// rest: "TTBCT", "UBNDNLN", "BGDĐTBNV"), and two years run together ("20182020"). Words ("CÁCBON" for
/// "CÁC-BON") are left as they are: nothing tells them from a word written whole.
struct LostLineHyphens: Repair {
    static let id = "lost-line-hyphens"

    /// A symbol after its running number (and year): codes joined by "-", "–" or "/".
    fileprivate static let symbol = try! Pattern(#"(?<![\p{L}\d/])\d{1,5}/(?:(?:19|20)\d\d/)?\p{Lu}[\p{L}\d&.]*(?:[-–/]\p{Lu}[\p{L}\d&.]*)*"#)
    /// Two years of a span run together ("20222023"), or with the space before the lost " -" ("2021 2026").
    private static let yearPair = try! Pattern(#"(?<![\d/.-])(?<first>(?:19|20)\d\d)(?<gap> ?)(?<second>(?:19|20)\d\d)(?![\d/])"#)
    /// "Công văn số" (OCR's "sô" too) before a symbol: a letter's symbol has no type code, so its first code is not
    /// read as one ("Công văn sô 1059/CTTTH-TTKT1" of Cục Thuế Thừa Thiên Huế is no "CT-TTH").
    private static let letterLead = try! Pattern(#"(?:Công văn|công văn|CV)\s+s[ốô]\s*:?\s*$"#)
    /// What a span of years follows: only there does "2021 2026" lack its dash.
    private static let spanLead = try! Pattern(#"(?:giai đoạn|nhiệm kỳ|năm học|niên khóa|niên khoá|niên độ|kế hoạch)\s*$"#, options: .caseless)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        guard let width = Self.wrappedWidth(lines) else { return nil }
        let filled = lines.indices.filter { !lines[$0].isBlank }
        let parts = SymbolParts(lines)
        var result = lines
        var changed = false
        for (n, i) in filled.enumerated() {
            // Two years of a span lost their dash wherever the break fell; a paragraph's short last line joined
            // to the line above does not make that line much longer.
            if Self.mayHoldYearPair(lines[i].text), !lines[i].text.containsBytes("   "), let fixed = Self.restoringYears(result[i]) {
                result[i] = fixed; changed = true
            }
            let length = lines[i].scalarCount
            // The width of the block the line stands in: its neighbours' (a subject's lines are shorter than the body's).
            let local = max(n > 0 ? lines[filled[n - 1]].scalarCount : 0, n + 1 < filled.count ? lines[filled[n + 1]].scalarCount : 0)
            var widths: [Int] = []
            if length * 2 >= width * 3 { widths.append(width) }
            if local >= 25, length * 20 >= local * 29, local != width { widths.append(local) }
            // A line laid out in columns (-layout, antiword's cells) was never joined.
            guard !widths.isEmpty, length <= max(width, local) * 4, !lines[i].text.containsBytes("   "), !lines[i].text.containsByte(0x7C) else { continue }
            if let fixed = Self.restoring(result[i], widths: widths, parts: parts) { result[i] = fixed; changed = true }
        }
        return changed ? result : nil
    }

    /// The width of the text's wrapped lines (in scalars): the median length of its lines of 40 scalars or more,
    /// when at least half of them are close to it (hard-wrapped text); nil for text of one paragraph per line.
    static func wrappedWidth(_ lines: [TextLine]) -> Int? {
        let lengths = lines.lazy.map(\.scalarCount).filter { $0 >= 40 }.sorted()
        guard lengths.count >= 5 else { return nil }
        let width = lengths[lengths.count / 2]
        let close = lengths.filter { $0 * 5 >= width * 4 && $0 * 5 <= width * 6 }.count
        return close * 2 >= lengths.count ? width : nil
    }

    /// How often each code stands in the text's symbols as a part of its own ("BTNMT" in "1017/BTNMT-TCMT"),
    /// counted over the whole text the first time a glued part is weighed (seldom).
    final class SymbolParts {
        private let lines: [TextLine]
        init(_ lines: [TextLine]) { self.lines = lines }
        private(set) lazy var counts: [Substring: Int] = {
            var counts: [Substring: Int] = [:]
            for line in lines where line.text.containsByte(0x2F) {
                for m in LostLineHyphens.symbol.allMatches(in: line.text) {
                    guard let whole = m[0], let slash = whole.firstIndex(of: "/") else { continue }
                    for part in LostLineHyphens.codes(of: whole[whole.index(after: slash)...]) { counts[part, default: 0] += 1 }
                }
            }
            return counts
        }()
        subscript(_ code: Substring) -> Int? { counts[code] }
    }

    /// A symbol's codes after its running number, its year left out.
    fileprivate static func codes(of rest: Substring) -> [Substring] {
        rest.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" }).filter { !$0.allSatisfy(\.isNumber) }
    }

    /// `line` with a hyphen put back where a glued word lies across one of its joins, or nil.
    private static func restoring(_ line: TextLine, widths: [Int], parts: SymbolParts) -> TextLine? {
        let text = line.text
        // The joins: after about one wrapped line, and after two when three lines were joined.
        let joins = widths.flatMap { width in
            (1...max(1, line.scalarCount / width)).map { k in (k * width - width * 9 / 20)..<(k * width + width / 5) }
        }
        var cut: Int?
        for m in symbol.allMatches(in: text) where cut == nil {
            guard let (lower, upper) = m.byteRange(0), let whole = m[0], let slash = whole.firstIndex(of: "/") else { continue }
            let start = line.scalarOffset(utf8: lower), end = line.scalarOffset(utf8: upper)
            guard joins.contains(where: { $0.overlaps(start..<end) }) else { continue }
            let afterSlash = whole[whole.index(after: slash)...]
            let legal = afterSlash.prefix(5).last == "/" && afterSlash.prefix(4).allSatisfy(\.isNumber)
            let letter = letterLead.matches(String(decoding: text.utf8.prefix(lower), as: UTF8.self))
            for (j, part) in codes(of: afterSlash).enumerated() {
                guard let k = splitPoint(part, first: j == 0, legal: legal, letter: letter, parts: parts) else { continue }
                let offset = whole.unicodeScalars.distance(from: whole.unicodeScalars.startIndex, to: part.unicodeScalars.startIndex)
                    + part.prefix(k).unicodeScalars.count
                cut = start + offset
                break
            }
        }
        guard let cut else { return nil }
        return line.slice(0..<cut).joined(with: line.slice(cut..<line.scalarCount), separator: "-")
    }

    /// The cheap test before `yearPair`: eight digits, or four, a space and four.
    private static func mayHoldYearPair(_ text: String) -> Bool {
        guard text.utf8.count >= 8 else { return false }
        var text = text
        return text.withUTF8(holdsYearPair)
    }

    private static func holdsYearPair(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0, previousRun = 0, afterSpace = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run == 8 || run == 4 && afterSpace && previousRun == 4 { return true }
            } else {
                afterSpace = byte == 0x20 && run > 0
                previousRun = afterSpace ? run : 0
                run = 0
            }
        }
        return false
    }

    /// `line` with the dash of a span of years put back ("20222023" → "2022-2023", "2021 2026" after "nhiệm kỳ"
    /// → "2021 - 2026"): the later year within ten of the first.
    private static func restoringYears(_ line: TextLine) -> TextLine? {
        for m in yearPair.allMatches(in: line.text) {
            guard let first = m["first"].flatMap({ Int($0) }), let second = m["second"].flatMap({ Int($0) }),
                  second > first, second - first <= 10, let (lower, _) = m.byteRange(0) else { continue }
            let spaced = m["gap"]?.isEmpty == false
            if spaced, !spanLead.matches(String(decoding: line.text.utf8.prefix(lower), as: UTF8.self)) { continue }
            let start = line.scalarOffset(utf8: lower)
            if spaced {
                return line.slice(0..<(start + 4)).joined(with: line.slice((start + 5)..<line.scalarCount), separator: " - ")
            }
            return line.slice(0..<(start + 4)).joined(with: line.slice((start + 4)..<line.scalarCount), separator: "-")
        }
        return nil
    }

    /// Where `part` splits into two codes (characters from its start), or nil: the text never writes it whole
    /// elsewhere, its first code is known (a type code first in the symbol, unless a letter's; a code of three letters or
    /// more the reference table or the text knows), and the rest is a code of two letters or more.
    private static func splitPoint(_ part: Substring, first: Bool, legal: Bool, letter: Bool, parts: SymbolParts) -> Int? {
        guard part.count >= 4, !part.contains("&"), !part.contains("."), IssuerCodes.entry(String(part)) == nil,
              !NumberParser.isTypeCode(String(part)) else { return nil }
        for k in stride(from: part.count - 2, through: 2, by: -1) {
            let prefix = part.prefix(k), rest = part.dropFirst(k)
            guard rest.first?.isUppercase == true else { continue }
            let type = !letter && symbolTypes.contains(String(prefix)) && (rest.count >= 3 || isKnown(rest, parts: parts))
            let splits = first ? type || !legal && prefix.count >= 3 && isKnown(prefix, parts: parts)
                               : prefix.count >= 3 && (isKnown(prefix, parts: parts) || rest.count >= 3 && isKnown(rest, parts: parts))
            if splits { return (parts[part] ?? 0) <= 1 ? k : nil }
        }
        return nil
    }

    /// The type codes that open a symbol before its issuer's ("TT-BCT", "QĐ-UBND"); rarer ones ("TC", "PG") also
    /// begin issuers' codes ("TCHQ", "PGD").
    private static let symbolTypes: Set<String> = ["QĐ", "NQ", "CT", "TB", "HD", "KH", "BC", "TTr", "TT", "NĐ", "TTLT", "KL",
                                                   "CV", "GM", "GP", "QyĐ", "QĐi", "CTr", "BB", "NQLT", "CTLT"]

    /// A code of the reference table, or one the text writes as a part of its own in a symbol.
    private static func isKnown(_ code: Substring, parts: SymbolParts) -> Bool {
        IssuerCodes.entry(String(code)) != nil || NumberParser.isTypeCode(String(code)) || parts[code] != nil
    }
}
