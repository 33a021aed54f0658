import Foundation
import Testing
@testable import VanBan

/// Footnotes at the foot of a page, and what they weigh in a citation.
@Suite struct FootnotesTests {
    static func footnoteLines(_ prefix: String) -> [Int] {
        let read = LineReader.read(RuleFixture.text(prefix))
        var lines = read.lines
        var repairs = read.repairs
        PageFurniture().run(&lines, repairs: &repairs)
        return Footnotes.lineNumbers(in: lines).sorted()
    }

    /// 30: footnote 1 (mark glued in "khoáng sản1.") fills the foot of page 1, lines 38–48.
    @Test func theFootOfAPageAfterAGluedMarkIsAFootnote() {
        let lines = Self.footnoteLines("30_")
        #expect(lines.first == 38)
        #expect(lines.contains(47))
        #expect(!lines.contains(65))   // the body's own mention of 11-CT/TU
    }

    /// Numbered table rows ("1 UBND huyện Sơn Tây 01 buổi") have no mark above them: not footnotes.
    @Test(arguments: ["00_", "17_", "27_"])
    func numberedRowsAreNotFootnotes(_ prefix: String) {
        #expect(Self.footnoteLines(prefix).isEmpty)
    }

    /// 30 cites 11-CT/TU as of 04/02/2026 in the footnote and 04/01/2026 in the body: the body's date is the
    /// reference's, and the disagreement is still reported.
    @Test func theBodysDateStandsOverAFootnotes() throws {
        let d = RuleFixture.corpus("30_")
        let reference = try #require(d.references.first { $0.number.canonical == "11-CT/TU" })
        #expect(reference.date?.value == "2026-01-04")
        #expect(d.diagnostics.contains { $0.rule == "date.conflicting-citation" })
    }
}
