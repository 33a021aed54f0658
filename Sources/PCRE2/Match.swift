/// One match: the byte ranges of group 0 and of every capture group, over the subject string.
///
/// Offsets are UTF-8 byte offsets into `subject`; `range(_:)` converts them to `String.Index`.
public struct Match: Sendable {
    /// The string that was searched.
    public let subject: String
    /// Pairs of UTF-8 byte offsets (start, end) per group; -1 for a group that did not take part.
    let offsets: [Int]
    let pattern: Pattern

    /// The UTF-8 byte range (lower, upper) of group `group`, or nil when it did not take part.
    public func byteRange(_ group: Int) -> (Int, Int)? {
        guard group >= 0, 2 * group + 1 < offsets.count, offsets[2 * group] >= 0 else { return nil }
        return (offsets[2 * group], offsets[2 * group + 1])
    }

    /// The range of group `group` in `subject`, or nil when it did not take part.
    public func range(_ group: Int = 0) -> Range<String.Index>? {
        guard let (lower, upper) = byteRange(group) else { return nil }
        let utf8 = subject.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return start..<end
    }

    /// The text of group `group` (0 is the whole match), or nil when it did not take part.
    public subscript(_ group: Int) -> Substring? {
        range(group).map { subject[$0] }
    }

    /// The text of the named group, or nil when it did not take part or does not exist.
    public subscript(_ name: String) -> Substring? {
        pattern.groupNumber(named: name).flatMap { self[$0] }
    }

    /// The range of the named group.
    public func range(named name: String) -> Range<String.Index>? {
        pattern.groupNumber(named: name).flatMap { range($0) }
    }
}

extension Match {
    /// The UTF-8 byte range of the named group, or nil when it did not take part or does not exist.
    public func byteRange(named name: String) -> (Int, Int)? {
        pattern.groupNumber(named: name).flatMap { byteRange($0) }
    }
}
