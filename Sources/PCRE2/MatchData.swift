internal import CPCRE2
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a match's offsets are written: the calling thread's match data (made on its first match, reused by every
/// match after, freed when the thread ends; a match allocates nothing), or one of the pattern's own when it has
/// more capture groups than that holds.
enum MatchData {
    /// The capture groups (group 0 included) a thread's match data holds.
    static let threadPairs: UInt32 = 48

    /// The key of each thread's match data.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let made = pthread_key_create(&key) { data in
            if let data { pcre2_match_data_free_8(OpaquePointer(data)) }
        }
        precondition(made == 0, "no thread-specific key for PCRE2 match data")
        return key
    }()

    /// The calling thread's match data; nil only when memory runs out.
    private static func threadData() -> OpaquePointer? {
        if let data = pthread_getspecific(threadKey) { return OpaquePointer(data) }
        guard let data = pcre2_match_data_create_8(threadPairs, nil) else { return nil }
        pthread_setspecific(threadKey, UnsafeRawPointer(data))
        return data
    }

    /// Runs one match starting at UTF-8 byte `start`. nil on no match; throws on any other negative code.
    static func match(_ pattern: Pattern, in text: String, fromByte start: Int, options: UInt32) throws(PCRE2Error) -> Match? {
        try withData(for: pattern) { data throws(PCRE2Error) in
            guard try run(pattern, on: text, fromByte: start, options: options, data) else { return nil }
            let vector = pcre2_get_ovector_pointer_8(data)!
            let pairs = Int(pcre2_get_ovector_count_8(data))
            var offsets = [Int](repeating: -1, count: (pattern.captureCount + 1) * 2)
            for i in 0..<min(pairs, pattern.captureCount + 1) {
                let lower = vector[2 * i], upper = vector[2 * i + 1]
                if lower != PCRE2_UNSET_OFFSET { offsets[2 * i] = lower; offsets[2 * i + 1] = upper }
            }
            return Match(subject: text, offsets: offsets, pattern: pattern)
        }
    }

    /// Whether the pattern matches at or after UTF-8 byte `start`, building no `Match`.
    static func matches(_ pattern: Pattern, in text: String, fromByte start: Int) throws(PCRE2Error) -> Bool {
        try withData(for: pattern) { data throws(PCRE2Error) in try run(pattern, on: text, fromByte: start, options: 0, data) }
    }

    /// `body` with match data that holds every group of `pattern`.
    private static func withData<T>(for pattern: Pattern, _ body: (OpaquePointer) throws(PCRE2Error) -> T) throws(PCRE2Error) -> T {
        if pattern.captureCount < threadPairs, let shared = threadData() { return try body(shared) }
        // pcre2_match_data_create_from_pattern only fails on out-of-memory.
        let own = pcre2_match_data_create_from_pattern_8(pattern.code, nil)!
        defer { pcre2_match_data_free_8(own) }
        return try body(own)
    }

    /// One call of `pcre2_match` (the UTF check skipped: Swift strings are valid UTF-8): true on a match.
    private static func run(_ pattern: Pattern, on text: String, fromByte start: Int, options: UInt32,
                            _ data: OpaquePointer) throws(PCRE2Error) -> Bool {
        var text = text
        let rc: Int32 = text.withUTF8 { buffer in
            pcre2_match_8(pattern.code, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count, start,
                          options | PCRE2_NO_UTF_CHECK, data, pattern.matchContext)
        }
        if rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL { return false }
        if rc < 0 { throw .match(code: rc, message: PCRE2Error.message(for: rc)) }
        return true
    }
}

private let PCRE2_UNSET_OFFSET = Int(bitPattern: UInt(~0 as UInt))
