import JSON

/// Exact arithmetic on JSON numbers (`.int` and `.double`) for the numeric keywords, free of the
/// rounding surprises of floating-point division (`0.0075` is a multiple of `0.0001`).
enum NumberMath {
    /// Whether `value` is a number with no fractional part (`1`, `1.0`, `1e308` — not `1.5`).
    static func isInteger(_ value: JSONValue) -> Bool {
        switch value {
        case .int: return true
        case let .double(d): return d.isFinite && d.rounded(.towardZero) == d
        default: return false
        }
    }

    /// Orders two numbers exactly, even an `Int` beyond 2^53 against a `Double`. Non-numbers compare equal.
    static func compare(_ lhs: JSONValue, _ rhs: JSONValue) -> Int {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return a < b ? -1 : (a > b ? 1 : 0)
        case let (.double(a), .double(b)): return a < b ? -1 : (a > b ? 1 : 0)
        case let (.int(a), .double(b)): return compare(a, b)
        case let (.double(a), .int(b)): return -compare(b, a)
        default: return 0
        }
    }

    private static func compare(_ a: Int, _ b: Double) -> Int {
        if b >= 9_223_372_036_854_775_808.0 { return -1 }
        if b < -9_223_372_036_854_775_808.0 { return 1 }
        let floor = b.rounded(.down)
        let whole = Int(floor)
        if a < whole { return -1 }
        if a > whole { return 1 }
        return b > floor ? -1 : 0
    }

    /// Whether `value` is an integer multiple of `divisor`, computed on the shortest decimal forms of both.
    static func isMultiple(_ value: JSONValue, of divisor: DecimalNumber) -> Bool {
        guard let dividend = DecimalNumber(value) else { return true }
        if dividend.mantissa == 0 { return true }
        let a = divisor.mantissa, b = dividend.mantissa
        let shift = dividend.exponent - divisor.exponent
        if shift >= 0 {
            // a·10^p divides b·10^q  ⇔  (b·10^shift) mod a == 0.
            var remainder = b % a
            var steps = 0
            while steps < shift, remainder != 0 {
                remainder = a.dividingFullWidth(UInt64(10).multipliedFullWidth(by: remainder)).remainder
                steps += 1
            }
            return remainder == 0
        }
        // a·10^-shift must divide b, which has at most 20 digits.
        guard -shift < 20 else { return false }
        var scaled = a
        for _ in 0 ..< -shift {
            let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
            if overflow { return false }
            scaled = product
        }
        return b % scaled == 0
    }
}

/// A non-negative number as `mantissa · 10^exponent` with no trailing zeros in the mantissa, taken
/// from the shortest decimal text that round-trips (so `0.1` is 1·10^-1, not 0.1000000000000000055…).
struct DecimalNumber: Sendable, Hashable {
    let mantissa: UInt64
    let exponent: Int

    /// The magnitude of a finite number; nil for other values.
    init?(_ value: JSONValue) {
        switch value {
        case let .int(i):
            self.init(mantissa: UInt64(i.magnitude), exponent: 0)
        case let .double(d) where d.isFinite:
            // Swift prints the shortest round-trip form: "0.0075", "1e-08", "1.2345678910111214e+52".
            let text = String(describing: d.magnitude)
            let parts = text.split(separator: "e", maxSplits: 1)
            var exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
            var mantissa: UInt64 = 0
            var afterPoint = false
            for byte in parts[0].utf8 {
                if byte == UInt8(ascii: ".") { afterPoint = true; continue }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if afterPoint { exponent -= 1 }
            }
            self.init(mantissa: mantissa, exponent: exponent)
        default:
            return nil
        }
    }

    private init(mantissa: UInt64, exponent: Int) {
        var mantissa = mantissa, exponent = exponent
        while mantissa != 0, mantissa % 10 == 0 { mantissa /= 10; exponent += 1 }
        self.mantissa = mantissa
        self.exponent = mantissa == 0 ? 0 : exponent
    }
}
