/// Member names of a schema's `properties`, each with a value, looked up code point for code point (`ExactKey`).
/// Most objects a schema describes have few members (a span's `start` and `end`), so a short table is searched in
/// order, comparing lengths first; a long one is hashed.
struct MemberTable<Value: Sendable>: Sendable {
    /// Up to this many names are searched in order rather than hashed.
    static var longestSearched: Int { 8 }

    private let names: [String]
    private let values: [Value]
    private let hashed: [ExactKey: Int]?

    /// The table of `pairs`; a name given twice keeps its last value.
    init(_ pairs: [(String, Value)]) {
        var names: [String] = [], values: [Value] = []
        for (name, value) in pairs {
            if let i = names.firstIndex(where: { ExactEquality.sameCodePoints($0, name) }) { values[i] = value; continue }
            names.append(name); values.append(value)
        }
        self.names = names
        self.values = values
        hashed = names.count > Self.longestSearched
            ? Dictionary(uniqueKeysWithValues: names.enumerated().map { (ExactKey($1), $0) }) : nil
    }

    /// The value of the member named exactly `name`, or nil.
    subscript(_ name: String) -> Value? {
        if let hashed { return hashed[ExactKey(name)].map { values[$0] } }
        for i in names.indices where ExactEquality.sameCodePoints(names[i], name) { return values[i] }
        return nil
    }

    /// Whether a member is named exactly `name`.
    func contains(_ name: String) -> Bool { self[name] != nil }
}
