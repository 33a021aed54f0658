import JSON
import VanBan

/// Validates every document before it is written (issue 7). Until the validator lands this only checks
/// that the document is an object with the contract's top-level members.
final class OutputValidator: Sendable {
    static let shared = OutputValidator()

    /// A description of the first problem, or nil when the document is valid.
    func problem(in json: JSONValue) -> String? {
        guard case let .object(object) = json else { return "not an object" }
        for key in ["schemaVersion", "source", "kind", "header", "body", "closing", "appendices", "references", "dates", "diagnostics"] where object[key] == nil {
            return "missing /\(key)"
        }
        return nil
    }
}
