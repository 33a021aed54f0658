import PCRE2

/// The heading of a block of pipe rows (Word's " | ", antiword's borders, Markdown): how many of its first rows
/// name the columns, a heading spanning sub-headings under it, and whether the block is a Word grid with no row
/// numbers, whose columns are as many as its rows have cells. Read from the rows' texts and their row labels;
/// `PipeTableReader` builds the body under it.
struct PipeTableHeading {
    /// Rows of the heading (0: the block has none).
    private(set) var count = 0
    /// The columns' names when headings span sub-headings in the row under them (nil: no such heading).
    private(set) var spannedColumns: [String]?
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
        if count == 1, rows > 2, let names = Self.spannedColumns(texts[0], texts[1]) {
            spannedColumns = names
            count = 2
            extend { texts[$0].allSatisfy { $0.isEmpty || TableText.columnNumber.matches($0) } }
        }
        // A bordered table (antiword) prints a heading wrapped in its cell on the next lines, the row-number cell
        // empty: those lines go on the heading, up to the first numbered row.
        if bordered, spannedColumns == nil, count >= 1, anchors.dropFirst(count).contains(where: { $0 != nil }) {
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

    /// The columns' names when the second heading row names the columns under headings of the first row: empty
    /// cells under the headings that span both rows, two names or more under a heading that spans several columns
    /// ("Thời gian thực hiện" over "Bắt đầu | Kết thúc"; "Phường Sa Pa | Các phường còn lại | Các xã" over
    /// "VT1 | VT1 | VT1 | VT2"). Word merged the headings' cells, so the first row has fewer cells than the columns
    /// (a heading cell wrapped onto the next line, as antiword prints it, keeps the count). A name under a
    /// heading is "heading: name".
    static func spannedColumns(_ written: [String], _ second: [String]) -> [String]? {
        // A Markdown row draws the merged heading's cells as empty ones after it ("Yêu cầu định mức |  |  | "): the
        // heading row is as many cells as it names.
        let first = Array(written.prefix(trimmedCount(written)))
        // The row-number column spans both rows: the names start after it, and a "(1) | (2)" row is no names, nor
        // is a row of data (a number, or a row label other than a code like "VT1"). Levels after a first name are
        // names ("Cấp công trình" over "Đặc biệt | I | II | III | IV").
        guard trimmedCount(first) >= 2, second.count > first.count, let start = second.firstIndex(where: { !$0.isEmpty }),
              start >= 1, start < trimmedCount(first), !first[start].isEmpty,
              Self.isLevelRun(second[start...])
                || !second.contains(where: { TableText.columnNumber.matches($0) || Self.isRowLabel($0) }) else { return nil }
        guard let groups = MergedHeaderTableReader.groups(upper: first.count, lower: second),
              groups.contains(where: { $0.count >= 2 }) else {
            // Names under headings in a way the cells do not tell ("Hạn ngạch …" over two "Lượng", "Tổng lượng …" over
            // three): the names alone name the columns, the headings over the first cells where the names start.
            let m = trimmedCount(second)
            guard m > trimmedCount(first), !second[start..<m].contains(where: \.isEmpty) else { return nil }
            return (0..<m).map { $0 < start ? first[$0] : second[$0] }
        }
        var names: [String] = []
        for (heading, under) in zip(first, groups) {
            for c in under { names.append(second[c].isEmpty ? heading : heading + ": " + second[c]) }
        }
        return names
    }

    /// A word, then levels in Roman figures that go on by one ("Đặc biệt | I | II | III | IV"): names of columns.
    private static func isLevelRun(_ cells: ArraySlice<String>) -> Bool {
        let levels = cells.dropFirst().prefix { !$0.isEmpty }
        guard let first = cells.first, !first.isEmpty, !isRowLabel(first), levels.count >= 2,
              cells.dropFirst(levels.count + 1).allSatisfy(\.isEmpty) else { return false }
        let values = levels.compactMap(RomanNumeral.value)
        return values.count == levels.count && zip(values, values.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    /// A row number or label ("1", "II", "A"), but not a code like "VT1" that names a column.
    private static func isRowLabel(_ text: String) -> Bool {
        guard let anchor = RowAnchor(text) else { return false }
        if case .prefixed = anchor.kind { return false }
        return true
    }

    /// The cells up to the last that is not empty.
    static func trimmedCount(_ cells: [String]) -> Int {
        var n = cells.count
        while n > 0, cells[n - 1].isEmpty { n -= 1 }
        return n
    }

    /// A label and its identifier: "Biểu số 01", "Mẫu số 3", "Phụ lục I.1", "Phụ lục II".
    private static let labelNumber = try! Pattern(#"^(?<label>\D{2,40}?)\s*(?<n>\d{1,3}(?:\.\d{1,3}){0,2}|[IVX]{1,5}(?:\.\d{1,3}){0,2})[.:]?$"#)

    /// "Biểu số 01", "Biểu số 02", …, or "Phụ lục I.1" … "Phụ lục I.7", "Phụ lục II": one label with an identifier
    /// that goes on by one at some level (a new level starting at 1).
    static func isLabelSequence(_ firsts: [String]) -> Bool {
        guard firsts.count >= 2 else { return false }
        var label: String?
        var previous: [Int]?
        for text in firsts {
            guard let m = labelNumber.firstMatch(in: VietnameseText.collapse(text)), let n = m["n"].flatMap(identifier) else { return false }
            let l = VietnameseText.foldKey(String(m["label"]!))
            if let label, label != l { return false }
            if let previous, !goesOn(from: previous, to: n) { return false }
            label = l; previous = n
        }
        return true
    }

    /// "I.1" → [1, 1], "02" → [2].
    private static func identifier(_ text: Substring) -> [Int]? {
        let parts = text.split(separator: ".")
        var result: [Int] = []
        for (k, part) in parts.enumerated() {
            guard let v = Int(part) ?? (k == 0 ? RomanNumeral.value(String(part)) : nil) else { return nil }
            result.append(v)
        }
        return result
    }

    /// [1, 7] → [2], [1] → [2], [1] → [1, 1], [1, 1] → [1, 2].
    private static func goesOn(from a: [Int], to b: [Int]) -> Bool {
        if b.count > a.count { return Array(b.prefix(a.count)) == a && b[a.count...].allSatisfy { $0 == 1 } }
        let level = b.count - 1
        return Array(a.prefix(level)) == Array(b.prefix(level)) && b[level] == a[level] + 1
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
