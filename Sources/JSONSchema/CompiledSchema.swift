import JSON
internal import PCRE2

/// Index of a compiled subschema in `Schema.nodes`. Subschemas refer to each other by index, so
/// recursive `$ref`s need no reference cycles between objects.
typealias NodeID = Int

/// One compiled subschema: its location and the checks its keywords became.
struct Node: Sendable {
    /// JSON Pointer of the subschema in the schema document.
    let path: String
    /// The checks, in the order the keywords appear; empty for `true` and `{}`.
    let checks: [Check]
}

/// The JSON types of the `type` keyword; `integer` is a number with no fractional part.
struct JSONTypes: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = JSONTypes(rawValue: 1)
    static let boolean = JSONTypes(rawValue: 2)
    static let object = JSONTypes(rawValue: 4)
    static let array = JSONTypes(rawValue: 8)
    static let number = JSONTypes(rawValue: 16)
    static let string = JSONTypes(rawValue: 32)
    static let integer = JSONTypes(rawValue: 64)

    static let names: [(String, JSONTypes)] = [
        ("null", .null), ("boolean", .boolean), ("object", .object), ("array", .array),
        ("number", .number), ("string", .string), ("integer", .integer),
    ]

    /// Whether `value` is of one of these types.
    func matches(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return contains(.null)
        case .bool: return contains(.boolean)
        case .int: return !isDisjoint(with: [.number, .integer])
        case .double: return contains(.number) || (contains(.integer) && NumberMath.isInteger(value))
        case .string: return contains(.string)
        case .array: return contains(.array)
        case .object: return contains(.object)
        }
    }

    /// "string or null", in the order of `names`.
    var description: String {
        let parts = Self.names.filter { contains($0.1) }.map(\.0)
        return parts.count <= 1 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " or " + parts.last!
    }
}

/// A numeric bound of `minimum`, `maximum`, `exclusiveMinimum` or `exclusiveMaximum`.
struct Bound: Sendable {
    enum Kind: Sendable { case minimum, maximum, exclusiveMinimum, exclusiveMaximum }
    let kind: Kind
    /// The limit, an `.int` or `.double`.
    let limit: JSONValue
}

/// A compiled keyword. Each case holds what its check needs, already validated and pre-processed
/// (regexes compiled, subschemas resolved to node indices), so validation never looks at schema JSON.
enum Check: Sendable {
    /// A `false` schema: nothing is valid.
    case never
    case type(JSONTypes)
    case enumeration([JSONValue])
    case constant(JSONValue)
    case multipleOf(DecimalNumber, JSONValue)
    case bound(Bound)
    case minLength(Int)
    case maxLength(Int)
    /// `pattern`: the compiled regex and the source as written.
    case pattern(Pattern, source: String)
    case format(FormatChecker.Format)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    /// `prefixItems`: one subschema per leading position.
    case prefixItems([NodeID])
    /// `items`: applies to the elements after the first `start` (the `prefixItems` count).
    case items(NodeID, start: Int)
    /// `contains` with its `minContains` (default 1) and `maxContains`; the flags say which were written.
    case contains(NodeID, min: Int, max: Int?, minWritten: Bool)
    case required([String])
    /// `properties`, by name.
    case properties(MemberTable<NodeID>)
    case patternProperties([(Pattern, NodeID)])
    /// `additionalProperties`, with the names and patterns of the sibling `properties` and
    /// `patternProperties` that make a member not "additional".
    case additionalProperties(NodeID, known: MemberTable<Void>, patterns: [Pattern])
    case propertyNames(NodeID)
    case minProperties(Int)
    case maxProperties(Int)
    case dependentRequired([(String, [String])])
    case dependentSchemas([(String, NodeID)])
    case allOf([NodeID])
    case anyOf([NodeID])
    case oneOf([NodeID])
    case not(NodeID)
    case conditional(if: NodeID, then: NodeID?, else: NodeID?)
    case ref(NodeID)

    /// The keyword this check reports failures under (`if` failures are reported by `then`/`else`).
    var keyword: String {
        switch self {
        case .never: return "false"
        case .type: return "type"
        case .enumeration: return "enum"
        case .constant: return "const"
        case .multipleOf: return "multipleOf"
        case let .bound(bound): return "\(bound.kind)"
        case .minLength: return "minLength"
        case .maxLength: return "maxLength"
        case .pattern: return "pattern"
        case .format: return "format"
        case .minItems: return "minItems"
        case .maxItems: return "maxItems"
        case .uniqueItems: return "uniqueItems"
        case .prefixItems: return "prefixItems"
        case .items: return "items"
        case .contains: return "contains"
        case .required: return "required"
        case .properties: return "properties"
        case .patternProperties: return "patternProperties"
        case .additionalProperties: return "additionalProperties"
        case .propertyNames: return "propertyNames"
        case .minProperties: return "minProperties"
        case .maxProperties: return "maxProperties"
        case .dependentRequired: return "dependentRequired"
        case .dependentSchemas: return "dependentSchemas"
        case .allOf: return "allOf"
        case .anyOf: return "anyOf"
        case .oneOf: return "oneOf"
        case .not: return "not"
        case .conditional: return "if"
        case .ref: return "$ref"
        }
    }

    /// Subschemas applied to the same instance location (for the `$ref` cycle check).
    var inPlaceChildren: [NodeID] {
        switch self {
        case let .allOf(ids), let .anyOf(ids), let .oneOf(ids): return ids
        case let .not(id), let .ref(id): return [id]
        case let .conditional(condition, then, otherwise): return [condition] + [then, otherwise].compactMap { $0 }
        case let .dependentSchemas(pairs): return pairs.map(\.1)
        default: return []
        }
    }
}
