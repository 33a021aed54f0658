import Testing
@testable import VanBan

/// Citations that wrap inside a `-layout` table cell get their date and issuer from the whole cell.
@Suite struct TableCitationTests {
    /// 58 (an appendix as a document of its own): "khoản 1 Điều 18 Nghị định số" / "181/2024/NĐ-CP ngày" /
    /// "31/12/2024 của Chính phủ." in one cell, the next column's text between the pieces on each line.
    @Test func aCitationWrappedInItsCellKeepsItsDate() throws {
        let document = RuleFixture.corpus("58_")
        let byNumber = Dictionary(uniqueKeysWithValues: document.references.map { ($0.number.canonical, $0) })
        let decree146 = try #require(byNumber["146/2025/NĐ-CP"])
        #expect(decree146.date?.value == "2025-06-12")
        #expect(decree146.issuer == "Chính phủ")
        let decree181 = try #require(byNumber["181/2024/NĐ-CP"])
        #expect(decree181.date?.value == "2024-12-31")
        #expect(decree181.documentType == "Nghị định")
        // The date's span runs from "ngày" at the end of line 26 to the year on line 27.
        #expect(decree181.date?.span.start.line == 26 && decree181.date?.span.end.line == 27)
    }
}
