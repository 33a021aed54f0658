import Testing
@testable import VanBan

/// A text layer that lost every non-ASCII letter ("Thc hin Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca …", held-out
/// set 29): the day word "ngy" still dates the number before it.
@Suite struct LostGlyphTextTests {
    @Test func ngyDatesTheNumberBeforeIt() {
        let line = TextLine(text: "Thc hin Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca Hi ng nhn dn tnh;", line: 1)
        let mentions = ReferenceExtractor.mentions(in: line, dates: DateExtractor.dates(in: line))
        #expect(mentions.first?.number.canonical == "179/2009/NQ-HND")
        #expect(mentions.first?.date?.value == "2009-04-20")
    }

    /// "ngy" is the day word only before its date: "ngy" ending another word's lost letters ("Ngy" of a name) is not.
    @Test func ngyWithoutADateDatesNothing() {
        let line = TextLine(text: "Công văn số 12/UBND-VX ngy ban hành của tỉnh", line: 1)
        #expect(ReferenceExtractor.mentions(in: line, dates: DateExtractor.dates(in: line)).first?.date == nil)
    }
}
