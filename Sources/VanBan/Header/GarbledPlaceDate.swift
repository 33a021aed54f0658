import PCRE2
/// The place and date line as OCR left its "ngày": "Hà Noi, ngayl4thing 4 ăm 2024", "Ha Nội, ngàu 26 tháng OF năm
/// 2021", "Hà Nội, ngàyoÿ tháng J3„ năm 2023". `HeaderPatterns.placeDate` wants "ngày" whole; here the place is a
/// province's name (its marks perhaps lost, other text glued before it), a comma, and a word that opens as "ngày"
/// does ("ng" and an a). The place is read as the province. Of the date only what is certain is read: the year that
/// ends the line, and the month when the word before it still reads "tháng" ("thang", OCR's "kháng") and it is 1–12.
enum GarbledPlaceDate {
    private static let line = try! Pattern(#"(?<!\p{L})(?<place>\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,4})\s*,\s*(?<date>[nN]g[aàáảãạ]\S{0,6}.{0,40}?(?<year>(?:19|20)\d\d))\s*\.?\s*$"#,
                                           requiringOneOf: [", ng", ",ng", ", Ng", ",Ng"])
    private static let month = try! Pattern(#"[tk]h\S{1,3}ng\s+(?<m>\d{1,2})\s"#)

    /// The province and what can be read of the date in `fragment`; nil when it holds no such place and date.
    static func read(_ fragment: TextLine) -> (place: TextField, date: DateMention)? {
        let text = fragment.text
        guard let found = find(in: text) else { return nil }
        let dateText = String(text[found.date])
        let monthValue = month.firstMatch(in: dateText)?["m"].flatMap { Int($0) }.flatMap { (1...12).contains($0) ? $0 : nil }
        let date = DateMention(text: VietnameseText.collapse(dateText), year: found.year, month: monthValue, role: .issue,
                               span: fragment.span(found.date))
        return (TextField(text: String(text[found.place]), span: fragment.span(found.place)), date)
    }

    /// Where the province starts in `text`, the date after it running to the end: the cut when a number's line glues
    /// them on ("Sẽ:6] /2015/TT-BTC Hà Nội, ngaylf thang 04 năm 2015").
    static func start(in text: String) -> String.Index? { find(in: text)?.place.lowerBound }

    private static func find(in text: String) -> (place: Range<String.Index>, date: Range<String.Index>, year: Int)? {
        guard let m = line.firstMatch(in: text), let placeRange = m.range(named: "place"), let dateRange = m.range(named: "date"),
              let year = m["year"].flatMap({ Int($0) }) else { return nil }
        // The province may be the place's last words: a symbol's code or OCR's marks glued before it ("TCT Hà Noi").
        let words = text[placeRange].split(separator: " ")
        guard let first = words.indices.first(where: { Provinces.named(ignoringMarks: words[$0...].joined(separator: " ")) != nil })
        else { return nil }
        return (words[first].startIndex..<placeRange.upperBound, dateRange, year)
    }
}
