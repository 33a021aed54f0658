/// Strings and numbers: the byte-level grammar of RFC 8259 §6–7, with UTF-8 checked as it is read.
extension JSONParser {
    // MARK: Strings

    /// Reads a string literal; the current byte is its opening quote.
    mutating func parseString() throws(JSONReadError) -> String {
        index += 1
        let contentStart = index
        // Fast path: no escapes, so the string is a slice of the input.
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart ..< index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error(.controlCharacterInString, at: index) }
            if byte < 0x80 { index += 1 } else { try skipUTF8Sequence() }
        }
        guard index < end else { throw error(.unexpectedEnd(expected: "'\"' to close the string"), at: index) }

        // Slow path: copy into scratch, decoding escapes.
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart ..< index]))
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape()
            case 0 ..< 0x20:
                throw error(.controlCharacterInString, at: index)
            case 0 ..< 0x80:
                scratch.append(byte)
                index += 1
            default:
                let sequenceStart = index
                try skipUTF8Sequence()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart ..< index]))
            }
        }
        throw error(.unexpectedEnd(expected: "'\"' to close the string"), at: index)
    }

    /// Decodes one backslash escape into `scratch`; the current byte is the backslash.
    private mutating func parseEscape() throws(JSONReadError) {
        let escapeStart = index
        index += 1
        guard index < end else { throw error(.unexpectedEnd(expected: "an escape sequence"), at: index) }
        let replacement: UInt8
        switch bytes[index] {
        case UInt8(ascii: "\""): replacement = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): replacement = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): replacement = UInt8(ascii: "/")
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "n"): replacement = 0x0A
        case UInt8(ascii: "r"): replacement = 0x0D
        case UInt8(ascii: "t"): replacement = 0x09
        case UInt8(ascii: "u"):
            index += 1
            var scalar = try parseHex4()
            if scalar >= 0xD800, scalar < 0xDC00 {
                // A high surrogate must be followed by an escaped low surrogate.
                guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.loneSurrogate, at: escapeStart)
                }
                index += 2
                let low = try parseHex4()
                guard low >= 0xDC00, low < 0xE000 else { throw error(.loneSurrogate, at: escapeStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00, scalar < 0xE000 {
                throw error(.loneSurrogate, at: escapeStart)
            }
            appendUTF8(scalar)
            return
        default:
            throw error(.invalidEscape, at: escapeStart)
        }
        scratch.append(replacement)
        index += 1
    }

    private mutating func parseHex4() throws(JSONReadError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0 ..< 4 {
            guard index < end else { throw error(.invalidUnicodeEscape, at: index) }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A") ... UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidUnicodeEscape, at: index)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0 ..< 0x80:
            scratch.append(UInt8(scalar))
        case 0x80 ..< 0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800 ..< 0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Steps over one well-formed multi-byte UTF-8 sequence (Unicode Table 3-7: no overlongs, no
    /// surrogates, nothing above U+10FFFF); the current byte is its lead byte.
    private mutating func skipUTF8Sequence() throws(JSONReadError) {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2 ... 0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1 ... 0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error(.invalidUTF8, at: index)
        }
        for i in 1 ..< length {
            let offset = index + i
            guard offset < end else { throw error(.invalidUTF8, at: index) }
            let byte = bytes[offset]
            let (lower, upper) = i == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lower, byte <= upper else { throw error(.invalidUTF8, at: offset) }
        }
        index += length
    }

    // MARK: Numbers

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private func isDigit(_ offset: Int) -> Bool {
        offset < end && bytes[offset] &- UInt8(ascii: "0") < 10
    }

    /// Reads a number. Integers that fit in `Int` become `.int`; everything else `.double`, correctly
    /// rounded (exact fast path for short mantissas, the standard library's parser otherwise).
    mutating func parseNumber() throws(JSONReadError) -> JSONValue {
        // Pass 1: check the grammar and note where the parts are.
        let numberStart = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard isDigit(index) else { throw error(.invalidNumber("expected a digit after '-'"), at: index) }
        let integerStart = index
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw error(.invalidNumber("leading zeros are not allowed"), at: numberStart) }
        } else {
            while isDigit(index) { index += 1 }
        }
        let integerEnd = index
        var fractionEnd = index
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw error(.invalidNumber("expected a digit after '.'"), at: index) }
            while isDigit(index) { index += 1 }
            fractionEnd = index
        }
        var exponent = 0
        let hasExponent = index < end && bytes[index] | 0x20 == UInt8(ascii: "e")
        if hasExponent {
            index += 1
            var exponentNegative = false
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(index) else { throw error(.invalidNumber("expected a digit in the exponent"), at: index) }
            while isDigit(index) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }

        // Pass 2: the value. Up to 19 significant digits fit in a UInt64.
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var fractionDigits = 0
        for offset in integerStart ..< fractionEnd where offset != integerEnd {
            let digit = UInt64(bytes[offset] - UInt8(ascii: "0"))
            if offset > integerEnd { fractionDigits += 1 }
            if significantDigits == 0, digit == 0 { continue }
            significantDigits += 1
            if significantDigits > 19 { break }
            mantissa = mantissa * 10 + digit
        }
        let isInteger = fractionEnd == integerEnd && !hasExponent
        if isInteger, significantDigits <= 19 {
            if negative, mantissa <= UInt64(Int.max) + 1 { return .int(Int(truncatingIfNeeded: 0 &- mantissa)) }
            if !negative, mantissa <= UInt64(Int.max) { return .int(Int(mantissa)) }
        }
        // Clinger's fast path: a mantissa below 2^53 times an exact power of ten rounds correctly.
        let scale = exponent - fractionDigits
        if significantDigits <= 19, mantissa < 1 << 53, scale >= -22, scale <= 22 {
            let magnitude = scale < 0 ? Double(mantissa) / Self.exactPowersOfTen[-scale]
                                      : Double(mantissa) * Self.exactPowersOfTen[scale]
            return .double(negative ? -magnitude : magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart ..< index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error(.numberOutOfRange, at: numberStart) }
        return .double(value)
    }
}
