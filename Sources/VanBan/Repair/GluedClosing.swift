import PCRE2
/// Sets "Nơi nhận:" on a line of its own where a web copy glued it after the body's end mark: "… kịp thời
/// giải quyết./.Nơi nhận:" (the page lost the break between the last paragraph and the closing table).
struct GluedClosing: Repair {
    static let id = "glued-closing"

    private static let endThenRecipients = try! Pattern(#"\./\.\s*(?=N[ơo]i\s+nh[ậa]n\s*(?::|$))"#)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var result: [TextLine] = []
        var changed = false
        for line in lines {
            guard line.text.containsBytes("./."), let m = Self.endThenRecipients.firstMatch(in: line.text),
                  let (_, end) = m.byteRange(0), end < line.text.utf8.count else { result.append(line); continue }
            let cut = line.scalarOffset(utf8: end)
            result.append(line.slice(0..<cut).trimmed())
            result.append(line.slice(cut..<line.scalarCount))
            changed = true
        }
        return changed ? result : nil
    }
}
