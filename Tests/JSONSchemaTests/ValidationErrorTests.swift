import JSON
import JSONSchema
import Testing

/// Where errors point: the instance location and the schema keyword, through nesting and `$ref`.
@Suite struct ValidationErrorTests {
    static let documentSchema = ##"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["header", "body"],
          "properties": {
            "header": {
              "type": "object",
              "properties": {
                "date": { "type": "object", "properties": { "value": { "$ref": "#/$defs/isoDate" } } },
                "number": { "type": "string", "pattern": "^\\d+/" },
                "a/b~c": { "type": "integer" }
              },
              "additionalProperties": false
            },
            "body": { "type": "array", "items": { "$ref": "#/$defs/node" } }
          },
          "$defs": {
            "isoDate": { "type": "string", "format": "date" },
            "node": {
              "type": "object",
              "required": ["type"],
              "properties": { "children": { "type": "array", "items": { "$ref": "#/$defs/node" } } }
            }
          }
        }
        """##

    func errors(_ instance: String) throws -> [ValidationError] {
        try Schema(jsonText: Self.documentSchema).validate(JSONReader().read(instance))
    }

    @Test func deepTypeErrorHasBothPaths() throws {
        let found = try errors(##"{"header": {"date": 20240515}, "body": []}"##)
        #expect(found == [ValidationError(instancePath: "/header/date", schemaPath: "/properties/header/properties/date/type",
                                          keyword: "type", message: "expected object, found integer")])
    }

    @Test func errorsBehindRefPointAtTheKeywordsOwnLocation() throws {
        let found = try errors(##"{"header": {"date": {"value": "2023-02-29"}}, "body": [{"type": "x", "children": [{}]}]}"##)
        #expect(found.map(\.instancePath) == ["/header/date/value", "/body/0/children/0"])
        #expect(found.map(\.schemaPath) == ["/$defs/isoDate/format", "/$defs/node/required"])
        #expect(found[0].message.contains("\"2023-02-29\" is not a valid date"))
        #expect(found[1].message == "the required property 'type' is missing")
    }

    @Test func collectsEveryErrorInKeywordOrder() throws {
        let found = try errors(##"{"header": {"number": "KH-5", "extra": 1, "a/b~c": 1.5}}"##)
        #expect(found.map(\.keyword) == ["required", "pattern", "type", "additionalProperties"])
        #expect(found.map(\.instancePath) == ["", "/header/number", "/header/a~1b~0c", "/header/extra"])
        #expect(found[2].schemaPath == "/properties/header/properties/a~1b~0c/type")
        #expect(found[3].schemaPath == "/properties/header/additionalProperties")
        #expect(found[3].message == "the property 'extra' is not allowed")
    }

    @Test func isValidAgreesWithValidate() throws {
        let schema = try Schema(jsonText: Self.documentSchema)
        for text in [##"{"header": {}, "body": []}"##, ##"{"header": {"x": 1}, "body": []}"##, "[]", "{}"] {
            let instance = try JSONReader().read(text)
            #expect(schema.isValid(instance) == schema.validate(instance).isEmpty, "\(text)")
        }
    }

    @Test func failedAnyOfExplainsEachAlternative() throws {
        let schema = try Schema(jsonText: ##"{"anyOf": [{"type": "null"}, {"type": "string", "minLength": 3}]}"##)
        let found = schema.validate("ab")
        #expect(found.count == 1)
        #expect(found[0].schemaPath == "/anyOf")
        #expect(found[0].message == "the value matches none of the 2 alternatives of anyOf: "
                    + "[0] expected null, found string; [1] the string is 2 characters long; at least 3 required")
    }

    @Test func falseSchemaAndItemsFalse() throws {
        let schema = try Schema(jsonText: ##"{"prefixItems": [true], "items": false, "properties": {"no": false}}"##)
        #expect(schema.validate([1, 2]).map(\.schemaPath) == ["/items"])
        let found = schema.validate(["no": 1])
        #expect(found == [ValidationError(instancePath: "/no", schemaPath: "/properties/no", keyword: "false",
                                          message: "no value is allowed here (the schema is false)")])
    }

    @Test func deeplyNestedInstancesAreReportedNotCrashed() throws {
        let schema = try Schema(jsonText: ##"{"anyOf": [{"type": "integer"}, {"type": "array", "items": {"$ref": "#"}}]}"##)
        let readable = String(repeating: "[", count: 512) + "1" + String(repeating: "]", count: 512)
        #expect(schema.validate(try JSONReader().read(readable)).isEmpty)
        var value: JSONValue = 1
        for _ in 0 ..< 2000 { value = [value] }
        #expect(!schema.isValid(value))
        #expect(schema.validate(value).count == 1)
    }

    @Test func schemaIsSharedAcrossTasks() async throws {
        let schema = try Schema(jsonText: ##"{"type": "array", "items": {"type": "integer", "multipleOf": 3}}"##)
        let counts = await withTaskGroup(of: Int.self) { group in
            for worker in 0 ..< 8 {
                group.addTask { schema.validate(.array((0 ..< 300).map { .int($0 + worker) })).count }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts.allSatisfy { $0 == 200 })
    }
}
