/// A long, narrow list printed several times across the page to save paper: the header repeats its
/// columns ("STT | Tên xã/phường | STT | Tên xã/phường | STT | Tên xã/phường") and each line holds one entry
/// per block (1 … 29 down the first block, 30 … 58 down the second). The author's table is one block wide with
/// an entry per row, and so it is given: the blocks' entries one after the other, in their numbers' order.
extension Table {
    /// This table with its side-by-side blocks put one under the other, or itself when its header does not repeat
    /// a block that opens with a row-number column, or when the entries' numbers run in neither order.
    func unfoldingSideBySideBlocks() -> Table {
        guard let width = repeatedBlockWidth() else { return self }
        let blocks = columns.count / width
        /// An entry: its cells and its row's span, with its number when it has one.
        typealias Entry = (cells: [TableCell], span: SourceSpan, number: RowAnchor?)
        func entry(_ row: TableRow, block: Int) -> Entry? {
            let cells = Array(row.cells[(block * width)..<min(row.cells.count, (block + 1) * width)])
            guard cells.contains(where: { !$0.text.isEmpty }) else { return nil }
            let spans = cells.compactMap(\.span)
            let span = spans.dropFirst().reduce(spans.first ?? row.span) { $0.union($1) }
            return (cells + Array(repeating: TableCell(text: "", rowSpan: nil, values: [], span: nil), count: width - cells.count),
                    span, RowAnchor(cells[0].text))
        }
        let downFirst = (0..<blocks).flatMap { b in rows.compactMap { entry($0, block: b) } }
        let acrossFirst = rows.flatMap { row in (0..<blocks).compactMap { entry(row, block: $0) } }
        guard let entries = [downFirst, acrossFirst].first(where: Self.numbersRunInOrder) else { return self }
        var table = self
        table.columns = Array(columns.prefix(width))
        table.rows = entries.map { TableRow(cells: $0.cells, span: $0.span) }
        return table
    }

    /// The width of the block the header repeats (at least twice, two columns or more, the first a row-number
    /// column), or nil.
    private func repeatedBlockWidth() -> Int? {
        let names = columns.map { VietnameseText.foldKey($0) }
        guard names.count >= 4, TableText.numberHeader.matches(columns[0]) else { return nil }
        return (2...(names.count / 2)).first { width in
            names.count % width == 0 && names.indices.allSatisfy { names[$0] == names[$0 % width] }
        }
    }

    /// Whether every entry has a number and each follows the one before it.
    private static func numbersRunInOrder(_ entries: [(cells: [TableCell], span: SourceSpan, number: RowAnchor?)]) -> Bool {
        let numbers = entries.compactMap(\.number)
        guard numbers.count == entries.count, numbers.count >= 2 else { return false }
        return zip(numbers, numbers.dropFirst()).allSatisfy { $1.follows($0) }
    }
}
