import PCRE2
struct DateInvalid: Rule {
    static let id = "date.invalid"
    static let severity = Diagnostic.Severity.error
    static let summary = "a date that does not exist (31/4/2025, 29/02/2023, tháng 13)"
    static let example = "ngày 31/4/2025"
    func check(_ c: CheckContext) -> [Diagnostic] {
        let header = c.document.header
        return c.document.dates.filter { !$0.point.isValid }.map { date in
            // A header date taken from the document's own appendix says so, and where.
            if let taken = header.date, taken.span == date.span, taken.point.isValid,
               let source = OwnDate.source(of: header, in: c.document.appendices) {
                return finding("“\(date.text)” is not a date that exists; the appendix dates this document \(source.value), taken as its date",
                               at: date.span, related: [.init(message: "the appendix's date", span: source.span)])
            }
            return finding("“\(date.text)” is not a date that exists", at: date.span)
        }
    }
}

struct DateCitedAfterIssue: Rule {
    static let id = "date.cited-after-issue"
    static let severity = Diagnostic.Severity.error
    static let summary = "a cited document is dated after this document's own date"
    static let example = "dated 15/5/2024, yet implements Kế hoạch 359-KH/TU ngày 29/4/2025"
    func check(_ c: CheckContext) -> [Diagnostic] {
        guard let issued = c.document.header.date, issued.point.isValid else { return [] }
        return c.document.references.compactMap { ref in
            guard let cited = ref.date, cited.point.isValid, compareAtCommonPrecision(cited.point, issued.point) == 1 else { return nil }
            return finding("\(ref.number.canonical) is dated \(cited.value), after this document's date \(issued.value)",
                           at: cited.span, related: [.init(message: "the document's date", span: issued.span)])
        }
    }
}

struct DateSelfReferenceMismatch: Rule {
    static let id = "date.self-reference-mismatch"
    static let severity = Diagnostic.Severity.error
    static let summary = "the document names itself (an appendix \"Kèm theo …\") with a number or date that disagrees with its header"
    static let example = "header 15/5/2024, appendix \"Kèm theo Kế hoạch số /KH-SKHCN ngày /5/2025\""
    func check(_ c: CheckContext) -> [Diagnostic] {
        let header = c.document.header
        var out: [Diagnostic] = []
        for appendix in c.document.appendices {
            guard let ref = appendix.attachedTo, let mention = ref.mentions.first, Self.namesThisDocument(ref, own: header.number)
            else { continue }
            if let own = header.number, ref.number.canonical != own.canonical {
                out.append(finding("the appendix names this document \(ref.number.canonical), the header says \(own.canonical)",
                                   at: mention.span, related: header.numberSpan.map { [.init(message: "the header's number", span: $0)] } ?? []))
            }
            if let date = ref.date, let issued = header.date, date.point.isValid, issued.point.isValid,
               compareAtCommonPrecision(date.point, issued.point) != 0 {
                out.append(finding("the appendix dates this document \(date.value), the header says \(issued.value)",
                                   at: date.span, related: [.init(message: "the header's date", span: issued.span)]))
            }
        }
        return out
    }

    /// Whether a caption names this document: its number, or one of its type or issuer (a draft's blank slot, a slip in
    /// the sequence). A caption naming another act is not about this one: a consolidated text's appendix keeps
    /// "Kèm theo Nghị định số 75/2024/NĐ-CP" over "Số: 4804/VBHN-BLĐTBXH". Without a number of its own, any caption
    /// may be.
    private static func namesThisDocument(_ ref: Reference, own: DocumentNumber?) -> Bool {
        guard let own else { return true }
        return ref.number.canonical == own.canonical || ref.number.typeCode == own.typeCode || ref.number.issuerCode == own.issuerCode
    }
}

struct DateConflictingCitation: Rule {
    static let id = "date.conflicting-citation"
    static let severity = Diagnostic.Severity.error
    static let summary = "the same document is cited with two different dates"
    static let example = "57-NQ/TW ngày 22/12/2024 … 57-NQ/TW ngày 22/11/2024"
    func check(_ c: CheckContext) -> [Diagnostic] {
        c.document.references.flatMap { ref -> [Diagnostic] in
            guard let first = ref.date else { return [] }
            // One finding per other date: a number cited ten times with the same wrong date is one mistake.
            var seen = Set<String>()
            return ref.otherDates.filter { compareAtCommonPrecision($0.point, first.point) != 0 && seen.insert($0.value).inserted }.map {
                finding("\(ref.number.canonical) is cited as of \($0.value) here but \(first.value) elsewhere",
                        at: $0.span, related: [.init(message: "the other date", span: first.span)])
            }
        }
    }
}

struct DateFuture: Rule {
    static let id = "date.future"
    static let severity = Diagnostic.Severity.warning
    static let summary = "the document date is after --as-of (default: today)"
    static let example = "ngày 15 tháng 5 năm 2030, checked in 2026"
    func check(_ c: CheckContext) -> [Diagnostic] {
        guard let date = c.document.header.date, date.point.isValid, compareAtCommonPrecision(date.point, c.asOf) == 1 else { return [] }
        return [finding("the document is dated \(date.value), after \(c.asOf.iso)", at: date.span)]
    }
}

struct DateFormat: Rule {
    static let id = "date.format"
    static let severity = Diagnostic.Severity.info
    static let summary = "header date breaks the NĐ 30/2020 form (leading zero for days < 10 and months 1–2)"
    static let example = "ngày 5 tháng 1 năm 2026 (should be ngày 05 tháng 01 năm 2026)"
    private static let parts = try! Pattern(#"ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?"#, options: .caseless)
    func check(_ c: CheckContext) -> [Diagnostic] {
        guard let date = c.document.header.date, let m = Self.parts.firstMatch(in: date.text) else { return [] }
        var problems: [String] = []
        if let d = m["d"], let day = Int(d), day < 10, d.count == 1 { problems.append("day \(d) without a leading zero") }
        if let mo = m["m"], let month = Int(mo), month <= 2, mo.count == 1 { problems.append("month \(mo) without a leading zero") }
        return problems.isEmpty ? [] : [finding("header date has " + problems.joined(separator: " and "), at: date.span)]
    }
}
