/// The reader's engine: one forward pass over UTF-8 bytes with an explicit container stack, so nesting
/// depth never touches the call stack and every byte is looked at a bounded number of times.
///
/// Finished values wait on one value stack; an open array or object is a `Frame` recording where its
/// elements start. Closing a container moves its slice of the stack into the new value.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where this text starts in `bytes` (for positions) and where it ends (exclusive).
    let start: Int
    let end: Int
    /// The line number of byte `start` (1 unless reading one line of an NDJSON buffer).
    let firstLine: Int
    let maxDepth: Int
    var index: Int
    /// Scratch for strings with escapes, reused across strings.
    var scratch: [UInt8] = []

    private struct Frame {
        let isObject: Bool
        let valueStart: Int
        let keyStart: Int
    }

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, firstLine: Int, maxDepth: Int) {
        self.bytes = bytes
        self.start = start
        self.end = end
        self.firstLine = firstLine
        self.maxDepth = maxDepth
        self.index = start
        // A UTF-8 byte order mark may open the text (RFC 8259 §8.1 lets a reader ignore it).
        if end - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
            index += 3
        }
    }

    /// An error of kind `reason` at byte `offset`, with its line and column.
    func error(_ reason: JSONReadError.Reason, at offset: Int) -> JSONReadError {
        JSONReadError.locate(reason, at: offset, in: bytes, start: start, firstLine: firstLine)
    }

    /// "unexpected X; expected Y" at the current byte, or "unexpected end" when there is none.
    func unexpected(expected: String) -> JSONReadError {
        guard index < end else { return error(.unexpectedEnd(expected: expected), at: index) }
        return error(.unexpectedCharacter(found: describeCharacter(at: index), expected: expected), at: index)
    }

    /// A short quoted description of the character starting at `offset`.
    func describeCharacter(at offset: Int) -> String {
        let byte = bytes[offset]
        if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return "control character U+\(String(byte, radix: 16, uppercase: true))" }
        var length = 1
        while offset + length < end, length < 4, bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset ..< offset + length]), as: UTF8.self)
        return "'\(text)'"
    }

    mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Reads exactly one value and then only whitespace up to `end`.
    mutating func parseDocument() throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        if index == end { throw error(.emptyInput, at: index) }
        let value = try parseValue()
        skipWhitespace()
        if index < end { throw error(.trailingContent, at: index) }
        return value
    }

    /// Reads one value starting at the current byte (whitespace already skipped).
    mutating func parseValue() throws(JSONReadError) -> JSONValue {
        var frames: [Frame] = []
        var values: [JSONValue] = []
        var keys: [String] = []

        expectValue: while true {
            skipWhitespace()
            guard index < end else { throw unexpected(expected: "a value") }
            var value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[index] == UInt8(ascii: "{")
                if frames.count >= maxDepth { throw error(.tooDeep(limit: maxDepth), at: index) }
                index += 1
                skipWhitespace()
                let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if index < end, bytes[index] == close {
                    index += 1
                    value = isObject ? .object(JSONObject()) : .array([])
                } else {
                    frames.append(Frame(isObject: isObject, valueStart: values.count, keyStart: keys.count))
                    if isObject { keys.append(try parseKey()) }
                    continue expectValue
                }
            case UInt8(ascii: "\""): value = .string(try parseString())
            case UInt8(ascii: "t"): try parseLiteral("true"); value = .bool(true)
            case UInt8(ascii: "f"): try parseLiteral("false"); value = .bool(false)
            case UInt8(ascii: "n"): try parseLiteral("null"); value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"): value = try parseNumber()
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let comma = previousComma() { throw error(.trailingComma, at: comma) }
                throw unexpected(expected: "a value")
            default: throw unexpected(expected: "a value")
            }

            // A value is complete: hand it to the open containers, closing as many as end here.
            while let frame = frames.last {
                values.append(value)
                skipWhitespace()
                guard index < end else {
                    throw unexpected(expected: frame.isObject ? "',' or '}'" : "',' or ']'")
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    index += 1
                    if frame.isObject {
                        skipWhitespace()
                        if index < end, bytes[index] == UInt8(ascii: "}") { throw error(.trailingComma, at: index - 1) }
                        keys.append(try parseKey())
                    }
                    continue expectValue
                }
                if frame.isObject, byte == UInt8(ascii: "}") {
                    index += 1
                    value = .object(Self.makeObject(keys: keys[frame.keyStart...], values: values[frame.valueStart...]))
                    keys.removeSubrange(frame.keyStart...)
                } else if !frame.isObject, byte == UInt8(ascii: "]") {
                    index += 1
                    value = .array(Array(values[frame.valueStart...]))
                } else {
                    throw unexpected(expected: frame.isObject ? "',' or '}' after an object member"
                                                              : "',' or ']' after an array element")
                }
                values.removeSubrange(frame.valueStart...)
                frames.removeLast()
            }
            return value
        }
    }

    /// The offset of a comma just before the current byte (whitespace between), if there is one.
    private func previousComma() -> Int? {
        var offset = index - 1
        while offset >= start {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset -= 1
            case UInt8(ascii: ","): return offset
            default: return nil
            }
        }
        return nil
    }

    /// Reads `"name"` and the `:` after it, leaving the index at the member's value.
    private mutating func parseKey() throws(JSONReadError) -> String {
        skipWhitespace()
        guard index < end, bytes[index] == UInt8(ascii: "\"") else {
            throw unexpected(expected: "a member name in double quotes")
        }
        let key = try parseString()
        skipWhitespace()
        guard index < end, bytes[index] == UInt8(ascii: ":") else { throw unexpected(expected: "':' after a member name") }
        index += 1
        return key
    }

    private mutating func parseLiteral(_ word: StaticString) throws(JSONReadError) {
        let length = word.utf8CodeUnitCount
        let literal = UnsafeBufferPointer(start: word.utf8Start, count: length)
        for i in 0 ..< length {
            guard index + i < end, bytes[index + i] == literal[i] else { throw error(.invalidLiteral, at: index) }
        }
        index += length
    }

    /// Builds an object from members in source order; for a repeated name the last value wins and keeps
    /// the position of the first occurrence (as `JSONObject`'s subscript setter does). Names repeat only
    /// when their code points are equal (RFC 8259), not merely canonically equivalent as Swift's `==` has it.
    static func makeObject(keys: ArraySlice<String>, values: ArraySlice<JSONValue>) -> JSONObject {
        let count = keys.count
        if count <= 8 {
            var hasDuplicate = false
            outer: for i in keys.indices {
                for j in keys.startIndex ..< i where keys[j] == keys[i] && keys[j].utf8.elementsEqual(keys[i].utf8) {
                    hasDuplicate = true
                    break outer
                }
            }
            if !hasDuplicate { return JSONObject(uniqueKeys: Array(keys), values: Array(values)) }
        }
        var position: [UTF8Key: Int] = [:]
        position.reserveCapacity(count)
        var uniqueKeys: [String] = []
        var uniqueValues: [JSONValue] = []
        uniqueKeys.reserveCapacity(count)
        uniqueValues.reserveCapacity(count)
        for (key, value) in zip(keys, values) {
            if let existing = position[UTF8Key(key)] {
                uniqueValues[existing] = value
            } else {
                position[UTF8Key(key)] = uniqueKeys.count
                uniqueKeys.append(key)
                uniqueValues.append(value)
            }
        }
        return JSONObject(uniqueKeys: uniqueKeys, values: uniqueValues)
    }
}

/// A member name compared and hashed by its UTF-8 bytes.
private struct UTF8Key: Hashable {
    let string: String
    init(_ string: String) { self.string = string }
    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.string == rhs.string && lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }
    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
