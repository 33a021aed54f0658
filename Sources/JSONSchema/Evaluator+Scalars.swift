import JSON
internal import PCRE2

/// The keywords for any type (`type`, `enum`, `const`), numbers and strings.
extension Evaluator {
    mutating func evaluateAnyType(_ check: Check, of node: Node, _ instance: JSONValue) -> Bool {
        switch check {
        case let .type(types):
            if types.matches(instance) { return true }
            return fail(node, "type", "expected \(types.description), found \(Describe.type(of: instance))")
        case let .enumeration(values):
            if values.contains(where: { ExactEquality.equal($0, instance) }) { return true }
            let shown = values.prefix(10).map { Describe.value($0, limit: 40) }.joined(separator: ", ")
            return fail(node, "enum", "\(Describe.value(instance)) is not one of the allowed values: \(shown)"
                            + (values.count > 10 ? ", …" : ""))
        case let .constant(value):
            if ExactEquality.equal(value, instance) { return true }
            return fail(node, "const", "the value must be \(Describe.value(value)), found \(Describe.value(instance))")
        default:
            return true
        }
    }

    mutating func evaluateNumber(_ check: Check, of node: Node, _ number: JSONValue) -> Bool {
        switch check {
        case let .multipleOf(divisor, written):
            if NumberMath.isMultiple(number, of: divisor) { return true }
            return fail(node, "multipleOf", "\(Describe.value(number)) is not a multiple of \(Describe.value(written))")
        case let .bound(bound):
            let order = NumberMath.compare(number, bound.limit)
            let (ok, relation): (Bool, String) = switch bound.kind {
            case .minimum: (order >= 0, "less than the minimum")
            case .maximum: (order <= 0, "greater than the maximum")
            case .exclusiveMinimum: (order > 0, "not greater than the exclusive minimum")
            case .exclusiveMaximum: (order < 0, "not less than the exclusive maximum")
            }
            if ok { return true }
            return fail(node, check.keyword, "\(Describe.value(number)) is \(relation) \(Describe.value(bound.limit))")
        default:
            return true
        }
    }

    mutating func evaluateString(_ check: Check, of node: Node, _ text: String) -> Bool {
        switch check {
        case let .minLength(minimum):
            // Lengths count Unicode scalars (code points); the UTF-8 size bounds the count from above.
            if text.utf8.count / 4 >= minimum { return true }
            let length = text.unicodeScalars.count
            if length >= minimum { return true }
            return fail(node, "minLength", "the string is \(Describe.count(length, "character")) long; "
                            + "at least \(minimum) required")
        case let .maxLength(maximum):
            if text.utf8.count <= maximum { return true }
            let length = text.unicodeScalars.count
            if length <= maximum { return true }
            return fail(node, "maxLength", "the string is \(Describe.count(length, "character")) long; "
                            + "at most \(maximum) allowed")
        case let .pattern(pattern, source):
            do {
                if try pattern.firstMatch(in: text, fromByte: 0) != nil { return true }
                return fail(node, "pattern", "\(Describe.value(.string(text))) does not match the pattern /\(source)/")
            } catch {
                return fail(node, "pattern", "the pattern /\(source)/ could not be matched: \(error)")
            }
        case let .format(format):
            if FormatChecker.isValid(text, as: format) { return true }
            return fail(node, "format", "\(Describe.value(.string(text))) is not a valid \(format.title)")
        default:
            return true
        }
    }
}
