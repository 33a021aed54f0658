import JSON

/// Short renderings of instance values for messages.
enum Describe {
    /// The JSON type name of `value`; an integral number is an "integer".
    static func type(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return NumberMath.isInteger(value) ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// `value` as compact JSON, cut to about `limit` characters with "…".
    static func value(_ value: JSONValue, limit: Int = 60) -> String {
        let text = JSONWriter().string(value)
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// "1 item", "3 items"; `plural` when adding "s" is wrong.
    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
