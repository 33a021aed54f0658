import PCRE2
/// Drops the running header of the official gazette (Công báo), "CÔNG BÁO/Số 281/Ngày 21-05-2026" ("Số 665 +
/// 666" for a double issue), and the page number printed beside it. Its id in `source.repairs` also tells
/// the checks that the text is a gazette edition, which prints no "Nơi nhận".
struct GazetteHeaders: Repair {
    static let id = "gazette-headers"

    private static let lead = Array("CÔNG BÁO".utf8)
    private static let header = try! Pattern(#"^\s*CÔNG BÁO\s*/\s*Số\s+\d+(?:\s*\+\s*\d+)?\s*/\s*Ngày\s+\d{1,2}-\d{1,2}-\d{4}\s*$"#)

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var drop = Set<Int>()
        for i in lines.indices where lines[i].text.utf8.drop(while: { $0 == 0x20 }).starts(with: Self.lead)
            && Self.header.matches(lines[i].text) {
            drop.insert(i)
            for j in [i - 1, i + 1] where lines.indices.contains(j) && PageFurniture.isPageNumber(lines[j].text) { drop.insert(j) }
        }
        return drop.isEmpty ? nil : lines.dropping(drop)
    }
}
