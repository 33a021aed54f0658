import Testing
@testable import VanBan

/// Shapes of the official gazette's text layer (Công báo) and of signed scans: the running header, the
/// digital-signature stamp, the gazette's section over the header, "Nghị quyết số:" (held-out j01–j06, i01).
@Suite struct GazetteAndStampTests {
    static func parse(_ lines: [String]) -> Document {
        DocumentParser().parse(text: lines.joined(separator: "\n"), name: "t.txt")
    }

    static let gazetteResolution = [
        "CÔNG BÁO/Số 287 + 288/Ngày 08-4-2022 ", "3 ", " ", "VĂN BẢN QUY PHẠM PHÁP LUẬT ", " ",
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI ", " ", "ỦY BAN THƯỜNG VỤ QUỐC HỘI ", " ",
        "Nghị quyết số: 17/2022/UBTVQH15 ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc  ", " ",
        "NGHỊ QUYẾT ", "Về số giờ làm thêm trong 01 năm, trong 01 tháng của người lao động trong  ",
        "bối cảnh phòng, chống dịch COVID-19 và phục hồi, phát triển kinh tế - xã hội ", "_______ ",
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI ", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; ",
        "QUYẾT NGHỊ: ", "Điều 1. Phạm vi điều chỉnh ", "Nghị quyết này quy định số giờ làm thêm. ",
        "Người ký: Cổng Thông tin điện tử Chính phủ", "Email: thongtinchinhphu@chinhphu.vn",
        "Cơ quan: Văn phòng Chính phủ", "Thời gian ký: 08.04.2022 15:53:58 +07:00", "", " ", "4 ",
        "CÔNG BÁO/Số 287 + 288/Ngày 08-4-2022 ", "Điều 2. Hiệu lực thi hành ", "Nghị quyết này có hiệu lực từ ngày 01/4/2022. ",
    ]

    @Test func theGazettesSectionAndRepeatedIssuerAreNoParentAuthority() {
        let header = Self.parse(Self.gazetteResolution).header
        #expect(header.issuer?.text == "ỦY BAN THƯỜNG VỤ QUỐC HỘI")
        #expect(header.parentAuthority == nil)
    }

    /// The section "VĂN BẢN PHÁP LUẬT KHÁC" (held-out code-62 07, a Government resolution in the gazette) is no parent.
    @Test func theGazettesOtherActsSectionIsNoParentAuthority() {
        let lines = Self.gazetteResolution.map { $0 == "VĂN BẢN QUY PHẠM PHÁP LUẬT " ? "VĂN BẢN PHÁP LUẬT KHÁC " : $0 }
        #expect(lines != Self.gazetteResolution)
        #expect(Self.parse(lines).header.parentAuthority == nil)
    }

    @Test func aResolutionsNumberLineMayNameItsType() {
        let document = Self.parse(Self.gazetteResolution)
        #expect(document.header.number?.canonical == "17/2022/UBTVQH15")
        #expect(document.kind == .legal)
        #expect(!document.references.contains { $0.number.canonical == "17/2022/UBTVQH15" })
    }

