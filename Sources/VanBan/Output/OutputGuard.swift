import JSON
import JSONSchema

/// The last stage before a document is written: its JSON against `Schemas/document.schema.json`. A document
/// that breaks the schema is a bug in vanban. Rather than lose the whole document, the array items the
/// errors lie in are left out, a section's field they lie in ("/header/date") is set to null, and an
/// `output.salvaged` warning names them by JSON Pointer; a document
/// that still breaks the schema then is refused, with its errors.
public enum OutputGuard {
    public enum Outcome: Sendable {
        /// The document as it is.
        case valid(JSONValue)
        /// The document without the items that broke the schema, and the `output.salvaged` warning that
        /// names them (already among the JSON's diagnostics).
        case salvaged(JSONValue, note: Diagnostic)
        /// No valid document could be made: the first errors, for a message.
        case invalid(problem: String)
    }

    /// The schema, compiled once; the embedded copy is checked against Schemas/ by the tests.
    public static let schema: Schema = {
        do { return try Schema(JSONReader().read(DocumentSchema.text)) } catch {
            fatalError("the embedded document schema does not load: \(error)")
        }
    }()

    /// Rounds of leaving items out before giving up (each round removes every item an error lies in).
    private static let rounds = 8

    public static func check(_ document: Document) -> Outcome {
        let json = document.json
        guard !schema.isValid(json) else { return .valid(json) }   // stops at the first failure
        var salvaged = json
        var leftOut: [String] = []
        for _ in 0..<rounds {
            let errors = schema.validate(salvaged)
            if errors.isEmpty { break }
            let items = Set(errors.compactMap { item(containing: $0.instancePath) })
            // A field outside any list ("/header/date") is set to null, which every such field may be.
            let fields = Set(errors.filter { item(containing: $0.instancePath) == nil }.compactMap { field(containing: $0.instancePath) })
            guard !items.isEmpty || !fields.isEmpty else { return .invalid(problem: describe(schema.validate(json))) }
            for pointer in fields {
                guard salvaged.value(at: pointer) != .null, let nulled = salvaged.replacing(at: pointer, with: .null) else {
                    return .invalid(problem: describe(schema.validate(json)))
                }
                salvaged = nulled; leftOut.append(pointer.description)
            }
            // Later items first, so the indices of the others in the same array still hold.
            for pointer in items.sorted(by: { later($0.tokens, $1.tokens) }) {
                if let smaller = salvaged.removing(at: pointer) { salvaged = smaller; leftOut.append(pointer.description) }
            }
        }
        let note = Diagnostic(rule: "output.salvaged", severity: .warning,
                              message: "\(leftOut.count) item(s) or field(s) that broke the document schema were left out or set to null (a bug in vanban; please report it): \(leftOut.prefix(5).joined(separator: ", "))",
                              span: .documentStart)
        if case var .object(object) = salvaged, case var .array(diagnostics)? = object["diagnostics"] {
            diagnostics.insert(note.json, at: 0)
            object["diagnostics"] = .array(diagnostics)
            salvaged = .object(object)
        }
        let errors = schema.validate(salvaged)
        return errors.isEmpty ? .salvaged(salvaged, note: note) : .invalid(problem: describe(schema.validate(json)))
    }

    /// The field of a section `path` lies in ("/header/date/end" → "/header/date"), or nil for a path at the root.
    private static func field(containing path: String) -> JSONPointer? {
        guard let pointer = try? JSONPointer(parsing: path), pointer.tokens.count >= 2 else { return nil }
        return JSONPointer(tokens: Array(pointer.tokens.prefix(2)))
    }

    /// The innermost array element `path` lies in ("/dates/26/role" → "/dates/26"), or nil.
    private static func item(containing path: String) -> JSONPointer? {
        guard let pointer = try? JSONPointer(parsing: path),
              let last = pointer.tokens.lastIndex(where: { isIndex($0) }) else { return nil }
        return JSONPointer(tokens: Array(pointer.tokens[...last]))
    }

    private static func isIndex(_ token: String) -> Bool { !token.isEmpty && token.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether the pointer `a` comes after `b` in document order (indices compared as numbers).
    private static func later(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where x != y {
            if isIndex(x), isIndex(y), let i = Int(x), let j = Int(y) { return i > j }
            return x > y
        }
        return a.count > b.count
    }

    private static func describe(_ errors: [ValidationError]) -> String {
        errors.prefix(3).map { "\($0.instancePath.isEmpty ? "/" : $0.instancePath): \($0.message)" }.joined(separator: "; ")
    }
}
