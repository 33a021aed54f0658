import ArgumentParser
import VanBan
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Validate JSON documents against the schema.")
    func run() throws {}
}
