import Testing
@testable import VanBan

/// Headers as legal-text sites print them (held-out sets 20–22): the header is an HTML table, each cell's
/// text keeps the source's hard wraps, and a lone "|" stands between cells.
@Suite struct WebPageHeaderTests {
    static func parse(_ lines: [String]) -> Document {
        DocumentParser().parse(text: lines.joined(separator: "\n"), name: "t.txt")
    }

    static let body = [
        "Căn cứ Luật Tổ chức chính quyền địa", "phương ngày 19 tháng 6 năm 2015;",
        "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ]

    /// A cell that opens with one word: the issuer's "ỦY", the quốc hiệu's "CỘNG", the place's first word.
    static let wrappedCells = [
        "ỦY", "BAN NHÂN DÂN", "TỈNH BẮC GIANG", "-------", "|",
        "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
        "Số: 412/QĐ-UBND", "|",
        "Bắc", "Giang, ngày 03 tháng 8", "năm 2016", "|",
        "QUYẾT ĐỊNH", "VỀ", "VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    ] + body

    @Test func aCellsFirstWordJoinsTheLineAfterIt() {
        let document = Self.parse(Self.wrappedCells)
        let header = document.header
        #expect(header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")
        #expect(header.parentAuthority == nil)
        #expect(header.nationalTitle != nil)
        #expect(header.place?.text == "Bắc Giang")
        #expect(header.date?.value == "2016-08-03")
        #expect(document.source.repairs.contains(HeaderWraps.id))
    }

    /// The quốc hiệu cut after any word, in a cell or not; the usual two-line form stays as it is.
    @Test(arguments: [["CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM"], ["CỘNG HÒA", "XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])
    func aNationalTitleCutAnywhereIsOneLine(_ title: [String]) {
        let lines = ["BỘ TÀI CHÍNH", "--------", "|"] + title
            + ["Độc lập - Tự do - Hạnh phúc", "|", "Số: 21/2017/TT-BTC", "|", "Hà Nội, ngày 28 tháng 02 năm 2017", "|",
               "THÔNG TƯ", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU"] + Self.body
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "BỘ TÀI CHÍNH")
        #expect(header.nationalTitle?.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    }

    /// Without cell borders a one-word line is left alone: "SỞ" above a name is not a cell's wrap.
    @Test func oneWordLinesOutsideCellsStay() {
        let lines = ["UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Bắc", "Giang, ngày 03 tháng 8 năm 2016"]
        #expect(HeaderWraps().apply(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }) == nil)
    }
}

/// More shapes of legal-text sites and school or agency pages (held-out sets 20–24).
@Suite struct WebPageShapesTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    @Test func theSubjectsFirstWordUnderTheTypeNameJoinsItsLine() {
        let lines = ["BẢO HIỂM XÃ HỘI", "VIỆT NAM", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "|",
                     "Số: 815/KH-BHXH", "|", "Hà Nội, ngày 19", "tháng 7 năm 2021", "|",
                     "KẾ HOẠCH", "TRIỂN", "KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2021",
                     "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;"]
        #expect(Self.parse(lines).header.subject?.text == "TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NĂM 2021")
    }

    /// The place and its comma on one line, the date on the next; a date cut between month and year.
    @Test(arguments: [(["Quảng Bình,", "ngày 25 tháng 5 năm 2015"], "Quảng Bình", "2015-05-25"),
                      (["Hà Nội, ngày 01 tháng", "10 năm 1997"], "Hà Nội", "1997-10-01"),
                      (["Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018"], "Thành phố Hồ Chí Minh", "2018-11-25"),
                      (["Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007"], "Phan Rang-Tháp Chàm", "2007-03-05")])
    func aPlaceAndDateReadAsWrapped(_ placeDate: [String], _ place: String, _ date: String) {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 08/CT-UBND"] + placeDate + ["CHỈ THỊ", "Về tăng cường công tác phòng cháy, chữa cháy",
                     "Trong những năm qua, công tác phòng cháy đã có chuyển biến."]
        let header = Self.parse(lines).header
        #expect(header.place?.text == place)
        #expect(header.date?.value == date)
    }

    /// A council's resolution: the council and its session under the subject belong to neither.
    @Test func theCouncilsSessionLineIsNoSubject() {
        let lines = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
                     "Số: 21/2019/NQ-HĐND", "", "Quảng Trị, ngày 11 tháng 12 năm 2019", "", "NGHỊ QUYẾT", "",
                     "VỀ VIỆC QUY ĐỊNH MỨC CHI HỖ TRỢ CÔNG TÁC HÒA GIẢI Ở CƠ SỞ", "",
                     "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ", "KHÓA VII, KỲ HỌP THỨ 14", "",
                     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT NGHỊ:",
                     "Điều 1. Quy định mức chi hỗ trợ."]
        #expect(Self.parse(lines).header.subject?.text == "VỀ VIỆC QUY ĐỊNH MỨC CHI HỖ TRỢ CÔNG TÁC HÒA GIẢI Ở CƠ SỞ")
    }

    /// A school's or blog's post title above the header names the document by its type; the standard prints
    /// the type name under the header, so the title is the page's, not the document's.
    @Test(arguments: ["KẾ HOẠCH NĂM HỌC 2023-2024", "Công văn số: 1125/PGDĐT-TH V/v tổ chức ngày hội đọc sách"])
    func aPageTitleAboveTheHeaderIsLeadingMatter(_ title: String) {
        let lines = [title, "", "Thứ sáu - 27/09/2024 08:45", "", "UBND HUYỆN NÚI THÀNH", "",
                     "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "TRƯỜNG TH HOÀNG VĂN THỤ", "",
                     "Độc lập - Tự do - Hạnh phúc", "", "Số: 1125/PGDĐT-TH", "", "Núi Thành, ngày 26 tháng 9 năm 2023", "",
                     "KẾ HOẠCH", "Tổ chức ngày hội đọc sách năm học 2023-2024", "", "I. MỤC ĐÍCH, YÊU CẦU",
                     "1. Khơi dậy niềm đam mê đọc sách của học sinh."]
        let document = Self.parse(lines)
        #expect(document.header.parentAuthority?.text == "UBND HUYỆN NÚI THÀNH")
        #expect(document.header.issuer?.text == "TRƯỜNG TH HOÀNG VĂN THỤ")
        #expect(document.header.documentType?.name == "Kế hoạch")
        #expect(document.references.isEmpty)   // the title's number is the document's own
    }

    /// A page's list bullet before the issuer, a rule glued after it, "V/v" alone with its colon wrapped.
    @Test func bulletsRulesAndAWrappedColonAreNoText() {
        let lines = [" • BỘ GIÁO DỤC VÀ ĐÀO TẠO******", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 4520/BGDĐT-GDTrH", "Hà Nội, ngày 05 tháng 10 năm 2023", "V/v", ": Hướng dẫn thực hiện nhiệm vụ.",
                     "Kính gửi: Các sở giáo dục và đào tạo.", "Thực hiện nhiệm vụ năm học, Bộ hướng dẫn như sau."]
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "BỘ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(header.subject?.text == "Hướng dẫn thực hiện nhiệm vụ.")
    }

    /// "TM." alone on its line, in a page's signature cell, over the authority and the deputy's "KT." line.
    @Test func aLoneModeOverTheAuthorityOpensTheSignature() {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH TIỀN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 33/2009/QĐ-UBND",
                     "Mỹ Tho, ngày 24 tháng 12 năm 2009", "QUYẾT ĐỊNH", "Ban hành quy định về quản lý mạng tin học",
                     "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý mạng.",
                     "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký./.", "|",
                     "TM.", "ỦY BAN NHÂN DÂN TỈNH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "|"]
        let signatures = Self.parse(lines).closing.signatures
        #expect(signatures.map(\.mode) == ["TM"])
        #expect(signatures.first?.name == "Nguyễn Văn An")
    }

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
}
