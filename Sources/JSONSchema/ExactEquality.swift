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
        case let (.string(a), .string(b)): return sameCodePoints(a, b)
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

    /// Whether two strings have the same code points: their UTF-8 bytes compared directly (no canonical
    /// equivalence, and no generic iteration over the views).
    static func sameCodePoints(_ a: String, _ b: String) -> Bool {
        // Lengths first: most names compared differ in length, and a native string knows its own.
        guard a.utf8.count == b.utf8.count else { return false }
        let direct = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                guard pa.count == pb.count else { return false }
                for i in 0..<pa.count where pa[i] != pb[i] { return false }
                return true
            }
        }
        if let direct, let result = direct { return result }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// The value of the member named exactly `name` (code point for code point), if any.
    static func member(_ name: String, of object: JSONObject) -> JSONValue? {
        for (key, value) in object where sameCodePoints(key, name) { return value }
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
        ExactEquality.sameCodePoints(lhs.string, rhs.string)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
