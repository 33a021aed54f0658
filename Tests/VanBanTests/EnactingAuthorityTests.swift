import Testing
@testable import VanBan

/// Thẩm quyền ban hành: the authority a decision or a resolution names in capitals above its "Căn cứ …" preamble
/// (NĐ 30/2020, Phụ lục I). It had been passed over and lost from the output (dev 13, 15, 57; the Công báo texts).
@Suite struct EnactingAuthorityTests {
    static func parse(_ lines: [String]) -> Document { DocumentParser().parse(text: lines.joined(separator: "\n"), name: "t") }

    @Test func theAuthorityAboveThePreamble() {
        let d = Self.parse(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 1696/QĐ-UBND", "Lào Cai, ngày 15 tháng 5 năm 2026", "",
                            "QUYẾT ĐỊNH", "Về việc ủy quyền giải quyết thủ tục hành chính", "",
                            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "",
                            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "", "QUYẾT ĐỊNH:",
                            "Điều 1. Ủy quyền cho Giám đốc Sở Công Thương."])
        #expect(d.header.enactingAuthority?.text == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
        #expect(d.header.enactingAuthority?.span.start.line == 9)
        #expect(d.header.subject?.text == "Về việc ủy quyền giải quyết thủ tục hành chính")
    }

    /// Wrapped over two lines, and a council's term and session under its name.
    @Test func aWrappedAuthorityIsOne() {
        let minister = Self.parse(["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "Số: 225/QĐ-BLĐTBXH", "Hà Nội, ngày 14 tháng 3 năm 2024", "",
                                   "QUYẾT ĐỊNH", "Công bố danh mục văn bản quy phạm pháp luật còn hiệu lực", "",
                                   "BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "",
                                   "Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022;", "", "QUYẾT ĐỊNH:", "Điều 1. Công bố."])
        #expect(minister.header.enactingAuthority?.text == "BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
        let council = Self.parse(["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 198/2007/NQ-HĐND", "Nghệ An, ngày 12 tháng 12 năm 2007", "",
                                  "NGHỊ QUYẾT", "VỀ VIỆC XÁC NHẬN KẾT QUẢ BẦU CỬ", "", "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN",
                                  "KHOÁ XV, KỲ HỌP THỨ 10", "", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;", "", "QUYẾT NGHỊ:",
                                  "Điều 1. Xác nhận."])
        #expect(council.header.enactingAuthority?.text == "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN KHOÁ XV, KỲ HỌP THỨ 10")
        #expect(council.header.subject?.text == "VỀ VIỆC XÁC NHẬN KẾT QUẢ BẦU CỬ")
    }

    /// A letter or a plan names none.
    @Test func aLetterHasNone() {
        let d = Self.parse(["SỞ CÔNG THƯƠNG", "Số: 4280/SCT-CN", "Lào Cai, ngày 05 tháng 5 năm 2026",
                            "V/v triển khai kế hoạch", "Kính gửi: Các sở, ban, ngành", "", "Sở Công Thương đề nghị các đơn vị."])
        #expect(d.header.enactingAuthority == nil)
    }

    /// Held-out pages-52 03: a council's name closed by a comma, its term on the next line, under a subject in
    /// capitals: the authority, not the subject's last words (a name with its term on one line, "HỘI ĐỒNG NHÂN DÂN
    /// TỈNH KHOÁ VI,", still goes on inside a subject: RenderedDocxTests).
    @Test func aCouncilsNameWithACommaOverItsTerm() {
        let header = Self.parse(["HỘI ĐỒNG NHÂN DÂN", "TỈNH TRÀ VINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "Số: 15/2020/NQ-HĐND", "Trà Vinh, ngày 09 tháng 12 năm 2020", "NGHỊ QUYẾT",
                                 "VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TRÀ VINH NĂM 2021",
                                 "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH,", "KHÓA IX - KỲ HỌP THỨ 18",
                                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT NGHỊ:",
                                 "Điều 1. Thông qua."]).header
        #expect(header.subject?.text == "VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TRÀ VINH NĂM 2021")
        #expect(header.enactingAuthority?.text == "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH, KHÓA IX - KỲ HỌP THỨ 18")
    }

    /// A web copy dropped the left column's cell (held-out code-67 05): the body that enacts over the preamble is the
    /// issuer; an office ("CHỦ TỊCH ỦY BAN NHÂN DÂN …") is not.
    @Test func theAuthorityIssuesWhenTheLeftColumnIsLost() {
        let lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1654/NQ-UBTVQH15", "",
                     "NGHỊ QUYẾT", "Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang năm 2025", "",
                     "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "",
                     "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", "", "QUYẾT NGHỊ:",
                     "Điều 1. Sắp xếp các đơn vị hành chính cấp xã."]
        #expect(Self.parse(lines).header.issuer?.text == "ỦY BAN THƯỜNG VỤ QUỐC HỘI")
        var office = lines
        office[7] = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG"
        #expect(Self.parse(office).header.issuer == nil)
        #expect(Self.parse(office).header.enactingAuthority?.text == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG")
    }
}