    @Test func theEnactingAuthorityEndsTheSubject() {
        #expect(Self.parse(Self.gazetteResolution).header.subject?.text
                == "Về số giờ làm thêm trong 01 năm, trong 01 tháng của người lao động trong bối cảnh phòng, chống dịch COVID-19 và phục hồi, phát triển kinh tế - xã hội")
    }

    @Test func runningHeadersAndStampsLeaveTheBody() {
        let document = Self.parse(Self.gazetteResolution)
        #expect(document.source.repairs.contains("signature-stamps"))
        #expect(document.source.repairs.contains("gazette-headers"))
        #expect(!document.diagnostics.contains { $0.message.contains("recipients") })
        #expect(!document.references.contains { $0.number.canonical.contains("Ngày") })
        #expect(document.body.map(\.marker) == ["Điều 1", "Điều 2"])
        let first = document.body.first?.children.map { $0.text ?? "" }.joined() ?? ""
        #expect(!first.contains("Cơ quan") && !first.contains("CÔNG BÁO"))
    }

    @Test func aLabelledLineWithoutSigningTimeIsNoStamp() {
        let lines = ["Người ký: Nguyễn Văn A", "Cơ quan: Sở Công Thương"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(SignatureStamps().apply(lines) == nil)
    }

    /// A signed scan: the stamp above the header, a comma OCR read as a full stop, "TỎNG CỤC" for TỔNG CỤC.
    @Test func aSignedScansHeader() {
        let header = Self.parse([
            "Ký bởi: Tổng cục Thuế", "Địa chỉ: 123 Lò Đúc", "Thời gian ký: 10.11.2023 15:36", "",
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc",
            "số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023", "", "V/v tăng cường kỷ cương, kỷ luật", "",
            "Kính gửi: Cục Thuế các tỉnh, thành phố.", "", "Thực hiện chỉ đạo của Bộ Tài chính, Tổng cục Thuế yêu cầu như sau:",
        ]).header
        #expect(header.number?.canonical == "4222/TCT-PC")
        #expect(header.place?.text == "Hà Nội")
        #expect(header.date.map { [$0.year, $0.month, $0.day] } == [2023, 11, 9])
        #expect(header.parentAuthority?.text == "BỘ TÀI CHÍNH")
        #expect(header.issuer?.text == "TỔNG CỤC THUẾ")
    }
}

/// What stands above a document: a converter's front matter, a web page's chrome (held-out i01, i05).
@Suite struct LeadingMatterTests {
    static func lines(_ texts: [String]) -> [TextLine] { texts.enumerated().map { TextLine(text: $1, line: $0 + 1) } }

    static let header = ["**ỦY BAN NHÂN DÂN**", "TỈNH THÁI NGUYÊN", "-------", "|", "**CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM**",
                         "Độc lập - Tự do - Hạnh phúc", "|", "Số: 1936/QĐ-UBND", "|", "*Thái Nguyên, ngày", "19 tháng 11 năm 2025*", "|",
                         "**QUYẾT ĐỊNH**", "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH", "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN**",
                         "*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;*", "**QUYẾT ĐỊNH:**",
                         "**Điều 1. **Công bố kèm theo Quyết định này danh mục thủ tục hành chính."]
    static let chrome = ["|", "Bản dịch này thuộc quyền sở hữu của **", "THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép là vi phạm.",
                         "Click vào phần bôi vàng để xem chi tiết.", "Đang tải văn bản...", "#", "**Số hiệu:**", "|", "1936/QĐ-UBND", "|",
                         "**Loại văn bản:**", "|", "Quyết định", "|", "**Người ký:**", "|", "Nguyễn Thị Loan", "|",
                         "**Ngày ban hành:**", "|", "19/11/2025", "|", "**Tình trạng:**", "|", "Đã biết", "|", "|"]

    @Test func aPagesChromeEndsAboveTheHeader() {
        #expect(LeadingMatter.lastLine(in: Self.lines(Self.chrome + Self.header)) == Self.chrome.count - 2)
        let document = DocumentParser().parse(text: (Self.chrome + Self.header).joined(separator: "\n"), name: "t.txt")
        #expect(document.header.number?.canonical == "1936/QĐ-UBND")
        #expect(document.header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")
        #expect(document.header.nationalTitle?.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(document.header.subject?.text == "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH")
        #expect(!document.references.contains { $0.number.canonical == "1936/QĐ-UBND" })
    }

    @Test func aLeftColumnPrintedFirstIsNoChrome() {
        let header = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 4280/SCT-CN", "V/v triển khai thực hiện Kế hoạch",
                      "số 359-KH/TU của Tỉnh ủy", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "Lào Cai, ngày 15 tháng 5 năm 2026"]
        #expect(LeadingMatter.lastLine(in: Self.lines(header)) == 0)
    }

    @Test func frontMatterAndNotesAreLeadingMatter() {
        let text = ["---", "title: \"CV 4222 TCT\"", "category: \"Tax\"", "---", "", "[Bản trích chữ tự động]", "",
                    "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        #expect(LeadingMatter.lastLine(in: Self.lines(text)) == 6)
    }
}

