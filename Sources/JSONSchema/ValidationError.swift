/// One reason an instance is invalid.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// JSON Pointer of the offending value in the instance; "" for the instance itself.
    public let instancePath: String
    /// JSON Pointer into the schema document of the keyword that failed, e.g.
    /// `/properties/header/properties/date/type`. After a `$ref` this is the keyword's own location
    /// (inside `$defs`, say), not the path travelled to reach it.
    public let schemaPath: String
    /// The keyword that failed (`type`, `required`, …; `false` for a `false` schema).
    public let keyword: String
    /// A sentence for people, naming the values involved.
    public let message: String

    /// Creates an error.
    public init(instancePath: String, schemaPath: String, keyword: String, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.keyword = keyword
        self.message = message
    }

    /// `instancePath: message [schemaPath]`, the root written as `(root)`.
    public var description: String {
        "\(instancePath.isEmpty ? "(root)" : instancePath): \(message) [\(schemaPath)]"
    }
}
