internal import CPCRE2

/// Per-match scratch space owned by one thread at a time; wraps `pcre2_match_data`.
final class MatchData {
    private let pointer: OpaquePointer

    init(for pattern: Pattern) {
        // pcre2_match_data_create_from_pattern only fails on out-of-memory.
        pointer = pcre2_match_data_create_from_pattern_8(pattern.code, nil)!
    }

    deinit { pcre2_match_data_free_8(pointer) }

    /// Runs one match starting at UTF-8 byte `start`. nil on no match; throws on any other negative code.
    func match(_ pattern: Pattern, in text: String, fromByte start: Int, options: UInt32) throws(PCRE2Error) -> Match? {
        var text = text
        let rc: Int32 = text.withUTF8 { buffer in
            pcre2_match_8(pattern.code, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count, start,
                          options | PCRE2_NO_UTF_CHECK, pointer, pattern.matchContext)
        }
        if rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL { return nil }
        if rc < 0 { throw .match(code: rc, message: PCRE2Error.message(for: rc)) }
        let vector = pcre2_get_ovector_pointer_8(pointer)!
        let pairs = Int(pcre2_get_ovector_count_8(pointer))
        var offsets = [Int](repeating: -1, count: (pattern.captureCount + 1) * 2)
        for i in 0..<min(pairs, pattern.captureCount + 1) {
            let lower = vector[2 * i], upper = vector[2 * i + 1]
            if lower != PCRE2_UNSET_OFFSET { offsets[2 * i] = lower; offsets[2 * i + 1] = upper }
        }
        return Match(subject: text, offsets: offsets, pattern: pattern)
    }
}

private let PCRE2_UNSET_OFFSET = Int(bitPattern: UInt(~0 as UInt))

@available(*, unavailable)
extension MatchData: Sendable {}
