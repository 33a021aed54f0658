import Foundation
import PCRE2
/// Finds every date, time and period in a line of text: "ngày 15 tháng 5 năm 2024", "29/4/2025",
/// "13h30 ngày 15/5/2025", "ngày    /5/2025" (blank day), "tháng 7/2025", "quý II/2025", "năm 2025",
/// "giai đoạn 2026 - 2030". Impossible dates (31/4/2025) are kept; the checks flag them.
enum DateExtractor {
    private static let qualifier = #"(?:(?<![\p{L}])(?<qual>trước|sau|chậm nhất|từ|kể từ|đến hết|đến|tới)\s+)?"#
    private static let time = #"(?<h>\d{1,2})\s*(?:h|giờ|g)\s*(?<mi>\d{2})?(?:\s*(?:phút|'|’))?"#
    /// The day may be OCR'd into letters that look like digits ("ngày l ĩ tháng 10", "ngày l7 tháng 6"); a
    /// month's leading zero may stand apart ("tháng 0 6"); OCR or a typist may slip the month word's mark ("thắng", "thăng", "thừng", "thảng")
    /// between a day and a year, and read a scan's specks between the words ("ngày. 21. tháng 12 năm. 2016",
    /// "ngày 23.tháng 7.năm 2021", "ngày:27 tháng 8 năm 2025", "ngày 22 tháng, 4 năm 2013"): a stop, colon or bar, one between two words;
    /// and "nắm" for "năm", as tesseract reads an italic date; "ngay" for "ngày" before its number ("ngay22 tháng 11").
    private static let dayWords = #"ng(?:ày|ây|ay(?=\s*\d))\s*[.:|]?\s*(?:(?<d>\d{1,2})|(?<dOCR>[\dlIiíìỉĩị|]{1,2}))?\s*[,.:]?\s*(?:tháng|thang|th[ắăừảạ]ng)\s*[,.:]?\s*(?<m>0\s[1-9]|\d{1,2})?\s*[.:|]?\s*n[ăắ]m\s*[.:|]?\s*(?<y>\d{4})"#
    /// "15/5/2024", "15-5-2024", "15.5.2024". With dots the day and month must be in range: "66.13.2026" in
    /// a file name is a number, not an impossible date (with "/" or "-" it is a date, kept and marked invalid).
    /// OCR's space inside the month 10–12 ("06/1 1/2013") is read through.
    private static let dayNumeric = #"(?:ngày\s*)?(?|(?<d>\d{1,2})\s?[/-]\s?(?<m>\d{1,2}|1\s[0-2])\s?[/-]\s?(?<y>(?:19|20)\d\d)|(?<![\d.])(?<d>0?[1-9]|[12]\d|3[01])\s?\.\s?(?<m>0?[1-9]|1[0-2])\s?\.\s?(?<y>(?:19|20)\d\d))(?![\d/])"#
    private static let blankDay = #"ngày\s*(?:…+|\.+)?\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>(?:19|20)\d\d)(?![\d/])"#
    private static let monthYear = #"tháng\s*(?<m>\d{1,2})\s*(?:/|-|năm)\s*(?<y>(?:19|20)\d\d)(?![\d/])"#
    private static let quarter = #"quý\s+(?<q>IV|I{1,3}|[1-4])\s*(?:/|năm)\s*(?<y>(?:19|20)\d\d)"#
    private static let period = #"(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s*(?:từ\s*)?(?:năm\s*)?(?<y1>(?:19|20)\d\d)\s*(?:-|–|đến|tới)\s*(?:năm\s*)?(?<y2>(?:19|20)\d\d)"#
    private static let yearOnly = #"năm\s+(?<y>(?:19|20)\d\d)(?![\d/])"#

