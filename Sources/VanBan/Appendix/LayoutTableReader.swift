import PCRE2

/// Tables laid out side by side in `-layout` text (pdftotext -layout, LibreOffice, layout-style OCR):
/// each line cuts across every column, and a cell wrapped over several lines appears as pieces at the
/// same horizontal position on consecutive lines.
///
/// Columns are found from the data lines, not the header: where the fragments of the lines (text
/// between runs of two or more spaces) start. Starts shared by two lines or more are column edges; a
/// fragment alone at a place no column reaches is a column too (a merged cell printed once). A fragment
/// running over the next column's edge with a single space ("… xây Bài - Lào Cai") is split at the
/// word nearest the edge. Header lines are named per column from the header fragments above it.
///
/// Rows come from the row-number column (TT/STT, or labels such as M1, M2 …): when numbers sit on the
/// first line of each row, a row runs to the next number; when they sit in the middle of their rows
/// (vertically centred cells), the boundary between two rows is chosen so that each row is centred on
/// its number without cutting a running cell. Without row numbers (an empty STT column), the rows are
/// the cells of the column most clearly separated by blank space; a cell that covers several of them
/// is a merged cell (rowSpan), and a cell above all of them is a group row. Headers repeated on every
/// page are skipped and the geometry is found again per page.
struct LayoutTableReader: TableShapeReader {
    /// A piece of a line between runs of two or more spaces: columns `start..<end` of line `line`.
    struct Fragment {
        var line: Int
        /// Scalar offsets of the fragment in its line.
        var start: Int
        var end: Int
        /// The fragment's text.
        var string: String
        /// The whole line it was cut from.
        var source: TextLine
        /// The fragment with its map to the original (sliced on demand: most fragments are only read).
        var text: TextLine { source.slice(start..<end) }
    }

    static let maxHeaderLines = 8

