internal import CPCRE2

/// A failure of PCRE2 itself: a pattern that does not compile, or a match that hit a limit.
/// "No match" is never an error; it is `nil`.
public enum PCRE2Error: Error, Equatable, CustomStringConvertible {
    /// The pattern does not compile. `offset` is the UTF-8 byte offset in the pattern where PCRE2 stopped.
    case compile(code: Int32, message: String, offset: Int, pattern: String)
    /// Matching gave up: a match or depth limit was reached, or another negative PCRE2 code.
    case match(code: Int32, message: String)

    public var description: String {
        switch self {
        case let .compile(_, message, offset, pattern):
            return "regex does not compile at byte \(offset): \(message) in /\(pattern)/"
        case let .match(code, message):
            return "regex match failed (\(code)): \(message)"
        }
    }

    /// The text PCRE2 gives for an error code.
    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, 256) }
        return length > 0 ? String(decoding: buffer[..<Int(length)], as: UTF8.self) : "PCRE2 error \(code)"
    }
}
