import ArgumentParser

/// The `vanban` command line: parse, check, validate, schema, table.
struct VanBanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Turns Vietnamese official documents into validated JSON and checks them for inconsistencies.",
        subcommands: [ParseCommand.self, CheckCommand.self, TableCommand.self, ValidateCommand.self, SchemaCommand.self,
                      IngestCommand.self, CitesCommand.self, ShowCommand.self, RulesDocCommand.self])
}
