import ArgumentParser
import JSON
import JSONSchema
import VanBan

/// `vanban validate`: checks JSON documents (one per file, or NDJSON) against the document schema.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate JSON documents against Schemas/document.schema.json.",
        discussion: "Each input is one JSON document or NDJSON (one document per line). Every error is printed as PATH[:LINE]: /json/pointer: message. Exit 0 when all are valid, 1 when any is not, 3 when an input cannot be read.")

    @Argument(help: "JSON or NDJSON files; '-' or nothing reads standard input.")
    var files: [String] = []

    func run() throws {
        let schema = OutputGuard.schema
        var invalid = 0, total = 0
        var unreadable = false
        for path in files.isEmpty ? ["-"] : files {
            let bytes: [UInt8]
            do { bytes = try Inputs.bytes(of: path) } catch {
                Output.err("vanban: \(path): \(error)"); unreadable = true; continue
            }
            var documents: [(line: Int?, value: Result<JSONValue, JSONReadError>)] = []
            do {
                documents = [(nil, .success(try JSONReader().read(bytes)))]
            } catch {
                // Not one document: read it as NDJSON, line by line.
                JSONReader().forEachLine(in: bytes) { (line: Int, result: Result<JSONValue, JSONReadError>) in
                    documents.append((line, result))
                }
                if documents.isEmpty { documents = [(nil, .failure(error))] }
            }
            for (line, result) in documents {
                total += 1
                let place = path + (line.map { ":\($0)" } ?? "")
                switch result {
                case let .failure(error):
                    invalid += 1
                    Output.out("\(place): not JSON: \(error)\n")
                case let .success(value):
                    let errors = schema.validate(value)
                    if !errors.isEmpty { invalid += 1 }
                    for e in errors {
                        Output.out("\(place): \(e.instancePath.isEmpty ? "/" : e.instancePath): \(e.message) [schema \(e.schemaPath)]\n")
                    }
                }
            }
        }
        Output.err("validated \(total) document\(total == 1 ? "" : "s"), \(invalid) invalid")
        if unreadable { throw ExitCode(ExitStatus.unreadable) }
        if invalid > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
