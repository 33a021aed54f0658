import Testing
@testable import VanBan

/// date.* and schedule.*: for every rule one finding on real text and near misses where it must stay quiet.
@Suite struct RuleDateTests {
    typealias F = RuleFixture
    /// Corpus/01's real lines 19–24 (the letter received, its date, the laws cited), the body of most snippets.
    static var body01: [String] { F.lines("01_", 19...24) }

    // MARK: date.invalid

    @Test func dateInvalidFiresOnARealGarbledHeaderDate() {
        // Corpus/13, line 8: "Lào Cai, ngày15 tháng 54 năm 2026" — there is no month 54.
        expectFindings("date.invalid", .error, lines: [8], in: F.corpus("13_"))
    }

    /// Corpus/01's line 19 "Ngày 14/7/2026, Sở Công Thương Lào Cai nhận được …" with the date changed.
    @Test(arguments: ["31/6/2026", "29/02/2025", "31/4/2026"])
    func dateInvalidFiresOnADayThatDoesNotExist(_ date: String) {
        let text = F.congVan(Self.body01.enumerated().map { $0 == 0 ? $1.replacingOccurrences(of: "14/7/2026", with: date) : $1 })
        expectFindings("date.invalid", .error, lines: [F.bodyLine], in: F.parse(text))
    }

    @Test(arguments: ["30/6/2026", "29/02/2024", "30/4/2026"])
    func dateInvalidNearMissTheLastDayOfTheMonth(_ date: String) {
        let text = F.congVan(Self.body01.enumerated().map { $0 == 0 ? $1.replacingOccurrences(of: "14/7/2026", with: date) : $1 })
        expectNoFinding("date.invalid", in: F.parse(text))
    }

    // MARK: date.cited-after-issue

    @Test func citedAfterIssueFiresOnTheSeed() {
        // Dated 15/5/2024, it implements 359-KH/TU of 29/4/2025, 57-NQ/TW of 22/12/2024 and 71/NQ-CP of 01/4/2025.
        let d = F.corpus("00_")
        expectFindings("date.cited-after-issue", .error, lines: [24, 26, 52], in: d)
        #expect(findings("date.cited-after-issue", in: d).allSatisfy { $0.related.map(\.span.start.line) == [10] })
    }

    @Test func citedAfterIssueFiresOnACitationOneDayLate() {
        // Corpus/01 (dated 16/7/2026), line 20 "24/CV-TH ngày 09/7/2026" changed to the day after the letter.
        let body = Self.body01.enumerated().map { $0 == 1 ? $1.replacingOccurrences(of: "09/7/2026", with: "17/7/2026") : $1 }
        expectFindings("date.cited-after-issue", .error, lines: [F.bodyLine + 1], in: F.parse(F.congVan(body)))
    }

    @Test func citedAfterIssueNearMissCitedTheSameDay() {
        let body = Self.body01.enumerated().map { $0 == 1 ? $1.replacingOccurrences(of: "09/7/2026", with: "16/7/2026") : $1 }
        expectNoFinding("date.cited-after-issue", in: F.parse(F.congVan(body)))
    }

    /// 01: cites 24/CV-TH of 09/7/2026 and laws of 2024–2025 on 16/7/2026. 45: dated only "tháng 6 năm 2026",
    /// cites 3898/KH-SCT of 30/6/2026 — not after June. 27: dated 10/3/2026, cites 1050/QĐ-SCT of 06/3/2026.
    @Test(arguments: ["01_", "45_", "27_", "43_"])
    func citedAfterIssueNearMissEarlierCitations(_ prefix: String) {
        expectNoFinding("date.cited-after-issue", in: F.corpus(prefix))
    }

    // MARK: date.self-reference-mismatch

    @Test func selfReferenceMismatchFiresOnTheSeed() {
        // Header 15/5/2024; the appendix says "Kèm theo Kế hoạch số /KH-SKHCN ngày /5/2025" (line 158).
        let d = F.corpus("00_")
        expectFindings("date.self-reference-mismatch", .error, lines: [158], in: d)
        #expect(findings("date.self-reference-mismatch", in: d).first?.related.map(\.span.start.line) == [10])
    }

