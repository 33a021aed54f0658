import JSON

/// A JSON Schema (draft 2020-12), compiled once into a tree of checks and then applied to any number of
/// instances, from any number of threads.
///
/// Loading refuses what it cannot enforce: a keyword of the 2020-12 vocabularies that is not implemented
/// (`unevaluatedProperties`, `$dynamicRef`…), a `format` other than those in `checkedFormats` (unless
/// `Options.unknownFormats` is `.ignore`), a `$ref` outside the document, another `$schema` dialect.
/// Members that are not keywords of any vocabulary are annotations and are ignored.
/// See `Vocabulary` for the exact lists.
public final class Schema: Sendable {
    /// Loading choices.
    public struct Options: Sendable {
        /// What to do with a `format` this validator does not check.
        public enum UnknownFormats: Sendable {
            /// Fail loading (the default): the schema author expects the format to be enforced.
            case refuse
            /// Treat it as an annotation, as the 2020-12 format-annotation vocabulary does.
            case ignore
        }

        /// What to do with an unchecked `format`.
        public var unknownFormats: UnknownFormats

        /// Creates options; the defaults refuse unchecked formats.
        public init(unknownFormats: UnknownFormats = .refuse) {
            self.unknownFormats = unknownFormats
        }
    }

    /// The `format` values enforced as assertions.
    public static let checkedFormats: [String] = FormatChecker.Format.allCases.map(\.rawValue)

    /// The schema document as given.
    public let document: JSONValue
    /// Compiled subschemas; node 0 is the root.
    let nodes: [Node]

    /// Compiles `document`. Throws `SchemaError` naming the schema path of the first problem.
    public init(_ document: JSONValue, options: Options = Options()) throws(SchemaError) {
        var compiler = try SchemaCompiler(document: document, options: options)
        self.nodes = try compiler.compile()
        self.document = document
    }

    /// Reads the schema from JSON text and compiles it. Throws `JSONReadError` or `SchemaError`.
    public convenience init(jsonText: String, options: Options = Options()) throws {
        try self.init(JSONReader().read(jsonText), options: options)
    }

    /// Every reason `instance` is invalid, in the order the keywords are evaluated (schema order, then
    /// instance order within a keyword); empty when it is valid.
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        var evaluator = Evaluator(nodes: nodes, collecting: true)
        _ = evaluator.validate(0, instance)
        return evaluator.errors
    }

    /// Whether `instance` is valid; stops at the first failure, so it is faster than `validate(_:)`.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = Evaluator(nodes: nodes, collecting: false)
        return evaluator.validate(0, instance)
    }
}
