import Testing
@testable import VanBan

/// Drafts and the text of school and document-site pages (held-out sets 46–51): a running number left as dots
/// or set on a line of its own, a place left as dots, "Ngày" in capital, a kế hoạch written over a công văn's
/// form, "(V/v …)" under the type name, a type name and its subject on one line, a page title above the
/// issuer, a faculty under its university, a quoted name wrapping the subject, "I/-" markers, a signed copy's
/// stamp, and closings a web copy ran together.
@Suite struct DraftAndSchoolPageTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    static let left = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"]
    static let right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    static let plan = ["KẾ HOẠCH", "Kiểm tra nội bộ năm học 2012 - 2013", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]

    @Test(arguments: ["Số:……/KH-SCT", "Số: ......./KH-SCT", "Số: …/KH-SCT", "Số: ___/KH-SCT"])
    func aDottedRunningNumberIsABlankOne(_ numberLine: String) {
        let header = Self.parse(Self.left + [numberLine] + Self.right + ["Lào Cai, ngày 15 tháng 5 năm 2012"] + Self.plan).header
        #expect(header.number?.canonical == "/KH-SCT")
        #expect(header.number?.sequence == nil)
        #expect(header.documentType?.name == "Kế hoạch")
    }

    @Test func aDottedRunningNumberInAPartySymbol() {
        #expect(NumberParser.parse("……-KH/TU")?.canonical == "-KH/TU")
        #expect(NumberParser.parse("....-KH/TU")?.style == .party)
    }

    @Test(arguments: [("Lào Cai, Ngày 15 tháng 5 năm 2012", "2012-05-15"), ("Tân Thành, Ngày tháng năm 2012", "2012")])
    func theDayWordInCapital(_ line: String, _ value: String) {
        let header = Self.parse(Self.left + ["Số: 12/KH-SCT"] + Self.right + [line] + Self.plan).header
        #expect(header.place?.text == line.components(separatedBy: ",")[0])
        #expect(header.date?.value == value)
    }

    @Test func aTypeLineAfterAVvLineNamesTheDocument() {
        let lines = ["PHÒNG GD&ĐT KRÔNG NÔ", "TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN", "Số:……/KH-THTQT", "V/v Kiểm tra nội bộ trường học"]
            + Self.right + ["Tân Thành, ngày 10 tháng 9 năm 2012", "KẾ HOẠCH", "Kiểm tra nội bộ trường tiểu học Trần Quốc Toản năm học 2012 – 2013",
                            "- Căn cứ Hướng dẫn 5937/BGDĐT-GDTH ngày 20/8/2012 của Bộ Giáo dục và Đào tạo;", "I. Mục đích, yêu cầu"]
        let header = Self.parse(lines).header
        #expect(header.documentType?.name == "Kế hoạch")
        #expect(header.subject?.text == "Kiểm tra nội bộ trường tiểu học Trần Quốc Toản năm học 2012 – 2013")
    }

    @Test func theVvLineStaysTheSubjectWhenNothingStandsUnderTheTypeName() {
        let lines = ["ỦY BAN KIỂM TRA TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 11-HD/UBKTTW",
                     "V/v thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị", "Hà Nội, ngày 24 tháng 3 năm 2008",
                     "HƯỚNG DẪN", "Căn cứ Quy định số 94-QĐ/TW, ngày 15-10-2007 của Bộ Chính trị, Uỷ ban Kiểm tra Trung ương hướng dẫn như sau:",
                     "I. GIẢI THÍCH TỪ NGỮ:"]
        let header = Self.parse(lines).header
        #expect(header.documentType?.name == "Hướng dẫn")
        #expect(header.subject?.text == "thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị")
    }

    @Test func aTypeNameAndItsSubjectOnAOneLinePage() {
        let line = "1. BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM -------------- Độc lập - Tự do - Hạnh phúc "
            + "Số: 28/2014/TT-BGDĐT -------------------------------------- Hà Nội, ngày 26 tháng 8 năm 2014 THÔNG TƯ Quy định về việc "
            + "bồi dưỡng và cấp chứng chỉ bồi dưỡng nghiệp vụ quản lý giáo dục Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005; "
            + "Căn cứ Nghị định số 75/2006/NĐ-CP ngày 02 tháng 8 năm 2006 của Chính phủ quy định chi tiết Luật Giáo dục;"
        let header = Self.parse(["Nội dung Text: Thông tư Số: 28/2014/TT-BGDĐT", "", line]).header
        #expect(header.documentType?.name == "Thông tư")
        #expect(header.subject?.text == "Quy định về việc bồi dưỡng và cấp chứng chỉ bồi dưỡng nghiệp vụ quản lý giáo dục")
    }

    @Test(arguments: ["TỜ TRÌNH Về việc công nhận", "KẾ HOẠCH Phòng, chống thiên tai năm 2015 I. Kết quả công tác năm 2014"])
    func aTypeNameWithTooLittleOrWithTheBodyAfterItIsNoTypeLine(_ text: String) {
        #expect(TypeLine.read(TextLine(text: text, line: 1)) == nil)
    }

    @Test func aPageTitleAboveTheIssuerIsChrome() {
        let lines = ["HƯỚNG DẪN TUYỂN SINH TCCN 2016-2017", "|", "UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "",
                     "Số: 3929/SGD&ĐT-GDTX-CN", "V/v hướng dẫn công tác tuyển sinh", "TCCN năm học 2016-2017", ""] + Self.right
            + ["Hà Nội, ngày 19 tháng 10 năm 2016", "Kính gửi: Hiệu trưởng các trường trung cấp chuyên nghiệp",
               "Sở Giáo dục và Đào tạo hướng dẫn như sau:", "I/- YÊU CẦU CHUNG", "1- Tổ chức tuyển sinh đúng Quy chế.",
               "2- Tuyên truyền, giới thiệu chỉ tiêu.", "II/- LỊCH TUYỂN SINH", "1/- Nhận hồ sơ từ ngày 20/10/2016."]
        let document = Self.parse(lines)
        #expect(document.header.issuer?.text == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(document.header.parentAuthority?.text == "UBND THÀNH PHỐ HÀ NỘI")
        #expect(document.header.subject?.text == "hướng dẫn công tác tuyển sinh TCCN năm học 2016-2017")
        #expect(document.body.compactMap(\.marker) == ["I", "II"])
        #expect(document.body.last?.children.compactMap(\.marker) == ["1"])
    }

    @Test func aQuotedNameWrapsTheSubjectAndARepeatIsNoPartOfIt() {
        let lines = ["UBND HUYỆN CẦN GIUỘC", "TRƯỜNG MG LONG THƯỢNG", "Số: 144/BC-MGLT"] + Self.right
            + ["Long Thượng, ngày 10 tháng 05 năm 2023", "BÁO CÁO", "Đánh giá, sơ kết 02 năm thực hiện Chuyên đề",
               "“Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2021-2025", "Đánh giá, sơ kết 02 năm thực hiện Chuyên đề",
               "“Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2021-2025", "Thực hiện kế hoạch số 885/PGDĐT-GDMN ngày 08/5/2023,"]
        #expect(Self.parse(lines).header.subject?.text
                == "Đánh giá, sơ kết 02 năm thực hiện Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2021-2025")
    }

    @Test func theNumberAndAVvWithAColonInOneCell() {
        let lines = ["| BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |", "|---|---|",
                     "| Số: 2428/BXD-QLN V/v: Hỗ trợ người có công với cách mạng về nhà ở | Hà Nội, ngày 15 tháng 11 năm 2013 |",
                     "", "Kính gửi: Ủy ban nhân dân các tỉnh", "Bộ Xây dựng nhận được văn bản của các địa phương."]
        let document = Self.parse(lines)
        #expect(document.header.number?.canonical == "2428/BXD-QLN")
        #expect(document.header.subject?.text == "Hỗ trợ người có công với cách mạng về nhà ở")
        #expect(document.references.isEmpty)
    }

    @Test func aRecipientsCellClosedByItsArchiveLine() {
        let lines = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 1351/QĐ-UBND"] + Self.right
            + ["Quảng Ngãi, ngày 29 tháng 12 năm 2021", "QUYẾT ĐỊNH", "Công bố danh mục thủ tục hành chính",
               "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
               "| Nơi nhận: - Như Điều 2; - Bộ Lao động - Thương binh và Xã hội; - Lưu: VT, TTHC(htd). | CHỦ TỊCH Đặng Văn Minh |",
               "|---|---|", "", "| FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN |", "|---|"]
        let closing = Self.parse(lines).closing
        #expect(closing.recipients.map(\.text) == ["Như Điều 2;", "Bộ Lao động - Thương binh và Xã hội;", "Lưu: VT, TTHC(htd)."])
    }

    @Test func aDraftsNumberOnALineOfItsOwnUnderAPageTeaser() {
        let lines = ["Tải bản đầy đủ (.doc) (1 trang)", "", "to trinh thanh ly cay", "",
                     "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây", "",
                     "PHÒNG GD&ĐT YÊN THẾ", "TRƯỜNG THCS XUÂN LƯƠNG", "", "Số:", "", "/TTr - THCS", ""] + Self.right
            + ["Xuân Lương, ngày 8 tháng 9 năm 2020", "", "TỜ TRÌNH", "Về việc đề nghị thanh lý 03 cây xà cừ tại sân trường",
               "Kính gửi: - UBND xã Xuân Lương."]
        let header = Self.parse(lines).header
        #expect(header.parentAuthority?.text == "PHÒNG GD&ĐT YÊN THẾ")
        #expect(header.issuer?.text == "TRƯỜNG THCS XUÂN LƯƠNG")
        #expect(header.number?.canonical == "/TTr-THCS")
    }

    @Test(arguments: ["…………, ngày 15 tháng 8 năm 2018", ".........., ngày 15 tháng 8 năm 2018"])
    func aPlaceLeftAsDotsStillDatesTheDocument(_ line: String) {
        let lines = ["PHÒNG GD&ĐT ………..", "TRƯỜNG THCS …………", "Số: 15/QĐ-THCS"] + Self.right
            + [line, "QUYẾT ĐỊNH", "(V/v Ban hành quy chế phối hợp giữa Chính quyền và Công đoàn)", "HIỆU TRƯỞNG TRƯỜNG THCS ………….",
               "- Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;"]
        let header = Self.parse(lines).header
        #expect(header.date?.value == "2018-08-15")
        #expect(header.place == nil)
        #expect(header.subject?.text == "Ban hành quy chế phối hợp giữa Chính quyền và Công đoàn")
    }

    @Test func aFacultyUnderItsUniversityInLayoutColumns() {
        let lines = ["TRƯỜNG ĐHSP KỸ THUẬT VINH         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "           KHOA NGOẠI NGỮ                      Độc lập - Tự do - Hạnh phúc",
                     "                                      Nghệ An, ngày     tháng     năm 2018", "", "QUY CHẾ",
                     "TỔ CHỨC VÀ HOẠT ĐỘNG CỦA KHOA NGOẠI NGỮ", "Chương I", "QUY ĐỊNH CHUNG"]
        let header = Self.parse(lines).header
        #expect(header.parentAuthority?.text == "TRƯỜNG ĐHSP KỸ THUẬT VINH")
        #expect(header.issuer?.text == "KHOA NGOẠI NGỮ")
    }

    @Test func aSignedCopysStampIsNoTypeLine() {
        let lines = ["SAO Y", "Ngân hàng Nhà nước Việt Nam", "Thời gian ký: 24/04/2023 01:01:25 +07:00", "",
                     "# NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "", "# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "# Độc lập - Tự do - Hạnh phúc", "",
                     "Số: 02 /2023/TT- NHNN", "", "*Hà Nội, ngày 23 tháng 4 năm 2023*", "", "## THÔNG TƯ", "",
                     "**Quy định về việc cơ cấu lại thời hạn trả nợ**", "", "*Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;*"]
        let document = Self.parse(lines)
        #expect(document.header.documentType?.name == "Thông tư")
        #expect(document.header.issuer?.text == "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")
        #expect(document.header.subject?.text == "Quy định về việc cơ cấu lại thời hạn trả nợ")
        #expect(document.source.repairs.contains(SignatureStamps.id))
    }

    static let letter = ["VĂN PHÒNG CHÍNH PHỦ", "Số: 3442/VPCP-QHQT", "V/v uỷ quyền cử cán bộ"] + right
        + ["Hà Nội, ngày 10 tháng 7 năm 2003", "Kính gửi: Bộ Công an", "Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.", ""]

    @Test func aTitleWithItsNameGluedOnAndNoRecipients() {
        let closing = Self.parse(Self.letter + ["BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦĐoàn Mạnh Giao"]).closing
        #expect(closing.signatures.map(\.title) == ["BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ"])
        #expect(closing.signatures.map(\.name) == ["Đoàn Mạnh Giao"])
    }

    @Test(arguments: ["Nơi nhận:- Như trên;- TTg, PTTg Nguyễn Sinh Hùng (để b/c);- Bộ Công an;- Lưu: VT, ĐP(5).", "_Nơi nhận:_"])
    func recipientsRunTogetherOrInMarkdownEmphasis(_ lead: String) {
        let items = lead.hasPrefix("_") ? ["- Như trên;", "- TTg, PTTg Nguyễn Sinh Hùng (để b/c);", "- Bộ Công an;", "- Lưu: VT, ĐP(5)."] : []
        let closing = Self.parse(Self.letter + ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Văn Trọng Lý", "", lead] + items).closing
        #expect(closing.recipients.count == 4)
        #expect(closing.archive?.text == "Lưu: VT, ĐP(5).")
    }

    @Test func theRightColumnReadAfterKinhGui() {
        let lines = ["UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1906 /SGDĐT-CTTTT", "V/v khẩn trương thực hiện các biện",
                     "pháp phòng, chống dịch COVID-19", "Kính gửi:", "- Phòng giáo dục và đào tạo các quận, huyện;",
                     "- Các trường đại học ngoài công lập."] + Self.right
            + ["Đà Nẵng, ngày 26 tháng 7 năm 2020", "Thực hiện chỉ đạo của UBND thành phố tại Công văn số 4869/UBND-SYT ngày 26/7/2020,"]
        let document = Self.parse(lines)
        #expect(document.header.nationalTitle != nil)
        #expect(document.header.place?.text == "Đà Nẵng")
        #expect(document.header.date?.value == "2020-07-26")
        #expect(document.header.addressees.count == 2)
        #expect(document.body.first?.text?.hasPrefix("Thực hiện chỉ đạo") == true)
    }

    @Test func aFileNameOnADocumentSiteIsNoParent() {
        let lines = ["Tải bản đầy đủ (.doc) (48 trang)", "", "THUYET_MINH_SUA_QUY_CHE-SAU_BTV", "", "1", "TỈNH ỦY BÌNH DƯƠNG",
                     "VĂN PHÒNG", "*", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "Thủ Dầu Một, ngày    tháng 12 năm 2020", "", "BÁO CÁO",
                     "Kết quả sửa đổi Quy chế làm việc của Tỉnh ủy", "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy,"]
        let header = Self.parse(lines).header
        #expect(header.parentAuthority?.text == "TỈNH ỦY BÌNH DƯƠNG")
        #expect(header.issuer?.text == "VĂN PHÒNG")
    }

    @Test func aCitedNumberAloneOnItsLineKeepsItsDate() {
        let lines = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 5753/KH-UBND"] + Self.right
            + ["Quảng Ngãi, ngày 25 tháng 10 năm 2017", "KẾ HOẠCH", "Thực hiện Đề án phổ biến pháp luật",
               "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Nghị định số", "28/2013/NĐ-CP",
               "ngày 04/4/2013 của Chính phủ quy định chi tiết một số điều của Luật;", "I. MỤC ĐÍCH, YÊU CẦU"]
        let reference = Self.parse(lines).references.first { $0.number.canonical == "28/2013/NĐ-CP" }
        #expect(reference?.date?.value == "2013-04-04")
        #expect(reference?.documentType == "Nghị định")
    }

    @Test(arguments: [("11/1998/QĐ .UB", "QĐ", "UB"), ("01/1999/QĐ.UB", "QĐ", "UB")])
    func aTypeAndIssuerJoinedByADot(_ written: String, _ type: String, _ issuer: String) {
        let number = NumberParser.parse(written)
        #expect(number?.typeCode == type)
        #expect(number?.issuerCode == issuer)
    }

    @Test func aSchoolYearAloneOnItsLineEndsTheSubject() {
        let lines = ["UBND QUẬN THANH XUÂN", "TRƯỜNG THCS KHƯƠNG MAI", "Số: 37 /KH-THCSKM"] + Self.right
            + ["Khương Mai, ngày 29 tháng 8 năm 2023", "KẾ HOẠCH", "Thực hiện Quy chế công khai theo Thông tư 36/2017/TT-BGDĐT",
               "Năm học 2023-2024", "Thực hiện Thông tư số 36/2017/TT-BGDĐT ngày 28/12/2017 của Bộ Giáo dục và Đào tạo;"]
        #expect(Self.parse(lines).header.subject?.text == "Thực hiện Quy chế công khai theo Thông tư 36/2017/TT-BGDĐT Năm học 2023-2024")
    }

    @Test func vvWithoutItsSlash() {
        let lines = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 3029/BGDĐT-KTKĐCLGD", "Vv lịch, thời gian biểu thi THPT quốc gia năm 2015", ""]
            + Self.right + ["Hà Nội, ngày 18 tháng 06 năm 2015", "Kính gửi: Các sở giáo dục và đào tạo", "Bộ Giáo dục và Đào tạo thông báo lịch thi."]
        let header = Self.parse(lines).header
        #expect(header.subject?.text == "lịch, thời gian biểu thi THPT quốc gia năm 2015")
        #expect(header.place?.text == "Hà Nội")
    }

    @Test(arguments: ["K.T. CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG", "T.L. CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG"])
    func theOlderDottedModes(_ line: String) {
        let closing = Self.parse(Self.letter + [line, "PHÓ CHỦ TỊCH", "Tố Hữu"]).closing
        #expect(closing.signatures.first?.mode == (line.hasPrefix("K") ? "KT" : "TL"))
        #expect(closing.signatures.first?.title == "PHÓ CHỦ TỊCH")
    }

    @Test func aDeputysTitleWrappedAfterItsFirstWord() {
        let closing = Self.parse(Self.letter + ["KT. BỘ TRƯỞNG", "THỨ", "TRƯỞNG", "Bùi Văn Ga"]).closing
        #expect(closing.signatures.map(\.title) == ["THỨ TRƯỞNG"])
        #expect(closing.signatures.map(\.name) == ["Bùi Văn Ga"])
    }

    @Test func theTypeNameOfAnAttachedDocumentEndsTheClosing() {
        let closing = Self.parse(Self.letter + ["| TM. ỦY BAN NHÂN DÂN |", "QUY CHẾ", "HOẠT ĐỘNG CỦA TỔ CÔNG TÁC TRIỂN KHAI KẾ HOẠCH",
                                                 "Điều 1. Phạm vi điều chỉnh"]).closing
        #expect(closing.signatures.map(\.mode) == ["TM"])
        #expect(closing.signatures.map(\.title) == [nil])
    }

    @Test(arguments: ["PHÒNG GD&ĐT NAM TRỰC TRƯỜNG TH NAM LỢI", "SỞ GD-ĐT QUẢNG NGÃI TRƯỜNG THPT BA GIA"])
    func aSchoolGluedToItsEducationOffice(_ line: String) {
        let parts = line.components(separatedBy: " TRƯỜNG ")
        let header = Self.parse([line, "Số: 23/KH-TR"] + Self.right + ["Nam Lợi, ngày 13 tháng 10 năm 2020"] + Self.plan).header
        #expect(header.parentAuthority?.text == parts[0])
        #expect(header.issuer?.text == "TRƯỜNG " + parts[1])
    }

    @Test func environmentIsNoSchool() {
        #expect(HeaderPatterns.gluedUnit.firstMatch(in: "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÀO CAI") == nil)
    }

    @Test(arguments: ["Số: ....... /KH-THVBA", "Số : …. / KH-NTr"])
    func aDottedNumberUnderADocumentSitesTeaser(_ numberLine: String) {
        let lines = ["Tải bản đầy đủ (.doc) (11 trang)", "", "KẾ HOẠCH KIỂM TRA nội bộ TRƯỜNG học năm học 2017 2018", "",
                     "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (118.83 KB, 11 trang )", "",
                     "PHÒNG GD & ĐT HÒA BÌNH", "TRƯỜNG TH VĨNH BÌNH A", numberLine, ""] + Self.right + ["Vĩnh Bình, ngày 10 tháng 9 năm 2017"]
            + Self.plan
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "TRƯỜNG TH VĨNH BÌNH A")
        #expect(header.number?.canonical.hasPrefix("/KH-") == true)
    }

    @Test func aDottedCodeBeforeThePlaceIsNoPlace() {
        let header = Self.parse(["TRƯỜNG TH TÂN HOÀ"] + Self.right + ["Số: 01/ KH.LĐ Tân Hoà, ngày 8 tháng 9 năm 2010"] + Self.plan).header
        #expect(header.place?.text == "Tân Hoà")
        #expect(header.number?.canonical == "01/KH.LĐ")
    }

    @Test func aDraftMarkBeforeTheTypeName() {
        let header = Self.parse(Self.left + ["Số: …/KH-SCT"] + Self.right
                                + ["Lào Cai, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH", "HOẠT ĐỘNG NĂM 2021", "I. MỤC ĐÍCH"]).header
        #expect(header.documentType?.name == "Kế hoạch")
        #expect(header.subject?.text == "HOẠT ĐỘNG NĂM 2021")
    }

    @Test func aRuleWithAnOrnamentIsNoSubject() {
        let lines = ["UỶ BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 4840/SGD&ĐT-QLT",
                     "V/v: Tuyển sinh vào lớp 6 năm học", "2015 – 2016"] + Self.right
            + ["--------o0o--------", "Hà Nội, ngày 17 tháng 4 năm 2015", "Kính gửi: Các phòng giáo dục và đào tạo"]
        #expect(Self.parse(lines).header.subject?.text == "Tuyển sinh vào lớp 6 năm học 2015 – 2016")
    }

    @Test func aSchoolYearInSentenceCaseUnderASubjectInCapitals() {
        let lines = ["PHÒNG GD&ĐT DẦU TIẾNG", "TRƯỜNG MN THANH TÂN", "Số: /KH-MNTT"] + Self.right
            + ["Thanh An, ngày 15 tháng 9 năm 2020", "KẾ HOẠCH", "HOẠT ĐỘNG Y TẾ HỌC ĐƯỜNG", "Năm học 2020 - 2021",
               "Căn cứ Kế hoạch số 156/KH-UBND ngày 22/8/2016 của UBND huyện;"]
        #expect(Self.parse(lines).header.subject?.text == "HOẠT ĐỘNG Y TẾ HỌC ĐƯỜNG Năm học 2020 - 2021")
    }

    @Test func aSchoolYearAfterABlankLineOfADoubleSpacedPage() {
        let lines = ["PHÒNG GD&ĐT HÀ ĐÔNG", "", "TRƯỜNG THCS YÊN NGHĨA", "", "Số : …. / KH-NTr", ""] + Self.right
            + ["", "Hà Đông, ngày 31 tháng 8 năm 2017", "", "KẾ HOẠCH HOẠT ĐỘNG NGOÀI GIỜ LÊN LỚP", "", "NĂM HỌC 2017 – 2018", "",
               "-------------------", "", "Căn cứ vào hướng dẫn số 850/HD-PGD&ĐT của Phòng Giáo dục và Đào tạo;"]
        #expect(Self.parse(lines).header.subject?.text == "HOẠT ĐỘNG NGOÀI GIỜ LÊN LỚP NĂM HỌC 2017 – 2018")
    }

    @Test func aCommaTypedForTheDotOfARomanHeading() {
        let marker = OutlineMarker.recognise("I, ĐẶC ĐIỂM TÌNH HÌNH", line: TextLine(text: "I, ĐẶC ĐIỂM TÌNH HÌNH", line: 1))
        #expect(marker?.marker == "I")
        #expect(OutlineMarker.recognise("I, we", line: TextLine(text: "I, we", line: 1))?.style != .roman)
    }

    /// A school's "THƯ KÊU GỌI" (held-out pages-72 04) and a district's "THƯ NGỎ" (pages-59 09) are type names: the
    /// issuer ends above them and the line under them is the subject.
    @Test func lettersOfAppealAreTypes() {
        let document = Self.parse(["UBND PHƯỜNG SÔNG BẰNG", "TRƯỜNG TIỂU HỌC THỊ XUÂN"] + Self.right
                                  + ["THƯ KÊU GỌI", "ỦNG HỘ, TÀI TRỢ KẾ HOẠCH SỬA CHỮA KHUÔN VIÊN TRƯỜNG",
                                     "Kính gửi: - Các tổ chức chính trị xã hội;", "Căn cứ tình hình thực tế ở đơn vị trường năm học 2019-2020."])
        #expect(document.header.issuer?.text == "TRƯỜNG TIỂU HỌC THỊ XUÂN")
        #expect(document.header.documentType?.name == "Thư kêu gọi")
        #expect(document.header.subject?.text == "ỦNG HỘ, TÀI TRỢ KẾ HOẠCH SỬA CHỮA KHUÔN VIÊN TRƯỜNG")
        #expect(DocumentTypes.named("THƯ NGỎ")?.name == "Thư ngỏ")
    }
}
