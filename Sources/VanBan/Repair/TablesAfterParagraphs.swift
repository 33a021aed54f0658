import PCRE2
/// Puts back a Word file's header and signing tables that an extraction wrote after every paragraph.
///
/// A naive .docx dump (python-docx's `paragraphs`, then its `tables`) writes the body first and the tables last,
/// one row per line, the cells joined with " | ". NĐ 30/2020 sets the header (issuer beside quốc hiệu, number
/// beside place and date) and the signing row (Nơi nhận beside the signature) in tables, so such a text opens
/// with its type name ("QUYẾT ĐỊNH") or "Kính gửi", and its header rows stand after the body. This stage moves
/// the header rows above the first paragraph, and the signing row after the body, before the first appendix;
/// spans stay those of the rows as written.
struct TablesAfterParagraphs: Repair {
    static let id = "tables-after-paragraphs"
    /// How many lines of a collector's notes ("# NGUỒN GỐC: …") may stand above the type's name.
    private static let notesReach = 8

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        // The document's first line, after notes if any: the header goes above it, below the notes.
        let opening = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(Self.notesReach + 1)
        guard let first = opening.first(where: { Self.opensWithoutHeader(lines[$0].trimmed().text) }),
              !lines[..<first].contains(where: { Self.carriesTitle($0.text) }) else { return nil }
        // The header's first row: the first line with a quốc hiệu (or party title), a flattened table row.
        guard let headerStart = lines[(first + 1)...].firstIndex(where: { Self.carriesTitle($0.text) }),
              lines[headerStart].text.containsBytes(" | ") else { return nil }
        // Its next rows: the number beside the place and date, a V/v: rows with cells, up to three in all, blank
        // lines between them aside (a dump that sets one after every row).
        var headerEnd = headerStart + 1, rows = 1
        while rows < 3, let row = lines[headerEnd...].firstIndex(where: { !$0.isBlank }), lines[row].text.containsBytes(" | "),
              !ClosingParser.recipientsLead.matches(lines[row].text), !Self.startsSigning(lines[row].text) {
            headerEnd = row + 1; rows += 1
        }
        // The signing row right after the header's: "Nơi nhận: … | KT. THỦ TƯỚNG …".
        var signing: Range<Int>? = nil
        if let next = lines[headerEnd...].firstIndex(where: { !$0.isBlank }),
           ClosingParser.recipientsLead.matches(lines[next].text) || Self.startsSigning(lines[next].text) {
            signing = next..<(next + 1)
        }
        let moved = headerStart..<(signing?.upperBound ?? headerEnd)
        let before = Array(lines[..<headerStart]), after = Array(lines[moved.upperBound...])
        // The body ends where the first appendix opens, between the top and the tables; else at the tables.
        let bodyEnd = before.indices.dropFirst(first + 1).first { AppendixParser.opens(before[$0]) } ?? before.count
        var result = Array(before[..<first]) + Array(lines[headerStart..<headerEnd]) + Array(before[first..<bodyEnd])
        if let signing { result += Array(lines[signing]) }
        result += Array(before[bodyEnd...]) + after
        return result
    }

    /// A type's name alone ("QUYẾT ĐỊNH", "NGHỊ QUYẾT", OCR's "QUYÉT ĐỊNH") or "Kính gửi": what a document whose
    /// header is a table opens with once the tables are gone.
    private static func opensWithoutHeader(_ text: String) -> Bool {
        if HeaderPatterns.addresseeLead.matches(text) { return true }
        return text.utf8.count <= 40 && VietnameseText.isUppercase(text)
            && (DocumentTypes.named(text) ?? DocumentTypes.namedIgnoringTones(text)) != nil
    }

    private static func carriesTitle(_ text: String) -> Bool {
        HeaderPatterns.nationalTitle.matches(text) || HeaderPatterns.partyTitle.matches(text)
    }

    /// A signature's mode opening a row ("KT. THỦ TƯỚNG | …"): a signing table without "Nơi nhận".
    private static func startsSigning(_ text: String) -> Bool {
        ClosingParser.mode.matches(text.components(separatedBy: " | ").first ?? text)
    }
}
