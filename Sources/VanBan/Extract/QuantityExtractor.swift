import Foundation
import PCRE2

/// Counts and amounts in table cells: "01 buổi", "1,5 ngày", "763.876,85 m²", "56 tỷ đồng", "30%".
/// Vietnamese writing: "." groups thousands, "," is the decimal mark. Numbers that are part of a date, a
/// time or a document number are not quantities.
enum QuantityExtractor {
    private static let quantity = try! Pattern(
        #"(?<![\p{L}\d.,/:-])(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/:-]|\.\d)\s*(?<unit>%|buổi|ngày|giờ|phút|người|lần|đợt|tháng|năm|ha|m²|m2|m3|km|m|tấn|kg|triệu đồng|tỷ đồng|đồng|cái|chiếc|bộ|hồ sơ|đơn vị|doanh nghiệp|dự án|xã|phường|hộ)?(?!\p{L})"#)

    /// The quantities in `text` outside the date mentions `dates` (byte ranges of `text`).
    static func quantities(in text: String, span: SourceSpan?) -> [Quantity] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let line = TextLine(text: text, line: 0)
        let dates = DateExtractor.dates(in: line).map { ($0.span.start.column, $0.span.end.column) }.sorted { $0.0 < $1.0 }
        let matches = quantity.allMatches(in: text)
        // Columns of every match in one walk over the text (a cell may be a whole page of text: no walk per match).
        let columns = line.scalarOffsets(utf8: matches.flatMap { m -> [Int] in let (lower, upper) = m.byteRange(0)!; return [lower, upper] })
        var firstDate = 0   // dates come in order: those ending before a match end before every later one
        return matches.enumerated().compactMap { i, m in
            guard let raw = m["n"] else { return nil }
            let start = columns[2 * i] + 1, end = columns[2 * i + 1] + 1
            while firstDate < dates.count, dates[firstDate].1 <= start { firstDate += 1 }
            if dates[firstDate...].prefix(while: { $0.0 < end }).contains(where: { start < $0.1 }) { return nil }
            let number = Double(String(raw).mappingScalars { $0 == "." ? nil : $0 == "," ? "." : $0 })
            guard let number else { return nil }
            return Quantity(text: VietnameseText.collapse(m[0]!), value: number, unit: m["unit"].map(String.init), span: span)
        }
    }
}
