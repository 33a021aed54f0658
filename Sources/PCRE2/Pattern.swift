internal import CPCRE2

/// A compiled PCRE2 pattern (UTF, Unicode properties, JIT where the platform has it).
///
/// Compiled code is read-only after compilation and PCRE2 documents it as shareable between threads,
/// so one `Pattern` may be used from many threads at once (`@unchecked Sendable`). Each match call
/// makes its own match data, which is never shared.
public final class Pattern: @unchecked Sendable {
    /// Compile-time options beyond the always-on UTF and UCP.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Options(rawValue: PCRE2_CASELESS)
        public static let multiline = Options(rawValue: PCRE2_MULTILINE)
        public static let dotAll = Options(rawValue: PCRE2_DOTALL)
        public static let extended = Options(rawValue: PCRE2_EXTENDED)
        public static let anchored = Options(rawValue: PCRE2_ANCHORED)
    }

    /// Limits that keep a pathological pattern/input pair from running away.
    public struct Limits: Sendable {
        /// Upper bound on backtracking steps for one match attempt (PCRE2 "match limit").
        public var match: UInt32 = 1_000_000
        /// Upper bound on backtracking depth, in PCRE2's heap frames units ("depth limit").
        public var depth: UInt32 = 10_000
        public init() {}
    }

    /// The source of the pattern, as given.
    public let source: String
    /// Whether JIT compilation succeeded (matching then runs the machine code).
    public let isJITCompiled: Bool
    /// Number of capture groups, not counting group 0.
    public let captureCount: Int

    /// Byte strings of which every match holds one, as the caller declared them; a text that holds none is
    /// no match without running the engine (for unanchored patterns whose every start costs lookarounds).
    /// Empty when none was declared.
    public let requiredPieces: [[UInt8]]

    let code: OpaquePointer
    let matchContext: OpaquePointer

    /// Compiles `pattern`. Throws `PCRE2Error.compile` with the byte offset of the problem.
    /// `requiringOneOf`: strings of which every match holds one (see `requiredPieces`); a wrong declaration
    /// loses matches, so only pieces the pattern cannot match without belong there.
    public init(_ pattern: String, options: Options = [], limits: Limits = Limits(),
                requiringOneOf required: [String] = []) throws(PCRE2Error) {
        self.requiredPieces = required.map { Array($0.utf8) }
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = options.rawValue | PCRE2_UTF | PCRE2_UCP
        let compiled: OpaquePointer? = pattern.withCString { cString in
            cString.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count + 1) {
                pcre2_compile_8($0, pattern.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw .compile(code: errorCode, message: PCRE2Error.message(for: errorCode),
                           offset: errorOffset, pattern: pattern)
        }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(compiled)
            throw .compile(code: 0, message: "out of memory", offset: 0, pattern: pattern)
        }
        pcre2_set_match_limit_8(context, limits.match)
        pcre2_set_depth_limit_8(context, limits.depth)
        self.code = compiled
        self.matchContext = context
        self.source = pattern
        self.isJITCompiled = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        self.captureCount = Int(count)
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
    }

    /// The number of the named group `name`, or nil when the pattern has no such group.
    public func groupNumber(named name: String) -> Int? {
        let number = name.withCString { cString in
            cString.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) {
                pcre2_substring_number_from_name_8(code, $0)
            }
        }
        return number > 0 ? Int(number) : nil
    }

    /// The first match in `text` at or after UTF-8 byte offset `start`; nil when there is none.
    public func firstMatch(in text: String, fromByte start: Int = 0) throws(PCRE2Error) -> Match? {
        guard mayMatch(text) else { return nil }
        return try MatchData.match(self, in: text, fromByte: start, options: 0)
    }

    /// The first match in `text`, ignoring limit errors (treated as "no match"). For hot paths whose
    /// patterns are our own and known to be linear.
    public func firstMatch(in text: String) -> Match? {
        (try? firstMatch(in: text, fromByte: 0)) ?? nil
    }

    /// Whether the pattern matches anywhere in `text` (limit errors count as no match).
    public func matches(_ text: String) -> Bool { mayMatch(text) && (try? MatchData.matches(self, in: text, fromByte: 0)) ?? false }

    /// Whether `text` holds one of `requiredPieces` (always true when none were declared).
    func mayMatch(_ text: String) -> Bool {
        guard !requiredPieces.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in
            requiredPieces.contains { piece in piece.withUnsafeBufferPointer { bytes.containsBytes($0) } }
        }
    }

    /// Every non-overlapping match in `text`, left to right. The UTF check is skipped (Swift strings are valid
    /// UTF-8), so the scan is linear.
    public func checkedMatches(in text: String) throws(PCRE2Error) -> [Match] {
        guard mayMatch(text) else { return [] }
        var result: [Match] = []
        var start = 0
        var options: UInt32 = 0
        let length = text.utf8.count
        while start <= length {
            guard let match = try MatchData.match(self, in: text, fromByte: start, options: options) else {
                if options != 0, start < length {
                    // An empty match sat here: step one whole character forward and retry normally.
                    start = text.utf8.nextScalarBoundary(after: start)
                    options = 0
                    continue
                }
                break
            }
            result.append(match)
            let (lower, upper) = match.byteRange(0)!
            start = upper
            options = lower == upper ? (PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0
        }
        return result
    }

    /// Every match, ignoring limit errors (the scan stops at the first one).
    public func allMatches(in text: String) -> [Match] {
        (try? checkedMatches(in: text)) ?? []
    }
}

extension String.UTF8View {
    /// The byte offset of the next scalar start after `offset`.
    func nextScalarBoundary(after offset: Int) -> Int {
        var position = offset + 1
        var index = self.index(startIndex, offsetBy: position)
        while index < endIndex, UTF8.isContinuation(self[index]) {
            position += 1
            index = self.index(after: index)
        }
        return position
    }
}
