import JSON

/// The applicators that combine subschemas on the same instance, and the `false` schema.
extension Evaluator {
    mutating func evaluateApplicator(_ check: Check, of node: Node, _ instance: JSONValue) -> Bool {
        switch check {
        case .never:
            // A `false` schema has no keyword of its own: the error points at the schema itself.
            if quiet == 0 {
                record(schemaPath: node.path, keyword: "false", message: "no value is allowed here (the schema is false)")
            }
            return false
        case let .allOf(ids):
            var valid = true
            for id in ids where !validate(id, instance) {
                valid = false
                if quiet > 0 { return false }
            }
            return valid
        case let .anyOf(ids):
            if ids.contains(where: { passes($0, instance) }) { return true }
            let summary = alternativesSummary(ids, instance)
            return fail(node, "anyOf", "the value matches none of the \(ids.count) alternatives of anyOf" + summary)
        case let .oneOf(ids):
            let matching = ids.indices.filter { passes(ids[$0], instance) }
            if matching.count == 1 { return true }
            if matching.isEmpty {
                let summary = alternativesSummary(ids, instance)
                return fail(node, "oneOf", "the value matches none of the \(ids.count) alternatives of oneOf" + summary)
            }
            return fail(node, "oneOf", "the value matches more than one alternative of oneOf "
                            + "(\(matching.map(String.init).joined(separator: ", "))); exactly one must match")
        case let .not(id):
            if !passes(id, instance) { return true }
            return fail(node, "not", "the value must not match the schema of not")
        case let .conditional(condition, then, otherwise):
            if passes(condition, instance) {
                return then.map { validate($0, instance) } ?? true
            }
            return otherwise.map { validate($0, instance) } ?? true
        default:
            return true
        }
    }

    /// ": [0] expected string, found integer; [1] at /a …" — the first error of each alternative, so a
    /// failed `anyOf`/`oneOf` still says what each branch wanted. Not nested: inside an explanation,
    /// alternatives are not explained again.
    private mutating func alternativesSummary(_ ids: [NodeID], _ instance: JSONValue) -> String {
        guard quiet == 0, explainsAlternatives else { return "" }
        var parts: [String] = []
        for (i, id) in ids.enumerated() {
            var branch = Evaluator(nodes: nodes, collecting: true)
            branch.location = location
            branch.explainsAlternatives = false
            _ = branch.validate(id, instance)
            if let first = branch.errors.first {
                let here = first.instancePath == instancePath ? "" : " at \(first.instancePath)"
                parts.append("[\(i)]\(here) \(first.message)")
            }
        }
        return parts.isEmpty ? "" : ": " + parts.joined(separator: "; ")
    }
}
