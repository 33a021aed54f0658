import JSON
internal import PCRE2

/// The keywords for arrays and objects. Members are visited in the instance's order, each looked up in
/// the compiled keyword (a hash lookup), so an object is validated in time linear in its size.
extension Evaluator {
    mutating func evaluateArray(_ check: Check, of node: Node, _ elements: [JSONValue]) -> Bool {
        switch check {
        case let .minItems(minimum):
            if elements.count >= minimum { return true }
            return fail(node, "minItems", "the array has \(Describe.count(elements.count, "item")); at least \(minimum) required")
        case let .maxItems(maximum):
            if elements.count <= maximum { return true }
            return fail(node, "maxItems", "the array has \(Describe.count(elements.count, "item")); at most \(maximum) allowed")
        case .uniqueItems:
            guard let (first, second) = ExactEquality.firstDuplicate(in: elements) else { return true }
            return fail(node, "uniqueItems", "items \(first) and \(second) are equal; all items must be unique")
        case let .prefixItems(ids):
            var valid = true
            for (i, id) in zip(elements.indices, ids) where !validate(id, elements[i], at: .index(i)) {
                valid = false
                if quiet > 0 { return false }
            }
            return valid
        case let .items(id, start):
            guard elements.count > start else { return true }
            if case .never? = nodes[id].checks.first {
                return fail(node, "items", "the array has \(Describe.count(elements.count, "item")); "
                                + "at most \(start) allowed here")
            }
            var valid = true
            for i in start ..< elements.count where !validate(id, elements[i], at: .index(i)) {
                valid = false
                if quiet > 0 { return false }
            }
            return valid
        case let .contains(id, minimum, maximum, minWritten):
            var matches = 0
            for element in elements where passes(id, element) {
                matches += 1
                if matches >= minimum, maximum == nil { return true }
            }
            if matches < minimum {
                if minWritten {
                    return fail(node, "minContains", "\(Describe.count(matches, "item")) match contains; "
                                    + "at least \(minimum) required")
                }
                return fail(node, "contains", "no item matches the schema of contains")
            }
            if let maximum, matches > maximum {
                return fail(node, "maxContains", "\(Describe.count(matches, "item")) match contains; at most \(maximum) allowed")
            }
            return true
        default:
            return true
        }
    }

    mutating func evaluateObject(_ check: Check, of node: Node, _ object: JSONObject) -> Bool {
        var valid = true
        switch check {
        case let .required(names):
            for name in names where ExactEquality.member(name, of: object) == nil {
                valid = fail(node, "required", "the required property '\(name)' is missing")
                if quiet > 0 { return false }
            }
        case let .properties(schemas):
            for (key, value) in object {
                guard let id = schemas[key], !validate(id, value, at: .key(key)) else { continue }
                valid = false
                if quiet > 0 { return false }
            }
        case let .patternProperties(pairs):
            for (key, value) in object {
                for (pattern, id) in pairs where pattern.matches(key) && !validate(id, value, at: .key(key)) {
                    valid = false
                    if quiet > 0 { return false }
                }
            }
        case let .additionalProperties(id, known, patterns):
            let forbidden: Bool = if case .never? = nodes[id].checks.first { true } else { false }
            for (key, value) in object where !known.contains(key) && !patterns.contains(where: { $0.matches(key) }) {
                let ok = forbidden
                    ? fail(node, "additionalProperties", "the property '\(key)' is not allowed", at: .key(key))
                    : validate(id, value, at: .key(key))
                if !ok {
                    valid = false
                    if quiet > 0 { return false }
                }
            }
        case let .propertyNames(id):
            for key in object.keys where !passes(id, .string(key)) {
                valid = fail(node, "propertyNames", "the property name '\(key)' does not match propertyNames")
                if quiet > 0 { return false }
            }
        case let .minProperties(minimum):
            if object.count < minimum {
                valid = fail(node, "minProperties", "the object has \(Describe.count(object.count, "property", "properties")); "
                                 + "at least \(minimum) required")
            }
        case let .maxProperties(maximum):
            if object.count > maximum {
                valid = fail(node, "maxProperties", "the object has \(Describe.count(object.count, "property", "properties")); "
                                 + "at most \(maximum) allowed")
            }
        case let .dependentRequired(pairs):
            for (name, dependents) in pairs where ExactEquality.member(name, of: object) != nil {
                for dependent in dependents where ExactEquality.member(dependent, of: object) == nil {
                    valid = fail(node, "dependentRequired",
                                 "the property '\(dependent)' is required when '\(name)' is present")
                    if quiet > 0 { return false }
                }
            }
        case let .dependentSchemas(pairs):
            for (name, id) in pairs where ExactEquality.member(name, of: object) != nil && !validate(id, .object(object)) {
                valid = false
                if quiet > 0 { return false }
            }
        default:
            break
        }
        return valid
    }
}
