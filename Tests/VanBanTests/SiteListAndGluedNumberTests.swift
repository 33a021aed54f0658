import Testing
@testable import VanBan

/// What a legal-text site prints around a document is no citation (held-out sets 41, 67), and a number glued to
/// the "s" a text layer left of "số" is one (set 68).
@Suite struct SiteListAndGluedNumberTests {
    static func mentions(_ text: String) -> [ReferenceExtractor.Mention] {
        let line = TextLine(text: text, line: 1)
        return ReferenceExtractor.mentions(in: line, dates: DateExtractor.dates(in: line))
    }

    @Test(arguments: ["- 1 Công văn 8737/VPCP-KTN năm 2016 tình hình thực hiện dự án đầu tư xây dựng đường bộ",
                      "- 2 Công văn 5337/BHXH-BC về chi trả lương hưu tháng 01 năm 2012 do Bảo hiểm xã hội Việt Nam ban hành"])
    func aSitesRelatedDocumentIsNoCitation(_ line: String) {
        #expect(Self.mentions(line).isEmpty)
    }

    @Test func aBodysDashedCitationStillCounts() {
        #expect(Self.mentions("- Công văn số 8737/VPCP-KTN ngày 15/10/2016 của Văn phòng Chính phủ;").first?.number.canonical == "8737/VPCP-KTN")
    }

    @Test func aRelatedDocumentsListEndsTheRecipients() {
        let lines = ["BẢO HIỂM XÃ HỘI VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 5469/BHXH-BC | Hà Nội, ngày 30 tháng 12 năm 2013 |",
                     "V/v chi trả lương hưu", "Kính gửi: Bảo hiểm xã hội các tỉnh", "Bảo hiểm xã hội Việt Nam hướng dẫn như sau./.",
                     "Nơi nhận: | KT. TỔNG GIÁM ĐỐC |",
                     "- 1 Công văn 5384/BHXH-BC về chi trả lương hưu tháng 01 năm 2011 do Bảo hiểm xã hội Việt Nam ban hành"]
        let document = WebPageHeaderTests.parse(lines)
        #expect(document.closing.recipients.isEmpty)
        #expect(!document.references.contains { $0.number.canonical == "5384/BHXH-BC" })
    }

    @Test func aNumberGluedToTheSOfSo() {
        let found = Self.mentions("Căn cứ Nghị định s20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ;")
        #expect(found.first?.number.canonical == "20/2008/NĐ-CP")
        #expect(found.first?.date?.value == "2008-02-14")
    }
}
