import ArgumentParser
import VanBan

/// `vanban rules [--markdown]`: the rule catalogue, as a plain list or as docs/rules.md.
/// Hidden: docs/rules.md is the page people read; a test keeps it equal to `--markdown`.
struct RulesDocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the consistency rules (--markdown prints docs/rules.md).",
        shouldDisplay: false)

    @Flag(help: "Print docs/rules.md.")
    var markdown = false

    func run() throws {
        Output.out(markdown ? Self.markdown() : Self.list())
    }

    /// One rule a line: id, severity, when it fires.
    static func list(_ entries: [RuleCatalogue.Entry] = RuleCatalogue.entries) -> String {
        let width = entries.map(\.id.count).max() ?? 0
        return entries.map { entry in
            entry.id + String(repeating: " ", count: width - entry.id.count + 2)
                + entry.severity.rawValue + String(repeating: " ", count: 9 - entry.severity.rawValue.count)
                + entry.summary + "\n"
        }.joined()
    }

    /// The text of docs/rules.md.
    static func markdown(_ entries: [RuleCatalogue.Entry] = RuleCatalogue.entries) -> String {
        var out = """
            # Consistency rules

            <!-- Generated from Sources/VanBan/Check/RuleCatalogue.swift by `vanban rules --markdown > docs/rules.md`.
                 Do not edit by hand: a test fails when this file and the catalogue disagree. -->

            `vanban check` reports these findings (and `vanban parse` lists them in `diagnostics[]`). Each has a
            stable id and a severity; `--fail-on error|warning|info` (default `error`) sets the lowest severity
            that makes the exit status 1. In SARIF, `info` is written as level `note`.

            | id | severity | fires when | example |
            |---|---|---|---|

            """
        for entry in entries {
            out += "| `\(entry.id)` | \(entry.severity.rawValue) | \(cell(entry.summary)) | \(cell(escape(entry.example))) |\n"
        }
        return out
    }

    /// A table cell: `|` escaped, line ends folded into spaces.
    private static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Examples are quoted text, not Markdown: characters Markdown would act on are escaped.
    private static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#".contains(character) { out += "\\" }
            out.append(character)
        }
        return out
    }
}