    @Test func selfReferenceMismatchFiresOnAnAppendixWithAnotherNumber() {
        // Corpus/27 (Số: 1105/KH-ĐKT): Phụ lục I's "Kèm theo Kế hoạch số 1105 /KH-ĐKT" (line 106) mistyped as 1150.
        let d = F.corpus("27_", line: 106, "Kế hoạch số 1105 /KH-ĐKT", "Kế hoạch số 1150 /KH-ĐKT")
        expectFindings("date.self-reference-mismatch", .error, lines: [106], in: d)
    }

    @Test func selfReferenceMismatchNearMissAnAppendixDatedOnlyToTheMonth() {
        // The seed with its header year changed to 2025: "ngày /5/2025" then agrees as far as it goes.
        let d = F.corpus("00_", line: 10, "tháng 5 năm 2024", "tháng 5 năm 2025")
        expectNoFinding("date.self-reference-mismatch", in: d)
    }

    /// An appendix that names another act is not about this document: Corpus/27's caption naming a decision of
    /// another issuer and year (held-out 03_QD-844: an appendix "Kèm theo Nghị quyết số 282/NQ-CP ngày 15/9/2025").
    @Test func selfReferenceMismatchNearMissAnAppendixOfAnotherAct() {
        let d = F.corpus("27_", line: 106, "Kế hoạch số 1105 /KH-ĐKT ngày10 /3/2026", "Nghị quyết số 282/NQ-CP ngày 15/9/2025")
        #expect(d.appendices.contains { $0.attachedTo?.number.canonical == "282/NQ-CP" })
        expectNoFinding("date.self-reference-mismatch", in: d)
    }

    /// 27: both appendices "Kèm theo Kế hoạch số 1105 /KH-ĐKT ngày10 /3/2026" (header 1105/KH-ĐKT, 10/3/2026).
    /// 43: "Kèm theo Thông tư số 14/2024/TT-BCT ngày 15 tháng 8 năm 2024", as its header. 13: "1696 /QĐ-UBND".
    @Test(arguments: ["27_", "43_", "13_"])
    func selfReferenceMismatchNearMissAppendicesThatAgree(_ prefix: String) {
        expectNoFinding("date.self-reference-mismatch", in: F.corpus(prefix))
    }

    // MARK: date.conflicting-citation

    /// A number cited several times with the same other date is one finding (a biên bản cites
    /// 2010/GP-BTNMT four times as of 19/10/2009 after a first "12/10/2002").
    @Test func conflictingCitationOncePerOtherDate() {
        let text = F.congVan(["1. Giấy phép khai thác khoáng sản số 2010/GP-BTNMT ngày 12/10/2002 của Bộ Tài nguyên và Môi trường.",
                              "2. Theo Giấy phép số 2010/GP-BTNMT ngày 19/10/2009 của Bộ Tài nguyên và Môi trường.",
                              "3. Điều chỉnh Giấy phép số 2010/GP-BTNMT ngày 19/10/2009 của Bộ Tài nguyên và Môi trường."])
        #expect(findings("date.conflicting-citation", in: F.parse(text)).count == 1)
    }

    /// 27: "1050/QĐ-SCT ngày 06/3/2026" (line 12) and "ngày 06/3/2025" (line 33);
    /// 30: "11-CT/TU ngày 04/02/2026" (line 47) and "ngày 04/01/2026" (line 65).
    @Test(arguments: [("27_", 33, 12), ("30_", 47, 65)])   // 30: the footnote (47) is reported against the body (65), whose date stands
    func conflictingCitationFiresOnRealDocuments(_ prefix: String, line: Int, other: Int) {
        let d = F.corpus(prefix)
        expectFindings("date.conflicting-citation", .error, lines: [line], in: d)
        #expect(findings("date.conflicting-citation", in: d).first?.related.map(\.span.start.line) == [other])
    }

