/// Reads JSON text (RFC 8259, strictly) into `JSONValue`.
///
/// - Accepts exactly one value surrounded by optional whitespace; a leading UTF-8 byte order mark is
///   ignored. No comments, no trailing commas, no single quotes, no NaN or Infinity.
/// - Strings must be well-formed UTF-8; `\u` escapes must pair surrogates correctly.
/// - A repeated member name: the last value wins (at the position of the first occurrence).
/// - Numbers: integers that fit in `Int` (64 bits) are `.int`; all others `.double`. A number too large
///   for a Double is an error rather than infinity.
/// - Nesting of arrays and objects is limited to `maxDepth` levels; the reader itself never recurses,
///   so no input can exhaust the stack, and it runs in time linear in the input.
///
/// Errors are `JSONReadError`, with 1-based line and column (in Unicode scalars) and the byte offset.
public struct JSONReader: Sendable {
    /// The deepest nesting of arrays and objects accepted (512 by default).
    public var maxDepth: Int

    /// Creates a reader that accepts up to `maxDepth` nested arrays and objects.
    public init(maxDepth: Int = 512) {
        self.maxDepth = max(1, maxDepth)
    }

    /// Reads one JSON value from `text`.
    public func read(_ text: String) throws(JSONReadError) -> JSONValue {
        var text = text
        return try text.withUTF8 { buffer in Result { () throws(JSONReadError) in try read(buffer) } }.get()
    }

    /// Reads one JSON value from UTF-8 `bytes` (an `[UInt8]`, `ArraySlice`, `Data`, …).
    public func read<Bytes: Sequence<UInt8>>(_ bytes: Bytes) throws(JSONReadError) -> JSONValue {
        let result: Result<JSONValue, JSONReadError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONReadError) in try read(buffer) }
        }
        if let result { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer in
            Result { () throws(JSONReadError) in try read(buffer) }
        }.get()
    }

    /// Reads one JSON value from the UTF-8 bytes in `buffer`.
    public func read(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONReadError) -> JSONValue {
        var parser = JSONParser(bytes: buffer, start: 0, end: buffer.count, firstLine: 1, maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    /// Reads newline-delimited JSON (NDJSON / JSON Lines): one value per line, blank lines skipped.
    ///
    /// `body` receives the 1-based line number and either the value or the error of that line; a bad line
    /// does not stop the others. Error positions (`line`, `column`, `offset`) refer to the whole buffer.
    /// A line may end in CRLF.
    public func forEachLine<E: Error>(
        in buffer: UnsafeBufferPointer<UInt8>,
        _ body: (_ line: Int, _ result: Result<JSONValue, JSONReadError>) throws(E) -> Void
    ) throws(E) {
        var lineStart = 0
        var lineNumber = 1
        while lineStart < buffer.count {
            var lineEnd = lineStart
            while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
            var parser = JSONParser(bytes: buffer, start: lineStart, end: lineEnd, firstLine: lineNumber,
                                    maxDepth: maxDepth)
            parser.skipWhitespace()
            if parser.index < lineEnd {
                try body(lineNumber, Result { () throws(JSONReadError) in try parser.parseDocument() })
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
    }

    /// Reads newline-delimited JSON from `bytes`; see `forEachLine(in:_:)`.
    public func forEachLine<E: Error>(
        in bytes: [UInt8],
        _ body: (_ line: Int, _ result: Result<JSONValue, JSONReadError>) throws(E) -> Void
    ) throws(E) {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(E) in try forEachLine(in: buffer, body) }
        }.get()
    }
}
