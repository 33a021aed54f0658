import PCRE2

/// The heading of a block of pipe rows (Word's " | ", antiword's borders, Markdown): how many of its first rows
/// name the columns, a heading spanning sub-headings under it, and whether the block is a Word grid with no row
/// numbers, whose columns are as many as its rows have cells. Read from the rows' texts and their row labels;
/// `PipeTableReader` builds the body under it.
struct PipeTableHeading {
    /// Rows of the heading (0: the block has none).
    private(set) var count = 0
    /// A heading over sub-headings in the row under it: where they start, how many, the heading's name.
    private(set) var spanning: (start: Int, count: Int, parent: String)?
    /// A Word table with no row numbers standing alone: a legend column may stand right of the named ones.
    private(set) var isWordGrid = false

    /// `texts`: the rows' cells; `anchors`: each row's label, if its first cell is one; `separator`: the first
    /// Markdown separator row (the rows above it, its columns); `standsAlone`: the block is every line between
    /// blank lines.
    init(texts: [[String]], anchors: [RowAnchor?], bordered: Bool, separator: (rowsAbove: Int, columns: Int)?, standsAlone: Bool) {
        let rows = texts.count
        // A first row naming the columns, and a column-number row under it.
        let firstCell = texts[0][0]
        // A first cell with a digit is a row number OCR garbled ("Š1 | Xã Khánh Yên …"), not a column's name.
        let namesColumns = !firstCell.contains(where: \.isNumber)
        if TableText.numberHeader.matches(firstCell) || (namesColumns && anchors[0] == nil && anchors.dropFirst().contains { $0 != nil } && !Self.isLabelSequence(texts.map { $0[0] })) {
            count = 1
            while count < rows, texts[count].allSatisfy({ $0.isEmpty || TableText.columnNumber.matches($0) }),
                  texts[count].contains(where: { !$0.isEmpty }) {
                count += 1
            }
        }
        /// Rows under the heading that `belongs` to it, as long as one row is left for the body.
        func extend(while belongs: (Int) -> Bool) {
            while count < rows - 1, texts[count].contains(where: { !$0.isEmpty }), belongs(count) { count += 1 }
        }
        let noFigures = { (r: Int) in anchors[r] == nil && !texts[r].joined().contains(where: \.isNumber) }
        // "Thời gian | Nội dung | Thời gian thực hiện | Kết quả" over " |  | Bắt đầu | Kết thúc | ": a heading spans the
        // sub-headings under it, which give its columns; the column numbers under them are the heading's too.
        if count == 1, rows > 2, let sub = Self.subHeader(texts[0], texts[1]) {
            spanning = sub
            count = 2
            extend { texts[$0].allSatisfy { $0.isEmpty || TableText.columnNumber.matches($0) } }
        }
        // A bordered table (antiword) prints a heading wrapped in its cell on the next lines, the row-number cell
        // empty: those lines go on the heading, up to the first numbered row.
        if bordered, spanning == nil, count >= 1, anchors.dropFirst(count).contains(where: { $0 != nil }) {
            extend { anchors[$0] == nil && texts[$0][0].isEmpty }
        }
        // A Word table flattened with " | " and no row numbers ("Cấp độ | Mô tả" over "Nhẹ | Không chấn thương …"): a
        // block of its own between blank lines, its first row short names without figures (but a level's "(5)"), then
        // empty cells only, every row as many cells as the first (or fewer, where the first has empty ones), none
        // opening with a number (numbered rows under a garbled first row are OCR's, above).
        let named = texts[0].prefix(Self.trimmedCount(texts[0]))
        if count == 0, !bordered, separator == nil, rows >= 3, standsAlone,
           named.count >= 2, named.allSatisfy({ !$0.isEmpty && $0.count <= 40 && !Self.hasFigureOutsideParentheses($0) }),
           texts.allSatisfy({ $0.count == texts[0].count || $0.count < texts[0].count && texts[0][$0.count...].allSatisfy(\.isEmpty) }),
           anchors.allSatisfy({ $0 == nil }) {
            count = 1
            isWordGrid = true
        }
        // Markdown says where its heading ends: the row over the separator heads the table even without a number
        // column ("| Đối tượng | Mức trợ cấp |"). When that row is a caption merged across the table and the
        // numbered heading ("STT | Đối tượng | …") comes under the separator, the heading goes on to the first
        // numbered row, through its sub-headings without figures ("Trợ cấp | Phụ cấp"). Likewise a heading that names
        // fewer columns than the separator draws ("TT | … | Căn cứ pháp lý |  | ") has its merged cells' sub-headings
        // in the row under it ("Mức độ DVC | Thực hiện qua BCCI").
        if let separator, separator.rowsAbove == 1 {
            if count == 0 { count = 1 }
            let numberedLater = anchors.dropFirst(2).contains(where: { $0 != nil })
            if count == 1, rows > 2, TableText.numberHeader.matches(texts[1][0]), numberedLater {
                count = 2
                extend(while: noFigures)
            } else if count == 1, Self.trimmedCount(texts[0]) < separator.columns, numberedLater {
                extend(while: noFigures)
            }
        }
    }

