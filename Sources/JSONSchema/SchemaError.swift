/// Why a schema could not be loaded. Loading either yields a schema that enforces every keyword it
/// contains, or fails with one of these; a schema is never checked by halves.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problems.
    public enum Kind: Sendable, Hashable {
        /// A keyword of the JSON Schema vocabularies that this validator does not implement.
        case unsupportedKeyword
        /// A keyword whose value has the wrong shape (`"minLength": -1`, `"type": "integr"`).
        case invalidKeywordValue
        /// A `$ref` that names a remote or unknown resource, or points at nothing.
        case unresolvableReference
        /// A `pattern` or `patternProperties` regex that PCRE2 cannot compile.
        case invalidPattern
        /// A `format` this validator does not check (when `Schema.Options.unknownFormats` is `.refuse`).
        case unsupportedFormat
        /// `$schema` names a dialect other than draft 2020-12.
        case unsupportedDialect
        /// `$ref`s that lead back to the same schema without descending into the instance.
        case referenceCycle
        /// A subschema that is neither an object nor a boolean, or a duplicate `$id` / `$anchor`.
        case malformedSchema
    }

    /// What went wrong.
    public let kind: Kind
    /// JSON Pointer into the schema document of the offending keyword or subschema.
    public let schemaPath: String
    /// The keyword concerned, or "" when the problem is the subschema itself.
    public let keyword: String
    /// A sentence for people.
    public let message: String

    /// Creates an error.
    public init(_ kind: Kind, at schemaPath: String, keyword: String, _ message: String) {
        self.kind = kind
        self.schemaPath = schemaPath
        self.keyword = keyword
        self.message = message
    }

    /// `schema path: message`.
    public var description: String {
        "\(schemaPath.isEmpty ? "(schema root)" : schemaPath): \(message)"
    }
}
