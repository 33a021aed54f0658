import JSON
import JSONSchema
import Testing

/// Semantics the official suite touches lightly or not at all.
@Suite struct KeywordSemanticsTests {
    func valid(_ schema: String, _ instance: String) throws -> Bool {
        try Schema(jsonText: schema).isValid(JSONReader().read(instance))
    }

    @Test func lengthsCountCodePoints() throws {
        #expect(try valid(##"{"maxLength": 1}"##, #""😀""#))            // 2 UTF-16 units, 1 code point
        #expect(try !valid(##"{"maxLength": 1}"##, #""e\u0301""#))      // 2 code points, 1 grapheme
        #expect(try valid(##"{"minLength": 8, "maxLength": 8}"##, #""Cộng hòa""#))
    }

    @Test func stringEqualityIsByCodePoint() throws {
        #expect(try !valid(##"{"const": "\u00e9"}"##, #""e\u0301""#))
        #expect(try !valid(##"{"enum": ["\u00e9"]}"##, #""e\u0301""#))
        #expect(try valid(##"{"uniqueItems": true}"##, ##"["\u00e9", "e\u0301"]"##))
        #expect(try valid(##"{"required": ["\u00e9"]}"##, ##"{"\u00e9": 1}"##))
        #expect(try !valid(##"{"required": ["\u00e9"]}"##, ##"{"e\u0301": 1}"##))
        #expect(try !valid(##"{"properties": {"\u00e9": false}}"##, ##"{"\u00e9": 1}"##))
        #expect(try valid(##"{"properties": {"\u00e9": false}}"##, ##"{"e\u0301": 1}"##))
    }

    @Test func numbersCompareExactly() throws {
        #expect(try valid(##"{"multipleOf": 0.01}"##, "19.99"))
        #expect(try valid(##"{"multipleOf": 0.1}"##, "0.3"))
        #expect(try !valid(##"{"multipleOf": 0.1}"##, "0.35"))
        #expect(try valid(##"{"multipleOf": 3}"##, "9007199254740993"))  // 2^53 + 1 = 3 · 3002399751580331
        #expect(try !valid(##"{"maximum": 9007199254740992}"##, "9007199254740993"))
        #expect(try valid(##"{"exclusiveMinimum": 9223372036854775806}"##, "9223372036854775807"))
        #expect(try valid(##"{"type": "integer"}"##, "12345678910111213141516171819202122232425262728293031"))
        #expect(try valid(##"{"type": "integer"}"##, "1e308"))
        #expect(try !valid(##"{"type": "integer"}"##, "1.5"))
        #expect(try valid(##"{"const": 1}"##, "1.0"))
        #expect(try valid(##"{"uniqueItems": true}"##, "[9007199254740993, 9007199254740992]"))
    }

    @Test func patternsFollowECMAScript() throws {
        #expect(try valid(##"{"pattern": "^\\d+$"}"##, #""2024""#))
        #expect(try !valid(##"{"pattern": "^\\d+$"}"##, #""২০২৪""#))      // Bengali digits are not \d in ECMA-262
        #expect(try valid(##"{"pattern": "^\\p{Lu}\\p{Letter}+$"}"##, #""Quảng""#))
        #expect(try valid(##"{"pattern": "ng"}"##, #""Quảng Ngãi""#))      // unanchored search
        #expect(try valid(##"{"pattern": "^[\\w-]+$"}"##, #""KH-SKHCN_2""#))
        #expect(try !valid(##"{"pattern": "^\\w+$"}"##, #""ạ""#))
        #expect(try valid(##"{"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false}"##,
                          ##"{"x-a": "s"}"##))
    }

    @Test(arguments: [
        ("date", "2024-02-29", true), ("date", "2023-02-29", false), ("date", "2025-04-31", false),
        ("date", "1900-02-29", false), ("date", "2000-02-29", true), ("date", "2024-5-15", false),
        ("date", "2024-05-15T00:00Z", false), ("date", "2024-13-01", false),
        ("time", "08:30:00+07:00", true), ("time", "08:30:00", false), ("time", "08:30:00.5z", true),
        ("date-time", "2025-04-29T08:00:00+07:00", true), ("date-time", "2025-04-29 08:00:00Z", false),
        ("date-time", "2025-02-29T08:00:00Z", false), ("date-time", "2016-12-31T23:59:60Z", true),
    ])
    func formats(_ format: String, _ text: String, _ expected: Bool) throws {
        let schema = try Schema(JSONValue.object(JSONObject(["format": .string(format)])))
        #expect(schema.isValid(.string(text)) == expected)
    }

    @Test func containsCounts() throws {
        let schema = ##"{"contains": {"type": "string"}, "minContains": 2, "maxContains": 3}"##
        #expect(try valid(schema, ##"["a", 1, "b"]"##))
        #expect(try !valid(schema, ##"["a", 1]"##))
        #expect(try !valid(schema, ##"["a", "b", "c", "d"]"##))
        let found = try Schema(jsonText: schema).validate(["a"])
        #expect(found.map(\.keyword) == ["minContains"] && found[0].schemaPath == "/minContains")
    }
}
