import PCRE2

/// Drops the names of Word's drawing shapes that a .doc or .docx preview prints where the shape stood, glued to the
/// text beside it: "straight connector 2Số: 1551 /UBND-VX", "straight connector 1Độc lập - Tự do - Hạnh phúc" (the
/// rules under the header's two columns). Only the shapes' own names count ("straight connector", "straight arrow
/// connector", "text box" and a number), at a line's start; the text after them keeps its place in the original.
struct WordShapeLabels: Repair {
    static let id = "word-shape-labels"

    private static let label = try! Pattern(#"^\s*(?:straight (?:arrow )?connector|text ?box)\s*\d{1,3}\s*"#, options: .caseless)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var result = lines
        var changed = false
        for (i, line) in lines.enumerated() {
            guard let first = line.text.utf8.first(where: { $0 != 0x20 }), first | 0x20 == 0x73 || first | 0x20 == 0x74,
                  let m = Self.label.firstMatch(in: line.text), let (_, end) = m.byteRange(0) else { continue }
            result[i] = line.removing(utf8: [0..<end], separator: "")
            changed = true
        }
        return changed ? result : nil
    }
}
