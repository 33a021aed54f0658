/// Events: a time together with a date, in the body or a table.
private func events(_ c: CheckContext) -> [DateMention] {
    // A schedule is what the text schedules: not a timestamp, a cut-off or a period it reports on.
    c.document.dates.filter { $0.role == .schedule && $0.hour != nil && $0.day != nil && $0.point.isValid }
}

struct ScheduleWeekend: Rule {
    static let id = "schedule.weekend"
    static let severity = Diagnostic.Severity.warning
    static let summary = "a scheduled event (a time with a date) falls on a Saturday or Sunday"
    static let example = "09h00 ngày 17/5/2025 (a Saturday)"
    func check(_ c: CheckContext) -> [Diagnostic] {
        events(c).compactMap { e in
            let weekday = Calendar.weekday(year: e.year, month: e.month!, day: e.day!)
            guard weekday >= 6 else { return nil }
            return finding("\(e.text) falls on a \(weekday == 6 ? "Saturday" : "Sunday")", at: e.span)
        }
    }
}

/// The days a plan's tables schedule ("Thời gian công bố Quyết định kiểm tra: 25/3/2025"): in a Kế hoạch
/// or Chương trình every dated row is something still to happen, a time or not. Other documents' tables
/// also list what already happened (a report's past inspections), so only plans count.
private func plannedDays(_ c: CheckContext) -> [DateMention] {
    guard let type = c.document.header.documentType?.name, ["Kế hoạch", "Chương trình"].contains(type) else { return [] }
    return c.document.appendices.flatMap(\.tables).flatMap(\.rows).flatMap(\.cells).flatMap(\.values)
        .filter { $0.role == .schedule && $0.hour == nil && $0.day != nil && $0.point.isValid }
}

struct ScheduleBeforeIssue: Rule {
    static let id = "schedule.before-issue"
    static let severity = Diagnostic.Severity.warning
    static let summary = "a scheduled event is earlier than the document's date"
    static let example = "a meeting at 14h00 ngày 02/5/2025 in a plan dated 15/5/2025"
    func check(_ c: CheckContext) -> [Diagnostic] {
        guard let issued = c.document.header.date, issued.day != nil, issued.point.isValid else { return [] }
        return (events(c) + plannedDays(c)).filter { compareAtCommonPrecision($0.point, issued.point) == -1 }.map {
            finding("\($0.text) is before the document's date \(issued.value)", at: $0.span,
                    related: [.init(message: "the document's date", span: issued.span)])
        }
    }
}

struct ScheduleOrder: Rule {
    static let id = "schedule.order"
    static let severity = Diagnostic.Severity.info
    static let summary = "a schedule table is not in time order"
    static let example = "row 3 at 23/5/2025 after row 4 at 06/6/2025"
    func check(_ c: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for table in c.document.appendices.flatMap(\.tables) {
            var previous: DateMention?
            for row in table.rows {
                guard let value = row.cells.flatMap(\.values).first(where: { $0.day != nil && $0.point.isValid }) else { continue }
                if let p = previous, compareAtCommonPrecision(value.point, p.point) == -1 {
                    out.append(finding("\(value.text) comes after \(p.text) in the table but is earlier", at: value.span,
                                       related: [.init(message: "the earlier row", span: p.span)]))
                }
                previous = value
            }
        }
        return out
    }
}
