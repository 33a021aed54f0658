import PCRE2
/// Tables of text whose cells pdftotext's reading order emitted column by column: under a "TT"/"STT"
/// header the row numbers come as a column of their own (1, 2 … one per line, in blocks between blank
/// lines, the rest of a page's numbers sometimes after the first column), and the cells of the other
/// columns follow as blocks of wrapped lines.
///
/// The numbers give the rows. A column's cells are placed only where their count proves it:
/// - a block of one-line cells under its heading with one cell per row (a total row may close it);
/// - a block of wrapped cells cut where a line opens a new cell (a capital after a line that ended short of
///   the block's width, or after a sentence's end) into exactly one cell per row;
/// - blocks of one cell each, row after row for k columns, the first k under their headings.
/// Lines of the table that fit none of these stay paragraphs, and the table says so
/// (`table.cells-unplaced`); a page number among the row numbers is passed over.
///
/// Run last, when no other reader rebuilt a table at the header: the shape is told only by its numbers.
struct ColumnBlockTableReader: TableShapeReader {
    /// Scalars: a line this long is prose after the table, not a wrapped cell of a column.
    private static let longestCellLine = 90
    /// The most lines of headings before the first row number.
    private static let maxLeadIn = 12
    /// A row number before its text on one line: "7 Tỷ lệ che phủ rừng".
    private static let numberBeforeText = try! Pattern(#"^(?<n>\d{1,3})\s+(?=\p{Lu})"#)
    /// Rounds over the row labels: the first takes them in order, each further one a block emitted before its turn.
    private static let labelRounds = 8
    /// The most columns one run of row-after-row blocks may hold.
    private static let maxInterleaved = 4

    /// A run of non-blank lines between blank lines.
    private struct Block {
        var lines: [TextLine]
        var isLabels: Bool
    }

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        let header = lines[start].trimmed()
        guard TableText.numberHeader.matches(header.text) else { return nil }
        // The table's lines: up to prose, another table's header or the end of the appendix.
        var end = start + 1
        while end < lines.count {
            let line = lines[end].trimmed()
            if line.scalarCount > Self.longestCellLine || TableText.numberHeader.matches(line.text) { break }
            end += 1
        }
        var blocks: [Block] = []
        for index in (start + 1)..<end {
            let line = lines[index].trimmed()
            if line.isBlank { if blocks.last?.lines.isEmpty == false { blocks.append(Block(lines: [], isLabels: false)) }; continue }
            if blocks.isEmpty { blocks.append(Block(lines: [], isLabels: false)) }
            blocks[blocks.count - 1].lines.append(line)
        }
        blocks.removeAll { $0.lines.isEmpty }

        guard let labels = Self.rowLabels(in: &blocks), labels.count >= 2 else { return nil }
        let rowCount = labels.count

        // The columns whose cells can be placed, in the order they come.
        var columns: [(name: String, cells: [TextLine?])] = []
        var unplaced: [TextLine] = []
        var hasTotal = false
        let texts = blocks.filter { !$0.isLabels }.map(\.lines)
        var heading: [TextLine] = []
        var t = 0
        while t < texts.count {
            let block = heading + texts[t]
            t += 1
            if let column = Self.oneLineCells(block, rows: rowCount) ?? Self.wrappedCells(block, rows: rowCount) {
                columns.append((column.name, column.cells))
                if column.cells.count > rowCount { hasTotal = true }
                heading = []
                continue
            }
            // Blocks of one cell each, row after row, to the table's end (a count that leaves blocks over would
            // leave lines unplaced, so only the whole rest is tried).
            let left = texts.count - t + 1
            if left % rowCount == 0, left / rowCount <= Self.maxInterleaved, let run = Self.interleaved([block] + texts[t...], rows: rowCount) {
                columns += run.columns.map { ($0.name, $0.cells) }
                t = texts.count
                heading = []
                continue
            }
            // A short block of headings goes over the block after it.
            if heading.isEmpty, Self.isHeading(texts[t - 1]) { heading = texts[t - 1]; continue }
            unplaced += block
            heading = []
        }
        unplaced += heading
        // Cells are placed only when every line of the table found its place: a count that comes out right
        // for some columns while other lines are left over proves nothing. Otherwise the rows keep their
        // numbers alone and every line of cells stays a paragraph, but for a total row's label closing a block
        // ("Cộng"), which is the table's last row.
        var totalLabel: TextLine?
        if !unplaced.isEmpty {
            columns = []
            let texts = blocks.filter { !$0.isLabels }.map(\.lines)
            let total = texts.lastIndex { $0.last.map { TableText.totalRow.firstMatch(in: $0.text)?["figures"]?.isEmpty == true } == true }
            hasTotal = total != nil
            totalLabel = total.map { texts[$0].last! }
            // Block by block, a blank line between, so that each block stays a paragraph of its own.
            unplaced = texts.enumerated().flatMap { k, block -> [TextLine] in
                let kept = k == total ? Array(block.dropLast()) : block
                guard let last = kept.last else { return [] }
                return kept + [TextLine(text: "", line: last.lastLine)]
            }
        }

        let name = header.text
        var rows: [TableRow] = []
        for r in 0..<(rowCount + (hasTotal ? 1 : 0)) {
            let label = r < rowCount ? labels[r] : totalLabel
            let pieces = columns.map { r < $0.cells.count ? $0.cells[r] : nil }
            let cells = [TableText.cell(label)] + pieces.map { TableText.cell($0) }
            guard let span = TableText.span(of: ([label] + pieces).compactMap { $0 }) else { continue }
            rows.append(TableRow(cells: cells, span: span))
        }
        guard var table = Table.make(columns: [name] + columns.map(\.name), rows: rows, headerLines: [header]) else { return nil }
        table.unplaced = unplaced
        return .tables([table], end: end)
    }

