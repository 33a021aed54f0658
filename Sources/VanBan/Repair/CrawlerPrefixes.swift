import PCRE2
/// Drops the title a legal-text crawler writes before every chunk it cut the document into: "Quyết định
/// 1227/QĐ-BYT năm 2025. Điều 1." / "Quyết định 1227/QĐ-BYT năm 2025. Điều 2." The same "<type> <number> năm
/// <year>. " opening two lines or more is the crawler's, not the document's; it is dropped where an article or
/// a part follows, so "Điều 1." opens its line again and the outline reads. Another crawler writes the act's whole
/// title there, up to its first stop: "Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế … do Tổng Giám đốc Bảo
/// hiểm xã hội Việt Nam ban hành. Điều 1. …".
struct CrawlerPrefixes: Repair {
    static let id = "crawler-prefixes"

    private static let prefix = try! Pattern(#"^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2} \d{1,6}[^\s]*/[^\s]+ năm (?:19|20)\d\d(?: [^.]{1,400}?)?\.\s+(?=\S)"#)

    private static let legalHeading = try! Pattern(#"^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[\dIVXL]"#)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        // The cheap test first: the line holds " năm ".
        var found: [Int: (prefix: String, end: Int)] = [:]
        var counts: [String: Int] = [:]
        for (i, line) in lines.enumerated() where line.text.utf8.count > 12 && line.text.containsBytes(" năm ") {
            guard let m = Self.prefix.firstMatch(in: line.text), let end = m.byteRange(0)?.1 else { continue }
            let written = String(decoding: line.text.utf8.prefix(end), as: UTF8.self)
            found[i] = (written, end)
            counts[written, default: 0] += 1
        }
        guard let (crawled, _) = counts.max(by: { $0.value < $1.value }), counts[crawled]! >= 2 else { return nil }
        var result = lines
        var changed = false
        for (i, hit) in found where hit.prefix == crawled {
            // Only where an article or a part of the act follows: the crawler also prefixes its own section titles
            // ("… năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG"), which are no line of the document.
            let rest = lines[i].slice(lines[i].scalarOffset(utf8: hit.end)..<lines[i].scalarCount)
            guard Self.legalHeading.matches(rest.text) else { continue }
            result[i] = rest
            changed = true
        }
        return changed ? result : nil
    }
}
