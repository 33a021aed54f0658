import ArgumentParser
import JSON
import VanBan

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse documents into JSON (one document per input).")

    enum Format: String, ExpressibleByArgument { case json, ndjson, tree }

    @Argument(help: "Text files to parse; '-' or nothing reads standard input.")
    var files: [String] = []

    @Option(help: "json (pretty, one input), ndjson (one line per input), or tree (an outline for people).")
    var format: Format?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and a diagnostic instead of failing.")
    var lossy = false

    @Option(help: "The day date.future compares with (YYYY-MM-DD); default today.")
    var asOf: String?

    func run() throws {
        let inputs = files.isEmpty ? ["-"] : files
        let format = self.format ?? (inputs.count > 1 ? .ndjson : .json)
        let asOfPoint = try asOf.map { value -> CalendarPoint in
            guard let point = CalendarPoint(iso: value) else { throw ArgumentParser.ValidationError("--as-of wants YYYY-MM-DD, got \(value)") }
            return point
        }
        if format == .json && inputs.count > 1 {
            throw ArgumentParser.ValidationError("--format json takes one input; use --format ndjson for several")
        }
        let parser = DocumentParser(options: .init(lossy: lossy, asOf: asOfPoint))
        var status: Int32 = 0
        for path in inputs {
            do {
                let bytes = try Inputs.bytes(of: path)
                let document = try parser.parse(bytes: bytes, name: path)
                let json: JSONValue
                switch OutputGuard.check(document) {
                case .valid(let valid): json = valid
                case .salvaged(let salvaged, let note):
                    // Written without the items that broke the schema; the exit status still reports the bug.
                    Output.err("vanban: internal error: \(path): \(note.message)")
                    status = max(status, ExitStatus.invalidOutput)
                    json = salvaged
                case .invalid(let problem):
                    Output.err("vanban: internal error: the document for \(path) breaks the schema: \(problem)")
                    status = max(status, ExitStatus.invalidOutput)
                    continue
                }
                switch format {
                case .json, .ndjson:
                    // Written as the writer's bytes: no String is made of them only to be encoded again.
                    var bytes: [UInt8] = []
                    bytes.reserveCapacity(1 << 16)
                    JSONWriter(style: format == .json ? .pretty : .compact).write(json, into: &bytes)
                    bytes.append(0x0A)
                    Output.out(bytes: bytes)
                case .tree: Output.out(OutlineTree.render(document))
                }
            } catch {
                Output.err("vanban: \(path): \(error)")
                status = max(status, ExitStatus.unreadable)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
