#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A search for literal bytes: what a pattern's required pieces are looked for with before the engine runs
/// (`Pattern.mayMatch`), and what callers use for fixed needles that need no pattern at all.
extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    public func containsBytes(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: needle, from: 0) != nil
    }

    /// The offset of the first occurrence of `needle` at or after `start`, or nil.
    public func firstOffset(of needle: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        guard count >= needle.count else { return nil }
        guard let base = baseAddress else { return nil }
        var i = Swift.max(0, start)
        let last = count - needle.count
        // memchr finds each place the first byte stands; only there are the others compared.
        while i <= last, let found = memchr(base + i, Int32(first), last - i + 1) {
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < needle.count, self[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }
}
