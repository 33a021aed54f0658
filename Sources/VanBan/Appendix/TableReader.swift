import PCRE2
/// The one entry point for appendix tables: tries each shape reader in turn at a line and keeps the
/// first table rebuilt. When no reader rebuilds one but one of them saw a table it could not read, the
/// outcome says so (the caller keeps those lines as paragraphs and raises "table.unreadable").
///
/// Order: the shapes with the plainest cell borders first — pandoc's column rules, antiword's cell stream,
/// pipe rows under a heading of merged cells, other pipe rows, HTML — then `-layout` columns, then cells
/// emitted column by column, then boundary points one per line, then numbered OCR rows, then fragments one
/// per line against rows found only by their numbering with their cells kept joined, then rows known only
/// from a column of row numbers, their cells placed where their count proves them. A list printed
/// several blocks across is then put one block under the other.
struct TableReader {
    /// A line that opens a table header ("TT", "STT …").
    static let headerStart = try! Pattern(#"^(?:S\s?TT|TT|Stt)\b\s*(?<rest>.*)$"#, requiringOneOf: ["TT", "Stt"])

    /// Whether a (trimmed) line opens a table: a TT/STT header, or an HTML table.
    static func opensTable(_ text: String) -> Bool {
        headerStart.matches(text) || text.utf8.starts(with: "<table".utf8)
    }

    static let readers: [any TableShapeReader] = [
        PandocTableReader(), PipeStreamTableReader(), MergedHeaderTableReader(), PipeTableReader(), HtmlTableReader(), LayoutTableReader(), ColumnOrderTableReader(), CoordinateTableReader(), NumberedLineTableReader(),
    ]
    /// Readers of single-spaced text with no cell borders, where rows are found by their numbering and the
    /// cells guessed (fragments) or kept joined (row text): the one that finds more rows is kept, the
    /// first on a tie, since a reader that loses rows has misread where they start.
    static let rowGuessers: [any TableShapeReader] = [FragmentTableReader(), RowTextTableReader()]
    /// The last resort, when neither rebuilt a table: rows known only from a column of row numbers, the
    /// cells placed where their count proves them.
    static let numberColumn = ColumnBlockTableReader()

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        let outcome = readShape(lines, from: start)
        guard case .tables(let tables, let end)? = outcome else { return outcome }
        return .tables(tables.map { $0.unfoldingSideBySideBlocks() }, end: end)
    }

    private func readShape(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        var unreadable: TableReadOutcome?
        for reader in Self.readers {
            guard let outcome = reader.read(lines, from: start) else { continue }
            if case .tables = outcome { return outcome }
            if unreadable == nil { unreadable = outcome }
        }
        var best: (outcome: TableReadOutcome, rows: Int)?
        for reader in Self.rowGuessers {
            guard let outcome = reader.read(lines, from: start) else { continue }
            if case .tables(let tables, _) = outcome {
                let rows = tables.reduce(0) { $0 + $1.rows.count }
                if rows > best?.rows ?? 0 { best = (outcome, rows) }
            } else if unreadable == nil { unreadable = outcome }
        }
        if let best { return best.outcome }
        if let outcome = Self.numberColumn.read(lines, from: start), case .tables = outcome { return outcome }
        return unreadable
    }
}
