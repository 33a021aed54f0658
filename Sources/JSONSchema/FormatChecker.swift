/// The `format` values checked as assertions: RFC 3339 §5.6 `date` (full-date), `time` (full-time) and
/// `date-time`, with ASCII digits only, a real calendar (no 2023-02-29) and leap seconds only where
/// the time, taken to UTC, is 23:59:60. `T` and `Z` may be lowercase, as RFC 3339 allows.
enum FormatChecker {
    enum Format: String, Sendable, CaseIterable {
        case date
        case time
        case dateTime = "date-time"

        /// What the error message calls a value of this format.
        var title: String {
            switch self {
            case .date: return "date (RFC 3339 full-date, YYYY-MM-DD)"
            case .time: return "time (RFC 3339 full-time, HH:MM:SS[.frac](Z|±HH:MM))"
            case .dateTime: return "date-time (RFC 3339, YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM))"
            }
        }
    }

    /// Whether `text` is a valid value of `format`.
    static func isValid(_ text: String, as format: Format) -> Bool {
        let bytes = Array(text.utf8)
        switch format {
        case .date:
            return bytes.count == 10 && isDate(bytes[...])
        case .time:
            return isTime(bytes[...])
        case .dateTime:
            guard bytes.count > 11, bytes[10] | 0x20 == UInt8(ascii: "t") else { return false }
            return isDate(bytes[0 ..< 10]) && isTime(bytes[11...])
        }
    }

    /// The number of days in `month` of `year` in the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, exactly ten bytes.
    private static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let s = bytes.startIndex
        guard bytes.count == 10, bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-"),
              let year = number(bytes, s, 4), let month = number(bytes, s + 5, 2), let day = number(bytes, s + 8, 2)
        else { return false }
        return (1 ... 12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`.
    private static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        let s = bytes.startIndex
        guard bytes.count >= 9, bytes[s + 2] == UInt8(ascii: ":"), bytes[s + 5] == UInt8(ascii: ":"),
              let hour = number(bytes, s, 2), let minute = number(bytes, s + 3, 2), let second = number(bytes, s + 6, 2),
              hour <= 23, minute <= 59, second <= 60
        else { return false }
        var i = s + 8
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < bytes.endIndex, isDigit(bytes[i]) { i += 1 }
            guard i > fractionStart, i < bytes.endIndex else { return false }
        }
        var offsetMinutes = 0
        if bytes[i] | 0x20 == UInt8(ascii: "z") {
            guard i + 1 == bytes.endIndex else { return false }
        } else {
            guard bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-"), bytes.endIndex - i == 6,
                  bytes[i + 3] == UInt8(ascii: ":"),
                  let offsetHour = number(bytes, i + 1, 2), let offsetMinute = number(bytes, i + 4, 2),
                  offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[i] == UInt8(ascii: "+") ? 1 : -1)
        }
        if second == 60 {
            // A leap second happens at 23:59:60 UTC; local time is UTC plus the offset.
            let utcMinutes = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utcMinutes == 23 * 60 + 59
        }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The value of `count` ASCII digits at `start`, or nil when any is not a digit.
    private static func number(_ bytes: ArraySlice<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.endIndex else { return nil }
        var value = 0
        for i in start ..< start + count {
            guard isDigit(bytes[i]) else { return nil }
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
        }
        return value
    }
}
