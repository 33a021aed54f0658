import JSON
import JSONSchema
import Testing

/// What loading refuses, and how it says so.
@Suite struct SchemaLoadingTests {
    func loadError(_ text: String, options: Schema.Options = Schema.Options()) -> SchemaError? {
        do {
            _ = try Schema(JSONReader().read(text), options: options)
            return nil
        } catch let error as SchemaError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    typealias Refusal = (text: String, kind: SchemaError.Kind, path: String, keyword: String)

    static let refusals: [Refusal] = [
        (##"{"properties": {"a": {"unevaluatedProperties": false}}}"##, .unsupportedKeyword,
         "/properties/a/unevaluatedProperties", "unevaluatedProperties"),
        (##"{"$defs": {"x": {"$dynamicRef": "#meta"}}}"##, .unsupportedKeyword, "/$defs/x/$dynamicRef", "$dynamicRef"),
        (##"{"additionalItems": false}"##, .unsupportedKeyword, "/additionalItems", "additionalItems"),
        (##"{"$ref": "http://localhost:1234/draft2020-12/integer.json"}"##, .unresolvableReference, "/$ref", "$ref"),
        (##"{"$ref": "#/$defs/missing"}"##, .unresolvableReference, "/$ref", "$ref"),
        (##"{"$ref": "#nowhere"}"##, .unresolvableReference, "/$ref", "$ref"),
        (##"{"format": "email"}"##, .unsupportedFormat, "/format", "format"),
        (##"{"$schema": "http://json-schema.org/draft-07/schema#"}"##, .unsupportedDialect, "/$schema", "$schema"),
        (##"{"pattern": "(unclosed"}"##, .invalidPattern, "/pattern", "pattern"),
        (##"{"minLength": -1}"##, .invalidKeywordValue, "/minLength", "minLength"),
        (##"{"type": "integr"}"##, .invalidKeywordValue, "/type", "type"),
        (##"{"multipleOf": 0}"##, .invalidKeywordValue, "/multipleOf", "multipleOf"),
        (##"{"properties": {"a": 3}}"##, .malformedSchema, "/properties/a", ""),
        (##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}}"##, .referenceCycle,
         "/$defs/a", "$ref"),
        (##"{"$defs": {"a": {"$anchor": "x"}, "b": {"$anchor": "x"}}}"##, .malformedSchema, "/$defs/b/$anchor", "$anchor"),
    ]

    @Test(arguments: refusals.indices)
    func refuses(_ index: Int) throws {
        let (text, kind, path, keyword) = Self.refusals[index]
        let error = try #require(loadError(text), "\(text) should be refused")
        #expect(error.kind == kind)
        #expect(error.schemaPath == path)
        #expect(error.keyword == keyword)
        #expect(keyword.isEmpty || error.message.contains(keyword))
    }

    @Test func refusalMessageNamesKeywordAndPath() throws {
        let error = try #require(loadError(##"{"properties": {"a": {"unevaluatedProperties": false}}}"##))
        #expect(error.description == "/properties/a/unevaluatedProperties: unsupported keyword 'unevaluatedProperties' "
                    + "at /properties/a/unevaluatedProperties: unevaluated* keywords (annotation collection) are not supported")
    }

    @Test func unknownMembersAndAnnotationsAreIgnored() throws {
        let schema = try Schema(jsonText: ##"""
            {"title": "t", "description": "d", "default": 1, "examples": [1], "deprecated": true, "readOnly": true,
             "writeOnly": false, "$comment": "c", "contentMediaType": "application/json", "contentEncoding": "base64",
             "contentSchema": {"type": "object"}, "x-vanban": {"type": "string"}, "propertiesx": 1,
             "properties": {"unevaluatedProperties": {"type": "string"}}}
            """##)
        #expect(schema.isValid(["unevaluatedProperties": "fine"]))
        #expect(!schema.isValid(["unevaluatedProperties": 1]))
    }

    @Test func unknownFormatsCanBeAnnotations() throws {
        #expect(loadError(##"{"format": "email"}"##, options: Schema.Options(unknownFormats: .ignore)) == nil)
        #expect(Schema.checkedFormats == ["date", "time", "date-time"])
    }

    @Test func refsResolveThroughIdsAndAnchors() throws {
        let schema = try Schema(jsonText: ##"""
            {"$id": "https://example.com/root.json",
             "properties": {"a": {"$ref": "item.json"}, "b": {"$ref": "#big"}, "c": {"$ref": "#/$defs/pct%25"}},
             "$defs": {"item": {"$id": "item.json", "type": "integer"},
                       "big": {"$anchor": "big", "minimum": 100},
                       "pct%": {"const": "%"}}}
            """##)
        #expect(schema.isValid(["a": 1, "b": 100, "c": "%"]))
        #expect(schema.validate(["a": "x", "b": 1, "c": "?"]).map(\.schemaPath)
                    == ["/$defs/item/type", "/$defs/big/minimum", "/$defs/pct%/const"])
    }
}
