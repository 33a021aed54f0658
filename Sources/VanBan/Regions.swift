/// The line ranges of the document's parts: header, body, closing (Nơi nhận, signatures), appendices.
struct Regions {
    let body: Range<Int>
    let closing: Range<Int>
    let appendices: Range<Int>

    init(lines: [TextLine], bodyStart: Int) {
        var appendixStart = lines.count
        var closingStart: Int?
        for i in bodyStart..<lines.count {
            let text = lines[i].trimmed().text
            if closingStart == nil, ClosingParser.recipientsLead.matches(text) || ClosingParser.mode.matches(text) {
                closingStart = i
            }
            if AppendixParser.opens(lines[i]), closingStart != nil || text.hasPrefix("PHỤ LỤC") && i > bodyStart + 3 {
                appendixStart = i
                break
            }
        }
        let closing = min(closingStart ?? appendixStart, appendixStart)
        body = bodyStart..<max(bodyStart, closing)
        self.closing = closing..<appendixStart
        appendices = appendixStart..<lines.count
    }
}
