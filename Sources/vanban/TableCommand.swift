import ArgumentParser
import VanBan
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table", abstract: "Print the appendix tables.")
    func run() throws {}
}
