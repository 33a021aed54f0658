import PCRE2

/// A copy of a document without its header block (a web or news copy) often names the document in
/// its first sentence: "… đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về …".
/// When the header found nothing, that sentence gives the type, number, date and subject; a page's title line ("Giấy
/// mời dự Lễ …") gives the type and the subject.
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
            if var date = DateExtractor.issueDate(in: after), after.text.prefix(30).contains(where: \.isNumber) {
                date.role = .issue
                header.date = date
            }
            if let s = subject.firstMatch(in: after.text), let range = s.range(named: "subject") {
                header.subject = TextField(text: VietnameseText.collapse(after.text[range]).trimmingTrailing(".* "), span: after.span(range))
            }
            return
        }
        fillFromTitle(&header, from: body)
    }

    /// A web page's print view keeps the document's title line and not its header: "Giấy mời dự Lễ phát động “Tết trồng
    /// cây …” Xuân Mậu Tuất 2018". Within the first two lines, a type name in sentence case opening a line, then the
    /// subject (not "số …", which cites a number), gives the type and the subject.
    private static func fillFromTitle(_ header: inout Header, from body: [TextLine]) {
        guard header.issuer == nil, header.subject == nil else { return }
        let written = body.filter { !$0.isBlank }.prefix(3)
        for (k, candidate) in zip(written.indices, written.prefix(2)) {
            // A title wrapped inside a quotation it opened ("… “Tết trồng cây đời đời nhớ ơn Bác" / "Hồ” Xuân …") goes
            // on to the line that closes it.
            var line = candidate.trimmed()
            if SubjectLines.opensQuotation([line]), k + 1 < written.endIndex, written[k + 1].lastLine == line.lastLine + 1 {
                line = line.joined(with: written[k + 1].trimmed())
            }
            guard line.scalarCount <= 200, !line.text.hasSuffix(":"), let first = line.text.first, first.isUppercase,
                  !VietnameseText.isUppercase(line.text) else { continue }
            let words = line.text.split(separator: " ")
            for length in stride(from: min(3, words.count - 3), through: 1, by: -1) {
                // The type's words, then the subject of two words or more (not "số …", which cites a number).
                let next = words[length]
                let type = words.prefix(length).joined(separator: " ")
                guard next.lowercased() != "số", next.first?.isNumber != true, line.text.hasPrefix(type + " "),
                      let entry = DocumentTypes.named(type) else { continue }
                let typeLength = type.unicodeScalars.count
                let subject = line.slice(typeLength..<line.scalarCount).trimmed()
                header.documentType = DocumentTypeField(text: type, name: entry.name, code: entry.code, span: line.slice(0..<typeLength).span)
                header.subject = TextField(text: VietnameseText.collapse(subject.text), span: subject.span)
                return
            }
        }
    }
}
