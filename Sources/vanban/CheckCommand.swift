import ArgumentParser
import VanBan
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Report consistency findings.")
    func run() throws {}
}
