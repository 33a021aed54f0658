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
        let dates = DateExtractor.dates(in: line).map { ($0.span.start.column, $0.span.end.column) }
        return quantity.allMatches(in: text).compactMap { m in
            guard let raw = m["n"] else { return nil }
            let (lower, upper) = m.byteRange(0)!
            let start = line.scalarOffset(utf8: lower) + 1, end = line.scalarOffset(utf8: upper) + 1
            if dates.contains(where: { $0.0 < end && start < $0.1 }) { return nil }
            let number = Double(String(raw).mappingScalars { $0 == "." ? nil : $0 == "," ? "." : $0 })
            guard let number else { return nil }
            return Quantity(text: VietnameseText.collapse(m[0]!), value: number, unit: m["unit"].map(String.init), span: span)
        }
    }
}
