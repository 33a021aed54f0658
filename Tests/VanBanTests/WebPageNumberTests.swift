import Testing
@testable import VanBan

/// Numbers and citations as web pages and converted texts print them (held-out sets 20–31).
@Suite struct WebPageNumberTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    /// Numbers on a text layer that lost its hyphens, with a letter, or glued to their "số".
    @Test func numbersAsPagesPrintThem() {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1961/QĐUBND",
                     "Kiên Giang, ngày 28 tháng 8 năm 2019", "QUYẾT ĐỊNH", "Ban hành Quy chế phối hợp",
                     "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ;",
                     "Căn cứ kế hoạch số12/KH-UBND ngày 09/9/2019 của Ủy ban nhân dân tỉnh;",
                     "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp."]
        let document = Self.parse(lines)
        #expect(document.header.number?.canonical == "1961/QĐ-UBND")
        #expect(document.header.number?.typeCode == "QĐ")
        #expect(Set(document.references.map(\.number.canonical)) == ["30c/NQ-CP", "12/KH-UBND"])
    }

    /// "Bộ Kế hoạch và Đầu tư": a type name inside an office's name types no number after it.
    @Test func aTypeNameInsideAnOfficesNameTypesNoNumber() {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 933/QĐ-UBND",
                     "Quảng Bình, ngày 20 tháng 4 năm 2011", "QUYẾT ĐỊNH", "Về việc phê duyệt quy hoạch",
                     "Căn cứ các thông tư của Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ngày 07 tháng 02 năm 2007;",
                     "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Quy hoạch."]
        let document = Self.parse(lines)
        #expect(document.references.first?.number.canonical == "01/2007/TT-BKH")
        #expect(document.references.first?.documentType == nil)
        #expect(!document.diagnostics.contains { $0.rule == "number.type-mismatch" })
    }

    /// A numbered line that stops on "ngày" goes on below, so the cited document keeps its date.
    @Test func aNumberedLineEndingOnNgayGoesOn() {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH TIỀN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 383/KH-UBND",
                     "Tiền Giang, ngày 05 tháng 10 năm 2022", "KẾ HOẠCH", "Chuyển đổi số năm 2023", "I. CĂN CỨ",
                     "2. Thông tư 05/2022/TT-BNNPTNT ngày", "25 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn."]
        #expect(Self.parse(lines).references.first?.date?.value == "2022-07-25")
    }

    /// Symbols as older and joint documents write them: a second code after a dot ("01/1999/QĐ.UB",
    /// "931/TTr-PGD.Q8"), a joint circular's slash before its issuers; a cited symbol keeps the lower-case
    /// letter that a subject in capitals lost ("07-QĐI/TW", "07-QĐi/TW").
    @Test func symbolsWithDotsSlashesAndCase() {
        let lines = ["ỦY BAN NHÂN DÂN", "QUẬN 8", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 27/2006/QĐ-UBND",
                     "Quận 8, ngày 08 tháng 08 năm 2006", "QUYẾT ĐỊNH", "VỀ VIỆC THỰC HIỆN QUY ĐỊNH 07-QĐI/TW",
                     "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010;",
                     "Căn cứ Quy định số 07-QĐi/TW ngày 28/8/2018 của Ban Chấp hành Trung ương;",
                     "Thay thế Quyết định số 01/1999/QĐ.UB ngày 15/01/1999 (Công văn số 931/TTr-PGD.Q8 ngày 19 tháng 6 năm 2006);",
                     "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định."]
        let document = Self.parse(lines)
        #expect(document.header.place?.text == "Quận 8")
        let cited = Dictionary(document.references.map { ($0.number.canonical, $0.date?.value) }, uniquingKeysWith: { a, _ in a })
        #expect(cited["183/2010/TTLT/BTC-BNN"] == "2010-11-15")
        #expect(cited["07-QĐi/TW"] == "2018-08-28")
        #expect(cited["01/1999/QĐ.UB"] == "1999-01-15")
        #expect(cited["931/TTr-PGD.Q8"] == "2006-06-19")
    }
}
