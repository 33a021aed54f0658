/// The slash between a number's running part and its year, lost in OCR or a transcription: "Số: 352025/QĐ-UBND" over
/// "Hà Nội, ngày 30 tháng 6 năm 2025" is 35/2025/QĐ-UBND.
extension Header {
    /// Reads the own number's running part of five digits or more as the running number and the year when its last
    /// four digits are the year of the document's own date, what is left is a running number of at most three digits,
    /// and the type is one whose numbers carry their year (a legal document's form, "35/2025/QĐ-UBND"; a công văn's
    /// "12025/CT-TTHT" of a tax department is left alone). The written text and its span stay as they are.
    mutating func splitYearGluedToSequence() {
        guard let number, number.year == nil, let type = number.typeCode, Self.typesWithYear.contains(type),
              let sequence = number.sequence, sequence >= 10_000, let year = date?.year, (1990...2100).contains(year) else { return }
        let digits = String(sequence)
        guard digits.hasSuffix(String(year)), let running = Int(digits.dropLast(4)), (1...999).contains(running),
              let slash = number.canonical.firstIndex(of: "/"),
              var split = NumberParser.parse("\(running)/\(year)" + number.canonical[slash...]), split.year == year else { return }
        split.text = number.text
        self.number = split
    }

    /// Types of legal documents, whose numbers carry their year (NĐ 30/2020 and Luật ban hành VBQPPL).
    private static let typesWithYear: Set<String> = ["QĐ", "NQ", "TT", "NĐ", "TTLT"]
}
