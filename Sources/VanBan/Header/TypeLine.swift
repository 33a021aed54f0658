import PCRE2
/// The type name line of a header (tên loại, NĐ 30/2020 Điều 11): "KẾ HOẠCH", "QUYẾT ĐỊNH CHẤP THUẬN …" with the
/// subject's start on the same line, and the type a header without one implies.
enum TypeLine {
    /// Words that qualify a type name on its line rather than begin the subject: joint and national forms ("HƯỚNG DẪN
    /// LIÊN NGÀNH", "KẾ HOẠCH QUỐC GIA"), and a report's form ("BÁO CÁO NHANH", "… ĐỊNH KỲ", "… ĐỘT XUẤT", "… TÓM TẮT"),
    /// whose subject stands under it.
    private static let typeQualifiers: Set<String> = ["LIÊN NGÀNH", "LIÊN TỊCH", "HÀNH ĐỘNG", "LIÊN BỘ", "QUỐC GIA",
                                                      "NHANH", "ĐỊNH KỲ", "ĐỘT XUẤT", "TÓM TẮT"]

    /// Whether the words after a type name on its line qualify it (`typeQualifiers`), also a short remark in brackets:
    /// "QUY ĐỊNH (BỔ SUNG)", "QUY CHẾ (SỬA ĐỔI)", "KẾ HOẠCH (DỰ THẢO)"; the subject stands under the line.
    private static func qualifies(_ words: String) -> Bool {
        typeQualifiers.contains(words) || words.hasPrefix("(") && words.hasSuffix(")") && words.count <= 30
            && !words.dropFirst().dropLast().contains { $0 == "(" || $0 == ")" }
    }

    /// The number of `type` that opens the rest of its line (a site's heading "KẾT LUẬN 127-KL/TW CỦA …"), its span and
    /// the text after it; nil unless the number's code is the type's.
    static func ownNumber(opening rest: TextLine, of type: DocumentTypeField) -> (number: DocumentNumber, span: SourceSpan, after: TextLine)? {
        guard rest.text.first?.isNumber == true, let word = rest.text.split(separator: " ").first,
              let number = NumberParser.parse(String(word).trimmingTrailing(",.;:")), number.sequence != nil,
              let entry = DocumentTypes.named(type.name), DocumentTypes.numbers(number, as: entry) else { return nil }
        let length = number.text.unicodeScalars.count
        return (number, rest.slice(0..<length).span, rest.slice(length..<rest.scalarCount).trimmed())
    }

    /// A type name line: "KẾ HOẠCH", "QUYẾT ĐỊNH CHẤP THUẬN …" (the rest starts the subject),
    /// "KÉT LUẬN" (OCR: matched without tone marks).
    static func read(_ fragment: TextLine) -> (field: DocumentTypeField, rest: TextLine?)? {
        // A draft's mark before the type name on its line: "DỰ THẢO KẾ HOẠCH".
        if fragment.text.hasPrefix("DỰ THẢO "), fragment.scalarCount > 8 {
            return read(fragment.slice(8..<fragment.scalarCount).trimmed())
        }
        // An OCR'd receipt stamp before it: "ĐẾN qas.24)5.2026. NGHỊ QUYẾT".
        if fragment.text.hasPrefix("ĐẾN"), let m = Self.receiptBeforeType.firstMatch(in: fragment.text), let (start, _) = m.byteRange(named: "type") {
            return read(fragment.slice(fragment.scalarOffset(utf8: start)..<fragment.scalarCount).trimmed())
        }
        var text = fragment.text
        // A speck OCR read as a colon inside the name ("QUYẾT: ĐỊNH CHẤP THUẬN …") is a space; the text keeps
        // its length, so offsets in it still point into the fragment.
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains(" "),
           DocumentTypes.firstWords.contains(VietnameseText.foldKey(String(text[..<colon]))),
           text[text.index(after: colon)...].contains(where: \.isLetter), DocumentTypes.named(String(text[..<colon])) == nil {
            text.replaceSubrange(colon...colon, with: " ")
        }
        let head = text.prefix { $0 != ":" }
        // A web copy may flatten the type name, the subject and the authority into one line of capitals, or the
        // type name in capitals and the subject in sentence case ("THÔNG TƯ Quy định về việc …").
        guard VietnameseText.isUppercase(head), head.count < 400 else { return sentenceCaseSubject(fragment, text) }
        if let copy = DocumentTypes.copyHeadings[VietnameseText.foldKey(text)] {
            return (DocumentTypeField(text: VietnameseText.collapse(text), name: copy.name, code: copy.code, span: fragment.span), nil)
        }
        let words = head.split(separator: " ")
        if let found = read(words: words, spread: 0, fragment, text, head) { return found }
        // A web copy that lost the spaces of the name alone on its line: "QUYẾTĐỊNH".
        if words.count == 1, let entry = DocumentTypes.namedRunTogether(String(words[0])) {
            return (DocumentTypeField(text: String(words[0]), name: entry.name, code: entry.code, span: fragment.span), nil)
        }
        // OCR spaced a first letter off its word ("K ÉT LUẬN").
        guard words.count >= 2, words[0].count == 1 else { return nil }
        return read(words: [words[0] + words[1]] + words.dropFirst(2), spread: 1, fragment, text, head)
    }

