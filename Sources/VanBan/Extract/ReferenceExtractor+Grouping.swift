/// How the mentions of one document become one reference: grouped by canonical number, then a mention written
/// without a part of its number (its issuer, type code or year) merged into the full number's reference.
extension ReferenceExtractor {
    /// Groups mentions by canonical number, in order of first mention.
    static func group(_ mentions: [Mention]) -> [Reference] {
        var order: [String] = []
        var byNumber: [String: Reference] = [:]
        for mention in mentions {
            // "13/CT-TTG" and "13/CT-TTg" are one document: codes compare without case.
            let key = mention.number.canonical.uppercased()
            guard byNumber[key] != nil else {
                order.append(key)
                var reference = Reference(number: mention.number, documentType: mention.documentType,
                                          date: mention.date, issuer: mention.issuer, mentions: [mention.text])
                reference.formerIssuer = mention.formerIssuer
                reference.dateInFootnote = mention.inFootnote && mention.date != nil
                byNumber[key] = reference
                continue
            }
            // Mutated in place: a number cited many times must not copy its mentions each time.
            byNumber[key]!.add(mention)
        }
        // "105/2025/NĐ" where the issuer was lost next to "105/2025/NĐ-CP": the same document.
        merge(&byNumber, order) { partial, full in
            partial.number.issuerCode == nil && partial.number.style == .legal
                && full.number.sequence == partial.number.sequence && full.number.year == partial.number.year
                && full.number.typeCode == partial.number.typeCode && full.number.issuerCode != nil
        }
        // "21/2010/BTNMT-BQP" beside "21/2010/TTLT-BTNMT-BQP": the act cited once without its type code, its number
        // otherwise the same, year and issuers.
        merge(&byNumber, order, noting: \.typelessMentions) { partial, full in
            guard partial.number.year != nil, let type = full.number.typeCode, full.number.year == partial.number.year,
                  full.number.sequence == partial.number.sequence else { return false }
            return full.number.canonical.replacingOccurrences(of: "/" + type + "-", with: "/") == partial.number.canonical
        }
        // "Nghị định số 178/NĐ-CP ngày 01/7/2025" beside "178/2025/NĐ-CP ngày 01/7/2025": the act cited once without
        // its year, the same running number, codes and day. A number without a year dated another day is another
        // document (a people's council numbers its individual resolutions apart from its legal ones).
        merge(&byNumber, order, noting: \.yearlessMentions) { partial, full in
            guard partial.number.year == nil, partial.number.sequence != nil, let day = partial.date, day.precision == .day,
                  let year = full.number.year else { return false }
            return full.number.sequence == partial.number.sequence && full.number.typeCode == partial.number.typeCode
                && full.number.issuerCode == partial.number.issuerCode && full.date?.value == day.value && day.year == year
        }
        // A reference merged with an earlier mention of its number stands where that mention does.
        return order.compactMap { byNumber[$0] }.sorted { $0.mentions[0].span.start < $1.mentions[0].span.start }
    }

    /// Moves each reference that `isPart(of:)` another into that one: its mentions join the other's, in text order
    /// (and are noted in `noting`, as written without the year or the type code). A part always has its whole's running number,
    /// so only references of the same running number are compared: a text citing thousands of acts costs no more
    /// than their number.
    private static func merge(_ byNumber: inout [String: Reference], _ order: [String],
                              noting: WritableKeyPath<Reference, [TextField]>? = nil,
                              isPart: (_ partial: Reference, _ of: Reference) -> Bool) {
        var bySequence: [Int?: [String]] = [:]
        for key in order { if let reference = byNumber[key] { bySequence[reference.number.sequence, default: []].append(key) } }
        for key in order {
            guard let partial = byNumber[key],
                  let fullKey = bySequence[partial.number.sequence]?.first(where: { $0 != key && byNumber[$0].map { isPart(partial, $0) } == true })
            else { continue }
            byNumber[fullKey]!.mentions += partial.mentions
            byNumber[fullKey]!.mentions.sort { $0.span.start < $1.span.start }
            if let noting { byNumber[fullKey]![keyPath: noting] += partial.mentions }
            byNumber[key] = nil
        }
    }
}

