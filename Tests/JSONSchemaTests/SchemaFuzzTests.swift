import JSON
import JSONSchema
import Testing

/// Random schemas built from real keywords with odd values: loading either succeeds or throws
/// `SchemaError`, and a loaded schema validates random instances without crashing.
@Suite struct SchemaFuzzTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let keywords = [
        "type", "enum", "const", "multipleOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "pattern", "format", "minItems", "maxItems", "uniqueItems", "items", "prefixItems",
        "contains", "minContains", "maxContains", "required", "properties", "patternProperties",
        "additionalProperties", "propertyNames", "minProperties", "maxProperties", "dependentRequired",
        "dependentSchemas", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "$ref", "$defs", "$id", "$anchor",
    ]

    static func value(_ g: inout Generator, depth: Int) -> JSONValue {
        switch g.next(depth > 2 ? 6 : 9) {
        case 0: return .null
        case 1: return .bool(g.next(2) == 0)
        case 2: return .int([0, 1, -1, 2, 3, Int.max, Int.min, 1 << 53][g.next(8)])
        case 3: return .double([0.5, 1e308, -1e-308, 0.1, 2.0, 1e20][g.next(6)])
        case 4: return .string(["", "a", "é", "e\u{301}", "#", "#/$defs/a", "^a+$", "(", "date", "integer", "x/y~z"][g.next(11)])
        case 5: return .bool(true)
        case 6: return .array((0 ..< g.next(4)).map { _ in value(&g, depth: depth + 1) })
        case 7: return schema(&g, depth: depth + 1)
        default:
            var object = JSONObject()
            for _ in 0 ..< g.next(3) { object[["a", "b", "é", "$ref"][g.next(4)]] = value(&g, depth: depth + 1) }
            return .object(object)
        }
    }

    static func schema(_ g: inout Generator, depth: Int) -> JSONValue {
        var object = JSONObject()
        for _ in 0 ..< g.next(4) { object[keywords[g.next(keywords.count)]] = value(&g, depth: depth + 1) }
        return .object(object)
    }

    @Test func loadingAndValidatingNeverCrash() {
        var g = Generator(state: 7)
        var loaded = 0
        for _ in 0 ..< 5_000 {
            let document = Self.schema(&g, depth: 0)
            guard let schema = try? Schema(document, options: Schema.Options(unknownFormats: .ignore)) else { continue }
            loaded += 1
            for _ in 0 ..< 5 {
                let instance = Self.value(&g, depth: 0)
                #expect(schema.isValid(instance) == schema.validate(instance).isEmpty)
            }
        }
        #expect(loaded > 500)
    }
}
