import Foundation
import PCRE2
/// A numbering marker at the start of a body line, and the numbering style it belongs to.
struct OutlineMarker {
    /// Numbering styles. Legal styles have a fixed rank; the others nest in the order they appear.
    enum Style: Hashable {
        case part, chapter, legalSection, legalSubsection, article
        case roman, capitalLetter, arabic, dotted(depth: Int), letter
        case dash, plus, bullet

        /// Fixed rank of the legal hierarchy (Phần > Chương > Mục > Tiểu mục > Điều); nil for others.
        var legalRank: Int? {
            switch self {
            case .part: 1
            case .chapter: 2
            case .legalSection: 3
            case .legalSubsection: 4
            case .article: 5
            default: nil
            }
        }
    }

    var style: Style
    /// As written, without trailing punctuation ("II", "1.2", "a", "Điều 5", "-").
    var marker: String
    var ordinal: Int?
    /// Scalar offset in the line where the text after the marker begins.
    var restOffset: Int

    private static let rules: [(Pattern, Style)] = [
        // "PHẦN THỨ NHẤT", "Phần thứ hai", and the opening part of an Đề án, "Phần mở đầu".
        (try! Pattern(#"^(?:PHẦN|Phần)\s+(?<m>(?:THỨ|[Tt]hứ)\s+\p{L}+|MỞ ĐẦU|[Mm]ở đầu|[IVXLC](?: ?[IVXLC])*|\d+)(?!\p{L})\s*[.:\-–]?\s*"#), .part),
        // OCR reads a chapter's I as "l" or "|" ("Chương |", "Chương Ill") and may lose the marks ("Chuong IV"):
        // such a numeral is taken only alone on its line, the chapter's title below it.
        (try! Pattern(#"^(?:CHƯƠNG|Chương|CHUONG|Chuong)\s*(?<m>[IVXLC](?: ?[IVXLC])*(?![l|])|\d+|[IVX]*[l|][IVXl|]{0,3}(?=\s*$))(?:\b|(?<=[|]))\s*[.:\-–]?\s*"#), .chapter),
        (try! Pattern(#"^(?:MỤC|Mục)\s+(?<m>\d+|[IVXLC]+)\b\s*[.:\-–]?\s*"#), .legalSection),
        (try! Pattern(#"^(?:TIỂU MỤC|Tiểu mục)\s+(?<m>\d+)\b\s*[.:\-–]?\s*"#), .legalSubsection),
        // OCR reads an article's "1" as "l" or "I" ("Điều l. Đối tượng, phạm vi điều chỉnh"). A tone slipped onto
        // another letter ("Đỉều 3.", "Điếu 2.") is still the article, before its number and stop.
        (try! Pattern(#"^(?|(?:Điều|ĐIỀU|Đ iều|Dieu|DIEU)\s*(?<m>\d+[a-z]?|[lI](?=\s*[.:]))\s*(?:[.:,]\s*|$)|Đ[iìíỉĩị][êềếểễệ]u\s*(?<m>\d+)\s*[.:]\s*)"#), .article),
        // "II.3" numbers a point inside part II (a table's group rows), it is not part II again.
        // "I/ " and "I/- " as some offices write it (an arabic "6/ " is as often OCR's reading of "V/v").
        (try! Pattern(#"^(?<m>[IVXL]{1,5})(?!\.\d)(?:\s*[.\-–)]|/[\-–]?(?=\s))\s*"#), .roman),
        // OCR's roman numeral with an I read as "l", "T", "H" or "|" ("ITI. MỤC TIÊU", "IH. MỤC TIÊU"): only before a
        // heading in capitals.
        (try! Pattern(#"^(?<m>[IVX](?=[IVXlTH|]*[lTH|])[IVXlTH|]{1,3})\.\s+(?=\p{Lu}{2})"#), .roman),
        // With a small "l" or a bar for an I, no word is written so: also before a heading in sentence case ("Il. Xây
        // dựng chỉ tiêu …").
        (try! Pattern(#"^(?<m>[IVX](?=[IVXl|]*[l|])[IVXl|]{1,3})\.\s+(?=\p{Lu})"#), .roman),
        // OCR's numeral without its dot, before a heading in capitals ("I QUAN ĐIỂM CHỈ ĐẠO"): no Vietnamese word
        // is written I, V or X alone.
        (try! Pattern(#"^(?<m>[IVX]{1,4})\s+(?=\p{Lu}{2,}\s+\p{Lu}{2,})"#), .roman),
        // "I, ĐẶC ĐIỂM TÌNH HÌNH": a comma typed for the dot, before a heading in capitals.
        (try! Pattern(#"^(?<m>[IVXL]{1,5}),\s+(?=\p{Lu}{2})"#), .roman),
        (try! Pattern(#"^(?<m>[A-H])\s*[-–](?:\s+(?=\p{Lu})|(?=\p{Lu}{2}))"#), .capitalLetter),   // also "A -MỤC ĐÍCH"
        // "A. ĐÁNH GIÁ TÌNH HÌNH …", "B. PHẦN THỨ HAI: …" (also "A . MỤC ĐÍCH"): a part of a report, its title in capitals.
        (try! Pattern(#"^(?<m>[A-H]) ?\.\s+(?=\p{Lu}[\p{Lu}\d ,:;–-]{7})"#), .capitalLetter),
        (try! Pattern(#"^(?<m>\d{1,2}(?:\.\d{1,2}){1,3})(?:\.|\s*[-–](?=\s))?(?:\s+|$)"#), .dotted(depth: 0)),
        // "1." "1)", the party's "1-" and older "1/-", and "1/ " before a capital as southern offices write it ("1/
        // Ban Cán sự Đảng …"; OCR's "6/ v" for "V/v" has its small v); "3 - Điều 61" (a hyphen apart) is a wrapped
        // citation, not a marker.
        (try! Pattern(#"^(?<m>\d{1,2})(?:\s*[.)]|/?[\-–]|/(?=\s+\p{Lu}))(?:\s+|$|(?=\p{Lu}\p{Ll}))"#), .arabic),   // also "1.Chính sách …"
        (try! Pattern(#"^(?<m>[a-zđ])\s*[)]\s*"#), .letter),
        (try! Pattern(#"^(?<m>[a-zđ])\.(?:\s+|$)"#), .letter),
        (try! Pattern(#"^(?<m>[-–—])\s*"#), .dash),
        (try! Pattern(#"^(?<m>\+)\s*"#), .plus),
        (try! Pattern(#"^(?<m>[•·▪●○◦*])\s*"#), .bullet),
    ]

    /// The marker at the start of `text` (already trimmed), or nil for prose.
    /// The rules that can match a line starting with `first`, so prose costs one switch, not 14 regexes.
    private static func candidates(_ first: Unicode.Scalar) -> ArraySlice<(Pattern, Style)> {
        switch first {
        case "0"..."9": return byStart.digit
        case "a"..."z", "đ": return byStart.lowercase
        case "-", "–", "—": return byStart.dash
        case "+": return byStart.plus
        case "•", "·", "▪", "●", "○", "◦", "*": return byStart.bullet
        case "P": return byStart.part
        case "C": return byStart.chapterOrLetter
        case "M": return byStart.section
        case "T": return byStart.subsection
        case "Đ", "D": return byStart.articleOrLetter
        case "I", "V", "X", "L": return byStart.roman
        case "A", "B", "E", "F", "G", "H": return byStart.letter
        default: return []
        }
    }

    /// The rules each first character can start, picked by style once.
    private static let byStart = (
        digit: pick { if case .dotted = $0 { return true }; return $0 == .arabic },
        lowercase: pick { $0 == .letter }, dash: pick { $0 == .dash }, plus: pick { $0 == .plus },
        bullet: pick { $0 == .bullet }, part: pick { $0 == .part },
        chapterOrLetter: pick { $0 == .chapter || $0 == .capitalLetter }, section: pick { $0 == .legalSection },
        subsection: pick { $0 == .legalSubsection }, articleOrLetter: pick { $0 == .article || $0 == .capitalLetter },
        roman: pick { $0 == .roman }, letter: pick { $0 == .capitalLetter })

    private static func pick(_ keep: (Style) -> Bool) -> ArraySlice<(Pattern, Style)> {
        ArraySlice(rules.filter { keep($0.1) })
    }

    static func recognise(_ text: String, line: TextLine) -> OutlineMarker? {
        guard let first = text.unicodeScalars.first else { return nil }
        // A rule drawn with dashes or stars ("-----", "***") marks no item.
        if "-–—*".unicodeScalars.contains(first), ListBullet.isRule(text) { return nil }
        for (pattern, style) in candidates(first) {
            guard let m = pattern.firstMatch(in: text), let raw = m["m"] else { continue }
            let rest = line.scalarOffset(utf8: m.byteRange(0)!.1)
            // OCR splits letters of a numeral ("CHƯƠNG V I"): the marker is the numeral without spaces.
            // A chapter's or a part's numeral read by OCR ("Il", "|", "ITI") is written back with I.
            let numeral = (style == .chapter || style == .roman) && raw.contains(where: { "l|TH".contains($0) })
                ? String(raw.map { "l|TH".contains($0) ? "I" : $0 }) : String(raw)
            let marker = numeral.allSatisfy({ "IVXLC ".contains($0) }) ? numeral.replacingOccurrences(of: " ", with: "")
                : VietnameseText.collapse(numeral)
            switch style {
            case .dotted:
                let depth = marker.split(separator: ".").count
                return OutlineMarker(style: .dotted(depth: depth), marker: marker,
                                     ordinal: marker.split(separator: ".").last.flatMap { Int($0) }, restOffset: rest)
            case .article:
                let marker = marker == "l" || marker == "I" ? "1" : marker
                // "Điều 29: khoản 2 Điều 31; …", "Điều 30, 31, 32" opening a wrapped line cite articles: a heading's
                // title opens with a capital (or the line ends at its number).
                if let next = String(decoding: text.utf8.dropFirst(m.byteRange(0)!.1), as: UTF8.self).unicodeScalars.first,
                   next.properties.isLowercase || ("0"..."9").contains(next) { continue }
                return OutlineMarker(style: style, marker: "Điều " + marker, ordinal: Int(marker.prefix { $0.isNumber }), restOffset: rest)
            case .roman, .part, .chapter, .legalSection:
                let value = Int(marker) ?? RomanNumeral.value(marker) ?? VietnameseOrdinal.value(marker)
                if style == .roman, value == nil { continue }
                // "Chương VI Nghị định số 77/2016/NĐ-CP …" opening a wrapped line is a citation in a sentence:
                // a heading's title on its line is set off by punctuation or written in capitals.
                if style != .roman, let whole = m[0], !whole.trimmingCharacters(in: .whitespaces).hasSuffix("."),
                   !":-–".contains(whole.trimmingCharacters(in: .whitespaces).last ?? " ") {
                    let rest = String(text[whole.endIndex...])
                    if rest.first?.isLetter == true, !VietnameseText.isUppercase(rest) { continue }
                }
                let prefix = style == .chapter ? "Chương " : style == .part ? "Phần " : style == .legalSection ? "Mục " : ""
                // "PHẦN THỨ NHẤT" is the part "Phần thứ nhất": words in sentence case, numerals as written.
                let words = Int(marker) == nil && RomanNumeral.value(marker) == nil ? marker.lowercased() : marker
                return OutlineMarker(style: style, marker: prefix + words, ordinal: value, restOffset: rest)
            case .letter:
                return OutlineMarker(style: style, marker: marker, ordinal: LetterSequence.ordinal(of: marker), restOffset: rest)
            case .capitalLetter:
                return OutlineMarker(style: style, marker: marker, ordinal: Int(marker.unicodeScalars.first!.value) - 64, restOffset: rest)
            case .arabic, .legalSubsection:
                if style == .arabic, rest < line.scalarCount, let next = text.unicodeScalars.dropFirst(rest).first,
                   "ABCDEFGHIVXL".unicodeScalars.contains(next) {
                    // "1. A.   NHIỆM VỤ TRỌNG TÂM": a Word list's number printed before the heading's own marker.
                    let after = line.slice(rest..<line.scalarCount)
                    if let inner = recognise(after.text, line: after), inner.style == .capitalLetter || inner.style == .roman {
                        return OutlineMarker(style: inner.style, marker: inner.marker, ordinal: inner.ordinal, restOffset: rest + inner.restOffset)
                    }
                }
                return OutlineMarker(style: style, marker: marker, ordinal: Int(marker), restOffset: rest)
            default:
                return OutlineMarker(style: style, marker: marker, ordinal: nil, restOffset: rest)
            }
        }
        return nil
    }
}

/// Roman numerals I … L.
enum RomanNumeral {
    /// The numeral for 1 … 49.
    static func string(_ value: Int) -> String? {
        guard (1...49).contains(value) else { return nil }
        let tens = ["", "X", "XX", "XXX", "XL"], units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return tens[value / 10] + units[value % 10]
    }

    static func value(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for ch in text.reversed() {
            guard let v = values[ch] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }
}

/// "THỨ NHẤT", "THỨ HAI" … in part headings.
enum VietnameseOrdinal {
    static func value(_ text: String) -> Int? {
        let words = ["NHẤT": 1, "HAI": 2, "BA": 3, "TƯ": 4, "NĂM": 5, "SÁU": 6, "BẢY": 7, "TÁM": 8, "CHÍN": 9, "MƯỜI": 10, "ĐẦU": 0]
        return text.split(separator: " ").last.flatMap { words[String($0).uppercased()] }
    }
}

/// The Vietnamese letter sequence of điểm: a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).
enum LetterSequence {
    static let letters: [String] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
    static func ordinal(of letter: String) -> Int? { letters.firstIndex(of: letter).map { $0 + 1 } }
}
