import ArgumentParser
import Foundation
import JSON
import VanBanRegister

/// `vanban cites NUMBER`: the registered documents that cite a number.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "List the registered documents that cite a number.",
        discussion: "Exit status: 0 some · 1 none · 2 usage or no register.")

    enum Format: String, ExpressibleByArgument { case text, ndjson }

    @Argument(help: "The cited number, e.g. 2170/QĐ-UBND (spaces, case, Đ/D and leading zeros do not matter).")
    var number: String

    @Option(help: "The SQLite register.")
    var db = "vanban.sqlite"

    @Option(help: "text (path:line:col: one line per citation) or ndjson.")
    var format: Format = .text

    func run() throws {
        let register = try RegisterOpening.existing(db)
        let citations = try register.citations(of: number)
        if citations.isEmpty {
            Output.err("vanban: no registered document cites \(number)")
            throw ExitCode(ExitStatus.findings)
        }
        for citation in citations {
            switch format {
            case .text:
                let dated = citation.citedDate.map { " dated \($0)" } ?? ""
                let resolved = citation.resolvedID.map { "số đến \($0)" } ?? "not registered"
                let citing = (citation.number ?? "(no number)") + (citation.date.map { " of \($0)" } ?? "")
                Output.out("\(citation.path):\(citation.line):\(citation.column): số đến \(citation.citingID) \(citing)"
                           + " cites \(citation.citedAs)\(dated) → \(resolved)\n")
            case .ndjson:
                let object: JSONValue = [
                    "citing": ["id": .int(Int(citation.citingID)), "path": .string(citation.path),
                               "number": citation.number.map { .string($0) } ?? .null, "date": citation.date.map { .string($0) } ?? .null,
                               "issuer": citation.issuer.map { .string($0) } ?? .null],
                    "cited": ["canonical": .string(citation.citedAs), "date": citation.citedDate.map { .string($0) } ?? .null,
                              "issuer": citation.citedIssuer.map { .string($0) } ?? .null],
                    "line": .int(citation.line), "column": .int(citation.column),
                    "resolvedTo": citation.resolvedID.map { .int(Int($0)) } ?? .null,
                ]
                Output.out(JSONWriter(style: .compact).string(object) + "\n")
            }
        }
    }
}

/// Opening a register that must exist already (the reading commands never create one).
enum RegisterOpening {
    static func existing(_ path: String) throws -> Register {
        guard FileManager.default.fileExists(atPath: path) else {
            Output.err("vanban: no register at \(path) (make one with vanban ingest, or name it with --db)")
            throw ExitCode(ExitStatus.usage)
        }
        do { return try Register(path: path) } catch {
            Output.err("vanban: cannot open the register \(path): \(error)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
