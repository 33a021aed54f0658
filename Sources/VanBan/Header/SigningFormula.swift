import PCRE2

/// Treaties, agreements and contracts carry no place-and-date line in their header; they say it in the
/// closing formula instead: "Làm tại Hà Nội, ngày 11 tháng 10 năm 2011, thành hai bản …", "Ký tại Bắc Kinh
/// ngày …". Licences and certificates print the place-and-date line above the signature ("Hà Nội, ngày 20
/// tháng 5 năm 2025" on a line of its own). When the header found neither, these give the place and the
/// date of issue.
enum SigningFormula {
    private static let formula = try! Pattern(#"\b(?:Làm|Ký)\s+tại\s+(?<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*,?\s+(?=ngày)"#)

    /// Fills `header.place` and `header.date` from `lines` (the end of the body and the closing), last first.
    static func fill(_ header: inout Header, from lines: [TextLine]) {
        guard header.place == nil, header.date == nil else { return }
        for line in lines.reversed() where !line.isBlank {
            if line.scalarCount <= 60, let m = HeaderPatterns.placeDate.firstMatch(in: line.text), m.range(0)!.lowerBound == line.text.startIndex,
               let place = m.range(named: "place"), var date = DateExtractor.issueDate(in: line) {
                date.role = .issue
                header.place = TextField(text: String(line.text[place]), span: line.span(place))
                header.date = date
                return
            }
            guard let m = formula.firstMatch(in: line.text), let place = m.range(named: "place") else { continue }
            let rest = line.slice(line.scalarOffset(utf8: m.byteRange(0)!.1)..<line.scalarCount)
            guard var date = DateExtractor.issueDate(in: rest), rest.text.hasPrefix(date.text) || rest.text.lowercased().hasPrefix("ngày") else { continue }
            date.role = .issue
            header.place = TextField(text: String(line.text[place]), span: line.span(place))
            header.date = date
            return
        }
    }
}