    /// The row labels of `blocks`, in row order; the blocks that are all labels are marked so, and a label opening
    /// a block of text is taken off it. Nil when headings run on too long before the first label.
    private static func rowLabels(in blocks: inout [Block]) -> [TextLine]? {
        // Whole blocks of labels, or a label opening a block of its row's text (a page where the
        // cells came row by row). They are taken in the order they come while they go on from the ones before;
        // then a later page's block that extraction emitted early (13, 14 before 9 … 12) is taken where it goes
        // on. A lone number that never goes on is a page number. A row's number may stand before its text on
        // one line ("7 Tỷ lệ che phủ rừng").
        var groups: [(block: Int, anchors: [RowAnchor], whole: Bool)] = []
        var leadIn = 0
        for b in blocks.indices {
            if let m = numberBeforeText.firstMatch(in: blocks[b].lines[0].text), let (_, cut) = m.byteRange(named: "n"),
               let anchor = RowAnchor(m["n"]!) {
                // Split it in two lines: the label, then the text.
                let line = blocks[b].lines[0]
                let offset = line.scalarOffset(utf8: cut)
                blocks[b].lines[0] = line.slice(offset..<line.scalarCount).trimmed()
                blocks[b].lines.insert(line.slice(0..<offset), at: 0)
                groups.append((b, [anchor], false))
                continue
            }
            let anchors = blocks[b].lines.prefix { RowAnchor($0.text).map(Numbering.isLabel) == true }.compactMap { RowAnchor($0.text) }
            let whole = anchors.count == blocks[b].lines.count
            guard !anchors.isEmpty, whole || anchors.count == 1 else {
                if groups.isEmpty { leadIn += blocks[b].lines.count; if leadIn > maxLeadIn { return nil } }
                continue
            }
            groups.append((b, anchors, whole))
        }
        var taken: [Int] = []       // indices into groups, in row order
        var isTaken = Array(repeating: false, count: groups.count)
        var numbering = Numbering()
        // In order first; then a few more rounds over the groups left (a page or two emitted early), each round linear.
        for _ in 0..<labelRounds {
            var progress = false
            for g in groups.indices where !isTaken[g] && numbering.accepts(groups[g].anchors) {
                taken.append(g); isTaken[g] = true; numbering.take(groups[g].anchors); progress = true
            }
            if !progress { break }
        }
        var labels: [TextLine] = []
        for g in taken {
            let b = groups[g].block
            if groups[g].whole {
                blocks[b].isLabels = true
                labels += blocks[b].lines
            } else {
                labels.append(blocks[b].lines.removeFirst())
            }
        }
        return labels
    }

