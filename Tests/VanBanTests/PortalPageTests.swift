import Testing
@testable import VanBan

/// What portals and document sites print around a document (held-out sets 36–38): a time stamp with its
/// weekday, a page title that copies the "V/v" line, "Trang 1" glued to the issuer, a header printed twice, the
/// motto glued to the place, the party's banner wrapped in its cell.
@Suite struct PortalPageTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    static let body = ["Kính gửi: Các trường trung học cơ sở", "Thực hiện Kế hoạch số 150/KH – BCĐ ngày 09 tháng 01 năm 2014 của Ban Chỉ đạo,"]

    @Test(arguments: ["Monday, 13/07/2020 - 21:40|", "Thứ Sáu, 11/25/2016 - 03:41"])
    func aTimeStampIsNoPlaceAndDate(_ stamp: String) {
        let lines = ["Danh sách sở, ban, ngành", "V/v Tổ chức thi giải toán qua Internet", stamp, "UBND TỈNH THÁI NGUYÊN",
                     "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 112/SGDĐT-GDTrH", "Thái Nguyên, ngày 12 tháng 01 năm 2012", "V/v Tổ chức thi giải toán qua Internet"] + Self.body
        let header = Self.parse(lines).header
        #expect(header.place?.text == "Thái Nguyên")
        #expect(header.date?.value == "2012-01-12")
        #expect(header.parentAuthority?.text == "UBND TỈNH THÁI NGUYÊN")
        #expect(header.issuer?.text == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(header.subject?.text == "Tổ chức thi giải toán qua Internet")
    }

    /// A school's notice over the Sở's letter it passes on, the letter's left column read whole before the quốc hiệu
    /// (held-out pages-93 02): the subject under the number is the column's, so the header starts at the parent body,
    /// not at the quốc hiệu. A "Về …" line with no column above it is still the page's.
    @Test func aLeftColumnReadWholeKeepsItsSubjectUnderTheChrome() {
        let chrome = ["Trường THPT Thạnh Lộc", "Thông báo", "THÔNG BÁO NGHỈ HỌC", "Administrator",
                      "Thực hiện thông báo số: 291/GDĐT-VP, ngày 02 tháng 02 năm 2020 của Sở Giáo dục và Đào tạo",
                      "Về cho học sinh nghỉ học do dịch bệnh", "Trường THPT Thạnh Lộc thông báo đến toàn thể các em học sinh./.", ""]
        let header = Self.parse(chrome + ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 291/GDĐT-VP",
                                          "Về cho học sinh nghỉ học do dịch bệnh", "", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                          "Độc lập - Tự do - Hạnh phúc", "Thành phố Hồ Chí Minh, ngày 02 tháng 02 năm 2020"] + Self.body).header
        #expect(header.number?.canonical == "291/GDĐT-VP")
        #expect(header.issuer?.text == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(header.parentAuthority?.text == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")
        #expect(header.subject?.text == "Về cho học sinh nghỉ học do dịch bệnh")
    }

    /// A PDF's text on a document site (blind pages-98 06): the page's number before the first organisation line, the
    /// unit glued to the wrapped end of its parent's name ("SỞ Y TẾ" / "THÀNH PHỐ HỒ CHÍ MINH BỆNH VIỆN TỪ DŨ").
    @Test func aPageNumberAndAUnitGluedToItsParentsWrap() {
        let header = Self.parse(["1 SỞ Y TẾ", "", "THÀNH PHỐ HỒ CHÍ MINH BỆNH VIỆN TỪ DŨ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                                 "Số: 2167/QĐ-BVTD", "Thành phố Hồ Chí Minh, ngày 12 tháng 7 năm 2018", "QUYẾT ĐỊNH",
                                 "Về việc ban hành Quy chế quản lý tài sản"] + Self.body).header
        #expect(header.parentAuthority?.text == "SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH")
        #expect(header.issuer?.text == "BỆNH VIỆN TỪ DŨ")
        // With no unit after it, the wrapped place stays the issuer's name.
        let plain = Self.parse(["SỞ Y TẾ", "THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/SYT-VP",
                                "Thành phố Hồ Chí Minh, ngày 12 tháng 7 năm 2018", "V/v tài sản"] + Self.body).header
        #expect(plain.issuer?.text == "SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH")
        #expect(plain.parentAuthority == nil)
    }

    @Test func aHeaderPrintedTwiceWithThePageMarkGluedOn() {
        let lines = ["PHÒNG GD&ĐT TÁNH LINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG TH ĐỒNG KHO 1 Độc lập - Tự do - Hạnh phúc",
                     "Trang 1PHÒNG GD&ĐT TÁNH LINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG TH ĐỒNG KHO 1 Độc lập - Tự do - Hạnh phúc",
                     "Số: 14/TTr-ĐK1 Đồng Kho, ngày 10 tháng 10 năm 2010", "TỜ TRÌNH", "Về việc công nhận trường đạt danh hiệu"] + Self.body
        let header = Self.parse(lines).header
        #expect(header.parentAuthority?.text == "PHÒNG GD&ĐT TÁNH LINH")
        #expect(header.issuer?.text == "TRƯỜNG TH ĐỒNG KHO 1")
    }

    @Test func theMottoGluedToThePlaceAndTheNumberToTheTitle() {
        let lines = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 1073/QĐ-UBNDCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập – Tự do – Hạnh phúcHà Nội, ngày 8 tháng 3 năm 2016", "QUYẾT ĐỊNH", "Về việc giao chỉ tiêu tuyển sinh"] + Self.body
        let document = Self.parse(lines)
        #expect(document.header.place?.text == "Hà Nội")
        #expect(document.header.number?.canonical == "1073/QĐ-UBND")
        #expect(document.references.map(\.number.canonical) == ["150/KH-BCĐ"])
        #expect(document.references.first?.date?.value == "2014-01-09")
    }

    /// A portal's name and its body's name above a 1995 decision (held-out pages-49 04): the portal is no parent
    /// body. Its place is written "Hà nội", a province's name with its second word in small letters.
    @Test func aPortalsNameAboveTheHeaderAndAPlaceInSmallLetters() {
        let lines = ["CỔNG THÔNG TIN ĐIỆN TỬ", "", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "", "The Supreme People’s Procuracy of Viet Nam",
                     "  • Toàn văn", "  • In văn bản", "Van ban nganh", "VIỆN KIỂM SÁT NHÂN DÂN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "TỐI CAO", "Độc lập - Tự do - Hạnh phúc", "Số: 46 /VKSTC", "    Hà nội, ngày 11 tháng  11  năm 1995",
                     "QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO", "BAN HÀNH QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC", "Điều 1: Ban hành quy chế."]
        let header = Self.parse(lines).header
        #expect(header.parentAuthority == nil)
        #expect(header.issuer?.text == "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO")
        #expect(header.place?.text == "Hà nội")
        #expect(header.date?.value == "1995-11-11")
    }

    /// Words in small letters before a date are a place only when they spell a province: a sentence's words are none.
    @Test(arguments: ["Hồ Chí minh, ngày 3 tháng 4 năm 2001", "Bà rịa - vũng tàu, ngày 3 tháng 4 năm 2001"])
    func aProvinceInSmallLettersIsAPlace(_ line: String) {
        #expect(HeaderPatterns.placeDate.firstMatch(in: line)?["place"].map(String.init) == String(line.prefix { $0 != "," }))
    }

    @Test func wordsInSmallLettersThatSpellNoProvinceAreNoPlace() {
        #expect(HeaderPatterns.placeDate.firstMatch(in: "Theo đó, ngày 3 tháng 4 năm 2001") == nil)
    }

    /// The party's banner wrapped in its cell, a "*" glued before the date.
    @Test func aWrappedBannerAndAStarredDate() {
        let lines = ["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "BAN TỔ CHỨC", "--------", "|", "ĐẢNG CỘNG SẢN", "VIỆT NAM", "---------------", "|",
                     "Số: 16-HD/BTCTW", "|", "* Hà Nội, ngày 30 tháng 10 năm 2020", "|", "HƯỚNG DẪN", "về công tác phát triển đảng viên",
                     "I. MỤC ĐÍCH"]
        let document = Self.parse(lines)
        #expect(document.kind == .party)
        #expect(document.header.issuer?.text == "BAN TỔ CHỨC")
        #expect(document.header.date?.value == "2020-10-30")
        #expect(document.header.place?.text == "Hà Nội")
    }

    /// A joint guidance of two departments under their people's committee; a name OCR never touched ("Doãn").
    @Test func aJointGuidanceUnderItsCommitteeAndAnUncommonSurname() {
        let lines = ["UBND TỈNH NGHỆ AN", "LIÊN NGÀNH", "SỞ TÀI CHÍNH - SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Số: 1213/2010/HDLN/STC-SCT", "Nghệ An, ngày 20 tháng 5 năm 2010", "HƯỚNG DẪN", "Về việc quản lý giá",
                     "1. Phạm vi áp dụng", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC SỞ CÔNG THƯƠNG", "Doãn Thế Cường"]
        let document = Self.parse(lines)
        #expect(document.header.parentAuthority?.text == "UBND TỈNH NGHỆ AN")
        #expect(document.header.issuer?.text == "LIÊN NGÀNH SỞ TÀI CHÍNH - SỞ CÔNG THƯƠNG")
        #expect(document.kind == .administrative)
        #expect(document.closing.signatures.first?.name == "Doãn Thế Cường")
    }

    /// A Quy chế phối hợp of a people's committee and the Mặt trận (held-out pages-41 06): "QCPH" is a joint Quy chế's
    /// type code, and the committee that the symbol names among the issuers ("UBND-UBMTTQ") is one of them, no parent.
    @Test func aJointRegulationOfTheCommitteeAndTheFront() {
        let lines = ["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 01/QCPH/UBND-UBMTTQ", "Đắk Lắk, ngày 10 tháng 3 năm 2017",
                     "QUY CHẾ", "Phối hợp công tác giai đoạn 2017-2021", "Chương I", "NHỮNG QUY ĐỊNH CHUNG",
                     "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc phối hợp."]
        let document = Self.parse(lines)
        #expect(document.header.number?.typeCode == "QCPH")
        #expect(document.header.number?.issuerCode == "UBND-UBMTTQ")
        #expect(document.header.parentAuthority == nil)
        #expect(document.header.issuer?.text == "ỦY BAN NHÂN DÂN ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK")
        #expect(document.header.documentType?.name == "Quy chế")
        #expect(!document.diagnostics.contains { $0.rule == "number.type-mismatch" })
    }

    /// "TCLN" is the Tổng cục Lâm nghiệp's code, not a joint Thông cáo: only "PH" and "LT" make a joint act's code.
    @Test func anIssuersCodeEndingInLNIsNoJointType() {
        #expect(NumberParser.parse("530/TCLN-VP")?.typeCode == nil)
        #expect(NumberParser.parse("19/2008/NQLT-CP-UBTUMTTQVN")?.typeCode == "NQLT")
    }

    /// A document site's one-line text: the quốc hiệu with the number after it is cut there too.
    @Test func aOneLineHeaderWithTheNumberAfterTheTitle() {
        let line = "UBND TỈNH HÀ TĨNH SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1171/SGDĐT-GDTrH "
            + "V/v hướng dẫn thi chọn đội tuyển năm học 2012-2013 Độc lập - Tự do - Hạnh phúc Hà Tĩnh, ngày 07 tháng 8 năm 2012 "
            + "Kính gửi: Hiệu trưởng các trường THPT"
        let header = Self.parse([line, "Thực hiện Kế hoạch năm học của Sở, Sở hướng dẫn như sau:"]).header
        #expect(header.number?.canonical == "1171/SGDĐT-GDTrH")
        #expect(header.parentAuthority?.text == "UBND TỈNH HÀ TĨNH")
        #expect(header.issuer?.text == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(header.date?.value == "2012-08-07")
    }

    /// The older type block names its author on a line of its own ("QUY ĐỊNH" / "CỦA BAN BÍ THƯ" / "Về …"); the
    /// subject is the line after it. A subject goes on over one short line in lower case before "Kính gửi".
    @Test func theAuthorUnderTheTypeNameAndASubjectBeforeKinhGui() {
        let party = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 219-QĐ/TW", "Hà Nội, ngày 27 tháng 12 năm 2013",
                     "QUY ĐỊNH", "", "CỦA BAN BÍ THƯ", "", "Về chức năng, nhiệm vụ của cơ quan chuyên trách", "", "Chương I"]
        #expect(Self.parse(party).header.subject?.text == "Về chức năng, nhiệm vụ của cơ quan chuyên trách")
        let letter = ["UỶ BAN NHÂN DÂN", "THỊ TRẤN HƯƠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 67/TTr-UBND",
                      "Hương Sơn, ngày 26 tháng 9 năm 2014", "TỜ TRÌNH", "Về việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn",
                      "Phổ cập giáo dục tiểu học và Phổ cập giáo dục tiểu học", "đúng độ tuổi mức độ 2 năm 2014",
                      "Kính gửi: Uỷ ban nhân dân huyện Phú Bình", "Căn cứ Luật giáo dục năm 2005;"]
        #expect(Self.parse(letter).header.subject?.text
                == "Về việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn Phổ cập giáo dục tiểu học và Phổ cập giáo dục tiểu học đúng độ tuổi mức độ 2 năm 2014")
    }

    /// A legal site's metadata over a header whose cells cut the quốc hiệu ("CỘNG HÒA XÃ" / "HỘI CHỦ …"): the
    /// header starts at the issuer's cell, not at the page's first line.
    @Test func metadataOverAHeaderWithACutTitle() {
        let metadata = ["Công văn 9846/SLĐTBXH-VLATLĐ năm 2023 về nắm bắt tình hình lao động"]
            + (1...10).map { "Tình trạng \($0): | Đã biết |" }
        let lines = metadata + ["ỦY BAN NHÂN", "DÂN |", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM |", "Số:", "9846/SLĐTBXH-VLATLĐ |",
                                "Thành phố Hồ Chí Minh, ngày 09 tháng 5 năm 2023 |", "Kính gửi: |", "- Phòng Lao động quận, huyện; |",
                                "Thực hiện Thông báo số 262/TB-VP ngày 07 tháng 4 năm 2023 của Văn phòng Ủy ban nhân dân Thành phố,"]
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "ỦY BAN NHÂN DÂN")
        #expect(header.number?.canonical == "9846/SLĐTBXH-VLATLĐ")
        #expect(header.documentType?.name == "Công văn")
    }

    /// A legal site's list of related documents above the header cites nothing ("- 1Nghị định 47/2020/NĐ-CP …"),
    /// and a document site's one-line page reads its quốc hiệu with "XÃ" mis-decoded ("CỘNG HÒA XàHỘI …").
    @Test func relatedDocumentsAboveTheHeaderAndAMisdecodedTitle() {
        let related = ["- 1Nghị định 47/2020/NĐ-CP về quản lý, kết nối và chia sẻ dữ liệu số",
                       "- 2Quyết định 468/QĐ-TTg năm 2021 phê duyệt Đề án đổi mới việc thực hiện thủ tục hành chính"]
        let lines = related + ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 51/KH-UBND | Bình Phước, ngày 01 tháng 3 năm 2022 |",
                               "KẾ HOẠCH", "Triển khai Đề án 06", "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ,"]
        let document = Self.parse(lines)
        #expect(document.references.map(\.number.canonical) == ["06/QĐ-TTg"])
        #expect(document.header.number?.canonical == "51/KH-UBND")
        let oneLine = Self.parse(["BỘ Y TẾ CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc   Số: 5556/QĐ-BYT Hà Nội, ngày 04 tháng 12 năm 2021"])
        #expect(oneLine.header.issuer?.text == "BỘ Y TẾ")
        #expect(oneLine.header.nationalTitle != nil)
    }

    /// A document site's one-line page: the title block in capitals ends before its enacting authority; a place
    /// with spaces around its hyphen, wrapped in its cell ("Bà Rịa - Vũng" / "Tàu, ngày …").
    @Test func aFlattenedTitleBlockAndAHyphenatedPlace() {
        let line = "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 5556/QĐ-BYT Hà Nội, ngày 04 tháng 12 năm 2021 "
            + "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG PHÒNG CHỐNG SUY DINH DƯỠNG GIAI ĐOẠN 2021-2025 BỘ TRƯỞNG BỘ Y TẾ "
            + "Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ;"
        let header = Self.parse([line]).header
        #expect(header.subject?.text == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG PHÒNG CHỐNG SUY DINH DƯỠNG GIAI ĐOẠN 2021-2025")
        let wrapped = ["ỦY BAN NHÂN DÂN |", "TỈNH BÀ RỊA - VŨNG TÀU |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 08/KH-UBND |",
                       "Bà Rịa - Vũng", "Tàu, ngày 08 tháng 01 năm 2023 |", "KẾ HOẠCH", "Phát triển du lịch", "I. MỤC ĐÍCH"]
        let place = Self.parse(wrapped).header
        #expect(place.place?.text == "Bà Rịa - Vũng Tàu")
        #expect(place.date?.value == "2023-01-08")
    }

    /// A page printed on one line after the site's page counter ("  1. ỦY BAN NHÂN DÂN …"): the counter is no
    /// outline marker.
    @Test func aPageCounterBeforeAPageOnOneLine() {
        let page = "  1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH TRÀ VINH Độc lập - Tự do - Hạnh phúc Số: 05/2019/QĐ-UBND "
            + "Trà Vinh, ngày 22 tháng 3 năm 2019 QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ ĐIỀU KIỆN NUÔI TÔM NƯỚC LỢ "
            + "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
        let document = Self.parse([page])
        #expect(!document.body.contains { $0.marker == "1" })
        #expect(document.source.repairs.contains(PageFurniture.id))
        #expect(document.header.number?.canonical == "05/2019/QĐ-UBND")
    }
}
