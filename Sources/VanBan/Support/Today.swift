import Foundation

extension CalendarPoint {
    /// Today's date in Vietnam (UTC+7), the default `--as-of`.
    public static var today: CalendarPoint {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        var days = seconds / 86_400
        // Civil-from-days (Howard Hinnant), days since 1970-01-01.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CalendarPoint(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let year = parts[0], iso.count >= 4 else { return nil }
        self.init(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
        if !isValid { return nil }
    }
}