    /// Where a column of row labels has got to: section labels (I, II …) and row numbers (1, 2 …, 1.1, 1.2 …),
    /// the numbers going on or starting again at 1 under a new section.
    private struct Numbering {
        private var section: RowAnchor?
        private var number: RowAnchor?
        private var underNewSection = false

        static func isLabel(_ anchor: RowAnchor) -> Bool { anchor.kind == .number || anchor.kind == .roman }

        /// Whether `run` goes on from here, label after label.
        func accepts(_ run: [RowAnchor]) -> Bool {
            var state = self
            for anchor in run {
                guard state.accepts(anchor) else { return false }
                state.take([anchor])
            }
            return true
        }

        private func accepts(_ anchor: RowAnchor) -> Bool {
            switch anchor.kind {
            case .roman: return section.map { anchor.follows($0) } ?? (anchor.isFirst && number == nil)
            case .number: return number.map { anchor.follows($0) } == true || anchor.isFirst && (number == nil || underNewSection)
            default: return false
            }
        }

        mutating func take(_ run: [RowAnchor]) {
            for anchor in run {
                if anchor.kind == .roman { section = anchor; underNewSection = true } else { number = anchor; underNewSection = false }
            }
        }
    }

    /// A short block of headings: up to three lines of a few words, with no sentence's end.
    private static func isHeading(_ block: [TextLine]) -> Bool {
        block.count <= 3 && block.allSatisfy { $0.scalarCount <= 30 && !TableText.sentenceEnd.matches($0.text) }
    }

    /// A column of one-line cells: the block's last lines, one per row (and one more for a total row: its
    /// label, or its figure under a column of figures), each opening a cell, under the lines before them
    /// (one to three, no figures) as its heading.
    private static func oneLineCells(_ block: [TextLine], rows: Int) -> (name: String, cells: [TextLine?])? {
        let isFigure: (TextLine) -> Bool = { $0.text.first?.isNumber == true }
        // A total row's label closing the block is a row of its own.
        let closesWithTotal = block.last.map { TableText.totalRow.matches($0.text) } == true
        for count in closesWithTotal ? [rows + 1] : [rows, rows + 1] {
            let headingCount = block.count - count
            guard (1...3).contains(headingCount), !block.prefix(headingCount).contains(where: isFigure) else { continue }
            let cells = Array(block.suffix(count))
            let total = count > rows
            if total, !TableText.totalRow.matches(cells[cells.count - 1].text) && !cells.allSatisfy(isFigure) { continue }
            // Every cell opens like a cell: all figures, or all words starting with a capital.
            guard cells.dropLast(total ? 1 : 0).allSatisfy(isFigure)
                    || cells.allSatisfy({ TableText.startsUppercase($0.text) && !isFigure($0) }) else { continue }
            return (name(block.prefix(headingCount)), cells)
        }
        return nil
    }

    /// A column of wrapped cells: the block cut where lines open cells, into exactly `rows` cells after a
    /// heading of up to two lines. Where more lines could open a cell than there are rows, the ones that
    /// stop furthest short of the width win, and only when they stop clearly further than the rest.
    private static func wrappedCells(_ block: [TextLine], rows: Int) -> (name: String, cells: [TextLine?])? {
        guard block.count >= rows else { return nil }
        // Of the headings that allow a cut, the one that leaves the fewest lines that could open a cell unused.
        var best: (headingCount: Int, starts: [Int], unused: Int)?
        for headingCount in 0...2 where block.count - headingCount >= rows {
            let body = Array(block.dropFirst(headingCount))
            guard TableText.startsUppercase(body[0].text) else { continue }
            let width = body.map(\.scalarCount).max() ?? 0
            let room = (1..<max(1, body.count)).compactMap { i in roomBefore(body[i], after: body[i - 1], width: width).map { (i, $0) } }
            guard room.count >= rows - 1 else { continue }
            // A line opening with the name of a document or an authority ("Nghị quyết …", "Ủy ban nhân dân …") is
            // more often a sentence going on than a new cell: such lines come last.
            let key = { (i: Int, r: Int) in (namesSomething(body[i]) ? 0 : 1, r) }
            let ranked = room.sorted { key($0.0, $0.1) > key($1.0, $1.1) }
            if ranked.count > rows - 1, rows > 1, key(ranked[rows - 2].0, ranked[rows - 2].1) <= key(ranked[rows - 1].0, ranked[rows - 1].1) { continue }
            let unused = room.count - (rows - 1)
            if let best, best.unused <= unused { continue }
            best = (headingCount, [0] + ranked.prefix(rows - 1).map(\.0).sorted(), unused)
        }
        guard let best else { return nil }
        let body = Array(block.dropFirst(best.headingCount))
        let starts = best.starts
        let cells = starts.indices.map { k in
            TableText.join(Array(body[starts[k]..<(k + 1 < starts.count ? starts[k + 1] : body.count)]))
        }
        return (name(block.prefix(best.headingCount)), cells)
    }

