import JSON
import JSONSchema
import VanBan

/// Validates every document against `Schemas/document.schema.json` before it is written (issue 7):
/// a document that breaks our own schema is a bug, reported on stderr and never written to stdout.
final class OutputValidator: Sendable {
    static let shared = OutputValidator()

    /// The schema, compiled once. The embedded copy is checked against Schemas/ by the tests.
    let schema: Schema

    private init() {
        do {
            schema = try Schema(JSONReader().read(DocumentSchema.text))
        } catch {
            fatalError("the embedded document schema does not load: \(error)")
        }
    }

    /// A description of the first problems, or nil when the document is valid.
    func problem(in json: JSONValue) -> String? {
        guard !schema.isValid(json) else { return nil }   // stops at the first failure; details only when needed
        let errors = schema.validate(json)
        return errors.prefix(3).map { "\($0.instancePath.isEmpty ? "/" : $0.instancePath): \($0.message)" }.joined(separator: "; ")
    }
}
