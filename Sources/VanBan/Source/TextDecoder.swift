/// Turns raw bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
/// Invalid UTF-8 is an error with its byte offset, or with `lossy` replacement characters.
public struct DecodedText: Sendable {
    /// The decoded text, BOM removed.
    public var text: String
    /// `utf-8`, `utf-8-bom`, `utf-16le` or `utf-16be`.
    public var encoding: String
    /// Byte offsets (0-based) of invalid sequences replaced by U+FFFD in lossy mode.
    public var replacedOffsets: [Int]
}

public enum TextDecoder {
    /// Decodes `bytes`. Throws `InputError` when the text is not valid and `lossy` is false.
    public static func decode(_ bytes: [UInt8], lossy: Bool = false) throws(InputError) -> DecodedText {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return DecodedText(text: try utf16(bytes, littleEndian: true), encoding: "utf-16le", replacedOffsets: [])
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return DecodedText(text: try utf16(bytes, littleEndian: false), encoding: "utf-16be", replacedOffsets: [])
        }
        var start = 0
        var encoding = "utf-8"
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            encoding = "utf-8-bom"
        }
        let body = bytes[start...]
        if let text = String(validating: body, as: UTF8.self) {
            return DecodedText(text: text, encoding: encoding, replacedOffsets: [])
        }
        let bad = firstInvalidUTF8(body)
        guard lossy else { throw .invalidUTF8(byteOffset: bad) }
        return DecodedText(text: String(decoding: body, as: UTF8.self), encoding: encoding,
                           replacedOffsets: allInvalidUTF8(body))
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(InputError) -> String {
        guard bytes.count % 2 == 0 else { throw .invalidUTF16(byteOffset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var result = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var offset = 2
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                result.append(scalar)
                offset += scalar.value > 0xFFFF ? 4 : 2
            case .emptyInput: break loop
            case .error: throw .invalidUTF16(byteOffset: offset)
            }
        }
        return String(result)
    }

    /// Byte offsets (within `bytes`) where invalid UTF-8 sequences start.
    static func allInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> [Int] {
        var offsets: [Int] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = validSequenceLength(bytes, at: i)
            if length == 0 { offsets.append(i - bytes.startIndex); i += 1 } else { i += length }
        }
        return offsets
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = validSequenceLength(bytes, at: i)
            if length == 0 { return i - bytes.startIndex }
            i += length
        }
        return bytes.count
    }

    /// The length of the valid UTF-8 sequence at `i`, or 0 when it is invalid.
    private static func validSequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        if lead < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard i + length <= b.endIndex else { return 0 }
        if !(low...high).contains(b[i + 1]) { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(b[i + k]) { return 0 }
        return length
    }
}
