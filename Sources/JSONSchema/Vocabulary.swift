/// How the loader tells the keywords it checks from those it ignores and those it refuses.
///
/// Every member name of a schema object falls in exactly one class:
/// - **supported**: a draft 2020-12 keyword this validator implements; it is compiled and enforced.
/// - **annotation**: a 2020-12 keyword that never affects validity (`title`, `default`, `contentSchema`…)
///   or that only matters when a schema serves as a meta-schema (`$vocabulary`); it is ignored.
/// - **refused**: a 2020-12 keyword that can affect validity but is not implemented
///   (`unevaluatedProperties`, `$dynamicRef`…), or an assertion keyword of an earlier draft that a schema
///   author would expect to be enforced (`additionalItems`, `dependencies`…). Loading fails, naming the
///   keyword and its schema path, so a schema is never checked by halves.
/// - anything else is **unknown**: not a keyword of any draft's vocabularies, so by the 2020-12 rules an
///   annotation, and ignored (`x-extension`, `"foo"`).
///
/// Two supported keywords work in a restricted sense: `$dynamicAnchor` acts as `$anchor` (the same thing
/// as long as there is no `$dynamicRef`, which is refused), and the draft-07 `definitions` is read like
/// `$defs`. `$schema`, when present, must name draft 2020-12. Only members of schema objects are
/// classified: the member names inside `properties`, `$defs`, … are data, not keywords.
enum KeywordClass: Sendable, Equatable {
    case supported
    case annotation
    case refused(reason: String)
    case unknown
}

enum Vocabulary {
    /// Implemented keywords (core, applicator, validation, and `format` for the formats in `FormatChecker`).
    static let supported: Set<String> = [
        "$id", "$schema", "$ref", "$anchor", "$dynamicAnchor", "$defs", "definitions", "$comment",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas",
        "prefixItems", "items", "contains", "properties", "patternProperties", "additionalProperties",
        "propertyNames",
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
        "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
        "format",
    ]

    /// Keywords that never change the outcome of validation.
    static let annotations: Set<String> = [
        "$vocabulary",
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
        "contentEncoding", "contentMediaType", "contentSchema",
    ]

    /// Keywords that could change the outcome but are not implemented, with the reason given to the user.
    static let refused: [String: String] = [
        "$dynamicRef": "dynamic references are not supported",
        "unevaluatedItems": "unevaluated* keywords (annotation collection) are not supported",
        "unevaluatedProperties": "unevaluated* keywords (annotation collection) are not supported",
        "$recursiveRef": "a draft 2019-09 keyword; use $ref",
        "$recursiveAnchor": "a draft 2019-09 keyword",
        "additionalItems": "a pre-2020-12 keyword; use items with prefixItems",
        "dependencies": "a pre-2019-09 keyword; use dependentRequired or dependentSchemas",
    ]

    /// The meta-schema URIs accepted as the value of `$schema`.
    static let draft202012: Set<String> = [
        "https://json-schema.org/draft/2020-12/schema",
        "https://json-schema.org/draft/2020-12/schema#",
    ]

    static func classify(_ name: String) -> KeywordClass {
        if supported.contains(name) { return .supported }
        if annotations.contains(name) { return .annotation }
        if let reason = refused[name] { return .refused(reason: reason) }
        return .unknown
    }

    /// Keywords whose value is one subschema (walked when indexing `$id`s and compiled eagerly).
    static let singleSubschema: Set<String> = [
        "not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames",
    ]
    /// Keywords whose value is an array of subschemas.
    static let subschemaArrays: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]
    /// Keywords whose value is an object of subschemas.
    static let subschemaMaps: Set<String> = ["$defs", "definitions", "properties", "patternProperties",
                                             "dependentSchemas"]
}
