import PCRE2
/// Finds cited documents in running text: the number, the type named before it, the date and the
/// issuer after it. All mentions of one number become one `Reference`.
///
/// Decisions: technical standards ("QCVN 01:2019/BCT") and numbers without a symbol ("Đề án 06") are
/// not references; a number needs a running number or, when blank (a draft), the word "số" before it.
enum ReferenceExtractor {
    private static let code = NumberParser.code
    /// A number in running text. Up to one space is allowed around "/" and "-".
    private static let part = NumberParser.part
    private static let number = try! Pattern(
        "(?<![\\p{L}\\d/:.,-])(?<num>(?:\\d{1,6}(?:\\.\\d{1,4})?) ?(?:/ ?(?:19|20)\\d\\d ?/ ?\(code)(?: ?- ?\(code))*|- ?\(code) ?/ ?\(code)(?:-\(code))*|/ ?\(code)(?:(?: ?- ?|/)\(part))+|/\(code)(?=[\\s,;.)]|$))|\\d{1,6}\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}/\(code)(?:-\(code))*)(?![\\p{L}\\d/-])")
    /// A blank draft number after "số": "số    /KH-SKHCN".
    private static let blankNumber = try! Pattern("(?i:số)\\s*:?\\s*(?<num>/ ?(?:(?:19|20)\\d\\d ?/ ?)?\(code)(?: ?- ?\(code))+)(?![\\p{L}\\d/-])")
    private static let numberWord = try! Pattern(#"(?:số|Số|số hiệu)\s*:?\s*$"#)
    private static let afterNumber = try! Pattern(#"^\s*[,(]?\s*(?:ban hành\s+|được ban hành\s+|ký\s+)?(?=ngày|\d)"#, options: .caseless)
    private static let issuer = try! Pattern(#"^\s*,?\s*(?:của|do)\s+(?<issuer>\p{Lu}[\p{L}.&]*(?:\s+(?!(?:về|thực|sửa|quy|Quy định|hướng|ban hành|phê|triển|đã|được|và|tại|trong|năm|cho|với|số|ngày|theo|nhằm|để|khóa|khoá|từ|đến|có|là|giao(?! thông)|tổ|ủy quyền|công bố|về việc|đối|đối với|nêu|như|quản lý)\b)[\p{L}.&]+){0,8})"#)

    private static let formerName = try! Pattern(#"^\s*\(\s*(?:trước đây là|nay là|trước là)\s+(?<former>[^)]{3,80})\)"#, options: .caseless)

    /// One raw mention before mentions are grouped.
    struct Mention {
        var number: DocumentNumber
        var text: TextField
        var documentType: String?
        var date: DateMention?
        var issuer: String?
        /// The issuer's other name given beside it ("trước đây là …", "nay là …").
        var formerIssuer: String?
    }

    /// The mentions of numbers in `line`; `dates` are the dates already found in it.
    static func mentions(in line: TextLine, dates: [DateMention]) -> [Mention] {
        let text = line.text
        // Every number has a "/" (state, legal, party) — a line without one cites nothing.
        guard text.utf8.contains(0x2F) else { return [] }
        var result: [Mention] = []
        var taken: [(Int, Int)] = []
        for pattern in [number, blankNumber] {
            for m in pattern.allMatches(in: text) {
                guard let (lower, matchUpper) = m.byteRange(pattern === number ? 0 : pattern.groupNumber(named: "num")!),
                      !taken.contains(where: { $0.0 < matchUpper && lower < $0.1 }),
                      let raw = m["num"], var parsed = NumberParser.parse(String(raw)) else { continue }
                var upper = matchUpper
                if let (fixed, cut) = NumberParser.strippingFootnote(parsed) {
                    parsed = fixed
                    upper -= cut   // footnote marks are ASCII digits: one byte each
                }
                let before = String(decoding: text.utf8.prefix(lower), as: UTF8.self)
                if pattern === number, parsed.sequence == nil, !numberWord.matches(before) { continue }
                if isStandard(before) { continue }
                parsed = NumberParser.splittingLostHyphen(parsed)
                taken.append((lower, upper))
                // What follows the number as written (past a footnote mark that was cut off it).
                let after = String(decoding: text.utf8.dropFirst(matchUpper), as: UTF8.self)
                let span = line.span(utf8: lower..<upper)
                var mention = Mention(number: parsed, text: TextField(text: parsed.text, span: span))
                mention.documentType = typeName(before: before)
                var issuerSearch = after
                let lead = afterNumber.firstMatch(in: after).map { String(decoding: after.utf8.dropFirst($0.byteRange(0)!.1), as: UTF8.self) }
                let following = lead.map { VietnameseText.collapse($0.prefix(80)) } ?? ""
                if lead != nil, let date = dates.first(where: { following.hasPrefix($0.text) || following.hasPrefix("ngày " + $0.text) }) {
                    mention.date = date
                    if let range = after.range(of: date.text) { issuerSearch = String(after[range.upperBound...]) }
                }
                if let im = issuer.firstMatch(in: issuerSearch), let name = im["issuer"] {
                    mention.issuer = VietnameseText.collapse(name).trimmingTrailing(".")
                    // "của Bộ Xây dựng (trước đây là Bộ Giao thông vận tải)": the issuer under its former name.
                    let rest = String(issuerSearch[im.range(0)!.upperBound...])
                    if let f = formerName.firstMatch(in: rest), let former = f["former"] {
                        mention.formerIssuer = VietnameseText.collapse(former)
                    }
                }
                result.append(mention)
            }
        }
        return result.sorted { $0.text.span.start < $1.text.span.start }
    }

    /// "QCVN 01:2019/BCT", "TCVN …": standards, not documents.
    private static func isStandard(_ before: String) -> Bool {
        let tail = before.suffix(12).uppercased()
        return tail.containsBytes("QCVN") || tail.containsBytes("TCVN") || tail.containsBytes("QCĐP") || tail.hasSuffix(":")
    }

    /// The document type named just before a number ("Kế hoạch hành động số" → "Kế hoạch").
    static func typeName(before text: String) -> String? {
        let words = text.split(separator: " ").suffix(14).map { $0.drop { "(“\"[".contains($0) } }
        guard !words.isEmpty else { return nil }
        // Walk back to the nearest word that starts a known type name.
        let list = Array(words)
        for start in stride(from: list.count - 1, through: 0, by: -1) {
            let firstWord = list[start]
            guard firstWord.first?.isUppercase == true else { continue }
            if start < list.count - 1, list[start..<list.count].contains(where: { $0.hasSuffix(";") || $0.hasSuffix(".") && $0.count > 3 }) { break }
            for length in (1...min(4, list.count - start)).reversed() {
                let candidate = list[start..<(start + length)].joined(separator: " ")
                if let entry = DocumentTypes.named(candidate) { return entry.name }
            }
        }
        return nil
    }

    /// Groups mentions by canonical number, in order of first mention.
    static func group(_ mentions: [Mention]) -> [Reference] {
        var order: [String] = []
        var byNumber: [String: Reference] = [:]
        for mention in mentions {
            // "13/CT-TTG" and "13/CT-TTg" are one document: codes compare without case.
            let key = mention.number.canonical.uppercased()
            if var existing = byNumber[key] {
                existing.mentions.append(mention.text)
                if existing.date == nil, let date = mention.date { existing.date = date }
                else if let date = mention.date, let first = existing.date, date.value != first.value { existing.otherDates.append(date) }
                if existing.documentType == nil { existing.documentType = mention.documentType }
                else if let type = mention.documentType, type != existing.documentType { existing.otherTypes.append(type) }
                if existing.issuer == nil { existing.issuer = mention.issuer }
                if existing.formerIssuer == nil { existing.formerIssuer = mention.formerIssuer }
                byNumber[key] = existing
            } else {
                order.append(key)
                var reference = Reference(number: mention.number, documentType: mention.documentType,
                                          date: mention.date, issuer: mention.issuer, mentions: [mention.text])
                reference.formerIssuer = mention.formerIssuer
                byNumber[key] = reference
            }
        }
        // "105/2025/NĐ" where the issuer was lost next to "105/2025/NĐ-CP": the same document.
        for key in order {
            guard let partial = byNumber[key], partial.number.issuerCode == nil, partial.number.style == .legal,
                  let fullKey = order.first(where: { other in
                      guard other != key, let full = byNumber[other] else { return false }
                      return full.number.sequence == partial.number.sequence && full.number.year == partial.number.year
                          && full.number.typeCode == partial.number.typeCode && full.number.issuerCode != nil
                  }) else { continue }
            byNumber[fullKey]!.mentions += partial.mentions
            byNumber[key] = nil
        }
        return order.compactMap { byNumber[$0] }
    }
}

extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var s = self
        while let last = s.last, characters.contains(last) { s.removeLast() }
        return s
    }
}

extension String {
    func trimmingLeading(_ characters: String) -> String {
        String(drop { characters.contains($0) })
    }
}
