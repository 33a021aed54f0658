import PCRE2
/// The one entry point for appendix tables: tries each shape reader in turn at a line and keeps the
/// first table rebuilt. When no reader rebuilds one but one of them saw a table it could not read, the
/// outcome says so (the caller keeps those lines as paragraphs and raises "table.unreadable").
///
/// Order: the shapes with the plainest cell borders first — pipe rows, HTML, then `-layout` columns, then
/// cells emitted column by column, then boundary points one per line, then numbered OCR rows, then
/// fragments one per line.
struct TableReader {
    /// A line that opens a table header ("TT", "STT …").
    static let headerStart = try! Pattern(#"^(?:S\s?TT|TT|Stt)\b\s*(?<rest>.*)$"#)

    /// Whether a (trimmed) line opens a table: a TT/STT header, or an HTML table.
    static func opensTable(_ text: String) -> Bool {
        headerStart.matches(text) || text.utf8.starts(with: "<table".utf8)
    }

    static let readers: [any TableShapeReader] = [
        PipeTableReader(), HtmlTableReader(), LayoutTableReader(), ColumnOrderTableReader(), CoordinateTableReader(), NumberedLineTableReader(),
        FragmentTableReader(),
    ]

    func read(_ lines: [TextLine], from start: Int) -> TableReadOutcome? {
        var unreadable: TableReadOutcome?
        for reader in Self.readers {
            guard let outcome = reader.read(lines, from: start) else { continue }
            if case .tables = outcome { return outcome }
            if unreadable == nil { unreadable = outcome }
        }
        return unreadable
    }
}
