import PCRE2

/// A copy of a document without its header block (a web or news copy) often names the document in
/// its first sentence: "… đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về …".
/// When the header found nothing, that sentence gives the type, number, date and subject.
enum LeadSentence {
    private static let lead = try! Pattern(#"(?:ký\s+)?ban\s+hành\s+(?<type>\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2})\s+số\s+(?<num>\S+)"#)
    private static let subject = try! Pattern(#"\s(?<subject>về\s[^.]+)"#)

    /// Fills `header` from the first lines of `body` when the header has no number, type or title.
    static func fill(_ header: inout Header, from body: [TextLine]) {
        guard header.number == nil, header.numberSpan == nil, header.documentType == nil, header.nationalTitle == nil else { return }
        for line in body.prefix(4) where !line.isBlank {
            guard let m = lead.firstMatch(in: line.text), let typeText = m["type"], let raw = m["num"],
                  let entry = DocumentTypes.named(String(typeText)),
                  let number = NumberParser.parse(String(raw).trimmingTrailing(",.;:)(")) else { continue }
            header.documentType = DocumentTypeField(text: String(typeText), name: entry.name, code: entry.code,
                                                    span: line.span(m.range(named: "type")!))
            header.number = number
            let numberStart = m.range(named: "num")!.lowerBound
            let numberEnd = line.text.index(numberStart, offsetBy: number.text.count)
            header.numberSpan = line.span(numberStart..<numberEnd)
            let after = line.slice(line.scalarOffset(utf8: line.text.utf8.distance(from: line.text.startIndex, to: numberEnd))..<line.scalarCount)
            if var date = DateExtractor.dates(in: after).first, after.text.prefix(30).contains(where: \.isNumber) {
                date.role = .issue
                header.date = date
            }
            if let s = subject.firstMatch(in: after.text), let range = s.range(named: "subject") {
                header.subject = TextField(text: VietnameseText.collapse(after.text[range]).trimmingTrailing(".* "), span: after.span(range))
            }
            return
        }
    }
}
