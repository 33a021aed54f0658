/// Some PDF extractions put a blank line after every physical line (the seed does). When most text
/// lines are followed by exactly one blank line, those single blanks carry no meaning: drop them, and
/// keep one blank line where there were several.
struct InterleavedBlankLines: Repair {
    static let id = "blank-line-interleave"

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        var textLines = 0, singles = 0
        for i in lines.indices where !lines[i].isBlank {
            textLines += 1
            if i + 2 < lines.count, lines[i + 1].isBlank, !lines[i + 2].isBlank { singles += 1 }
        }
        let end: Int
        if textLines >= 8, Double(singles) >= 0.5 * Double(textLines) {
            end = lines.count
        } else if let lead = Self.interleavedLead(lines) {
            end = lead
        } else {
            return nil
        }
        var result: [TextLine] = []
        var i = 0
        while i < end {
            if lines[i].isBlank {
                var j = i
                while j < lines.count, lines[j].isBlank { j += 1 }
                if j - i >= 2 { result.append(lines[i]) }
                // A page break on a dropped blank line moves to the next text line.
                if lines[i..<j].contains(where: \.startsPage), j < lines.count { var next = lines[j]; next.startsPage = true; result.append(next); i = j + 1; continue }
                i = j
            } else {
                result.append(lines[i])
                i += 1
            }
        }
        return result + lines[end...]
    }

    /// Where a leading run of lines each followed by one blank line ends (the index of the first line after
    /// it), when the run holds eight text lines or more: a reading by layout boxes (pdfminer) sets every box of
    /// a header apart so, and its body's lines not. The run ends at the first two text lines with no blank
    /// between them.
    static func interleavedLead(_ lines: [TextLine]) -> Int? {
        var boxes = 0   // text lines followed by one blank line
        var i = lines.firstIndex { !$0.isBlank } ?? lines.count
        while i < lines.count {
            guard i + 2 < lines.count, lines[i + 1].isBlank, !lines[i + 2].isBlank else { break }
            boxes += 1
            i += 2
        }
        return boxes >= 8 ? i + 1 : nil
    }
}
