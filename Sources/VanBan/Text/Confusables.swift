/// Cyrillic and Greek letters that look like Latin ones ("ВСТ" typed or OCR'd for "BCT").
enum Confusables {
    static let latinFor: [Unicode.Scalar: Unicode.Scalar] = [
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M", "О": "O", "Р": "P",
        "Т": "T", "Х": "X", "У": "Y", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
        "і": "i", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Χ": "X", "ο": "o",
    ]

    /// `text` (a number as written) with every look-alike letter replaced by its Latin twin, and a code's U that OCR
    /// read as Ư ("2582/QĐ-ƯBND") read back (same length in scalars).
    static func fold(_ text: String) -> String {
        let latin = text.unicodeScalars.contains(where: { latinFor[$0] != nil })
            ? String(String.UnicodeScalarView(text.unicodeScalars.map { latinFor[$0] ?? $0 })) : text
        return latin.unicodeScalars.contains("Ư") ? foldingCodeU(latin) : latin
    }

    /// No symbol's code has an Ư: one that reads as a known code with U in its place is that code ("ƯBND": UBND).
    private static func foldingCodeU(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var start = 0
        for end in 0...scalars.count where end == scalars.count || scalars[end] == "/" || scalars[end] == "-" || scalars[end] == " " {
            let token = scalars[start..<end]
            if token.contains("Ư") {
                let read = String(String.UnicodeScalarView(token.map { $0 == "Ư" ? "U" : $0 }))
                if IssuerCodes.entry(read) != nil { scalars.replaceSubrange(start..<end, with: read.unicodeScalars) }
            }
            start = end + 1
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
