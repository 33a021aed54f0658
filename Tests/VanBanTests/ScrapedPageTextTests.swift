import Testing
@testable import VanBan

/// Texts as scrapers and hostile files leave them (session 12's held-out pages): the page source's line-break
/// escapes kept as text, a party number typed with an en dash, and a letter under thousands of combining marks.
@Suite struct ScrapedPageTextTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    /// "\r\n" printed as four characters is the page source's wrap: a space, never a word's end.
    @Test func escapedLineBreaksAreSpaces() {
        let lines = [#"\r\n ỦY BAN NHÂN DÂN | \r\n \r\n CỘNG\r\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \r\n"#,
                     #"\r\n TỈNH LẠNG SƠN \r\n | \r\n Độc lập - Tự do - Hạnh phúc \r\n"#,
                     #"\r\n Số: 54/KH-UBND \r\n | \r\n \r\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \r\n | \r\n"#,
                     "KẾ HOẠCH", "Hành động thực hiện Chương trình",
                     #"Thực hiện Quyết định số 1896/QĐ-TTg\r\nngày 25/12/2019 của Thủ tướng Chính phủ, UBND tỉnh xây dựng Kế hoạch."#,
                     #"\r\n\r\n1. Mục tiêu chung"#, "Cải thiện tình trạng dinh dưỡng.", #"\r\n\r\n2. Mục tiêu cụ thể"#]
        let document = Self.parse(lines)
        #expect(document.source.repairs.contains(EscapedLineBreaks.id))
        #expect(document.header.number?.canonical == "54/KH-UBND")
        #expect(document.header.place?.text == "Lạng Sơn")
        #expect(document.header.date?.value == "2020-03-27")
        #expect(document.body.compactMap(\.marker) == ["1", "2"])
        #expect(document.references.first { $0.number.canonical == "1896/QĐ-TTg" }?.date?.value == "2019-12-25")
    }

    /// One backslash-n in a text is no scraper's habit: the line is left as written.
    @Test func aLoneEscapeIsLeftAlone() {
        let lines = ["SỞ TƯ PHÁP", "Số: 12/STP-VP", #"Đường dẫn C:\new\tệp được gửi kèm."#, "Nội dung."]
        #expect(!Self.parse(lines).source.repairs.contains(EscapedLineBreaks.id))
    }

    /// The party's number with an en dash and spaces, as Word types " - ": the canonical symbol has the hyphen.
    @Test func aPartyNumberWithAnEnDash() {
        let lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO", "*", "Số 69 – HD/BTGTW", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Hà Nội, ngày 15 tháng 3 năm 2022", "HƯỚNG DẪN", "tuyên truyền kỷ niệm", "1. Mục đích"]
        let number = Self.parse(lines).header.number
        #expect(number?.canonical == "69-HD/BTGTW")
        #expect(number?.typeCode == "HD")
        #expect(number?.style == .party)
    }

    /// A letter under 30,000 combining marks is composed run by run (Foundation's mark sort is quadratic), and
    /// every mark is still there.
    @Test func aClusterOfThousandsOfMarksIsKept() {
        let marks = String(repeating: "\u{301}\u{323}\u{300}", count: 10_000)
        let read = LineReader.read("SỞ NỘI VỤ\na" + marks + "\n")
        let line = read.lines[1].text
        // "a" and the dot below compose into "ạ"; the other 29,999 marks stay as they are.
        #expect(line.unicodeScalars.count == 30_000)
        #expect(line.unicodeScalars.first == "ạ")
    }
}