extension Reference {
    /// Adds a later mention of the same number: its place, and what it says that differs.
    mutating func add(_ mention: ReferenceExtractor.Mention) {
        mentions.append(mention.text)
        // "13/CT-TTG" then "13/CT-TTg": keep the spelling whose issuer code the table knows.
        if let code = number.issuerCode, IssuerCodes.entry(code) == nil,
           let better = mention.number.issuerCode, IssuerCodes.entry(better) != nil { number = mention.number }
        // "07-QĐI/TW" in a subject in capitals, "07-QĐi/TW" in the text: a lower-case letter is as written, since
        // capitals can only have lost it.
        else if let code = number.typeCode, let other = mention.number.typeCode, code != other,
                code.uppercased() == other.uppercased(), !code.contains(where: \.isLowercase),
                other.contains(where: \.isLowercase) { number = mention.number }
        if date == nil, let new = mention.date { date = new; dateInFootnote = mention.inFootnote }
        else if let new = mention.date, let first = date, new.value != first.value {
            // The body's date stands over a footnote's; the other one stays for date.conflicting-citation.
            if dateInFootnote, !mention.inFootnote {
                otherDates.append(first); date = new; dateInFootnote = false
            } else {
                otherDates.append(new)
            }
        }
        if documentType == nil { documentType = mention.documentType }
        else if let type = mention.documentType, type != documentType {
            otherTypes.append(type)
            conflicts.append(.init(kind: .type, value: type, span: mention.text.span))
        }
        if issuer == nil { issuer = mention.issuer }
        else if let other = mention.issuer, let first = issuer, let a = IssuerCodes.knownName(first),
                let b = IssuerCodes.knownName(other), a != b, !Reference.sameIssuer(first, other),
                ![formerIssuer, mention.formerIssuer].compactMap({ $0 }).contains(where: { Reference.sameIssuer($0, first) || Reference.sameIssuer($0, other) }) {
            conflicts.append(.init(kind: .issuer, value: other, span: mention.text.span))
        }
        if formerIssuer == nil { formerIssuer = mention.formerIssuer }
    }

    /// Two spellings of one issuer: one's words are all among the other's ("Tỉnh ủy" / "Ban Thường vụ
    /// Tỉnh ủy Lào Cai"), tone placement and Đ/D aside.
    static func sameIssuer(_ a: String, _ b: String) -> Bool {
        let x = issuerWords(a), y = issuerWords(b)
        return x.isSubset(of: y) || y.isSubset(of: x)
    }

    /// The words that name an issuing body: abbreviations spelled out ("UBND" → ủy ban nhân dân), the
    /// position of the person signing for it dropped ("Chủ tịch", "Bộ trưởng"), tones and Đ/D folded.
    static func issuerWords(_ name: String) -> Set<String> {
        var text = " " + VietnameseText.foldKey(name) + " "
        for (short, long) in [("ubnd", "ủy ban nhân dân"), ("hdnd", "hội dồng nhân dân"), ("btv", "ban thường vụ"),
                              ("tw", "trung ương"), ("bch", "ban chấp hành")] {
            text = text.replacingOccurrences(of: " \(short) ", with: " \(long) ")
        }
        for title in ["phó chủ tịch", "chủ tịch", "bộ trưởng", "thứ trưởng", "phó giám dốc", "giám dốc", "cục trưởng",
                      "chánh văn phòng", "trưởng ban", "bí thư"] where text.hasPrefix(" " + title + " ") {
            text = String(text.dropFirst(title.count + 1))
            break
        }
        return Set(text.split(separator: " ").map(String.init))
    }
}
