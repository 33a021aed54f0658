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
        for line in body.lazy.filter({ !$0.isBlank }).prefix(4) {
            guard let m = lead.firstMatch(in: line.text), let typeText = m["type"], let raw = m["num"],
                  let entry = DocumentTypes.named(String(typeText)),
                  let number = NumberParser.parse(String(raw).trimmingTrailing(",.;:)(")) else { continue }
            header.documentType = DocumentTypeField(text: String(typeText), name: entry.name, code: entry.code,
                                                    span: line.span(m.range(named: "type")!))
            let after = take(number, at: m, in: line, into: &header)
            if let date = issueDate(after: after) {
                header.date = date
            } else if var date = leadingDate(of: line) {
                // "Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện đã ban hành Công văn số 50/VHTT về …"
                date.role = .issue
                header.date = date
            }
            if let s = subject.firstMatch(in: after.text), let range = s.range(named: "subject") {
                header.subject = TextField(text: VietnameseText.collapse(after.text[range]).trimmingTrailing(".* "), span: after.span(range))
            }
            return
        }
        fillFromTitle(&header, from: body)
        fillFromNamingLine(&header, from: body)
    }

    /// Sets `number`, written at `m`'s "num" group in `line`, as the header's; the rest of the line after it.
    private static func take(_ number: DocumentNumber, at m: Match, in line: TextLine, into header: inout Header) -> TextLine {
        header.number = number
        let numberStart = m.range(named: "num")!.lowerBound
        let numberEnd = line.text.index(numberStart, offsetBy: number.text.count)
        header.numberSpan = line.span(numberStart..<numberEnd)
        return line.slice(line.scalarOffset(utf8: line.text.utf8.distance(from: line.text.startIndex, to: numberEnd))..<line.scalarCount)
    }

    /// The date right after the number ("… ngày 08/5/2019", within 30 characters), as the issue date.
    private static func issueDate(after rest: TextLine) -> DateMention? {
        guard var date = DateExtractor.issueDate(in: rest), rest.text.prefix(30).contains(where: \.isNumber) else { return nil }
        date.role = .issue
        return date
    }

    /// The date a sentence opens with, "Ngày 08 tháng 6 năm 2016, …": the day the act it goes on to tell of was done.
    private static func leadingDate(of line: TextLine) -> DateMention? {
        let indent = line.text.prefix { $0 == " " }.count
        guard line.text.dropFirst(indent).lowercased().hasPrefix("ngày"), let date = DateExtractor.issueDate(in: line),
              date.span.start.line == line.span.start.line, date.span.start.column <= line.span.start.column + indent + 5 else { return nil }
        return date
    }

    /// A line that opens with a type name and a number of that type, "Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị
    /// xã Điện Bàn V/v …", "Thông Tư số 16/2018/TT-BGDĐT quy định về …", or a page's source line "(Nguồn: Thông báo số
    /// 81/TB-UBND ngày 08/6/2021)": on a page that lost its header it names the document itself. Within the first five
    /// written lines, or a source line anywhere, and no sentence; a type already read from the page's title must be the same type.
    /// A site's title may leave out "số" ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …") and scramble the type's tones
    /// ("KẾT LỦẬN"): the number's code must then be the type's.
    private static let naming = try! Pattern(#"^\s*(?:\(?Nguồn\s*:\s*)?(?<type>\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}?)\s+(?:số\s*:?\s*)?(?<num>\d[^\s,;()]*)"#)
    private static let versus = try! Pattern(#"\b[Vv]\s*/\s*[Vv]\s*:?\s+(?<subject>.+)$"#)

    private static func fillFromNamingLine(_ header: inout Header, from body: [TextLine]) {
        guard header.number == nil, header.issuer == nil else { return }
        let written = body.filter { !$0.isBlank }
        let candidates = written.prefix(5) + written.dropFirst(5).filter { $0.text.containsBytes("Nguồn") }
        for line in candidates {
            // A title or a source line; a sentence that cites a number ends with its stop ("Kế hoạch số 12/KH-UBND ngày
            // 05/01/2025 đã được triển khai đến các xã.").
            guard let last = line.text.last(where: { $0 != " " }), !".;:".contains(last) else { continue }
            guard let m = naming.firstMatch(in: line.text), let typeText = m["type"], let raw = m["num"],
                  let entry = DocumentTypes.named(String(typeText)) ?? DocumentTypes.namedIgnoringTones(String(typeText)),
                  header.documentType.map({ $0.name == entry.name }) ?? true,
                  let number = NumberParser.parse(String(raw).trimmingTrailing(",.;:)(")),
                  DocumentTypes.numbers(number, as: entry)
            else { continue }
            if header.documentType == nil {
                header.documentType = DocumentTypeField(text: String(typeText), name: entry.name, code: entry.code,
                                                        span: line.span(m.range(named: "type")!))
            }
            let after = take(number, at: m, in: line, into: &header).trimmed()
            let date = issueDate(after: after)
            if let date { header.date = date }
            guard header.subject == nil else { return }
            if let v = versus.firstMatch(in: after.text), let range = v.range(named: "subject") {
                header.subject = TextField(text: VietnameseText.collapse(after.text[range]).trimmingTrailing(".*) "), span: after.span(range))
            } else if date != nil, let s = subject.firstMatch(in: after.text), let range = s.range(named: "subject") {
                // "… ngày 25/01/2007 của Thành ủy TPHCM về việc tổ chức …"
                header.subject = TextField(text: VietnameseText.collapse(after.text[range]).trimmingTrailing(".* "), span: after.span(range))
            } else if date == nil, after.text.split(separator: " ").count >= 2, after.text.first?.isLowercase == true {
                // "Thông Tư số 16/2018/TT-BGDĐT quy định về tài trợ …": the rest of a title line is its subject.
                header.subject = TextField(text: VietnameseText.collapse(after.text).trimmingTrailing(".*) "), span: after.span)
            }
            return
        }
    }

    /// A title that is the type, its urgency and its date: "Thông báo Khẩn ngày 18/10/2020", "Công văn hỏa tốc ngày 5/3/2021".
    private static let datedTitle = try! Pattern(#"^(?<type>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){1,2}?)\s+(?:(?:[Kk]hẩn|[Hh][ỏo]a\s+tốc|[Tt]hượng\s+khẩn)\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$"#)

    /// A web page's print view keeps the document's title line and not its header: "Giấy mời dự Lễ phát động “Tết trồng
    /// cây …” Xuân Mậu Tuất 2018". Within the first two lines (four under a page's short chrome), a type name in sentence
    /// case opening a line, then the subject (not "số …", which cites a number), gives the type and the subject.
    private static func fillFromTitle(_ header: inout Header, from body: [TextLine]) {
        guard header.issuer == nil, header.subject == nil else { return }
        let written = Array(body.lazy.filter { !$0.isBlank }.prefix(5))
        // The first two lines, or a line under a page's short chrome ("Thursday, 18/07/2024" / "Ngày đăng: …" / "Xem với
        // cỡ chữ").
        let chromeAbove = written.prefix { $0.scalarCount <= 40 }.count
        for (k, candidate) in zip(written.indices, written.prefix(max(2, min(4, chromeAbove + 1)))) {
            // A title wrapped inside a quotation it opened ("… “Tết trồng cây đời đời nhớ ơn Bác" / "Hồ” Xuân …") goes
            // on to the line that closes it.
            var line = candidate.trimmed()
            if SubjectLines.opensQuotation([line]), k + 1 < written.endIndex, written[k + 1].lastLine == line.lastLine + 1 {
                line = line.joined(with: written[k + 1].trimmed())
            }
            guard line.scalarCount <= 200, !line.text.hasSuffix(":"), let first = line.text.first, first.isUppercase,
                  !VietnameseText.isUppercase(line.text) else { continue }
            if let dated = datedTitle.firstMatch(in: line.text), let typeRange = dated.range(named: "type"),
               let entry = DocumentTypes.named(String(line.text[typeRange])),
               var date = DateExtractor.issueDate(in: line) {
                // "Thông báo Khẩn ngày 18/10/2020": the type and its date, no subject.
                date.role = .issue
                header.documentType = DocumentTypeField(text: String(line.text[typeRange]), name: entry.name, code: entry.code, span: line.span(typeRange))
                header.date = date
                return
            }
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
