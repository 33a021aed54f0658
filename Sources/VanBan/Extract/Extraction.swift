/// Runs the extractors over the document's logical lines: every date and every cited document.
struct Extraction {
    var dates: [DateMention] = []
    var references: [Reference] = []

    /// `footnoteLines`: original line numbers of footnote text (`Footnotes`). `appendixOnly`: the text is an
    /// appendix alone, so the document its "(Kèm theo …)" names is another one, cited when it has its number (a
    /// draft's "…/QĐ-UBND" names none); under a document's own header that line names the document itself.
    init(lines: [TextLine], header: Header, appendices: [Appendix], footnoteLines: Set<Int> = [], appendixOnly: Bool = false) {
        var mentions: [ReferenceExtractor.Mention] = []
        let own = header.number?.canonical
        let selfReferences = Set(appendices.compactMap(\.attachedTo).filter { !appendixOnly || $0.number.sequence == nil }
            .compactMap { $0.mentions.first?.span })
        // A citation wraps inside its table cell ("Nghị định số" / "146/2025/NĐ-CP" / "ngày 12/6/2025 của"),
        // so a cell read whole may give a mention its date or issuer that the line alone lacks.
        var cellMentions: [SourcePosition: ReferenceExtractor.Mention] = [:]
        for table in appendices.flatMap(\.tables) {
            for cell in table.rows.flatMap(\.cells) {
                guard let line = cell.line, line.text.containsByte(0x2F) || line.text.containsByte(0x2D) else { continue }
                for mention in ReferenceExtractor.mentions(in: line, dates: DateExtractor.dates(in: line)) {
                    cellMentions[mention.text.span.start] = mention
                }
            }
        }
        var citedDates = Set<SourceSpan>()
        for line in lines where !line.isBlank {
            var found = DateExtractor.dates(in: line)
            let lineMentions = ReferenceExtractor.mentions(in: line, dates: found).map { mention -> ReferenceExtractor.Mention in
                var chosen = mention
                if let whole = cellMentions[mention.text.span.start], whole.number.canonical == mention.number.canonical,
                   mention.date == nil && whole.date != nil || mention.issuer == nil && whole.issuer != nil { chosen = whole }
                chosen.inFootnote = footnoteLines.contains(mention.text.span.start.line)
                return chosen
            }
            for mention in lineMentions {
                if let date = mention.date { citedDates.insert(date.span) }
            }
            for i in found.indices where header.date?.span == found[i].span { found[i].role = .issue }
            dates += found
            // The own number (also in an old-style title's capitals, "60/2002/ QĐ-TTG"), also a piece of it OCR set apart ("Số:8 5 2 0/BCT-KHCN" is no citation of 0/BCT-KHCN).
            // A number left blank with the own symbol ("Ban hành kèm theo Quyết định số      /2025/QĐ-UBND" over an attached
            // regulation, under "Số: 36/2025/QĐ-UBND") is the document itself too.
            // The own number dated in another year names another document: numbers start again each year (NĐ 30/2020,
            // Điều 15): "Chỉ thị số 07/CT-UBND ngày 31/5/2021" in Chỉ thị 07/CT-UBND of 2023.
            mentions += lineMentions.filter { mention in
                (mention.number.canonical.uppercased() != own?.uppercased() || Self.datedInAnotherYear(mention, than: header))
                    && !selfReferences.contains(mention.text.span)
                    && !(mention.number.sequence == nil && header.number?.sequence != nil
                         && own.map { $0.uppercased().hasSuffix(mention.number.canonical.uppercased()) } == true)
                    && !(header.numberSpan.map { mention.text.span.start >= $0.start && mention.text.span.end <= $0.end } ?? false)
            }
        }
        for i in dates.indices where dates[i].role != .issue && citedDates.contains(dates[i].span) { dates[i].role = .citation }
        dates.sort { $0.span.start < $1.span.start }
        // "trước ngày 05/10/2009" in a 2024 decree is a cut-off, not a deadline: a deadline cannot come
        // before the document that sets it.
        if let issued = header.date, issued.point.isValid {
            for i in dates.indices where dates[i].role == .deadline && compareAtCommonPrecision(dates[i].point, issued.point) == -1 {
                dates[i].role = nil
            }
        }
        // A span of time ("trong quý 1 - quý 2/2019", "từ ngày … đến ngày …") is a period unless it is a deadline,
        // whatever the steps above made of it.
        for i in dates.indices where dates[i].end != nil && dates[i].role != .deadline { dates[i].role = .period }
        // A document is dated by a day, month or year, never by a span of time ("từ ngày 01/7 đến ngày 15/7"
        // next to a number is when something runs, not when the cited document was issued).
        references = ReferenceExtractor.group(IssuerCodeSlips.repaired(Self.withoutCodeRuns(mentions), own: header.number).map { m in
            var m = m
            if var date = m.date { date.role = .citation; m.date = date.end == nil ? date : nil }
            return m
        })
    }

    /// The mentions without runs of codes: a symbol numbered 1, 2, 3 … with no type code, none of them dated or named
    /// by a type name before it ("01/QTTB", "02/QTTB", … in a table's "Số hiệu" column of procedures, "01/QTVS" …) numbers
    /// the items of a list, not documents.
    static func withoutCodeRuns(_ mentions: [ReferenceExtractor.Mention]) -> [ReferenceExtractor.Mention] {
        /// A number that may be an item's code: its symbol after the running number, when it has no type code and no year.
        func codeSymbol(_ number: DocumentNumber) -> String? {
            guard number.sequence != nil, number.typeCode == nil, number.year == nil,
                  let slash = number.canonical.firstIndex(of: "/") else { return nil }
            return number.canonical[slash...].uppercased()
        }
        var bySymbol: [String: Set<Int>] = [:]
        for mention in mentions {
            if let symbol = codeSymbol(mention.number), let sequence = mention.number.sequence { bySymbol[symbol, default: []].insert(sequence) }
        }
        // Numbered 1 … n, three or more; a symbol one of whose numbers is dated or named by a type cites documents.
        var runs = Set(bySymbol.filter { $0.value.count >= 3 && $0.value.min() == 1 && $0.value.max() == $0.value.count }.keys)
        guard !runs.isEmpty else { return mentions }
        for mention in mentions where mention.date != nil || mention.documentType != nil {
            if let symbol = codeSymbol(mention.number) { runs.remove(symbol) }
        }
        return mentions.filter { codeSymbol($0.number).map { !runs.contains($0) } ?? true }
    }
}

extension Extraction {
    /// Whether `mention` carries a valid date of another year than the header's.
    static func datedInAnotherYear(_ mention: ReferenceExtractor.Mention, than header: Header) -> Bool {
        guard let cited = mention.date, cited.point.isValid, let issued = header.date, issued.point.isValid else { return false }
        return cited.year != issued.year
    }
}
