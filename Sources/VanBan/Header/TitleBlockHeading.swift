import PCRE2

/// The older Công báo heading that law sites print in place of the header of a text from before about 2010: the type
/// name, then in capitals its author, its number and its date, then its subject, wrapped anywhere ("CHỈ THỊ" / "CỦA THỦ"
/// / "TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG" / "NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG …"), or with the author after
/// the date ("SỐ 28-L/CTN NGÀY 02/12/1993 CỦA UỶ BAN THƯỜNG VỤ QUỐC HỘI HÔN NHÂN VÀ GIA ĐÌNH …").
/// The number and the date are the document's own; only what follows them, and the author, is the subject.
enum TitleBlockHeading {
    struct Reading {
        /// The body named after "CỦA" (the head's office before it passed over, as the header would print it).
        var issuer: TextLine?
        var number: DocumentNumber
        var numberSpan: SourceSpan
        var date: DateMention
        var subject: TextLine
    }

    /// The heading read from the lines read as the subject (`joined`, the author's line first when it stood alone);
    /// `issuer` is the header's, if any, to find where an author named after the date ends.
    static func read(_ joined: TextLine, issuer: String?) -> Reading? {
        let text = joined.text
        guard text.utf8.count < 600, text.containsBytes("SỐ"), let m = heading.firstMatch(in: text),
              let raw = m["num"], let number = NumberParser.parse(Confusables.fold(String(raw)), labelled: true),
              number.sequence != nil, let (dateStart, dateEnd) = m.byteRange(named: "date"),
              var date = DateExtractor.issueDate(in: joined.slice(joined.scalarOffset(utf8: dateStart)..<joined.scalarOffset(utf8: dateEnd))),
              let (restStart, _) = m.byteRange(named: "rest") else { return nil }
        date.role = .issue
        var author = m.byteRange(named: "by").map { joined.slice(joined.scalarOffset(utf8: $0.0)..<joined.scalarOffset(utf8: $0.1)) }
        var subject = joined.slice(joined.scalarOffset(utf8: restStart)..<joined.scalarCount).trimmed()
        if author == nil, subject.text.hasPrefix("CỦA "), let split = authorAfterDate(subject, issuer: issuer) {
            author = split.author
            subject = split.subject
        }
        guard subject.scalarCount >= 8 else { return nil }
        return Reading(issuer: author.flatMap(body(of:)), number: number, numberSpan: joined.span(m.range(named: "num")!),
                       date: date, subject: subject)
    }

    /// Lines within which a page's chrome may hold the heading back from the top.
    private static let reach = 80

    /// A page that lost the header and set its own chrome and title above the heading (held-out pages-91 03: "Quyết định
    /// 02/2008/QĐ-BXD của Bộ Xây dựng về việc …" / menus / "QUYẾT ĐỊNH" / "CỦA BỘ XÂY DỰNG SỐ 02/2008/QĐ-BXD NGÀY 20 THÁNG
    /// 02 NĂM 2008" / "VỀ VIỆC BAN HÀNH …"): where the header read no quốc hiệu and no date, the type line alone with the
    /// heading under it names the document. A number already read must be the heading's.
    static func fill(_ header: inout Header, from lines: ArraySlice<TextLine>) {
        guard header.nationalTitle == nil, header.date == nil else { return }
        let written = lines.prefix(reach).filter { !$0.isBlank }
        for (k, line) in written.enumerated() where k + 1 < written.count && line.scalarCount <= 30 {
            guard let type = TypeLine.read(line), type.rest == nil, written[k + 1].text.hasPrefix("CỦA ") || written[k + 1].text.hasPrefix("SỐ") else { continue }
            let following = written[(k + 1)...].prefix(4).prefix { VietnameseText.isUppercase($0.text) && !SubjectLines.isEnactingAuthority($0.text) }
            guard let first = following.first,
                  let heading = read(following.dropFirst().reduce(first.trimmed()) { $0.joinedAsWrapped(with: $1.trimmed()) }, issuer: header.issuer?.text),
                  header.number.map({ $0.canonical == heading.number.canonical }) ?? true else { continue }
            if header.number == nil { header.number = heading.number; header.numberSpan = heading.numberSpan }
            header.date = heading.date
            header.documentType = type.field
            if header.issuer == nil { header.issuer = heading.issuer.map { TextField(headerLine: $0) } }
            header.subject = TextField(text: VietnameseText.collapse(heading.subject.text), span: heading.subject.span)
            return
        }
    }

