/// A date, time or period found in the text.
public struct DateMention: Sendable, Equatable {
    /// How much of the date is known.
    public enum Precision: String, Sendable, CaseIterable { case minute, day, month, year }

    /// What the date is for, where the text makes it clear.
    public enum Role: String, Sendable, CaseIterable {
        case issue, citation, deadline, schedule, period, effective
    }

    /// As written.
    public var text: String
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?
    /// For periods: the last year/month covered ("giai đoạn 2026 - 2030" ends 2030).
    public var end: CalendarPoint?
    public var role: Role?
    public var span: SourceSpan

    public init(text: String, year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil,
                end: CalendarPoint? = nil, role: Role? = nil, span: SourceSpan) {
        self.text = text; self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.end = end; self.role = role; self.span = span
    }

    /// How much of the date `value` gives: the parts that can be read (`readable`).
    public var precision: Precision {
        let known = readable
        if known.hour != nil { return .minute }
        if known.day != nil { return .day }
        if known.month != nil { return .month }
        return .year
    }

    /// The point as written, a month or day out of range and all: what `date.invalid` reports.
    public var point: CalendarPoint { CalendarPoint(year: year, month: month, day: day, hour: hour, minute: minute) }

    /// The parts of the date that can stand in an ISO 8601 value: a month outside 1–12 ("tháng 44", OCR's reading of
    /// a stamp over the month) leaves the year alone, a day outside 1–31 leaves the year and month. A day the month
    /// does not have (31/4) stays, as it was written: `valid` is false and `date.invalid` says so either way.
    public var readable: CalendarPoint {
        guard let month, (1...12).contains(month) else { return CalendarPoint(year: year) }
        guard let day, !(1...31).contains(day) else { return point }
        return CalendarPoint(year: year, month: month)
    }

    /// ISO 8601 of the readable parts (`readable`): YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-MM-DDTHH:MM.
    public var value: String { readable.iso }
}

/// A calendar point with optional parts, comparable at its own precision.
public struct CalendarPoint: Sendable, Equatable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?

    public var iso: String {
        var s = String(format4: year)
        guard let month else { return s }
        s += "-" + String(pad2: month)
        guard let day else { return s }
        s += "-" + String(pad2: day)
        guard let hour else { return s }
        return s + "T" + String(pad2: hour) + ":" + String(pad2: minute ?? 0)
    }

    /// Whether the day exists in the calendar (Gregorian) and the time is on a clock.
    public var isValid: Bool {
        if let month, !(1...12).contains(month) { return false }
        if let day, let month {
            guard day >= 1, day <= Calendar.days(inMonth: month, year: year) else { return false }
        }
        // "trước 24h ngày 31/5/2023", "24h00": the end of that day, as ISO 8601 allows.
        if let hour, !(0...23).contains(hour), !(hour == 24 && (minute ?? 0) == 0) { return false }
        if let minute, !(0...59).contains(minute) { return false }
        return true
    }
}

extension String {
    init(pad2 value: Int) { self = value < 10 && value >= 0 ? "0\(value)" : "\(value)" }
    init(format4 value: Int) {
        let digits = "\(value)"
        let zeros = Swift.String(repeating: "0", count: Swift.max(0, 4 - digits.count))
        self = zeros + digits
    }
}
