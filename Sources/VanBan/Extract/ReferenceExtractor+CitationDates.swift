import PCRE2

/// Which date a cited number carries (`ReferenceExtractor.mentions`): the date right after it ("số 12/QĐ-UBND ngày
/// …"), one that opens the clause issuing it ("Ngày 18/8/2026, Sở … có Văn bản số …"), or one later in its clause
/// after its issuer and an act of issuing, or after its subject when the date ends the clause.
extension ReferenceExtractor {
    /// The day word before a date, with the spaces after it.
    static let dayWord = try! Pattern("^" + dayWordSpelling + #"\s+"#, options: .caseless)

    /// Where `date` stands in `text`: its words as the mention holds them, each space of them one or more in the
    /// text ("ngày  31  tháng  3" of a justified line; `DateMention.text` is collapsed).
    static func written(_ date: DateMention, in text: String) -> Range<String.Index>? {
        if let range = text.range(of: date.text) { return range }
        let words = date.text.split(separator: " ")
        guard words.count > 1 else { return nil }
        var from = text.startIndex
        while let first = text.range(of: words[0], range: from..<text.endIndex) {
            var end: String.Index? = first.upperBound
            for word in words.dropFirst() {
                guard var i = end, i < text.endIndex, text[i] == " " else { end = nil; break }
                while i < text.endIndex, text[i] == " " { i = text.index(after: i) }
                end = text[i...].hasPrefix(word) ? text.index(i, offsetBy: word.count) : nil
            }
            if let end { return first.lowerBound..<end }
            from = first.upperBound
        }
        return nil
    }

    /// The date that `text` opens with, "ngày" (or OCR's "ngây") before it or not.
    /// The first of `dates` after `position` that is written so: a line may hold the same date twice ("Quyết định số
    /// 33/QĐ-TCT ngày 12/01/2023 … Nghị quyết số 01/NQ-CP ngày 12/01/2023"), and each number has its own.
    static func date(opening text: String, among dates: [DateMention], after position: SourcePosition) -> DateMention? {
        let following = withoutDayWord(VietnameseText.collapse(text.prefix(80)))
        return dates.first { $0.span.start >= position && following.hasPrefix(withoutDayWord($0.text)) }
            ?? dates.first { following.hasPrefix(withoutDayWord($0.text)) }
    }

    static func withoutDayWord(_ text: String) -> String {
        guard let m = dayWord.firstMatch(in: text) else { return text }
        return String(decoding: text.utf8.dropFirst(m.byteRange(0)!.1), as: UTF8.self)
    }

    /// "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP", "Ngày 18/8/2026, Sở … có
    /// Văn bản số 7914/SNNMT-KS", "Ngày 26/11/2024, Quốc hội đã thông qua Luật … số 48/2024/QH15": a date that opens
    /// the clause, then an act of issuing, passing or sending, then the number. The date belongs to that number.
    /// The verb may be run into the syllable before it, as pdftotext loses the space after some fonts' marked letters
    /// ("Ban Thường vụĐảng uỷban hành Công văn số 175-CV/ĐU"): no syllable holds a marked letter before "ban".
    static let issuingBetween = try! Pattern(#"(?i)^[^;.]{0,100}(?:\b|(?<=[^\x00-\x7F]))(?:ban hành|đã có|có văn bản|có công văn|có ý kiến|có tờ trình|có báo cáo|có thông báo|gửi|ký|nhận được|ra|thông qua)\b[^;.]{0,60}$"#)

    /// Whether `date`, after a comma that follows a number, opens the next clause, which issues another number
    /// ("… Luật Quản lý thuế số 38/2019/QH14, ngày 19 tháng 10 năm 2020, Chính phủ đã ban hành Nghị định số
    /// 123/2020/NĐ-CP"): the date is that number's (`dateBefore`), not this one's.
    static func opensNextClause(_ date: DateMention, after text: String) -> Bool {
        guard text.drop(while: { $0 == " " }).first == ",", let range = written(date, in: text) else { return false }
        let rest = String(text[range.upperBound...])
        guard rest.drop(while: { $0 == " " }).first == ",", let next = number.firstMatch(in: rest),
              let start = next.range(0)?.lowerBound else { return false }
        return issuingBetween.matches(String(rest[..<start]))
    }

    /// Who issued a number and the act that dates it, later in its clause: "số 839/ĐK-PCCC của phòng PC 07 công an
    /// tỉnh Yên Bái cấp ngày 29/12/2011", "… do Sở Xây dựng ban hành ngày …". Without its issuer the act may be
    /// the sentence's ("Nghị định số 21/2026/NĐ-CP sửa đổi … Nghị định số 193/2025/NĐ-CP đã được ban hành ngày …").
    static let issuedOn = try! Pattern(#"^\s*,?\s*(?:của|do)\s+[^,;()]{1,80}?\s+(?i:cấp|ban hành|ký|phê duyệt)\s+$"#)
    /// A number's subject before its date, the date ending the clause: "Quyết định số 02/QĐ-PQLCS về việc thành lập Ban
    /// chỉ huy PCCC của cơ sở ngày 01/01/2016;".
    static let subjectThenDate = try! Pattern(#"^\s*(?:của\s+[^,;()]{1,80}?\s+)?(?:về việc|về|V/v)\s+[^;()]{3,140}\s+$"#)
    /// What ends a clause after a date: a stop, a semicolon, a comma, a closing bracket or the line's end.
    static let clauseEnd = try! Pattern(#"^\s*(?:[;,)]|\.(?:\s|$)|$)"#)

    /// The date later in the clause after a number (up to its ";" or the next number) when the clause says it
    /// dates the number: an act of issuing just before it (`issuedOn`), or the number's subject before it with
    /// the clause ending after it (`subjectThenDate`).
    static func dateLaterInClause(_ after: String, from end: SourcePosition, among datesByStart: [DateMention]) -> DateMention? {
        // The first dates that start after the number (found by halving): a clause of 240 characters holds no more.
        var lo = 0, hi = datesByStart.count
        while lo < hi { let mid = (lo + hi) / 2; if datesByStart[mid].span.start < end { lo = mid + 1 } else { hi = mid } }
        let dates = datesByStart[lo...].prefix(12)
        guard !dates.isEmpty else { return nil }
        var text = String(after.prefix(240))
        if let stop = text.firstIndex(of: ";") { text = String(text[..<stop]) }
        if let next = number.firstMatch(in: text), let start = next.range(0)?.lowerBound { text = String(text[..<start]) }
        var best: (DateMention, Range<String.Index>)?
        for date in dates {
            guard let range = written(date, in: text), best.map({ range.lowerBound < $0.1.lowerBound }) ?? true else { continue }
            best = (date, range)
        }
        guard let (date, range) = best else { return nil }
        var lead = String(text[..<range.lowerBound])
        // A date written in figures carries its "ngày" in front of it.
        if !date.text.lowercased().hasPrefix("ngày") {
            guard lead.lowercased().hasSuffix("ngày ") else { return nil }
            lead.removeLast(5)
        }
        if issuedOn.matches(lead) { return date }
        return subjectThenDate.matches(lead) && clauseEnd.matches(String(text[range.upperBound...])) ? date : nil
    }

    /// "… sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật …
    /// số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the date after a list of the acts an unnumbered act amends, none
    /// dated on its own, dates the amending act (Luật 43/2024/QH15), not the list's last number.
    static let amends = try! Pattern(#"(?i)sửa đổi,?\s+bổ sung\b[^;]*$"#)

    /// What joins a listed act's number to the next act's name: a comma or "và", then the name ("Luật Nhà ở số"),
    /// not the words of another phrase ("… của Bộ trưởng … quy định chi tiết một số điều của Nghị định số").
    static let listJoin = try! Pattern(#"^\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:(?!của\b|quy định\b)[^,;()])*$"#)

    /// Whether the number after `before` closes a list of two or more amended acts with no date among them.
    static func closesAmendedList(_ before: String) -> Bool {
        guard let m = amends.firstMatch(in: before), let range = m.range(0) else { return false }
        let list = String(before[range])
        guard let last = number.allMatches(in: list).last, let upper = last.byteRange(0)?.1,
              listJoin.matches(String(decoding: list.utf8.dropFirst(upper), as: UTF8.self)) else { return false }
        return !list.lowercased().containsBytes("ngày") && !dateInFigures.matches(list)
    }

    /// A date written in figures ("30/6/2025"), which `closesAmendedList` looks for between the listed numbers.
    private static let dateInFigures = try! Pattern(#"(?<![\d/])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)"#)

    static func dateBefore(_ numberStart: Int, in line: TextLine, dates: [DateMention]) -> DateMention? {
        let text = line.text
        let startOffset = line.scalarOffset(utf8: numberStart)
        let anchor = line.position(at: startOffset)
        guard let date = dates.last(where: { $0.span.end <= anchor }) else { return nil }
        // The text between the date and the number, found by the date's own words.
        guard let dateRange = written(date, in: text) else { return nil }
        let numberIndex = text.utf8.index(text.startIndex, offsetBy: numberStart)
        guard dateRange.upperBound <= numberIndex else { return nil }
        var before = text[..<dateRange.lowerBound]
        var capitalised = date.text.hasPrefix("Ngày")
        // "Ngày 18/8/2026": a date written in figures carries its "ngày" in front of it.
        if !date.text.lowercased().hasPrefix("ngày") {
            guard before.lowercased().hasSuffix("ngày ") else { return nil }
            capitalised = before.hasSuffix("Ngày ")
            before = before.dropLast(5)
        }
        // The date opens its clause: nothing but spaces, the end of a sentence, a comma or an item's
        // marker ("- Ngày 30/8/2021, Giám đốc Sở … ban hành Quyết định số …"), or OCR's specks for one (".__"), before it.
        // A quotation closed at the sentence's end ("… năm 2022.”") ends it as its stop does. "Ngày" in capitals opens a
        // sentence whatever a joined paragraph set before it: a title in capitals, a page's stamped digits ("… ổn định…
        // 116 Ngày 22/7/2025, Uỷ ban nhân dân tỉnh ban hành Quyết định số …").
        var opening = before.trimmingCharacters(in: .whitespaces)
        while let last = opening.last, "”\"’".contains(last) { opening.removeLast() }
        let isMarker = opening.count <= 3 && (opening.allSatisfy { "-–+•*._~".contains($0) } || opening.hasSuffix(")"))
        guard capitalised || opening.isEmpty || isMarker || opening.hasSuffix(".") || opening.hasSuffix(",") || opening.hasSuffix(";")
                || opening.hasSuffix(":") else { return nil }
        let between = String(text[dateRange.upperBound..<numberIndex])
        // The date dates the first number the clause issues ("Ngày 17/6/2025 Bộ trưởng ban hành Thông tư số
        // 08/2025/TT-BNNMT sửa đổi Thông tư số 01/2022/TT-BTNMT": not the amended one), and the numbers listed
        // with it ("… Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-UBND").
        if let last = number.allMatches(in: between).last, let end = last.range(0)?.upperBound,
           !listedWithIt.matches(String(between[end...])) { return nil }
        return issuingBetween.matches(between) ? date : nil
    }
    /// "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": two acts of one kind
    /// and one issuer listed under one date, which dates both. The undated number takes the next one's date (and its
    /// issuer) when only a comma or "và" and the type's name stand between them, both have the same symbol, their
    /// running numbers are at most ten apart (one body's register on one day), and a year in the number is the
    /// date's. A number of another kind, issuer or year keeps no date ("Luật … số 29/2023/QH15 và Luật … số
    /// 32/2024/QH15 ngày 29 tháng 6 năm 2024": the date is the second law's only), nor one far off in the register
    /// ("Quyết định số 896/QĐ-TTg và Quyết định số 1422/QĐ-TTg ngày 19/11/2024": 896 is of 2022).
    /// `ranges`: where each of `mentions` (in the line's order) stands in `text`'s UTF-8 bytes.
    static func sharingListedDates(_ mentions: [Mention], at ranges: [(Int, Int)], in text: String) -> [Mention] {
        guard mentions.count > 1 else { return mentions }
        var mentions = mentions
        for i in mentions.indices.dropLast().reversed() {
            let next = mentions[i + 1]
            guard mentions[i].date == nil, let date = next.date, ranges[i].1 <= ranges[i + 1].0,
                  next.documentType == nil || next.documentType == mentions[i].documentType,
                  symbol(of: mentions[i].number) == symbol(of: next.number),
                  let sequence = mentions[i].number.sequence, let following = next.number.sequence,
                  sequence != following, abs(following - sequence) <= 10, mentions[i].number.year.map({ $0 == date.year }) ?? true else { continue }
            let between = String(decoding: text.utf8.dropFirst(ranges[i].1).prefix(ranges[i + 1].0 - ranges[i].1), as: UTF8.self)
            guard listedUnderOneDate.matches(between) else { continue }
            mentions[i].date = date
            if mentions[i].issuer == nil { mentions[i].issuer = next.issuer }
        }
        return mentions
    }

    /// A number's symbol, the running number cut off: "-QĐ/TW" of "217-QĐ/TW", "/2020/QĐ-UBND" of "33/2020/QĐ-UBND".
    private static func symbol(of number: DocumentNumber) -> Substring {
        number.canonical.drop { $0.isNumber }
    }

    /// What joins a number to the next one of the same act: a comma or "và", the type's name, "số".
    private static let listedWithIt = try! Pattern(#"^\s*(?:,|và)\s*(?:\p{L}+\s+){0,4}số\s*$"#)
    /// The same join where "số" may be left out ("Nghị quyết 01/NQ-CP và Nghị quyết 02/NQ-CP ngày 07/01/2013").
    private static let listedUnderOneDate = try! Pattern(#"^\s*(?:,|và)\s*(?:\p{L}+\s+){0,4}(?:số\s*)?$"#)
}
