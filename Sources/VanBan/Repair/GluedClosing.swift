import PCRE2
/// Sets apart what a web copy glued together in the closing: "Nơi nhận:" after the body's end mark ("… kịp
/// thời giải quyết./.Nơi nhận:", the page lost the break between the last paragraph and the closing table), and
/// a signer's title with the name glued on, as a Word conversion leaves them ("PHÓ CHỦ TỊCHNguyễn Thị Thu",
/// "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦĐoàn Mạnh Giao"), which would otherwise hide the signature.
struct GluedClosing: Repair {
    static let id = "glued-closing"

    private static let endThenRecipients = try! Pattern(#"\./\.\s*(?=N[ơo]i\s+nh[ậa]n\s*(?::|$))"#)
    /// The last capital of a title in capitals followed by a name that ends the line.
    private static let titleGluedToName = try! Pattern(#"\p{Lu}(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5}\s*$)"#)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var result: [TextLine] = []
        var changed = false
        for line in lines {
            guard let cut = Self.recipientsCut(line) ?? Self.nameCut(line) else { result.append(line); continue }
            result.append(line.slice(0..<cut).trimmed())
            result.append(line.slice(cut..<line.scalarCount))
            changed = true
        }
        return changed ? result : nil
    }

    /// Where "Nơi nhận" starts after the body's end mark, in scalars.
    private static func recipientsCut(_ line: TextLine) -> Int? {
        guard line.text.containsBytes("./."), let m = endThenRecipients.firstMatch(in: line.text),
              let (_, end) = m.byteRange(0), end < line.text.utf8.count else { return nil }
        return line.scalarOffset(utf8: end)
    }

    /// Where the name glued to a signer's title starts, in scalars.
    private static func nameCut(_ line: TextLine) -> Int? {
        // A title starts with a word in capitals ("PHÓ …", "BỘ …"): its first two letters are.
        let head = line.text.unicodeScalars.prefix(2)
        guard head.count == 2, head.allSatisfy(\.properties.isUppercase), line.text.utf8.count < 200,
              let m = titleGluedToName.firstMatch(in: line.text), let end = m.range(0)?.upperBound else { return nil }
        let title = String(line.text[..<end]).trimmingCharacters(in: .whitespaces)
        guard VietnameseText.isUppercase(title), ClosingParser.position.matches(title) else { return nil }
        return line.text.unicodeScalars.distance(from: line.text.unicodeScalars.startIndex, to: end)
    }
}