    /// "[CỦA <author>] SỐ[:] <number> NGÀY <date> <rest>", all in capitals; a site may glue the rest to the year
    /// ("… NĂM 1998VỀ CÔNG TÁC …").
    private static let heading = try! Pattern(#"^(?:CỦA\s+(?<by>\p{Lu}[^\p{Ll}]*?)\s+)?SỐ:?\s*(?<num>\d[\p{Lu}\d/.\-–]*)\s+(?<date>NGÀY\s+\d{1,2}(?:\s+THÁNG\s+\d{1,2}\s+NĂM\s+|\s*[-/.]\s*\d{1,2}\s*[-/.]\s*)\d{4})(?!\d)\s*(?<rest>\S.*)$"#)

    /// The author named after the date, and the subject after it: up to the header's issuer when the heading repeats it,
    /// else up to the first word a subject opens with ("VỀ", "BAN HÀNH", "QUY ĐỊNH" …), if one follows within ten words.
    private static func authorAfterDate(_ rest: TextLine, issuer: String?) -> (author: TextLine, subject: TextLine)? {
        let words = rest.text.split(separator: " ", omittingEmptySubsequences: false)   // offsets stay exact over double spaces
        var count: Int?
        if let issuer {
            let named = issuer.split(separator: " ")
            if words.count > named.count + 1,
               VietnameseText.foldKey(words[1...named.count].joined(separator: " ")) == VietnameseText.foldKey(named.joined(separator: " ")) {
                count = named.count + 1
            }
        }
        if count == nil, let opener = words.indices.dropFirst(2).prefix(10).first(where: { opensSubject(words[$0...]) }) { count = opener }
        guard let count, count < words.count else { return nil }
        let cut = words[..<count].reduce(0) { $0 + $1.unicodeScalars.count } + count   // each word and the space after it
        return (rest.slice(4..<(cut - 1)), rest.slice(cut..<rest.scalarCount).trimmed())
    }

    private static let subjectOpeners: [[Substring]] = ["VỀ", "BAN HÀNH", "QUY ĐỊNH", "HƯỚNG DẪN", "PHÊ DUYỆT", "SỬA ĐỔI", "THÀNH LẬP",
                                                         "BỔ SUNG", "BÃI BỎ", "ĐIỀU CHỈNH", "GIAO", "CÔNG BỐ", "BAN BỐ", "THI HÀNH"].map { $0.split(separator: " ") }

    private static func opensSubject(_ words: ArraySlice<Substring>) -> Bool {
        subjectOpeners.contains { words.starts(with: $0) }
    }

    /// The body an author line names: "BỘ TÀI CHÍNH" for "BỘ TRƯỞNG BỘ TÀI CHÍNH", as the header prints the issuer;
    /// "THỦ TƯỚNG CHÍNH PHỦ" stays whole, as a Prime Minister's header prints it.
    static func body(of author: TextLine) -> TextLine? {
        let name = author.trimmed()
        let start = head.firstMatch(in: name.text).map { name.scalarOffset(utf8: $0.byteRange(0)!.1) } ?? 0
        let body = name.slice(start..<name.scalarCount)
        return body.scalarCount <= 80 && HeaderPatterns.startsOrganisation(body.text) ? body : nil
    }

    /// A head named before the body ("BỘ TRƯỞNG BỘ TÀI CHÍNH").
    private static let head = try! Pattern(#"^(?:BỘ TRƯỞNG|CHỦ TỊCH|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|THỐNG ĐỐC|TỔNG KIỂM TOÁN)\s+(?=\p{Lu})"#)
}