    /// A type name in capitals with its subject after it in sentence case on one line: "THÔNG TƯ Quy định …",
    /// "QUYẾT ĐỊNH Về việc …" (a one-line page, or a type cell glued to the subject's). Not when the line runs on
    /// into the body ("… năm 2015 I. Kết quả …", "… 2008-2013 Thực hiện Chỉ thị …"), whose text the header would
    /// take, nor a page teaser cut after a few words ("TỜ TRÌNH Về việc công nhận").
    private static func sentenceCaseSubject(_ fragment: TextLine, _ text: String) -> (field: DocumentTypeField, rest: TextLine?)? {
        let words = text.split(separator: " ", maxSplits: 8)
        for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let next = words[length]
            // A party document's subject under its type name opens in small letters ("HƯỚNG DẪN thể thức và kỹ thuật
            // trình bày …", HD 36), also flattened onto the type's line.
            guard words.count - length >= 5, next.count >= 2, next.dropFirst().first!.isLowercase,
                  words.prefix(length).allSatisfy({ VietnameseText.isUppercase(String($0)) }) else { continue }
            let candidate = words.prefix(length).joined(separator: " ")
            guard let entry = DocumentTypes.named(candidate) else { continue }
            let offset = scalarOffset(ofWord: length, in: text)
            let rest = fragment.slice(offset..<fragment.scalarCount).trimmed()
            guard !bodyInside.matches(rest.text) else { return nil }
            return (DocumentTypeField(text: candidate, name: entry.name, code: entry.code, span: fragment.span), rest)
        }
        return nil
    }

    /// A receipt stamp's "ĐẾN" and its date, OCR'd without capitals, then a type name in capitals.
    private static let receiptBeforeType = try! Pattern(#"^ĐẾN\s[^\p{Lu}]{1,30}\s(?<type>\p{Lu}[\p{Lu} ]{2,30})$"#)

    /// Body text inside a line: an opener of the body or an outline marker after a word.
    private static let bodyInside = try! Pattern(#"\S\s+(?:(?:Căn cứ|Thực hiện|Kính gửi|Kính gởi|Trên cơ sở|Nhằm)\s|[IVX]{1,4}\.\s+\p{Lu}|\d{1,2}\.\s+\p{Lu})"#)

    /// The type name among the first `words` of `text` (`spread`: written words more than `words` has).
    private static func read(words: [Substring], spread: Int, _ fragment: TextLine, _ text: String,
                             _ head: Substring) -> (field: DocumentTypeField, rest: TextLine?)? {
        for length in stride(from: min(4, words.count), through: 1, by: -1) {
            let candidate = words.prefix(length).joined(separator: " ")
            guard let entry = DocumentTypes.named(candidate) ?? DocumentTypes.namedIgnoringTones(candidate) else { continue }
            let restWords = words.dropFirst(length).joined(separator: " ")
            var rest: TextLine?
            if !restWords.isEmpty && !Self.qualifies(restWords) {
                // The rest starts at the word after the name, however many spaces stand between words.
                let offset = Self.scalarOffset(ofWord: length + spread, in: text)
                if offset < fragment.scalarCount { rest = fragment.slice(offset..<fragment.scalarCount).trimmed() }
            }
            if length < words.count, rest == nil, !Self.qualifies(restWords) { continue }
            let written = VietnameseText.collapse(rest == nil ? String(head) : candidate)
            return (DocumentTypeField(text: written, name: entry.name, code: entry.code, span: fragment.span), rest)
        }
        return nil
    }

    /// The scalar offset where word `n` (0-based, words split at spaces) of `text` starts; the end when it has fewer.
    private static func scalarOffset(ofWord n: Int, in text: String) -> Int {
        var words = 0, offset = 0, inWord = false
        for scalar in text.unicodeScalars {
            if scalar == " " { inWord = false } else if !inWord {
                if words == n { return offset }
                words += 1; inWord = true
            }
            offset += 1
        }
        return offset
    }

    /// With no type line: a công văn when it has "V/v" or a number without a type code or year; a law when its
    /// number is the National Assembly's ("13/2008/QH12"); otherwise the type its number's code names.
    /// `opening`: the first lines after the header, whose enacting sentence tells a party Quy định numbered "QĐ"
    /// ("Ban Bí thư quy định về thể loại …", HD 36 lets both types write QĐ) from a Quyết định.
    static func inferred(_ header: Header, subjectFromVv: Bool, opening: some Collection<String> = [String]()) -> DocumentTypeField? {
        let span = header.numberSpan ?? header.subject?.span ?? .documentStart
        let family = header.number?.style.typeFamily ?? "admin"
        let codeEntry = header.number?.typeCode.flatMap { DocumentTypes.entry(code: NumberParser.tableTypeCode($0), family: family) }
        // The enacting formula under the preamble names the act when no type line does ("Căn cứ …" / "QUYẾT ĐỊNH" /
        // "Điều 1: …" under "Số: 559/TC-LHH", a code no Quyết định's): a decision, or a resolution ("QUYẾT NGHỊ:").
        if let formula = opening.lazy.compactMap({ enactingFormula.firstMatch(in: $0)?["act"] }).first,
           let entry = DocumentTypes.named(formula == "ĐỊNH" ? "Quyết định" : "Nghị quyết"), codeEntry?.name != entry.name {
            return DocumentTypeField(text: "QUYẾT " + formula, name: entry.name, code: entry.code, span: span)
        }
        if let code = header.number?.typeCode {
            if family == "party", code == "QĐ", opening.contains(where: { partyRuleSentence.matches($0) }),
               let entry = DocumentTypes.named("Quy định") {
                return DocumentTypeField(text: code, name: entry.name, code: code, span: span)
            }
            if let entry = codeEntry {
                return DocumentTypeField(text: code, name: entry.name, code: entry.code, span: span)
            }
        }
        // A number with a year and no type code is an act's ("13/2008/QH12", a law of the National Assembly, its
        // symbol the assembly's term): a công văn's never carries a year (NĐ 30/2020, Phụ lục I).
        if !subjectFromVv, let number = header.number, number.typeCode == nil, number.year != nil {
            guard let issuer = number.issuerCode, Self.assemblyTerm.matches(issuer), let law = DocumentTypes.named("Luật") else { return nil }
            return DocumentTypeField(text: number.canonical, name: law.name, code: law.code, span: span)
        }
        if subjectFromVv || header.number != nil && header.number?.typeCode == nil {
            return DocumentTypeField(text: subjectFromVv ? "V/v" : header.number!.canonical, name: "Công văn", code: nil, span: span)
        }
        return nil
    }
    /// The enacting formula alone on its line: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:".
    private static let enactingFormula = try! Pattern(#"^\s*QUYẾT\s+(?<act>ĐỊNH|NGHỊ)\s*:?\s*$"#)
    /// A party body's sentence enacting a Quy định: "Ban Bí thư quy định về …", "Bộ Chính trị quy định như sau:".
    private static let partyRuleSentence = try! Pattern(#"^\W*(?:Ban Bí thư|Bộ Chính trị|Ban Chấp hành Trung ương(?: Đảng)?|Ban (?:Thường vụ|Chấp hành) [^,.;]{0,60}|Ủy ban Kiểm tra [^,.;]{0,60})\s+quy định\b"#)

    /// The National Assembly's term as a number's symbol: "QH12", "QH15".
    private static let assemblyTerm = try! Pattern(#"^QH\d{1,2}$"#)
}
