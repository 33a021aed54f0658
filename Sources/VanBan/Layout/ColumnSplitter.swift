import PCRE2

/// Splits a line laid out in columns (pdftotext `-layout`, Word tables flattened with " | ") into its
/// column fragments: a run of three or more spaces, or a " | " cell border, separates two columns —
/// except inside a phrase that is known to be one piece ("Số:      /KH-UBND", "Số: 47 / 2026 / QĐ-UBND", "ngày  15   tháng 5
/// năm 2024", OCR's "ngày ñ| tháng 12"), where justified or blank-slot spacing is not a column border. The " / " that joins a Word
/// cell's paragraphs runs on over its empty ones ("PHÓ CHỦ TỊCH /  /  /  / Nguyễn Văn A"): one gap. So is OCR's
/// underscore between two columns read into one line, dots or a dash with it ("… QĐ-UBND _. Hải Dương, ngày …").
enum ColumnSplitter {
    private static let gap = try! Pattern(#" {3,}|\s*\|\s*| +[-.]*_[-_.]* +|(?: +/)+ +"#)
    /// Phrases whose inner spacing is never a column gap.
    private static let atomic = try! Pattern(#"(?:Số|SỐ)\s*:?\s*[\dIl.…]*\s*/\s*\S+(?:\s+/\s*[A-ZĐ][A-ZĐ\d&]*(?![\p{L}\d]))?|(?:ngày|Ngày)\s*(?:[\d.…]*|\S{1,3})\s*(?:tháng|/)\s*(?:[\d.…]*|\S{1,3})\s*(?:năm|/)\s*\d{4}|Kính\s+gửi\s*:|ngày\s+/\s*\d"#)

    /// The non-blank fragments of `line`, left to right, each trimmed, with their maps.
    static func fragments(of line: TextLine) -> [TextLine] {
        let text = line.text
        let gaps = gap.allMatches(in: text).map { $0.byteRange(0)! }
        if gaps.isEmpty { return line.isBlank ? [] : [line.trimmed()] }
        let protected = atomic.allMatches(in: text).map { $0.byteRange(0)! }
        var pieces: [TextLine] = []
        var cursor = 0
        for (lower, upper) in gaps where !protected.contains(where: { $0.0 < lower && upper < $0.1 }) {
            let start = line.scalarOffset(utf8: cursor), end = line.scalarOffset(utf8: lower)
            if end > start { pieces.append(line.slice(start..<end)) }
            cursor = upper
        }
        let start = line.scalarOffset(utf8: cursor)
        if start < line.scalarCount { pieces.append(line.slice(start..<line.scalarCount)) }
        return pieces.map { $0.trimmed() }.filter { piece in
            !piece.isBlank && piece.text.contains { !"|+-=_ ".contains($0) }
        }
    }
}