    /// When `line` may open a new cell of a column `width` scalars wide — it starts with a capital, and the
    /// line above ended a sentence or stopped short of the width so that the line's first word would have
    /// fit there — the room left (scalars; a sentence's end counts as the whole width); nil otherwise.
    private static func roomBefore(_ line: TextLine, after previous: TextLine, width: Int) -> Int? {
        guard !TableText.continues(previous.text, line.text), TableText.startsUppercase(line.text) else { return nil }
        if TableText.sentenceEnd.matches(previous.text) { return width }
        let firstWord = line.text.prefix { $0 != " " }.count
        let room = width - (previous.scalarCount + 1 + firstWord)
        return room >= 0 ? room : nil
    }

    /// Blocks of one cell each, row after row, for k columns: the first k blocks carry the columns' headings
    /// above their first cells. The columns and how many blocks they took.
    private static func interleaved(_ blocks: [[TextLine]], rows: Int) -> (columns: [(name: String, cells: [TextLine?])], blocks: Int)? {
        // As many blocks as rows times columns; the most columns first: a block holding a heading and a cell can
        // also pass for one cell.
        for k in (1...Self.maxInterleaved).reversed() where blocks.count == rows * k {
            var names: [String] = []
            var firstCells: [TextLine?] = []
            for block in blocks.prefix(k) {
                // The heading ends where a line opens the cell: a capital or a figure, the line above not dangling.
                guard let split = (1..<block.count).first(where: { i in
                    (TableText.startsUppercase(block[i].text) || block[i].text.first?.isNumber == true)
                        && !TableText.dangling.matches(block[i - 1].text)
                }), holdsOneCell(Array(block[split...])) else { break }
                names.append(name(block[..<split]))
                firstCells.append(TableText.join(Array(block[split...])))
            }
            guard names.count == k else { continue }
            let rest = blocks[k..<(rows * k)]
            // Each further cell is one block that opens like a cell, and no block holds two cells.
            guard rest.allSatisfy({ TableText.startsUppercase($0[0].text) || $0[0].text.first?.isNumber == true }),
                  rest.allSatisfy({ holdsOneCell($0) }) else { continue }
            let columns = (0..<k).map { c in
                (names[c], [firstCells[c]] + stride(from: k + c, to: rows * k, by: k).map { TableText.join(blocks[$0]) })
            }
            return (columns, rows * k)
        }
        return nil
    }

    /// Authorities written with a capital inside a sentence (folded).
    private static let authorities = Set(["Ủy ban", "UBND", "Nhân dân", "Nhà nước", "Chính phủ", "Thủ tướng", "Tỉnh ủy",
                                          "Hội đồng", "Bộ Chính trị", "Trung ương", "Quốc hội", "Ban Thường vụ"].map(VietnameseText.foldKey))

    /// Whether `line` opens with the name of a document type ("Nghị quyết", "Quyết định") or an authority.
    private static func namesSomething(_ line: TextLine) -> Bool {
        let words = line.text.split(separator: " ", maxSplits: 3).map(String.init)
        for n in 1...min(3, words.count) {
            let head = words.prefix(n).joined(separator: " ")
            if DocumentTypes.named(head) != nil || authorities.contains(VietnameseText.foldKey(head)) { return true }
        }
        return false
    }

    /// Whether no line of `block` after its first may open a cell of its own.
    private static func holdsOneCell(_ block: [TextLine]) -> Bool {
        let width = block.map(\.scalarCount).max() ?? 0
        return (1..<max(1, block.count)).allSatisfy { roomBefore(block[$0], after: block[$0 - 1], width: width) == nil }
    }

    private static func name(_ lines: some Collection<TextLine>) -> String {
        VietnameseText.collapse(lines.map(\.text).joined(separator: " "))
    }
}