    /// Two numbers on one line with the same date written after each: each takes its own, and a finding points at
    /// the date that disagrees (held-out code-2 10: "Quyết định số 33/QĐ-TCT ngày 12/01/2023 … Nghị quyết số
    /// 01/NQ-CP ngày 12/01/2023" after "01/NQ-CP ngày 06/01/2023"; the finding had pointed at 33/QĐ-TCT's date).
    @Test func conflictingCitationPointsAtTheDateAfterItsNumber() throws {
        let line = "Thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ; Quyết định số 33/QĐ-TCT ngày 12/01/2023 của Bộ Tài chính thực hiện Nghị quyết số 01/NQ-CP ngày 12/01/2023."
        let d = F.parse(F.congVan([line]))
        let finding = try #require(findings("date.conflicting-citation", in: d).first)
        let second = try #require(line.range(of: "ngày 12/01/2023.")).lowerBound
        #expect(finding.span.start.column == line.unicodeScalars.distance(from: line.startIndex.samePosition(in: line.unicodeScalars)!,
                                                                           to: second.samePosition(in: line.unicodeScalars)!) + 1)
        let decision = try #require(d.references.first { $0.number.canonical == "33/QĐ-TCT" })
        #expect(decision.date?.span.start.column != finding.span.start.column)
    }

    /// 00: 57-NQ/TW cited four times, always 22/12/2024, and 359-KH/TU twice with 29/4/2025. 34: 10-NQ/TW with
    /// its date once and without it later.
    @Test(arguments: ["00_", "34_", "01_"])
    func conflictingCitationNearMissTheSameDateEveryTime(_ prefix: String) {
        expectNoFinding("date.conflicting-citation", in: F.corpus(prefix))
    }

    // MARK: date.future

    @Test func futureFiresOnADateAfterAsOf() {
        // Corpus/01's header date "ngày 16 tháng 7 năm 2026" moved to December, after the as-of day 29/11/2026.
        let text = F.congVan(Self.body01, header: ("ngày 16 tháng 7 năm 2026", "ngày 16 tháng 12 năm 2026"))
        expectFindings("date.future", .warning, lines: [11], in: F.parse(text))
    }

    /// The real date; the as-of day itself; a draft's blank day in the as-of month.
    @Test(arguments: ["ngày 16 tháng 7 năm 2026", "ngày 29 tháng 11 năm 2026", "ngày      tháng 11 năm 2026"])
    func futureNearMiss(_ date: String) {
        let text = F.congVan(Self.body01, header: ("ngày 16 tháng 7 năm 2026", date))
        expectNoFinding("date.future", in: F.parse(text))
    }

    // MARK: date.format

    /// Corpus/01's header date with a one-digit day, or January without its zero.
    @Test(arguments: ["ngày 6 tháng 7 năm 2026", "ngày 16 tháng 1 năm 2026", "ngày 6 tháng 2 năm 2026"])
    func formatFiresWithoutLeadingZero(_ date: String) {
        let text = F.congVan(Self.body01, header: ("ngày 16 tháng 7 năm 2026", date))
        expectFindings("date.format", .info, lines: [11], in: F.parse(text))
    }

    /// 05 "ngày 10 tháng 01năm 2026", 12 "ngày 19 tháng 5 năm 2026" (May needs no zero), 29 "ngày 29 tháng 01 năm
    /// 2026", 39 "ngày    tháng 6 năm 2026" (a draft: the day is blank, not short).
    @Test(arguments: ["05_", "12_", "29_", "39_"])
    func formatNearMissRealHeaderDates(_ prefix: String) {
        expectNoFinding("date.format", in: F.corpus(prefix))
    }

    @Test func formatNearMissZeroWritten() {
        let text = F.congVan(Self.body01, header: ("ngày 16 tháng 7 năm 2026", "ngày 06 tháng 02 năm 2026"))
        expectNoFinding("date.format", in: F.parse(text))
    }

    // MARK: schedule.weekend

    @Test func weekendFiresOnTheSeed() {
        // "09h00 ngày 17/5/2025" (line 183) is a Saturday; the other eight rows are weekdays.
        expectFindings("schedule.weekend", .warning, lines: [183], in: F.corpus("00_"))
    }

    /// 45: "13h30’ thứ Hai ngày 06/7/2026", a Monday. 01: cites the Luật of 29/6/2024 — a Saturday, but a
    /// citation, not an event.
    @Test(arguments: ["45_", "01_"])
    func weekendNearMissWeekdayEventsAndWeekendCitations(_ prefix: String) {
        expectNoFinding("schedule.weekend", in: F.corpus(prefix))
    }

    @Test func weekendNearMissASignatureTimestamp() {
        // Corpus/55's digital-signature stamp "28-07-2026 09:58:36 +07:00" (line 4) moved to Saturday 01-08-2026:
        // a timestamp of the copy, not a scheduled event.
        let d = F.corpus("55_", line: 4, "28-07-2026", "01-08-2026")
        #expect(d.dates.contains { $0.text.hasPrefix("01-08-2026") })
        expectNoFinding("schedule.weekend", in: d)
    }

    // MARK: schedule.before-issue

    @Test func beforeIssueFiresWhenTheNoticeIsDatedAfterTheEvent() {
        // Corpus/45 ("bắt đầu từ 13h30’ thứ Hai ngày 06/7/2026", line 10) with its blank header day filled in as 08/7.
        let d = F.corpus("45_", line: 2, "ngày        tháng 6 năm 2026", "ngày 08 tháng 7 năm 2026")
        expectFindings("schedule.before-issue", .warning, lines: [10], in: d)
        #expect(findings("schedule.before-issue", in: d).first?.related.map(\.span.start.line) == [2])
    }

    @Test func beforeIssueNearMissAMonthOnlyHeader() {
        // Corpus/45 as written: dated "tháng 6 năm 2026", the training starts 06/7/2026.
        expectNoFinding("schedule.before-issue", in: F.corpus("45_"))
    }

    /// In Corpus/01 (dated 16/7/2026): an event later on the issue day; a deadline after it; and a cut-off of the
    /// figures before it — a cut-off is not a scheduled event (constructed lines, the usual wording).
    @Test(arguments: [
        "Sở Công Thương tổ chức kiểm tra hiện trường lúc 14h00 ngày 16/7/2026 tại mỏ đá vôi.",
        "Doanh nghiệp gửi hồ sơ về Sở Công Thương trước 17h00 ngày 24/7/2026.",
        "Số liệu báo cáo tính đến 17h00 ngày 30/6/2026.",
    ])
    func beforeIssueNearMiss(_ line: String) {
        let d = F.parse(F.congVan(Self.body01 + [line]))
        #expect(d.dates.contains { $0.hour == 17 || $0.hour == 14 }, "the time was not read: the near miss proves nothing")
        expectNoFinding("schedule.before-issue", in: d)
    }

    /// Corpus/27 (a Kế hoạch dated 10/3/2026): Phụ lục I schedules the decisions for 23/3/2026, 25/3/2025 and
    /// 27/3/2025; the two 2025 days are before the plan itself.
    @Test func beforeIssueFiresOnAPlansTableDays() {
        expectFindings("schedule.before-issue", .warning, lines: [120, 126], in: F.corpus("27_"))
    }

    /// A report's table lists what already happened: its past days are not schedules (Corpus/43 forms, 15's
    /// decision table and the seed's own schedule, which is timed, give nothing here).
    @Test(arguments: ["43_", "15_", "05_"])
    func beforeIssueNearMissTablesOutsidePlans(_ prefix: String) {
        expectNoFinding("schedule.before-issue", in: F.corpus(prefix))
    }

    // MARK: schedule.order

    @Test func orderFiresOnARealTable() {
        // Corpus/27, Phụ lục I: row 1 "23/3/2026", row 2 "25/3/2025" (line 120) — the year mistyped.
        let d = F.corpus("27_")
        expectFindings("schedule.order", .info, lines: [120], in: d)
        #expect(findings("schedule.order", in: d).first?.related.map(\.span.start.line) == [113])
    }

    @Test func orderNearMissOneYearThroughout() {
        // Corpus/27 with row 1's "23/3/2026" (line 113) in the year of rows 2 and 3 (25/3/2025, 27/3/2025).
        expectNoFinding("schedule.order", in: F.corpus("27_", line: 113, "23/3/2026", "23/3/2025"))
    }

    @Test func orderNearMissTheSeedTable() {
        // Nine rows from 15/5/2025 to 19/6/2025, the last "Sau Tháng 7/2025".
        expectNoFinding("schedule.order", in: F.corpus("00_"))
    }
}
