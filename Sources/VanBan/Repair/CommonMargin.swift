/// Takes off the spaces every line starts with ("    QUYẾT ĐỊNH" / "    Điều 1. …" in a text copied with a margin or
/// quoted with an indent). A margin the whole text shares says nothing about any line: only indentation beyond it
/// tells a centred title, a continued cell or a layout column, so the stages after this one measure from it.
/// Blank lines have no say; one line at the left edge leaves the text as it is.
struct CommonMargin: Repair {
    static let id = "common-margin"

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var margin = Int.max
        for line in lines where !line.isBlank {
            margin = min(margin, line.indent)
            if margin == 0 { return nil }
        }
        guard margin != Int.max else { return nil }
        return lines.map { line in
            guard !line.isBlank else { return line }
            var kept = line.slice(margin..<line.scalarCount)
            kept.startsPage = line.startsPage   // the line still opens its page
            return kept
        }
    }
}