    /// Whether the line has two spaces in a row between its first and last non-space characters.
    static func hasInnerGap(_ line: TextLine) -> Bool {
        var text = line.text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return false }
            var previousSpace = false
            for i in first...last {
                if bytes[i] == 0x20 { if previousSpace { return true }; previousSpace = true } else { previousSpace = false }
            }
            return false
        }
    }
    private static let proseStart = try! Pattern(#"^(?:\(?\*\)|Ghi chú|GHI CHÚ|Lưu ý|Chú thích|Nơi nhận|Ghi chú:)"#)

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        guard start < lines.count, !lines[start].isBlank else { return nil }
        // A header has a line of two columns or more within reach: without a gap of two spaces inside
        // any line there, no table starts here (checked on bytes, before cutting fragments).
        guard lines[start...].prefix(Self.maxHeaderLines + 5).contains(where: Self.hasInnerGap) else { return nil }
        guard let head = header(lines, from: start) else { return nil }
        var segments: [[Int]] = []          // data line indices, per page segment
        var current: [Int] = []
        var index = head.dataStart
        var blanks = 0
        var lastAnchor: RowAnchor?
        var totalLine: Int?
        let leftMargin = head.lines.compactMap { Self.fragments(of: lines[$0], index: $0).first?.start }.min() ?? Int.max
        let width = max(60, head.lines.map { lines[$0].text.unicodeScalars.count }.max() ?? 60)
        let firstHeaderKey = VietnameseText.foldKey(lines[head.lines[0]].text)
        let firstHeaderWords = VietnameseText.wordCount(lines[head.lines[0]].text)
        let firstHeaderText = lines[head.lines[0]].trimmed().text
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { blanks += 1; index += 1; continue }
            let frags = Self.fragments(of: line, index: index)
            let trimmed = line.trimmed().text
            // A page's number left in the text (its form feed lost): a number alone away from the row numbers' margin,
            // before a blank line. It is a page break, not a cell's last line.
            if isPageNumberLine(lines, at: index, leftMargin: leftMargin) { blanks += 1; index += 1; continue }
            let startsAgain = VietnameseText.wordCount(line.text, upTo: firstHeaderWords) == firstHeaderWords
                && VietnameseText.foldKey(line.text) == firstHeaderKey
            if startsAgain {
                // The header repeated on a new page: skip it; the next page is a new segment.
                if !current.isEmpty { segments.append(current); current = [] }
                var j = index + 1
                while j < lines.count, j - index <= head.lines.count + 1, !isAnchorLine(lines[j]), !lines[j].isBlank { j += 1 }
                index = j; blanks = 0
                continue
            }
            // The next table's heading right under the last row, no blank line between (an extraction that writes
            // none): it opens and ends with the words this table's heading does ("Tên … Diện tích"), and is no row.
            if blanks == 0, lastAnchor != nil, !isAnchorLine(line), Self.sameEnds(trimmed, as: firstHeaderText) { break }
            if Self.proseStart.matches(trimmed) || AppendixParser.opens(line) { break }
            // The total under the last row ("Tổng cộng   20.213   9.272") is a row of its own, and the table's end.
            if !current.isEmpty || !segments.isEmpty, TableText.totalRow.matches(trimmed),
               !(lines[(index + 1)...].first(where: { !$0.isBlank }).map(isAnchorLine) ?? false) {
                totalLine = index
                index += 1
                break
            }
            if frags.count == 1, frags[0].end - frags[0].start > width * 6 / 10, frags[0].start <= leftMargin, !isAnchorLine(line) { break }
            if blanks > 0 {
                // After blank lines only the next row number (or a repeated header) goes on the table.
                // A row centred on its number may start lines above it, so the number is looked for down
                // the block the blank lines open.
                let anchor = firstAnchor(of: frags) ?? blockAnchor(lines, after: index, leftMargin: leftMargin)
                let goesOn = anchor.map { a in lastAnchor.map { a.follows($0) || a.isSection } ?? false } ?? false
                if !goesOn { break }
                if !current.isEmpty { segments.append(current); current = [] }
            }
            blanks = 0
            if let a = firstAnchor(of: frags) { lastAnchor = a }
            current.append(index)
            index += 1
        }
        if !current.isEmpty { segments.append(current) }
        var end = index
        while end > head.dataStart, lines[end - 1].isBlank || isPageNumberLine(lines, at: end - 1, leftMargin: leftMargin) { end -= 1 }
        guard !segments.isEmpty else { return nil }
        let region = lines[start..<max(end, start + 1)]
        // Justified prose (word after word with two or three spaces) is not a table.
        let dataLines = segments.joined()
        let justified = dataLines.filter { isJustified(lines[$0]) }.count
        if justified * 3 >= dataLines.count { return nil }

        // Page breaks inside a segment split it too (the geometry may shift from page to page).
        segments = segments.flatMap { seg -> [[Int]] in
            var out: [[Int]] = [[]]
            for i in seg { if lines[i].startsPage, !out[out.count - 1].isEmpty { out.append([]) }; out[out.count - 1].append(i) }
            return out
        }

        var columnsOut: [String]?
        var firstGrid: LayoutGrid?
        var pageGrid: LayoutGrid?           // the grid read from the last block that showed its own columns
        var topAligned: Bool?
        var rowsOut: [TableRow] = []
        var anchorsSeen: [RowAnchor] = []
        for (s, segment) in segments.enumerated() {
            // A later page with too few lines to show its own columns keeps the first page's, moved by as
            // much as its row numbers moved.
            // A block after blank lines on the same page keeps the page's columns as they are.
            var template: (edges: [Int], extents: [Int])?
            if let first = firstGrid, segment.count < 4, let k = segment.first(where: { isAnchorLine(lines[$0]) }),
               let at = Self.fragments(of: lines[k], index: k).first?.start {
                let shift = at - first.edges[first.anchorColumn]
                template = (first.edges.map { $0 + shift }, first.extents.map { $0 + shift })
            } else if let previous = pageGrid, let firstLine = segment.first, !lines[firstLine].startsPage {
                template = (previous.edges, previous.extents)
            }
            guard let grid = LayoutGrid(lines: lines, data: segment, header: s == 0 ? head.lines : [], template: template) else {
                return TableText.unreadable("its columns could not be told apart from the alignment of the lines", region, end: end)
            }
            if firstGrid == nil { firstGrid = grid; columnsOut = grid.columnNames(lines: lines, header: head.lines) }
            if template == nil { pageGrid = grid }
            let width = columnsOut!.count
            // The columns of a later page, placed under the first page's columns by position.
            let mapping = s == 0 ? Array(0..<width) : grid.mapping(onto: firstGrid!)
            func place(_ row: TableRow) -> TableRow {
                var cells = Array(repeating: TableText.cell(nil), count: width)
                for (c, cell) in row.cells.enumerated() where !cell.text.isEmpty {
                    cells[mapping[c]] = cells[mapping[c]].text.isEmpty ? cell : LayoutGrid.joined(cells[mapping[c]], cell)
                }
                return TableRow(cells: cells, span: row.span)
            }
            switch grid.rows(anchored: head.hasAnchors, after: anchorsSeen, topAligned: topAligned) {
            case .rows(let built, let anchors, let carry, let aligned):
                anchorsSeen += anchors
                topAligned = topAligned ?? aligned
                // Lines before the first number of a page go on the last row of the page before.
                if let carry {
                    guard let last = rowsOut.popLast() else { return TableText.unreadable("the table starts with lines that belong to no numbered row", region, end: end) }
                    let more = place(carry)
                    rowsOut.append(TableRow(cells: zip(last.cells, more.cells).map { $1.text.isEmpty ? $0 : $0.text.isEmpty ? $1 : LayoutGrid.joined($0, $1) },
                                            span: last.span.union(more.span)))
                }
                rowsOut += built.map(place)
            case .unreadable(let reason):
                return TableText.unreadable(reason, region, end: end)
            }
        }
        guard let columns = columnsOut, columns.count >= 2, !rowsOut.isEmpty else { return nil }
        if !head.hasAnchors, rowsOut.count < 2 { return nil }
        if let totalLine { rowsOut.append(TableRow(cells: TableText.totalRowCells(lines[totalLine], columnCount: columns.count), span: lines[totalLine].trimmed().span)) }
        guard let table = Table.make(columns: columns, rows: TableText.omitCovered(rowsOut), headerLines: head.lines.map { lines[$0] }) else { return nil }
        return .tables([table], end: end)
    }

    // MARK: Header

    struct Header {
        var lines: [Int]
        var dataStart: Int
        var hasAnchors: Bool
    }

    /// The header lines from `start` and where the data begins: under a TT/STT label centred in the
    /// header, or before the first row number (1, I, M1) on the left. Nil when the lines do not open a
    /// layout table.
    private func header(_ lines: [TextLine], from start: Int) -> Header? {
        var numberLabel: Int?
        var firstAnchor: Int?
        var multi = false
        var j = start
        var seen = 0
        while j < lines.count, seen <= Self.maxHeaderLines + 4 {
            let line = lines[j]
            if line.isBlank { if seen > 0, j > start, numberLabel == nil, firstAnchor == nil, lines[j - 1].isBlank { return nil }; j += 1; continue }
            let frags = Self.fragments(of: line, index: j)
            if frags.count >= 2 { multi = true }
            if frags.contains(where: { $0.string.count > 70 }) && firstAnchor == nil && numberLabel == nil { return nil }
            if numberLabel == nil, firstAnchor == nil, let first = frags.first, TableText.numberHeader.matches(first.string), frags.count >= 2 || j > start {
                numberLabel = j
            } else if firstAnchor == nil, let a = self.firstAnchor(of: frags), a.isFirst, frags.count >= 2, j > start {
                firstAnchor = j
                break
            }
            seen += 1
            j += 1
        }
        guard multi else { return nil }
        if let label = numberLabel {
            // Lines above the TT label are heading cells centred on it, short; a long line of its own there is a
            // title or section heading ("II. Địa bàn có điều kiện kinh tế - xã hội khó khăn"): the table starts below.
            if (start..<label).contains(where: { k in
                let frags = Self.fragments(of: lines[k], index: k)
                return frags.count == 1 && frags[0].string.count > 40
            }) { return nil }
            // The header row is centred on its TT/STT label; uppercase lines just under it belong to it too.
            var last = min(max(label, 2 * label - start), lines.count - 1)   // centred, within the text
            if let a = firstAnchor { last = min(last, a - 1) }
            var k = last + 1
            while k < lines.count, k - start < Self.maxHeaderLines, !lines[k].isBlank, firstAnchor.map({ k < $0 }) ?? true,
                  isHeaderLike(lines[k]) { last = k; k += 1 }
            let headerLines = (start...last).filter { !lines[$0].isBlank }
            guard headerLines.count <= Self.maxHeaderLines else { return nil }
            var data = last + 1
            while data < lines.count, lines[data].isBlank { data += 1 }
            guard data < lines.count else { return nil }
            return Header(lines: headerLines, dataStart: data, hasAnchors: firstAnchor != nil)
        }
        guard let a = firstAnchor, a > start else { return headingsOnly(lines, from: start) }
        let headerLines = (start..<a).filter { !lines[$0].isBlank }
        // Heading cells are short; two set one space apart read as one piece of up to 70 characters, as the loop above
        // allows ("tuyến trục 104º45’, múi chiếu điểm tuyến trục 104º45’, múi chiếu"). A long line alone, the
        // first is the table's caption ("- Bảng hệ tọa độ VN 2,000, kinh tuyến trục 104º45’"): the table starts below
        // it. (Lower down, one long piece is a heading merged across columns.)
        guard !headerLines.isEmpty, headerLines.count <= Self.maxHeaderLines, headerLines.allSatisfy({ h in
            let frags = Self.fragments(of: lines[h], index: h)
            return !(h == headerLines[0] && frags.count == 1 && frags[0].string.count > 40)
                && frags.allSatisfy { $0.string.count <= 70 && !TableText.sentenceEnd.matches($0.string) && !$0.string.hasSuffix(":") }
        }) else { return nil }
        return Header(lines: headerLines, dataStart: a, hasAnchors: true)
    }

    /// The header of a table with no row-number column: a line of three headings or more, each short and
    /// capitalised, far apart ("Cơ quan, đơn vị      Thời gian làm      Địa điểm      Thành phần"), the
    /// words their cells wrap onto the lines under it ("việc"), then a line of cells as many, each
    /// capitalised. Nil for anything else.
    private func headingsOnly(_ lines: [TextLine], from start: Int) -> Header? {
        let heads = Self.fragments(of: lines[start], index: start)
        guard heads.count >= 3, zip(heads, heads.dropFirst()).allSatisfy({ $1.start - $0.end >= 3 }),
              heads.allSatisfy({ $0.string.count <= 30 && TableText.startsUppercase($0.string) && !TableText.sentenceEnd.matches($0.string) && !$0.string.hasSuffix(":") }),
              !TableText.furniture.matches(lines[start].text) else { return nil }
        var headerLines = [start]
        var k = start + 1
        while k < lines.count, headerLines.count < 4 {
            let frags = Self.fragments(of: lines[k], index: k)
            guard !frags.isEmpty, frags.allSatisfy({ VietnameseText.startsLowercase($0.string) || $0.string.hasPrefix("(") }) else { break }
            headerLines.append(k); k += 1
        }
        guard k < lines.count else { return nil }
        let first = Self.fragments(of: lines[k], index: k)
        // (An address cell may start in lower case: "xã Tam Nông".)
        guard first.count + 1 >= heads.count, TableText.startsUppercase(first[0].string),
              first.filter({ TableText.startsUppercase($0.string) || $0.string.first?.isNumber == true }).count * 2 >= first.count else { return nil }
        return Header(lines: headerLines, dataStart: k, hasAnchors: false)
    }

    /// A header line: uppercase words, or a column-number row "(1)   (2)   (3)"; not a section row ("A. CÔNG TÁC …").
    private func isHeaderLike(_ line: TextLine) -> Bool {
        let frags = Self.fragments(of: line, index: 0)
        guard !frags.isEmpty, !LayoutGrid.sectionLine.matches(line.trimmed().text) else { return false }
        return frags.allSatisfy { VietnameseText.isUppercase($0.string) || TableText.columnNumber.matches($0.string) }
    }

    /// A line of justified prose: four fragments or more, none apart by more than three spaces.
    private func isJustified(_ line: TextLine) -> Bool {
        let frags = Self.fragments(of: line, index: 0)
        guard frags.count >= 4 else { return false }
        return zip(frags, frags.dropFirst()).allSatisfy { $1.start - $0.end <= 3 }
    }

    private func firstAnchor(of frags: [Fragment]) -> RowAnchor? {
        guard let first = frags.first else { return nil }
        return RowAnchor(first.string)
    }

    /// Whether line `index` is a page number: one to three digits alone, well right of the row numbers' margin
    /// (`leftMargin`, scalars), with a blank line or the end of the text after it.
    private func isPageNumberLine(_ lines: [TextLine], at index: Int, leftMargin: Int) -> Bool {
        let line = lines[index]
        guard line.indent > leftMargin + 8, PageFurniture.isPageNumber(line.text), line.trimmed().text.allSatisfy(\.isNumber) else { return false }
        return index + 1 >= lines.count || lines[index + 1].isBlank
    }

    /// The row number at the left margin of one of the next lines before a blank line (8 at most).
    private func blockAnchor(_ lines: [TextLine], after index: Int, leftMargin: Int) -> RowAnchor? {
        var j = index + 1
        while j < lines.count, j - index <= 8, !lines[j].isBlank {
            let frags = Self.fragments(of: lines[j], index: j)
            if let first = frags.first, first.start <= leftMargin + 2, let a = RowAnchor(first.string) { return a }
            j += 1
        }
        return nil
    }

    private func isAnchorLine(_ line: TextLine) -> Bool {
        let frags = Self.fragments(of: line, index: 0)
        return frags.count >= 2 && firstAnchor(of: frags) != nil
    }

    /// The fragments of a line: text between runs of two or more spaces.
    static func fragments(of line: TextLine, index: Int) -> [Fragment] {
        let scalars = Array(line.text.unicodeScalars)
        var result: [Fragment] = []
        var i = 0
        while i < scalars.count {
            while i < scalars.count, scalars[i] == " " { i += 1 }
            guard i < scalars.count else { break }
            let begin = i
            var endText = i
            while i < scalars.count {
                if scalars[i] == " " {
                    var k = i
                    while k < scalars.count, scalars[k] == " " { k += 1 }
                    if k - i >= 2 || k == scalars.count { break }
                    i = k
                } else { i += 1; endText = i }
            }
            // A row number a narrow TT column leaves one space from its row's first cell ("  3 Bồi dưỡng …"):
            // a fragment of its own, so the numbers still make a column.
            if result.isEmpty, begin <= 6, let cut = numberGlued(scalars[begin..<endText]) {
                result.append(Fragment(line: index, start: begin, end: cut,
                                       string: String(String.UnicodeScalarView(scalars[begin..<cut])), source: line))
                result.append(Fragment(line: index, start: cut + 1, end: endText,
                                       string: String(String.UnicodeScalarView(scalars[(cut + 1)..<endText])), source: line))
                continue
            }
            result.append(Fragment(line: index, start: begin, end: endText,
                                   string: String(String.UnicodeScalarView(scalars[begin..<endText])), source: line))
        }
        return result
    }

    /// Where a row number ("3", "12", "1.2") glued to the text after it by one space ends, when an uppercase
    /// letter follows; nil otherwise.
    private static func numberGlued(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = scalars.startIndex
        var digits = 0
        while i < scalars.endIndex, ("0"..."9").contains(scalars[i]) || (scalars[i] == "." && digits > 0) { if scalars[i] != "." { digits += 1 }; i += 1 }
        guard digits >= 1, digits <= 4, i - scalars.startIndex <= 5, i + 1 < scalars.endIndex, scalars[i] == " ",
              Character(scalars[i + 1]).isUppercase else { return nil }
        return i
    }

    /// Whether `text` opens and ends with the same words as `heading` (two words at least, case and marks folded):
    /// another table's heading of the same kind ("Tên … Diện tích").
    private static func sameEnds(_ text: String, as heading: String) -> Bool {
        let a = text.split(separator: " "), b = heading.split(separator: " ")
        guard a.count >= 2, b.count >= 2, let a0 = a.first, let b0 = b.first, let a1 = a.last, let b1 = b.last else { return false }
        return VietnameseText.foldKey(String(a0)) == VietnameseText.foldKey(String(b0)) && VietnameseText.foldKey(String(a1)) == VietnameseText.foldKey(String(b1))
            && !a0.contains(where: \.isNumber)
    }
}
