/// Why an input could not be read as text at all. The only errors the parse throws; everything
/// recoverable becomes a diagnostic instead.
public enum InputError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8 and carry no UTF-16 byte-order mark. `byteOffset` is 0-based.
    case invalidUTF8(byteOffset: Int)
    /// A UTF-16 input with an unpaired surrogate or an odd byte count. `byteOffset` is 0-based.
    case invalidUTF16(byteOffset: Int)
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidUTF8(offset):
            return "not valid UTF-8 at byte \(offset) (use --lossy to replace bad bytes)"
        case let .invalidUTF16(offset):
            return "not valid UTF-16 at byte \(offset)"
        case let .unreadable(path, reason):
            return "cannot read \(path): \(reason)"
        }
    }
}
