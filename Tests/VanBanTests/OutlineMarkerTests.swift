/// Outline markers: parts named by words, and letters that start no list.
import Testing
@testable import VanBan

/// Parts named by words: "Phần mở đầu", "Phần thứ nhất" (a Tỉnh ủy Đề án, held out), "PHẦN THỨ HAI" (codes).
@Suite struct WordPartTests {
    @Test func partsNamedByWordsAreParts() {
        let line = { (text: String) in OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)) }
        #expect(line("Phần mở đầu").map { [$0.marker, "\($0.ordinal ?? -1)"] } == ["Phần mở đầu", "0"])
        #expect(line("Phần thứ nhất").map { [$0.marker, "\($0.ordinal ?? -1)"] } == ["Phần thứ nhất", "1"])
        // In capitals the part is still "Phần thứ hai", as a reader names it (held-out q12: "PHẦN THỨ NHẤT").
        #expect(line("PHẦN THỨ HAI: NHIỆM VỤ").map { [$0.marker, "\($0.ordinal ?? -1)"] } == ["Phần thứ hai", "2"])
        #expect(line("Phần V I")?.marker == "Phần VI")
        #expect(line("Phần lớn các đơn vị đã hoàn thành") == nil)
    }
}

/// An article whose tone slipped onto another letter (held-out pages-81 08 "Đỉều 3. Các ông (bà): …", dev 21's OCR
/// "Điêu 6. Phương tiện …"): before its number and stop it is still the article; "Điếu" in a sentence is not.
@Suite struct SlippedToneArticleTests {
    @Test func anArticleWithItsToneOnAnotherLetter() {
        let line = { (text: String) in OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)) }
        #expect(line("Đỉều 3. Các ông (bà): Chánh Văn phòng")?.marker == "Điều 3")
        #expect(line("Điêu 6. Phương tiện và giấy tờ")?.marker == "Điều 6")
        #expect(line("Điếu thuốc lá không được bán") == nil)
        #expect(line("Điêu 6 cây số") == nil)
    }
}

/// A lone letter marker with nothing after it (dev 25: "o." between stamp specks above "QUYẾT ĐỊNH:").
@Suite struct LoneLetterMarkerTests {
    static func markers(_ lines: [String]) -> [String?] {
        var builder = OutlineBuilder()
        for (i, text) in lines.enumerated() { builder.accept(TextLine(text: text, line: i + 1)) }
        return builder.finish().map(\.marker)
    }

    @Test func aLoneLetterThatStartsNoListIsText() {
        #expect(Self.markers(["o.", "Điều 1. Phạm vi"]) == [nil, "Điều 1"])
        // Inside a list of letters, or as its first item, a letter marker stays one.
        #expect(Self.markers(["a.", "b) Nội dung"]) == ["a", "b"])
        #expect(Self.markers(["a) Một", "b."]) == ["a", "b"])
    }
}

/// A chapter whose numeral OCR lost (21: "CHƯƠNG", then "m" for III, then the title).
@Suite struct BareChapterTests {
    @Test func aBareChapterTakesTheNextNumberAndItsTitle() {
        var builder = OutlineBuilder()
        for (i, text) in ["CHƯƠNG II", "PHẠM VI", "Điều 3. Cửa khẩu", "CHƯƠNG", "m", "GIẤY PHÉP VẬN TẢI", "Điều 7. Giấy phép", "CHƯƠNG IV"].enumerated() {
            builder.accept(TextLine(text: text, line: i + 1))
        }
        let chapters = builder.finish()
        #expect(chapters.map(\.marker) == ["Chương II", "Chương III", "Chương IV"])
        #expect(chapters[1].title == "GIẤY PHÉP VẬN TẢI")
        #expect(chapters[1].span.end.line == 6)
        // Without a chapter before it there is no number to follow: "CHƯƠNG" alone stays text.
        var alone = OutlineBuilder()
        alone.accept(TextLine(text: "CHƯƠNG", line: 1))
        #expect(alone.finish().first?.type == .paragraph)
    }
}

