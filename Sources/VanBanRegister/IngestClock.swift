import Foundation
import VanBan

/// The ngày đến: now, in Vietnam's time (UTC+7, the day of `CalendarPoint.today`), ISO 8601 with its offset.
enum IngestClock {
    static func now() -> String {
        let secondOfDay = (Int(Date().timeIntervalSince1970) + 7 * 3600) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return CalendarPoint.today.iso + "T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))+07:00"
    }
}
