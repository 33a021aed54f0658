import ArgumentParser
import JSON
import VanBanRegister

/// `vanban show NUMBER`: a registered document's JSON, with its cross-document findings.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the JSON of the registered document with a number (its corpus.* findings in diagnostics).",
        discussion: "Exit status: 0 · 1 no registered document has the number · 2 usage or no register.")

    @Argument(help: "The number, e.g. 4280/SCT-CN (spaces, case, Đ/D and leading zeros do not matter).")
    var number: String

    @Option(help: "The SQLite register.")
    var db = "vanban.sqlite"

    @Flag(help: "Every registered document with the number, one JSON line each (default: the first registered, pretty).")
    var all = false

    func run() throws {
        let register = try RegisterOpening.existing(db)
        let documents = try register.documents(number: number)
        guard let first = documents.first else {
            Output.err("vanban: no registered document has the number \(number)")
            throw ExitCode(ExitStatus.findings)
        }
        if all {
            for document in documents { Output.out(JSONWriter(style: .compact).string(try document.jsonWithCorpusFindings()) + "\n") }
            return
        }
        if documents.count > 1 {
            let ids = documents.prefix(10).map { "\($0.id)" }.joined(separator: ", ") + (documents.count > 10 ? ", …" : "")
            Output.err("vanban: \(documents.count) registered documents have the number \(number) (số đến \(ids)); "
                       + "showing số đến \(first.id), --all for every one")
        }
        Output.out(JSONWriter(style: .pretty).string(try first.jsonWithCorpusFindings()) + "\n")
    }
}
