/// Why a JSON text could not be read, and where.
///
/// Positions are in the input as given: `line` and `column` are 1-based, the column counts Unicode
/// scalars (not bytes, not UTF-16 units), and `offset` is the 0-based UTF-8 byte offset of the
/// offending byte (equal to the input length when the text ended too early).
public struct JSONReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problems, each with a stable name and a message.
    public enum Reason: Sendable, Hashable {
        /// The input holds nothing but whitespace.
        case emptyInput
        /// The text stopped in the middle of a value.
        case unexpectedEnd(expected: String)
        /// A byte that cannot start or continue what was expected.
        case unexpectedCharacter(found: String, expected: String)
        /// A comma directly before `]` or `}`.
        case trailingComma
        /// `true`, `false` or `null` misspelt.
        case invalidLiteral
        /// A number that breaks the RFC 8259 grammar (leading zero, lone `-`, `1.`, `1e`).
        case invalidNumber(String)
        /// A number too large for a Double (its magnitude would be infinite).
        case numberOutOfRange
        /// A backslash escape other than `\" \\ \/ \b \f \n \r \t \uXXXX`.
        case invalidEscape
        /// `\u` not followed by four hexadecimal digits.
        case invalidUnicodeEscape
        /// A `\uD800`–`\uDFFF` escape that is not part of a high–low surrogate pair.
        case loneSurrogate
        /// A raw control character (U+0000–U+001F) inside a string; it must be escaped.
        case controlCharacterInString
        /// Bytes that are not well-formed UTF-8.
        case invalidUTF8
        /// Arrays and objects nested deeper than the reader's limit.
        case tooDeep(limit: Int)
        /// Something other than whitespace after the value.
        case trailingContent
    }

    /// What went wrong.
    public let reason: Reason
    /// 1-based line number (lines end at LF).
    public let line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public let column: Int
    /// 0-based UTF-8 byte offset into the input.
    public let offset: Int

    /// Creates an error at an explicit position.
    public init(reason: Reason, line: Int, column: Int, offset: Int) {
        self.reason = reason
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The human-readable message, without the position.
    public var message: String {
        switch reason {
        case .emptyInput: return "the input is empty; expected a JSON value"
        case let .unexpectedEnd(expected): return "unexpected end of input; expected \(expected)"
        case let .unexpectedCharacter(found, expected): return "unexpected \(found); expected \(expected)"
        case .trailingComma: return "a trailing comma is not allowed"
        case .invalidLiteral: return "invalid literal; expected true, false or null"
        case let .invalidNumber(detail): return "invalid number: \(detail)"
        case .numberOutOfRange: return "number is too large to represent"
        case .invalidEscape: return "invalid escape sequence in string"
        case .invalidUnicodeEscape: return "\\u must be followed by four hexadecimal digits"
        case .loneSurrogate: return "unpaired UTF-16 surrogate in \\u escape"
        case .controlCharacterInString: return "control character in string must be escaped"
        case .invalidUTF8: return "invalid UTF-8 byte sequence"
        case let .tooDeep(limit): return "arrays and objects nested deeper than \(limit) levels"
        case .trailingContent: return "unexpected content after the JSON value"
        }
    }

    /// `line:column: message` — the position first, like a compiler.
    public var description: String { "\(line):\(column): \(message)" }
}

extension JSONReadError {
    /// Locates byte `offset` of `bytes[start...]`: counts LF bytes for the line and scalar-starting
    /// bytes for the column. Runs only when an error is reported, so reading never pays for it.
    static func locate(_ reason: Reason, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>,
                       start: Int, firstLine: Int) -> JSONReadError {
        var line = firstLine
        var lineStart = start
        var index = start
        while index < offset {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
        var column = 1
        index = lineStart
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return JSONReadError(reason: reason, line: line, column: column, offset: offset)
    }
}