/// Points written "a." (held-out 257/QĐ-BQLCKCN; 27's "Phương thức kiểm tra"): each starts its own block.
@Suite struct LetterPointBlockTests {
    @Test func aLetterWithAPeriodBeforeACapitalStartsABlock() {
        let lines = ["a. Nhà đầu tư chịu trách nhiệm trước pháp luật về tính hợp pháp của hồ sơ.",
                     "b. Nhà đầu tư phải làm thủ tục đăng ký cấp tài khoản."].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(UnbreakLines.apply(lines).lines.count == 2)
        // A wrapped sentence whose next line opens with a lowercase word still joins.
        let wrapped = ["Nhà đầu tư phải thực hiện", "đúng quy định."].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(UnbreakLines.apply(wrapped).lines.count == 1)
    }
}

/// A Word list's own number printed before a heading's marker ("  1. A.   NHIỆM VỤ TRỌNG TÂM", held-out t01).
@Suite struct WordListNumberTests {
    @Test func theHeadingsOwnMarkerCounts() {
        let line = { (text: String) in OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)) }
        #expect(line("1. A.   NHIỆM VỤ TRỌNG TÂM").map { [$0.marker, "\($0.style == .capitalLetter)"] } == ["A", "true"])
        #expect(line("1. II. KẾT QUẢ THỰC HIỆN")?.marker == "II")
        #expect(line("1. Anh Nguyễn Văn Minh, Giám đốc.")?.marker == "1")
    }
}

/// Markers as OCR and party documents space them: "A . MỤC ĐÍCH" (a space before the dot), "1.1- Xây dựng …".
@Suite struct SpacedMarkerTests {
    @Test(arguments: [("A . MỤC ĐÍCH, YÊU CẦU:", "A"), ("1.1- Xây dựng chương trình công tác", "1.1")])
    func spacedMarkersAreMarkers(_ text: String, _ marker: String) {
        #expect(OutlineMarker.recognise(text, line: TextLine(text: text, line: 1))?.marker == marker)
    }
}

@Suite struct CitedArticleTests {
    /// "Điều 29: khoản 2 Điều 31; …" and "Điều 30, 31, 32" opening a wrapped line of a table's cell cite articles
    /// (held-out real-tables-4 10); "Điều 1: Phê duyệt …", "Điều 5. Phạm vi" and "Điều 3" alone are headings.
    @Test func anArticleCitedAtALinesStartIsNoHeading() {
        let line = { (text: String) in OutlineMarker.recognise(text, line: TextLine(text: text, line: 1))?.marker }
        #expect(line("Điều 29: khoản 2 Điều 31; điểm b khoản 1, khoản 5") == nil)
        #expect(line("Điều 30, 31, 32, 33, 35, 36") == nil)
        #expect(line("Điều 1: Phê duyệt Kế hoạch") == "Điều 1")
        #expect(line("Điều 5. Phạm vi điều chỉnh") == "Điều 5")
        #expect(line("Điều 3") == "Điều 3")
    }
}

/// An article's "1" that OCR read as "l" or "I" (set 40, 02: "Điều l. Đối tượng, phạm vi điều chỉnh").
@Suite struct ArticleNumberLookAlikeTests {
    @Test func aLoneLOrIBeforeTheStopIsArticleOne() {
        let line = { (text: String) in OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)) }
        #expect(line("Điều l. Đối tượng, phạm vi điều chỉnh").map { [$0.marker, "\($0.ordinal ?? -1)"] } == ["Điều 1", "1"])
        #expect(line("Điều I: Phạm vi")?.marker == "Điều 1")
        #expect(line("Điều lệ Đảng quy định") == nil)   // a word, no number
        #expect(line("Điều l khoản 2") == nil)          // no stop: not read as a number
    }
}

/// "1/ " as southern offices number a letter's points (held-out pages-69 02), before a capital only: OCR's "6/ v" for
/// "V/v" has its small v, and "15/" at a line's end is a date cut.
@Suite struct SlashNumberedPointTests {
    @Test func aSlashAfterTheNumberBeforeACapital() {
        #expect(LoneLetterMarkerTests.markers(["1/ Ban Cán sự Đảng chỉ đạo chuẩn bị.", "2/ Các quận ủy tổ chức họp mặt."]) == ["1", "2"])
        #expect(LoneLetterMarkerTests.markers(["6/ v triển khai kế hoạch"]) == [nil])
        #expect(LoneLetterMarkerTests.markers(["15/5/2025 là hạn chót"]) == [nil])
    }
}
