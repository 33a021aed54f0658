/// Cyrillic and Greek letters that look like Latin ones ("ВСТ" typed or OCR'd for "BCT").
enum Confusables {
    static let latinFor: [Unicode.Scalar: Unicode.Scalar] = [
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M", "О": "O", "Р": "P",
        "Т": "T", "Х": "X", "У": "Y", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
        "і": "i", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Χ": "X", "ο": "o",
    ]

    /// `text` with every look-alike letter replaced by its Latin twin (same length in scalars).
    static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { latinFor[$0] != nil }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { latinFor[$0] ?? $0 }))
    }
}
