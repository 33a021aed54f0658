import Testing
@testable import VanBan

/// Texts as document sites and legal-text pages leave them (held-out sets 37–41): inline HTML tags, a number
/// glued to its "V/v", a second code after a spaced dot, "Điều" and its number in separate cells, a marker
/// glued to its heading, the "Nơi nhận" label glued to the last sentence without its colon.
@Suite struct DocumentSiteTextTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    @Test func inlineHtmlTagsAreNoText() {
        let lines = ["UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>",
                     "<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b> <b> Độc lập - Tự do - Hạnh phúc</b>",
                     "Số: 3358/SGDĐT-GDTrH <i>Phan Thiết, ngày 12 tháng 10 năm 2012</i>", "V/v tổ chức hội thi giáo viên giỏi",
                     "Kính gửi: Các trường trung học phổ thông", "<b>1. Về phạm vi tổ chức</b>", "Hội thi tổ chức tại các trường.",
                     "<b>2. Về thời gian</b>", "Tháng 11 năm 2012."]
        let document = Self.parse(lines)
        #expect(document.header.parentAuthority?.text == "UBND TỈNH BÌNH THUẬN")
        #expect(document.header.issuer?.text == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(document.header.place?.text == "Phan Thiết")
        #expect(document.body.compactMap(\.marker) == ["1", "2"])
        #expect(document.source.repairs.contains(HtmlInlineTags.id))
    }

    /// A school portal's copy (held-out pages-79 01): the page's section "SỰ KIỆN NỔI BẬT" and its title, in line breaks
    /// "<br>" on one line, stand over the header. The tags are no text, and the title marks what is above the header
    /// as the page's: the left column is the document's two bodies, nothing of the page glued to them.
    @Test func aPagesTitleInLineBreaksIsNoPartOfTheHeader() {
        let lines = ["SỰ KIỆN NỔI BẬT", "", "<br> KẾ HOẠCH<br> Tổ chức “Tết Sum vầy – Xuân bình an” năm 2022 <br>", "",
                     "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA", "", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH", "", "Số: 34 /KH-LĐLĐ", "",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Độc lập - Tự do - Hạnh phúc", "", "Yên Định, ngày 08 tháng 12 năm 2021", "",
                     "KẾ HOẠCH", "", "Tổ chức “Tết Sum vầy – Xuân bình an” năm 2022", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "- Tổ chức Tết."]
        let document = Self.parse(lines)
        #expect(document.header.parentAuthority?.text == "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA")
        #expect(document.header.issuer?.text == "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH")
        #expect(document.source.repairs.contains(HtmlInlineTags.id))
        // A break between two texts ends a line; the tags' spaces leave one space, not a gap between columns.
        #expect(HtmlInlineTags().apply([TextLine(text: "<br> KẾ HOẠCH<br> Tổ chức Tết <br>", line: 1)])?.map(\.text) == ["KẾ HOẠCH", "Tổ chức Tết"])
        #expect(HtmlInlineTags().apply([TextLine(text: "<b>KẾ HOẠCH</b> Tổ chức <i>Tết</i>", line: 1)])?.map(\.text) == ["KẾ HOẠCH Tổ chức Tết"])
        // In a table's row a break wraps the cell: the row stays one line.
        #expect(HtmlInlineTags().apply([TextLine(text: "| Giá tối thiểu<br>(đồng/m²) | Giá tối đa<br>(đồng/m²) |", line: 1)])?.count == 1)
        // One tag on one line is not enough to call the text a page's HTML.
        #expect(HtmlInlineTags().apply([TextLine(text: "Ký hiệu <b> trong bảng", line: 1)]) == nil)
    }

    @Test func aNumberGluedToItsSubjectLine() {
        let lines = ["VĂN PHÒNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Số: 2597/VPCP-NCV/v tổ chức họp mặt mừng Tết Chôl Chnăm Thmây năm 2017", "Hà Nội, ngày 31 tháng 3 năm 2017",
                     "Kính gửi: Bộ Công an", "Xét đề nghị của Ủy ban nhân dân tỉnh, Thủ tướng Chính phủ có ý kiến như sau:"]
        let header = Self.parse(lines).header
        #expect(header.number?.canonical == "2597/VPCP-NC")
        #expect(header.subject?.text == "tổ chức họp mặt mừng Tết Chôl Chnăm Thmây năm 2017")
    }

    @Test func articlesAndMarkersAsCellsPrintThem() {
        let lines = ["BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 3639/QĐ-BYT", "Hà Nội, ngày 15 tháng 8 năm 2018",
                     "QUYẾT ĐỊNH", "Về việc ban hành hướng dẫn", "Căn cứ Quyết định số 2093/2005/QĐ .UBND ngày 06/9/2005 của Ủy ban;",
                     "QUYẾT ĐỊNH:", "Điều", "1.", "Ban hành kèm theo Quyết định này Hướng dẫn.", "Điều", "2.", "Quyết định này có hiệu lực từ ngày ký."]
        let document = Self.parse(lines)
        #expect(document.body.compactMap(\.marker) == ["Điều 1", "Điều 2"])
        #expect(document.references.first?.number.canonical == "2093/2005/QĐ.UBND")
        #expect(document.references.first?.date?.value == "2005-09-06")
    }

    @Test func aMarkerGluedToItsHeadingAndALabelWithoutItsColon() {
        let lines = ["TỔNG CỤC HẢI QUAN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 2591/TCHQ-GSQL", "Hà Nội, ngày 10 tháng 5 năm 2016",
                     "V/v thủ tục hải quan", "Kính gửi: Cục Hải quan các tỉnh, thành phố", "1.Chính sách ưu đãi đối với doanh nghiệp",
                     "1.1. Chính sách thuế", "Tổng cục Hải quan thông báo để các đơn vị biết, thực hiện./.Nơi nhận", ":", "- Như trên;",
                     "- Lưu: VT, GQ (2b).", "KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh"]
        let document = Self.parse(lines)
        #expect(document.body.compactMap(\.marker).first == "1")
        #expect(document.closing.recipients.count == 2)
        #expect(document.closing.signatures.first?.name == "Vũ Ngọc Anh")
    }

    /// A party committee's symbol in state style is the party's ("1547/1999/QĐ-TU").
    @Test func aPartyIssuerCodeMakesAPartyDocument() {
        let lines = ["THÀNH ỦY ĐÀ NẴNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1547/1999/QĐ-TU", "Đà Nẵng, ngày 20 tháng 7 năm 1999",
                     "QUYẾT ĐỊNH", "Về việc thành lập Ban chỉ đạo", "Điều 1. Thành lập Ban chỉ đạo."]
        #expect(Self.parse(lines).kind == .party)
    }

    /// Glued markers ("Điều1.", "A -MỤC ĐÍCH"), the dotted "T.M", a slash typed twice in a citation, and "v/v"
    /// after a citation's issuer (held-out sets 39, 42, 43).
    @Test func gluedMarkersDottedModeAndTypedTwiceSlash() {
        #expect(OutlineMarker.recognise("Điều1. Hỗ trợ cho nhân viên", line: TextLine(text: "Điều1. Hỗ trợ cho nhân viên", line: 1))?.marker == "Điều 1")
        #expect(OutlineMarker.recognise("A -MỤC ĐÍCH, YÊU CẦU", line: TextLine(text: "A -MỤC ĐÍCH, YÊU CẦU", line: 1))?.marker == "A")
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 88/QĐ-UBND", "Sơn La, ngày 15 tháng 1 năm 2025",
                     "QUYẾT ĐỊNH", "Về việc phê duyệt", "Căn cứ Nghị định số 44/2015/NĐ-CP ngày 06/5/2015 của Chính Phủ v/v Quy định chi tiết;",
                     "Xét Báo cáo thẩm định số 263//KQTĐ-SXD ngày 30/12/2024 của Sở Xây dựng,", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt.",
                     "T.M UỶ BAN NHÂN DÂN TỈNH SƠN LA", "CHỦ TỊCH", "Nguyễn Văn A"]
        let document = Self.parse(lines)
        let cited = Dictionary(document.references.map { ($0.number.canonical, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(cited["44/2015/NĐ-CP"]?.issuer == "Chính Phủ")
        #expect(cited["263//KQTĐ-SXD"]?.date?.value == "2024-12-30")
        #expect(document.closing.signatures.first?.mode == "TM")
    }
}