/// A web page's cells wrapped inside their emphasis (held-out n05): the wrapped lines are one.
@Suite struct OpenEmphasisTests {
    @Test(arguments: [
        ("**ỦY", true), ("BAN NHÂN DÂN**", true), ("*Lai", true), ("**TỈNH LAI CHÂU**", false),
        ("*", false), ("* Mục một", false), ("**ỦY**** BAN THƯỜNG VỤ QUỐC HỘI**", false), ("a * b", false),
        ("**V****ề việc s****ắp xếp**", false),
    ])
    func anEmphasisLeftOpen(_ text: String, _ open: Bool) {
        #expect(MarkdownMarkup.leavesEmphasisOpen(text) == open)
    }

    @Test func wrappedCellsAreJoinedButTableRowsAndThePartyStarAreNot() {
        let lines = ["**ỦY", "BAN NHÂN DÂN**", "*", "Số 12-KH/TU", "| *Hà Nội, ngày 14 tháng 10 năm 2024 * |", "THÔNG BÁO"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(MarkdownMarkup.joiningOpenEmphasis(lines).map(\.text)
                == ["**ỦY BAN NHÂN DÂN**", "*", "Số 12-KH/TU", "| *Hà Nội, ngày 14 tháng 10 năm 2024 * |", "THÔNG BÁO"])
    }

    /// Pandoc wraps a paragraph at 72 columns inside its italics: a "Căn cứ" over seven lines is one line again, and
    /// the next one and "QUYẾT ĐỊNH:" stay apart (held-out code-8 03, re-wrapped by Evaluation/metamorphic). A stray
    /// star whose emphasis never closes joins nothing.
    @Test func anItalicParagraphWrappedOverManyLinesIsOne() {
        let lines = ["*Căn cứ Công văn số 4264/BNNMT-BĐKH ngày 29 tháng 4 năm", "2026 của Bộ Nông nghiệp và Môi trường về việc",
                     "thống nhất ban hành Quy chế hoạt động lưu ký, thanh", "toán giao dịch hạn ngạch phát thải khí nhà kính,",
                     "tín chỉ các-bon và thành viên lưu ký các-bon tại Tổng", "công ty Lưu ký và Bù trừ chứng khoán Việt",
                     "Nam;*", "*Theo đề nghị của Tổng giám đốc.*", "QUYẾT ĐỊNH:", "*Ghi chú của trang", "Rà chuột vào nội dung để sử dụng."]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) }
        let joined = MarkdownMarkup.joiningOpenEmphasis(lines).map(\.text)
        #expect(joined.count == 5)
        #expect(joined.first?.hasSuffix("Bù trừ chứng khoán Việt Nam;*") == true)
        #expect(Array(joined.suffix(4)) == ["*Theo đề nghị của Tổng giám đốc.*", "QUYẾT ĐỊNH:", "*Ghi chú của trang", "Rà chuột vào nội dung để sử dụng."])
    }

    @Test func aQuocHieuWrappedAfterItsFirstWordStillEndsTheChrome() {
        let chrome = (1...12).map { "**Mục \($0):** | Đang cập nhật" }
        let header = ["**ỦY", "BAN NHÂN DÂN**", "**TỈNH LAI CHÂU**", "--------", "|", "**CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                      "Độc lập - Tự do - Hạnh phúc", "Số: 89/2025/QĐ-UBND", "*Lai", "Châu, ngày 28 tháng 11 năm 2025*", "**QUYẾT ĐỊNH**",
                      "PHÂN CẤP TUYỂN DỤNG VIÊN CHỨC", "*Căn cứ Luật Viên chức số 58/2010/QH12;*"]
        let document = DocumentParser().parse(text: (chrome + header).joined(separator: "\n"), name: "t.txt")
        #expect(document.header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")
        #expect(document.header.number?.canonical == "89/2025/QĐ-UBND")
        #expect(document.header.place?.text == "Lai Châu")
        #expect(document.header.subject?.text == "PHÂN CẤP TUYỂN DỤNG VIÊN CHỨC")
    }
}
