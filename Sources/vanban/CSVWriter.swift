import VanBan

/// Appendix tables as CSV (RFC 4180): CRLF line ends, a field quoted when it holds a comma, a quote, CR or
/// LF, quotes doubled. A header row of the column names comes first; every record has the same number of
/// fields. A vertically merged cell (`rowSpan` > 1) is repeated in each row it covers, so a spreadsheet
/// can sort and filter the rows.
enum CSVWriter {
    /// The table as CSV text ending with CRLF.
    static func csv(_ table: Table) -> String {
        let grid = self.grid(table)
        let width = max(table.columns.count, grid.map(\.count).max() ?? 0)
        var out = ""
        for record in [table.columns] + grid {
            let padded = record + Array(repeating: "", count: width - record.count)
            out += padded.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Several tables, separated by one empty line.
    static func csv(_ tables: [Table]) -> String {
        tables.map(csv).joined(separator: "\r\n")
    }

    /// One field, quoted only when it has to be.
    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The rows with merged cells filled in: a cell with `rowSpan` n occupies its column in the n − 1 rows
    /// below it, whose own cells take the columns left free, in order (the HTML table model).
    static func grid(_ table: Table) -> [[String]] {
        /// Column → (text, rows still covered below the current row).
        var carried: [Int: (text: String, rows: Int)] = [:]
        var grid: [[String]] = []
        for row in table.rows {
            var record: [String] = []
            var cells = row.cells[...]
            var column = 0
            var placedCarried = carried
            while !cells.isEmpty || placedCarried.keys.contains(where: { $0 >= column }) {
                if let merged = carried[column], merged.rows > 0 {
                    record.append(merged.text)
                    placedCarried[column] = nil
                } else if let cell = cells.popFirst() {
                    record.append(cell.text)
                    if let span = cell.rowSpan, span > 1 { carried[column] = (cell.text, span) }
                } else {
                    record.append("")
                }
                column += 1
            }
            // Each carried cell has now covered one more row (the row that started it included).
            for (column, merged) in carried {
                carried[column] = merged.rows > 1 ? (merged.text, merged.rows - 1) : nil
            }
            grid.append(record)
        }
        return grid
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
