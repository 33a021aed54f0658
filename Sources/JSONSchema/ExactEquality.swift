import JSON

/// JSON Schema equality (`const`, `enum`, `uniqueItems`), which differs from `JSONValue.==` in one way:
/// strings and member names are equal only when their code points are (`"é"` ≠ `"e\u{301}"`), where
/// Swift's `String ==` uses canonical equivalence. Numbers compare exactly by value (1 = 1.0).
enum ExactEquality {
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            return NumberMath.compare(lhs, rhs) == 0
        case let (.string(a), .string(b)): return a == b && a.utf8.elementsEqual(b.utf8)
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            if a.count <= 8 {
                return a.allSatisfy { key, value in
                    b.contains { other, otherValue in ExactKey(key) == ExactKey(other) && equal(value, otherValue) }
                }
            }
            var members: [ExactKey: JSONValue] = [:]
            for (key, value) in b { members[ExactKey(key)] = value }
            return a.allSatisfy { key, value in members[ExactKey(key)].map { equal(value, $0) } ?? false }
        default:
            return false
        }
    }

    /// The value of the member named exactly `name` (code point for code point), if any.
    static func member(_ name: String, of object: JSONObject) -> JSONValue? {
        for (key, value) in object where key == name && key.utf8.elementsEqual(name.utf8) { return value }
        return nil
    }

    /// The indices of the first two equal elements, in linear expected time.
    static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
        if elements.count <= 16 {
            for j in elements.indices {
                for i in 0 ..< j where equal(elements[i], elements[j]) { return (i, j) }
            }
            return nil
        }
        // `JSONValue.hashValue` agrees with the looser `==`, so it also agrees with this equality.
        var buckets: [Int: [Int]] = [:]
        for (j, element) in elements.enumerated() {
            let hash = element.hashValue
            if let i = buckets[hash]?.first(where: { equal(elements[$0], element) }) { return (i, j) }
            buckets[hash, default: []].append(j)
        }
        return nil
    }
}

/// A string compared and hashed by its UTF-8 bytes, i.e. code point for code point.
struct ExactKey: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
        // `==` first: it is fast and rejects almost every unequal pair; equal code points imply `==`.
        lhs.string == rhs.string && lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