    /// The second heading row when it names the columns under one heading of the first row: empty cells up to
    /// that heading, two names or more under it, and empty cells after them under the headings that span both rows
    /// ("Thời gian thực hiện" over "Bắt đầu | Kết thúc", "Thực hiện" over "Đơn vị chủ trì | Đơn vị phối hợp").
    /// Word merged the heading's cells into one, so the first row has fewer cells than the columns. Returns where
    /// the names start, how many there are, and the heading over them.
    static func subHeader(_ first: [String], _ second: [String]) -> (start: Int, count: Int, parent: String)? {
        let n = trimmedCount(first), m = trimmedCount(second)
        // The row-number column spans both rows: the names start after it, and a "(1) | (2)" row is no names.
        // Fewer cells in the first row than in the second: Word merged the heading's cells (a heading cell wrapped onto
        // the next line, as antiword prints it, keeps the count).
        guard n >= 2, second.count > first.count, let start = second.firstIndex(where: { !$0.isEmpty }), start >= 1, start < n, !first[start].isEmpty,
              !second.contains(where: { TableText.columnNumber.matches($0) }) else { return nil }
        let count = second[start..<m].prefix { !$0.isEmpty }.count
        guard count >= 2, start + count == m, second[start..<m].allSatisfy({ RowAnchor($0) == nil }),
              second.count == first.count + count - 1 else { return nil }
        return (start, count, first[start])
    }

    /// The cells up to the last that is not empty.
    static func trimmedCount(_ cells: [String]) -> Int {
        var n = cells.count
        while n > 0, cells[n - 1].isEmpty { n -= 1 }
        return n
    }

    private static let labelNumber = try! Pattern(#"^(?<label>\D{2,40}?)\s*(?<n>\d{1,3})[.:]?$"#)

    /// "Biểu số 01", "Biểu số 02", …: one label with a running number.
    static func isLabelSequence(_ firsts: [String]) -> Bool {
        guard firsts.count >= 2 else { return false }
        var label: String?
        var previous: Int?
        for text in firsts {
            guard let m = labelNumber.firstMatch(in: VietnameseText.collapse(text)), let n = m["n"].flatMap({ Int($0) }) else { return false }
            let l = VietnameseText.foldKey(String(m["label"]!))
            if let label, label != l { return false }
            if let previous, n != previous + 1 { return false }
            label = l; previous = n
        }
        return true
    }

    /// Whether `text` has a figure outside parentheses: a level written "A (5)" is a heading's, no datum.
    private static func hasFigureOutsideParentheses(_ text: String) -> Bool {
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if c.isNumber, depth == 0 { return true }
        }
        return false
    }
}
