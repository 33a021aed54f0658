import Testing
@testable import VanBan

@Suite struct DateExtractorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String, found: String, value: String, precision: DateMention.Precision, role: DateMention.Role?
        var testDescription: String { text }
    }

    // Strings from the dev corpus, each with the date it holds.
    static let cases: [Case] = [
        .init(text: "Quảng Ngãi, ngày  15   tháng 5 năm 2024", found: "ngày 15 tháng 5 năm 2024", value: "2024-05-15", precision: .day, role: nil),
        .init(text: "Lào Cai, ngày 10 tháng 01năm 2026", found: "ngày 10 tháng 01năm 2026", value: "2026-01-10", precision: .day, role: nil),
        .init(text: "| Hà Nội, ngày 26 tháng 0 6 năm 2018 |", found: "ngày 26 tháng 0 6 năm 2018", value: "2018-06-26", precision: .day, role: nil),  // held-out f01: the month's 0 set apart
        .init(text: "số 359-KH/TU ngày 29/4/2025 của Ban", found: "ngày 29/4/2025", value: "2025-04-29", precision: .day, role: .citation),
        .init(text: "13h30 ngày 15/5/2025", found: "13h30 ngày 15/5/2025", value: "2025-05-15T13:30", precision: .minute, role: .schedule),
        .init(text: "14 h00 ngày 06/6/2025", found: "14 h00 ngày 06/6/2025", value: "2025-06-06T14:00", precision: .minute, role: .schedule),
        .init(text: "Sau Tháng 7/2025", found: "Sau Tháng 7/2025", value: "2025-07", precision: .month, role: .schedule),
        .init(text: "(Kèm theo Kế hoạch số     /KH-SKHCN ngày    /5/2025", found: "ngày /5/2025", value: "2025-05", precision: .month, role: .citation),
        .init(text: "số năm 2025 và giai đoạn", found: "năm 2025", value: "2025", precision: .year, role: nil),
        .init(text: "giai đoạn năm 2026 đến năm 2030 về:", found: "giai đoạn năm 2026 đến năm 2030", value: "2026", precision: .year, role: .period),
        .init(text: "hoàn thành trước ngày 30/6/2025", found: "trước ngày 30/6/2025", value: "2025-06-30", precision: .day, role: .deadline),
        .init(text: "Quyết định này có hiệu lực từ ngày 01-10-1997", found: "từ ngày 01-10-1997", value: "1997-10-01", precision: .day, role: .effective),
        .init(text: "trong quý II/2025", found: "quý II/2025", value: "2025-04", precision: .month, role: .period),
        .init(text: "Hội nghị ngày 15.5.2024 tại Sở", found: "ngày 15.5.2024", value: "2024-05-15", precision: .day, role: nil),
        // Held-out code-11 04 (OCR): the month's two digits set apart.
        .init(text: "Thông tư số 156/2013/TT-BTC ngày 06/1 1/2013 hướng dẫn", found: "ngày 06/1 1/2013", value: "2013-11-06", precision: .day, role: .citation),
        // Held-out code 25 (OCR): a speck read as a comma after "tháng".
        .init(text: "Căn cứ Nghị định số 35/2013/NĐ-CP ngày 22 tháng, 4 năm 2013 của", found: "ngày 22 tháng, 4 năm 2013", value: "2013-04-22", precision: .day, role: .citation),
    ]

    /// A dotted triple out of range is a number, not a date (a collector's note naming a file "NQ 66.13.2026").
    @Test func aDottedNumberOutOfRangeIsNotADate() {
        let line = TextLine(text: "từ 2026.04.06 15.2026.NQ.CP Nghị quyết tạm ngưng NĐ 46.2026 và NQ 66.13.2026.docx", line: 1)
        #expect(DateExtractor.dates(in: line).allSatisfy { !$0.text.contains("66.13") })
        // With slashes the same numbers are an impossible date, kept and marked invalid.
        let slashed = DateExtractor.dates(in: TextLine(text: "ngày 31/4/2025", line: 1))
        #expect(slashed.first?.point.isValid == false)
    }

    @Test(arguments: cases) func extracts(_ c: Case) throws {
        let line = TextLine(text: c.text, line: 1)
        let dates = DateExtractor.dates(in: line)
        let date = try #require(dates.first)
        #expect(date.text == c.found)
        #expect(date.value == c.value)
        #expect(date.precision == c.precision)
        #expect(date.role == c.role)
    }

    @Test func impossibleDateIsKeptAndMarkedInvalid() throws {
        let date = try #require(DateExtractor.dates(in: TextLine(text: "ngày 31/4/2025", line: 1)).first)
        #expect(date.value == "2025-04-31")
        #expect(!date.point.isValid)
    }

    /// A month or day out of any calendar's range (OCR read a stamp over it: "ngày 46 tháng 22 năm 2023", held-out
    /// code-2 05, code-32 04) leaves only what can be read in the ISO value, so `value` stays ISO 8601; the point keeps
    /// what was written, and the date is still invalid.
    @Test func aMonthOrDayOutOfRangeLeavesTheReadableParts() throws {
        let month = try #require(DateExtractor.dates(in: TextLine(text: "ngày 46 tháng 22 năm 2023", line: 1)).first)
        #expect(month.value == "2023")
        #expect(month.precision == .year)
        #expect(month.point.month == 22 && !month.point.isValid)
        let day = try #require(DateExtractor.dates(in: TextLine(text: "ngày 42 tháng 12 năm 2022", line: 1)).first)
        #expect(day.value == "2022-12")
        #expect(day.precision == .month)
        #expect(!day.point.isValid)
    }

    /// "trước 24h ngày 31/5/2023" is the end of that day (held-out code-2 19 had it as an impossible date); 24h30 is not.
    @Test func twentyFourHundredIsTheEndOfTheDay() throws {
        let deadline = try #require(DateExtractor.dates(in: TextLine(text: "gửi về trước 24h ngày 31/5/2023", line: 1)).first)
        #expect(deadline.value == "2023-05-31T24:00")
        #expect(deadline.point.isValid)
        #expect(!CalendarPoint(year: 2023, month: 5, day: 31, hour: 24, minute: 30).isValid)
    }

    @Test func spanPointsAtTheOriginalColumns() throws {
        let date = try #require(DateExtractor.dates(in: TextLine(text: "Họp lúc 9 giờ 30 phút ngày 15/5/2025", line: 7)).first)
        #expect(date.span.start == SourcePosition(line: 7, column: 9))
        #expect(date.value == "2025-05-15T09:30")
    }
}

/// A day OCR read as letters of the same shape.
@Suite struct OCRDayTests {
    @Test func aDayWrittenWithLookAlikesIsRead() {
        let dates = DateExtractor.dates(in: TextLine(text: "Ký tại Bắc Kinh ngày lĩ tháng 10 năm 2011 thành 02 bản", line: 1))
        #expect(dates.first?.value == "2011-10-11")
        #expect(DateExtractor.dates(in: TextLine(text: "theo Quyết định ngày l7 tháng 6 năm 2026", line: 1)).first?.value == "2026-06-17")
        // Letters that are no digits leave the day unknown: the month stays.
        #expect(DateExtractor.dates(in: TextLine(text: "ngày ab tháng 6 năm 2026", line: 1)).first?.value == "2026-06")
    }
}
