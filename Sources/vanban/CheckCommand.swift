import ArgumentParser
import JSON
import VanBan

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report the consistency findings of documents.",
        discussion: """
            Formats:
              text   (default) compiler style, one block per finding:
                       path:line:col: error: message [rule.id]
                       the original source line
                       a caret line under the place
                     then a `path:line:col: note:` block for each related place.
                     A summary goes to stderr: "3 errors, 2 warnings, 1 info in
                     1 document". Colour only when stdout is a terminal and
                     NO_COLOR is not set. Standard input is shown as <stdin>.
              json   one JSON array for the whole run, in input order, of
                     {path, rule, severity, message, span, related[]}; spans as
                     in the document JSON (1-based, columns in Unicode scalars).
              sarif  one SARIF 2.1.0 log, one run; the rules of the catalogue.

            Exit status: 0 no finding at or above --fail-on · 1 some · 2 usage
            error · 3 an input could not be read or decoded (the others are
            still checked; 3 wins over 1). The rules: docs/rules.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    /// The severities, as `--fail-on` spells them.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info
        var severity: Diagnostic.Severity { Diagnostic.Severity(rawValue: rawValue)! }
    }

    @Argument(help: "Text files to check; '-' or nothing reads standard input.")
    var files: [String] = []

    @Option(help: "text, json or sarif (see Formats above).")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the exit status 1: error, warning or info.")
    var failOn: FailOn = .error

    @Option(help: "The day date.future compares with (YYYY-MM-DD); default today.")
    var asOf: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and a diagnostic instead of failing.")
    var lossy = false

    func run() throws {
        let inputs = files.isEmpty ? ["-"] : files
        let asOfPoint = try asOf.map { value -> CalendarPoint in
            guard let point = CalendarPoint(iso: value) else { throw ValidationError("--as-of wants YYYY-MM-DD, got \(value)") }
            return point
        }
        let parser = DocumentParser(options: .init(lossy: lossy, asOf: asOfPoint))
        let printer = DiagnosticPrinter(colour: format == .text && DiagnosticPrinter.colourWanted())

        var checked: [SARIFWriter.Input] = []
        var unreadable: [(path: String, reason: String)] = []
        var json: [JSONValue] = []
        for path in inputs {
            do {
                let bytes = try Inputs.bytes(of: path)
                let document = try parser.parse(bytes: bytes, name: path)
                checked.append(.init(path: path, diagnostics: document.diagnostics))
                switch format {
                case .text:
                    // The original text, decoded as the parser decoded it, for quoting lines.
                    let source = (try? TextDecoder.decode(bytes, lossy: lossy)).map { SourceLines(text: $0.text) }
                    let shown = path == "-" ? "<stdin>" : path
                    // Written per document, so a long run shows its findings as it goes.
                    let text = document.diagnostics.map { printer.render($0, path: shown, source: source) }.joined()
                    if !text.isEmpty { Output.out(text) }
                case .json:
                    json += document.diagnostics.map { diagnostic in
                        var o = JSONObject()
                        o["path"] = .string(path)
                        for (key, value) in diagnostic.json.objectValue ?? JSONObject() { o[key] = value }
                        return .object(o)
                    }
                case .sarif:
                    break
                }
            } catch {
                Output.err("vanban: \(path): \(error)")
                unreadable.append((path, "\(error)"))
            }
        }

        let all = checked.flatMap(\.diagnostics)
        switch format {
        case .text:
            Output.err(DiagnosticPrinter.summary(all, documents: checked.count, unreadable: unreadable.count))
        case .json:
            Output.out(JSONWriter(style: .pretty).string(.array(json)) + "\n")
        case .sarif:
            Output.out(JSONWriter(style: .pretty).string(SARIFWriter.log(checked, unreadable: unreadable)) + "\n")
        }

        if !unreadable.isEmpty { throw ExitCode(ExitStatus.unreadable) }
        if all.contains(where: { $0.severity >= failOn.severity }) { throw ExitCode(ExitStatus.findings) }
    }
}
