import JSON
import VanBan

/// The findings of one `vanban check` run as a SARIF 2.1.0 log (one run), so code-review tools show them.
/// Columns are Unicode scalars (`columnKind: unicodeCodePoints`), as in every span of the project; the
/// region's `endColumn` is the column just after the span, as SARIF wants.
enum SARIFWriter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Where people read about the tool (the domain of the project's schema `$id`).
    static let informationUri = "https://vanban.dev/"

    /// One checked input: its path as given and its findings.
    struct Input {
        var path: String
        var diagnostics: [Diagnostic]
    }

    /// The log. `unreadable` lists inputs that could not be read, as tool notifications.
    static func log(_ inputs: [Input], unreadable: [(path: String, reason: String)],
                    catalogue: [RuleCatalogue.Entry] = RuleCatalogue.entries) -> JSONValue {
        var ruleIndex: [String: Int] = [:]
        for (index, entry) in catalogue.enumerated() where ruleIndex[entry.id] == nil { ruleIndex[entry.id] = index }

        var results: [JSONValue] = []
        for input in inputs {
            for diagnostic in input.diagnostics {
                var result = JSONObject()
                result["ruleId"] = .string(diagnostic.rule)
                if let index = ruleIndex[diagnostic.rule] { result["ruleIndex"] = .int(index) }
                result["level"] = .string(level(diagnostic.severity))
                result["message"] = ["text": .string(diagnostic.message)]
                result["locations"] = [location(input.path, diagnostic.span)]
                if !diagnostic.related.isEmpty {
                    result["relatedLocations"] = .array(diagnostic.related.enumerated().map { id, related in
                        var o = location(input.path, related.span).objectValue ?? JSONObject()
                        o["id"] = .int(id)
                        o["message"] = ["text": .string(related.message)]
                        return .object(o)
                    })
                }
                results.append(.object(result))
            }
        }

        var invocation = JSONObject()
        invocation["executionSuccessful"] = .bool(unreadable.isEmpty)
        if !unreadable.isEmpty {
            invocation["toolExecutionNotifications"] = .array(unreadable.map { path, reason in
                ["level": "error", "message": ["text": .string("\(path): \(reason)")],
                 "locations": [["physicalLocation": ["artifactLocation": ["uri": .string(uri(path))]]]]]
            })
        }

        var driver = JSONObject()
        driver["name"] = "vanban"
        driver["informationUri"] = .string(informationUri)
        driver["rules"] = .array(catalogue.map(rule))
        var run = JSONObject()
        run["tool"] = ["driver": .object(driver)]
        run["columnKind"] = "unicodeCodePoints"
        run["invocations"] = [.object(invocation)]
        run["results"] = .array(results)

        var log = JSONObject()
        log["$schema"] = .string(schema)
        log["version"] = "2.1.0"
        log["runs"] = [.object(run)]
        return .object(log)
    }

    /// error → error, warning → warning, info → note.
    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func rule(_ entry: RuleCatalogue.Entry) -> JSONValue {
        let help = "Fires when \(entry.summary). Example: \(entry.example)"
        var o = JSONObject()
        o["id"] = .string(entry.id)
        o["shortDescription"] = ["text": .string(entry.summary)]
        o["fullDescription"] = ["text": .string(help)]
        o["help"] = ["text": .string(help)]
        o["defaultConfiguration"] = ["level": .string(level(entry.severity))]
        return .object(o)
    }

    private static func location(_ path: String, _ span: SourceSpan) -> JSONValue {
        var region = JSONObject()
        region["startLine"] = .int(span.start.line)
        region["startColumn"] = .int(span.start.column)
        region["endLine"] = .int(max(span.end.line, span.start.line))
        region["endColumn"] = .int(span.end.line > span.start.line ? span.end.column : max(span.end.column, span.start.column))
        return ["physicalLocation": ["artifactLocation": ["uri": .string(uri(path))], "region": .object(region)]]
    }

    /// The path as given, as a URI reference: relative paths stay relative (tools resolve them against the
    /// checkout), absolute ones become `file://` URIs; anything outside RFC 3986's path characters is
    /// percent-encoded (spaces, Vietnamese letters).
    static func uri(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                encoded.append(Character(Unicode.Scalar(byte)))
            case _ where "-._~/!$&'()*+,;=@".utf8.contains(byte):
                encoded.append(Character(Unicode.Scalar(byte)))
            case UInt8(ascii: ":") where encoded.contains("/"):
                encoded.append(":")  // a colon before the first slash would read as a scheme
            default:
                let hex = Array("0123456789ABCDEF")
                encoded += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
