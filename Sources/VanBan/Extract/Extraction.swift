/// Runs the extractors over the document's logical lines: every date and every cited document.
struct Extraction {
    var dates: [DateMention] = []
    var references: [Reference] = []

    init(lines: [TextLine], header: Header, appendices: [Appendix]) {
        var mentions: [ReferenceExtractor.Mention] = []
        let own = header.number?.canonical
        let selfReferences = Set(appendices.compactMap { $0.attachedTo?.mentions.first?.span })
        for line in lines where !line.isBlank {
            var found = DateExtractor.dates(in: line)
            let lineMentions = ReferenceExtractor.mentions(in: line, dates: found)
            for mention in lineMentions {
                if let date = mention.date, let i = found.firstIndex(where: { $0.span == date.span }) { found[i].role = .citation }
            }
            for i in found.indices where header.date?.span == found[i].span { found[i].role = .issue }
            dates += found
            mentions += lineMentions.filter { $0.number.canonical != own && !selfReferences.contains($0.text.span) }
        }
        dates.sort { $0.span.start < $1.span.start }
        // "trước ngày 05/10/2009" in a 2024 decree is a cut-off, not a deadline: a deadline cannot come
        // before the document that sets it.
        if let issued = header.date, issued.point.isValid {
            for i in dates.indices where dates[i].role == .deadline && compareAtCommonPrecision(dates[i].point, issued.point) == -1 {
                dates[i].role = nil
            }
        }
        references = ReferenceExtractor.group(mentions.map { m in
            var m = m
            if var date = m.date { date.role = .citation; m.date = date }
            return m
        })
    }
}
