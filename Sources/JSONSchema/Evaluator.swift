import JSON

/// Runs compiled nodes against an instance.
///
/// In *collecting* mode every failing keyword adds a `ValidationError` and evaluation goes on, so one
/// pass reports everything. Inside `anyOf`, `oneOf`, `not`, `if`, `contains` and `propertyNames` only the
/// verdict matters: `quiet` is raised, nothing is recorded, and a node stops at its first failure.
/// The instance location is kept as a stack of components and only turned into a JSON Pointer when an
/// error is recorded.
struct Evaluator {
    /// One step into the instance.
    enum Step {
        case key(String)
        case index(Int)
    }

    /// The deepest instance location validated (as deep as `JSONReader` reads by default); deeper values,
    /// which only code can build, are reported instead of risking the stack.
    static let maxInstanceDepth = 512

    let nodes: [Node]
    private(set) var errors: [ValidationError] = []
    /// Above 0 while only the verdict is wanted.
    var quiet = 0
    var location: [Step] = []
    /// Whether a failed `anyOf`/`oneOf` explains each alternative (not inside such an explanation, so
    /// the extra work stays linear).
    var explainsAlternatives = true

    init(nodes: [Node], collecting: Bool) {
        self.nodes = nodes
        self.quiet = collecting ? 0 : 1
    }

    /// Whether `instance` is valid against node `id`.
    mutating func validate(_ id: NodeID, _ instance: JSONValue) -> Bool {
        let node = nodes[id]
        if node.checks.isEmpty { return true }
        var valid = true
        for check in node.checks where !evaluate(check, of: node, instance) {
            valid = false
            if quiet > 0 { return false }
        }
        return valid
    }

    /// Validates `instance`, found at `step` below the current location, against node `id`.
    mutating func validate(_ id: NodeID, _ instance: JSONValue, at step: Step) -> Bool {
        if nodes[id].checks.isEmpty { return true }
        guard location.count < Self.maxInstanceDepth else {
            if quiet == 0 {
                location.append(step)
                record(schemaPath: nodes[id].path, keyword: "",
                       message: "the value is nested deeper than \(Self.maxInstanceDepth) levels and was not validated")
                location.removeLast()
            }
            return false
        }
        location.append(step)
        defer { location.removeLast() }
        return validate(id, instance)
    }

    /// The verdict of node `id` on `instance`, recording nothing.
    mutating func passes(_ id: NodeID, _ instance: JSONValue) -> Bool {
        quiet += 1
        defer { quiet -= 1 }
        return validate(id, instance)
    }

    /// Records a failure of `keyword` in `node` at the current location (unless quiet); returns false.
    mutating func fail(_ node: Node, _ keyword: String, _ message: @autoclosure () -> String,
                       at step: Step? = nil) -> Bool {
        guard quiet == 0 else { return false }
        if let step { location.append(step) }
        record(schemaPath: node.path + "/" + keyword, keyword: keyword, message: message())
        if step != nil { location.removeLast() }
        return false
    }

    mutating func record(schemaPath: String, keyword: String, message: String) {
        errors.append(ValidationError(instancePath: instancePath, schemaPath: schemaPath, keyword: keyword,
                                      message: message))
    }

    /// The current location as a JSON Pointer.
    var instancePath: String {
        var path = ""
        for step in location {
            path += "/"
            switch step {
            case let .key(name): path += JSONPointer.escape(name)
            case let .index(i): path += String(i)
            }
        }
        return path
    }

    /// Dispatches one check. Kept small (each family in its own function) so that the stack frame of
    /// each nesting level stays small, even in debug builds.
    private mutating func evaluate(_ check: Check, of node: Node, _ instance: JSONValue) -> Bool {
        switch check {
        case let .ref(target):
            return validate(target, instance)
        case .never, .allOf, .anyOf, .oneOf, .not, .conditional:
            return evaluateApplicator(check, of: node, instance)
        case .type, .enumeration, .constant:
            return evaluateAnyType(check, of: node, instance)
        default:
            switch instance {
            case let .array(elements): return evaluateArray(check, of: node, elements)
            case let .object(object): return evaluateObject(check, of: node, object)
            case let .string(text): return evaluateString(check, of: node, text)
            case .int, .double: return evaluateNumber(check, of: node, instance)
            case .null, .bool: return true
            }
        }
    }
}
