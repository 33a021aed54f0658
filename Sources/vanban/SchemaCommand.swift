import ArgumentParser
import VanBan

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the JSON Schema of the documents.")
    func run() throws { Output.out(DocumentSchema.text) }
}