    private static let patterns: [(Pattern, Shape)] = [
        (try! Pattern(qualifier + time + #"\s*(?:,\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?(?:(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>(?:19|20)\d\d)|(?<d2>\d{1,2})\s*tháng\s*(?<m2>\d{1,2})\s*năm\s*(?<y2>\d{4}))"#, options: .caseless), .timeThenDate),
        (try! Pattern(qualifier + #"(?:ngày\s*)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>(?:19|20)\d\d)\s*,?\s*(?:(?:vào\s+)?lúc\s*)?(?<h>\d{1,2})\s*(?::|h|giờ)\s*(?<mi>\d{2})(?::\d{2})?(?:\s*phút)?"#, options: .caseless), .timeThenDate),
        (try! Pattern(qualifier + period, options: .caseless), .period),
        (try! Pattern(qualifier + dayWords, options: .caseless), .day),
        (try! Pattern(qualifier + blankDay, options: .caseless), .day),
        (try! Pattern(qualifier + dayNumeric, options: .caseless), .day),
        (try! Pattern(qualifier + quarter, options: .caseless), .quarter),
        (try! Pattern(qualifier + monthYear, options: .caseless), .day),
        (try! Pattern(qualifier + yearOnly, options: .caseless), .day),
    ]

    private enum Shape { case timeThenDate, day, quarter, period }

    private static let deadlineWords = try! Pattern(#"(?:trước|chậm nhất|hạn chót|thời hạn|hạn|hoàn thành|xong)\s*(?:trong\s*)?(?:là\s*)?(?:vào\s*)?$"#, options: .caseless)
    private static let clockWithSeconds = try! Pattern(#"\d:\d\d:\d\d"#)
    /// "xong trong", "hoàn thành trong": a quarter or month by which work is due.
    private static let completionWords = try! Pattern(#"(?:xong|hoàn thành)\s*(?:trong\s*)?(?:vào\s*)?$"#, options: .caseless)
    /// A date given with a document it dates: "Luật Đầu tư ngày …", "Giấy chứng nhận … số 161… ngày …".
    private static let citationWords = try! Pattern(#"(?:\bký\s*$|\bsố\s*:?\s*\S+|\b(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kết luận|Kế hoạch|Công văn|Văn bản|Giấy phép|Giấy chứng nhận|Hiệp định|Nghị định thư)\b[^;.:()]{0,60})\s*(?:ký\s+)?$"#)
    private static let effectiveWords = try! Pattern(#"hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s*$"#, options: .caseless)
    private static let periodWords = try! Pattern(#"(?:từ|đến|tới)\s*$"#, options: .caseless)

    /// The first date in `line` that a document can be issued on: a day, month or year, never a span of them
    /// ("nhiệm kỳ 2012 - 2017" before the place and date a slip made unreadable).
    static func issueDate(in line: TextLine) -> DateMention? {
        dates(in: line).first { $0.end == nil }
    }

    /// Every date mention in `line`, left to right, without overlaps.
    static func dates(in line: TextLine) -> [DateMention] {
        let text = line.text
        // Every date form has a four-digit year: a line without digits has no date.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        var found: [(range: (Int, Int), mention: DateMention)] = []
        let hints = Hints(text)
        for (index, (pattern, shape)) in patterns.enumerated() where hints.mayMatch(index) {
            for m in pattern.allMatches(in: text) {
                let (lower, upper) = m.byteRange(0)!
                if found.contains(where: { $0.range.0 < upper && lower < $0.range.1 }) { continue }
                guard var mention = make(m, shape, line) else { continue }
                let before = String(decoding: text.utf8.prefix(lower), as: UTF8.self)
                mention.role = role(for: mention, qualifier: m["qual"].map(String.init), before: before, shape: shape)
                found.append(((lower, upper), mention))
            }
        }
        found.sort { $0.range.0 < $1.range.0 }
        return mergedRanges(found, in: line).map(\.mention)
    }

    /// Literals each pattern needs, checked on bytes first so most lines run two or three regexes, not nine.
    private struct Hints {
        let numericDate: Bool, clock: Bool, month: Bool, year: Bool, day: Bool, quarter: Bool, span: Bool, slash: Bool

        init(_ text: String) {
            let bytes = Self.lowercasedBytes(text)
            var numericDate = false, clock = false
            for i in bytes.indices where bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                var j = i + 1
                if j < bytes.count, bytes[j] == 0x20 { j += 1 }
                guard j < bytes.count else { continue }
                let next = bytes[j]
                if next == 0x2F || next == 0x2D || next == 0x2E { numericDate = true }     // 15/5, 15-5, 15.5
                if next == 0x68 || next == 0x67 || next == 0x3A { clock = true }          // 13h, 9g, 09:58
            }
            self.numericDate = numericDate
            func has(_ needle: [UInt8]) -> Bool { bytes.containsBytes(needle) }
            self.clock = clock || has(Self.gio)
            month = has(Self.thang) || has(Self.thangPlain) || has(Self.ngay) && Self.ocrThang.contains(where: has)
            year = has(Self.nam)
            day = has(Self.ngay)
            quarter = has(Self.quy)
            span = has(Self.doan) || has(Self.ky)
            slash = bytes.contains(0x2F)
        }

        private static let gio = Array("giờ".utf8), thang = Array("tháng".utf8), thangPlain = Array("thang".utf8)
        private static let ocrThang = ["thắng", "thăng", "thừng", "thảng", "thạng"].map { Array($0.utf8) }
        private static let nam = Array("năm".utf8), ngay = Array("ngày".utf8), quy = Array("quý".utf8)
        private static let doan = Array("đoạn".utf8), ky = Array("kỳ".utf8)

        /// UTF-8 of `text` with the capitals a date word can carry made small, byte by byte: ASCII, Latin-1
        /// (C3 80…9E), Latin Extended-A pairs (Ă Đ: C4 even → odd) and the Vietnamese block (E1 BA/BB even →
        /// odd). Only for finding hints: `String.lowercased()` costs a Unicode table look-up per scalar.
        static func lowercasedBytes(_ text: String) -> [UInt8] {
            var bytes = Array(text.utf8)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A { bytes[i] = b | 0x20 }
                    i += 1
                } else if b == 0xC3, i + 1 < n {
                    if bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9E && bytes[i + 1] != 0x97 { bytes[i + 1] |= 0x20 }
                    i += 2
                } else if b == 0xC4, i + 1 < n {
                    if bytes[i + 1] & 1 == 0 { bytes[i + 1] |= 1 }
                    i += 2
                } else if b == 0xE1, i + 2 < n, bytes[i + 1] == 0xBA || bytes[i + 1] == 0xBB {
                    if bytes[i + 2] & 1 == 0 { bytes[i + 2] |= 1 }
                    i += 3
                } else {
                    i += 1
                }
            }
            return bytes
        }


        /// Whether pattern `index` of `patterns` can match at all.
        func mayMatch(_ index: Int) -> Bool {
            switch index {
            case 0: return clock && (numericDate || month)          // 13h30 ngày 15/5/2025
            case 1: return clock && numericDate                     // 28-07-2026 09:58:36
            case 2: return span                                     // giai đoạn 2026 - 2030
            case 3: return month                                    // ngày 15 tháng 5 năm 2024
            case 4: return day && slash                             // ngày    /5/2025
            case 5: return numericDate                              // 29/4/2025
            case 6: return quarter                                  // quý II/2025
            case 7: return month                                    // tháng 7/2025
            default: return year                                    // năm 2025
            }
        }
    }

    /// "từ ngày 01/7/2026 đến ngày 15/7/2026" is one period: the first date with the second as its end.
    private static func mergedRanges(_ found: [(range: (Int, Int), mention: DateMention)], in line: TextLine)
        -> [(range: (Int, Int), mention: DateMention)] {
        var out: [(range: (Int, Int), mention: DateMention)] = []
        let utf8 = Array(line.text.utf8)
        for item in found {
            if let last = out.last, last.mention.text.lowercased().hasPrefix("từ"),
               item.mention.text.lowercased().hasPrefix("đến") || item.mention.text.lowercased().hasPrefix("tới"),
               last.range.1 <= item.range.0, utf8[last.range.1..<item.range.0].allSatisfy({ $0 == 0x20 || $0 == 0x2C }) {
                var merged = last.mention
                merged.text = VietnameseText.collapse(String(decoding: utf8[last.range.0..<item.range.1], as: UTF8.self))
                merged.end = item.mention.point
                merged.role = .period
                merged.span = last.mention.span.union(item.mention.span)
                out[out.count - 1] = ((last.range.0, item.range.1), merged)
            } else {
                out.append(item)
            }
        }
        return out
    }

    /// A day whose digits OCR read as letters of the same shape: "l", "I", "ĩ", "|" for 1 ("l7" is 17).
    private static func ocrDay(_ written: Substring?) -> Int? {
        guard let written else { return nil }
        let digits = String(written.map { $0.isNumber ? $0 : "1" })
        guard let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private static func make(_ m: Match, _ shape: Shape, _ line: TextLine) -> DateMention? {
        func int(_ name: String) -> Int? { m[name].flatMap { Int($0.filter { $0 != " " }) } }
        let span = line.span(utf8: m.byteRange(0)!.0..<m.byteRange(0)!.1)
        let text = VietnameseText.collapse(m[0]!)
        switch shape {
        case .timeThenDate:
            guard let year = int("y") ?? int("y2") else { return nil }
            return DateMention(text: text, year: year, month: int("m") ?? int("m2"), day: int("d") ?? int("d2"),
                               hour: int("h"), minute: int("mi") ?? 0, span: span)
        case .day:
            guard let year = int("y") else { return nil }
            let month = int("m")
            return DateMention(text: text, year: year, month: month, day: month == nil ? nil : int("d") ?? ocrDay(m["dOCR"]), span: span)
        case .quarter:
            guard let year = int("y"), let q = m["q"] else { return nil }
            let quarter = ["I": 1, "II": 2, "III": 3, "IV": 4][String(q).uppercased()] ?? Int(q) ?? 1
            return DateMention(text: text, year: year, month: 3 * quarter - 2,
                               end: CalendarPoint(year: year, month: 3 * quarter), span: span)
        case .period:
            guard let first = int("y1"), let last = int("y2") else { return nil }
            return DateMention(text: text, year: first, end: CalendarPoint(year: last), span: span)
        }
    }

    private static func role(for mention: DateMention, qualifier: String?, before: String, shape: Shape) -> DateMention.Role? {
        let q = qualifier?.lowercased()
        let tail = String(before.suffix(40))
        if shape == .quarter || mention.end != nil, q == nil, completionWords.matches(tail) { return .deadline }
        if shape == .period || shape == .quarter || mention.end != nil { return .period }
        if q == "đến hết" { return .period }
        if effectiveWords.matches(tail) || (q == "từ" || q == "kể từ") && tail.lowercased().containsBytes("hiệu lực") { return .effective }
        if q == "trước" || q == "chậm nhất" || q == "hạn" || deadlineWords.matches(tail) { return .deadline }
        // A clock with seconds ("28-07-2026 09:58:36") is a timestamp, not an event.
        if mention.hour != nil, clockWithSeconds.matches(mention.text) { return nil }
        // "tính đến 17h00 ngày 30/6/2026": a cut-off the text reports up to, not an event.
        if mention.hour != nil, q == "đến" || q == "tới" || q == "đến hết" { return .period }
        if mention.hour != nil || q == "sau" { return .schedule }
        if q == "từ" || q == "đến" || q == "tới" || periodWords.matches(tail) { return .period }
        if q == nil, mention.text.lowercased().hasPrefix("ngày"), citationWords.matches(String(before.suffix(90))) { return .citation }
        return nil
    }
}

