/// Signers side by side in `-layout` text (a biên bản signed by several parties, a joint document):
/// "ĐẠI DIỆN ĐƠN VỊ …      TRƯỞNG ĐOÀN …" / "(Ký, ghi rõ họ tên)    (Ký, ghi rõ họ tên)" / "Nguyễn Văn An
/// Hoàng Văn Thuân". Read line by line the stacks interleave; this puts each column's fragments
/// together, top to bottom, so every stack reads as one signature block.
///
/// The grid starts at the first line with two signature heads (a mode, a position, "ĐẠI DIỆN …"); from
/// there a fragment joins the column whose centre is nearest within `reach` characters, or opens a new
/// column (a signer centred below the others). Lines above the grid keep their order.
enum SignatureGrid {
    /// Characters a fragment's centre may stray from its column's centre.
    static let reach = 14
    /// Lines from the end of the closing where a grid may start, and the columns it may have.
    static let maxLines = 40, maxColumns = 6

    /// The fragments of the closing's lines in reading order, column stacks together below the grid start.
    static func ordered(_ lines: [[TextLine]], isHead: (String) -> Bool) -> [TextLine] {
        // A grid sits in the last lines of the closing and has a few columns; anything else reads as it is.
        let window = max(0, lines.count - maxLines)
        guard let start = lines[window...].firstIndex(where: { $0.count >= 2 && $0.filter { isHead($0.text) }.count >= 2 }) else {
            return lines.flatMap { $0 }
        }
        var columns: [(centre: Int, fragments: [TextLine])] = []
        for line in lines[start...] {
            for fragment in line {
                let centre = (fragment.span.start.column + fragment.span.end.column) / 2
                if let nearest = columns.indices.min(by: { abs(columns[$0].centre - centre) < abs(columns[$1].centre - centre) }),
                   abs(columns[nearest].centre - centre) <= reach {
                    columns[nearest].fragments.append(fragment)
                } else {
                    guard columns.count < maxColumns else { return lines.flatMap { $0 } }
                    columns.append((centre, [fragment]))
                }
            }
        }
        return lines[..<start].flatMap { $0 } + columns.flatMap(\.fragments)
    }
}
