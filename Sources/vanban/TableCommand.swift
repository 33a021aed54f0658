import ArgumentParser
import JSON
import VanBan

struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Print the appendix tables of a document.",
        discussion: """
            Every table of every appendix (PHỤ LỤC), in order.

            Formats:
              csv   (default) RFC 4180: CRLF line ends, fields quoted only when
                    they must be. A header row of the column names, then one
                    record per row; several tables are separated by one empty
                    line. A merged cell (rowSpan > 1) is repeated in every row
                    it covers, so the rows sort and filter in a spreadsheet.
              json  an array of the tables exactly as in the document JSON:
                    {columns, rows[].cells[] {text, rowSpan?, values?, span},
                    span}; a merged cell appears once, with its rowSpan.

            A document without tables prints nothing and exits 0 (with a note
            on stderr). Exit status: 0 ok · 2 usage error · 3 the input could
            not be read or decoded.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: "The text file; '-' reads standard input.")
    var file: String

    @Option(help: "csv or json (see Formats above).")
    var format: Format = .csv

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lossy = false

    func run() throws {
        let document: Document
        do {
            let bytes = try Inputs.bytes(of: file)
            document = try DocumentParser(options: .init(lossy: lossy)).parse(bytes: bytes, name: file)
        } catch {
            Output.err("vanban: \(file): \(error)")
            throw ExitCode(ExitStatus.unreadable)
        }
        let tables = document.appendices.flatMap(\.tables)
        guard !tables.isEmpty else {
            Output.err("vanban: \(file): no appendix tables")
            return
        }
        switch format {
        case .csv:
            Output.out(CSVWriter.csv(tables))
        case .json:
            // The document JSON's own table objects, so the two never disagree.
            let json = document.json["appendices"]?.arrayValue?.flatMap { $0["tables"]?.arrayValue ?? [] } ?? []
            Output.out(JSONWriter(style: .pretty).string(.array(json)) + "\n")
        }
    }
}
