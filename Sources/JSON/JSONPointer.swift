/// A JSON Pointer (RFC 6901): a path of reference tokens into a JSON value.
///
/// The string form is `""` for the whole document and `/token/token…` otherwise, with `~` written
/// `~0` and `/` written `~1` inside a token. Array elements are addressed by decimal index tokens.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// The unescaped reference tokens, outermost first.
    public var tokens: [String]

    /// The pointer to the whole document.
    public static let root = JSONPointer(tokens: [])

    /// A pointer from unescaped tokens.
    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses the string form (`""` or `/a/b~1c`). Throws when it is not empty and does not start
    /// with `/`, or when `~` is followed by anything other than `0` or `1`.
    public init(parsing text: String) throws(JSONPointerError) {
        guard !text.isEmpty else { self.tokens = []; return }
        guard text.hasPrefix("/") else { throw .missingLeadingSlash(text) }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = Self.unescape(raw) else { throw .invalidEscape(text) }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    /// The string form, each token escaped.
    public var description: String {
        var text = ""
        for token in tokens {
            text.append("/")
            text.append(Self.escape(token))
        }
        return text
    }

    /// This pointer with `token` added at the end.
    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [token])
    }

    /// This pointer with the array index `index` added at the end.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// `token` with `~` as `~0` and `/` as `~1`, ready to follow a `/`.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var escaped = ""
        for character in token.unicodeScalars {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// `token` with `~1` as `/` and `~0` as `~`; nil when a `~` starts any other sequence.
    static func unescape(_ token: Substring) -> String? {
        guard token.contains("~") else { return String(token) }
        var result = ""
        var scalars = token.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "~" else { result.unicodeScalars.append(scalar); continue }
            switch scalars.next() {
            case "0": result += "~"
            case "1": result += "/"
            default: return nil
            }
        }
        return result
    }

    /// The path of a location given as member names and array indices, e.g. `["header", "date"]`.
    public static func string<Path: Sequence>(_ components: Path) -> String where Path.Element == String {
        JSONPointer(tokens: Array(components)).description
    }
}

/// Why a string is not a JSON Pointer.
public enum JSONPointerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A non-empty pointer must start with `/`.
    case missingLeadingSlash(String)
    /// `~` must be followed by `0` or `1`.
    case invalidEscape(String)

    /// The message, quoting the pointer.
    public var description: String {
        switch self {
        case let .missingLeadingSlash(text): return "JSON Pointer '\(text)' must be empty or start with '/'"
        case let .invalidEscape(text): return "JSON Pointer '\(text)' has '~' not followed by '0' or '1'"
        }
    }
}

extension JSONValue {
    /// The value `pointer` refers to, or nil when it leads nowhere. Array tokens must be a decimal
    /// index without leading zeros (`-`, "past the end", refers to nothing).
    public func value(at pointer: JSONPointer) -> JSONValue? {
        var current = self
        for token in pointer.tokens {
            switch current {
            case let .object(object):
                guard let member = object[token] else { return nil }
                current = member
            case let .array(elements):
                guard let index = JSONPointer.arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}

extension JSONPointer {
    /// The array index a token names: `0` or digits without a leading zero; nil otherwise.
    static func arrayIndex(_ token: String) -> Int? {
        let utf8 = token.utf8
        guard let first = utf8.first, utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        return Int(token)
    }
}

extension JSONValue {
    /// This value without the member or array element `pointer` refers to; nil when it leads nowhere or
    /// refers to the whole value.
    public func removing(at pointer: JSONPointer) -> JSONValue? {
        guard let first = pointer.tokens.first else { return nil }
        let rest = JSONPointer(tokens: Array(pointer.tokens.dropFirst()))
        switch self {
        case var .object(object):
            guard let member = object[first] else { return nil }
            if rest.tokens.isEmpty { object[first] = nil } else {
                guard let changed = member.removing(at: rest) else { return nil }
                object[first] = changed
            }
            return .object(object)
        case var .array(elements):
            guard let index = JSONPointer.arrayIndex(first), index < elements.count else { return nil }
            if rest.tokens.isEmpty { elements.remove(at: index) } else {
                guard let changed = elements[index].removing(at: rest) else { return nil }
                elements[index] = changed
            }
            return .array(elements)
        default:
            return nil
        }
    }

    /// This value with the member at `pointer` (an object's, or an array's element) replaced by `value`; nil when
    /// the pointer names nothing here.
    public func replacing(at pointer: JSONPointer, with value: JSONValue) -> JSONValue? {
        guard let first = pointer.tokens.first else { return value }
        let rest = JSONPointer(tokens: Array(pointer.tokens.dropFirst()))
        switch self {
        case var .object(object):
            guard let member = object[first], let changed = member.replacing(at: rest, with: value) else { return nil }
            object[first] = changed
            return .object(object)
        case var .array(elements):
            guard let index = JSONPointer.arrayIndex(first), index < elements.count,
                  let changed = elements[index].replacing(at: rest, with: value) else { return nil }
            elements[index] = changed
            return .array(elements)
        default:
            return nil
        }
    }
}
