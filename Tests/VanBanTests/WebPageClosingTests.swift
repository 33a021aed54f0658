import Testing
@testable import VanBan

/// Closings as web pages and Word conversions leave them (held-out sets 20–31).
@Suite struct WebPageClosingTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

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

    /// A page's signature cell wrapped word by word ("TL. BỘ" / "TRƯỞNG" / "VỤ" / "TRƯỞNG" / "VỤ" / "LUẬT PHÁP …",
    /// held-out code-28 08, a notice of Bộ Ngoại giao): the authority and the unit's head are whole again.
    @Test func aSignatureCellWrappedWordByWord() {
        let lines = ["BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 13/2023/TB-LPQT", "Hà Nội, ngày 20 tháng 3 năm 2023",
                     "THÔNG BÁO", "VỀ VIỆC ĐIỀU ƯỚC QUỐC TẾ CÓ HIỆU LỰC",
                     "Thực hiện quy định tại Điều 56 của Luật Điều ước quốc tế năm 2016, Bộ Ngoại giao trân trọng thông báo:",
                     "Hiệp định Thương mại biên giới có hiệu lực từ ngày 20 tháng 7 năm 2023.",
                     "Bộ Ngoại giao trân trọng gửi bản sao Hiệp định./.", "|",
                     "TL. BỘ", "TRƯỞNG", "VỤ", "TRƯỞNG", "VỤ", "LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ", "Lê Đức Hạnh"]
        let signature = Self.parse(lines).closing.signatures.first
        #expect(signature?.mode == "TL")
        #expect(signature?.authority == "BỘ TRƯỞNG")
        #expect(signature?.title == "VỤ TRƯỞNG VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ")
        #expect(signature?.name == "Lê Đức Hạnh")
    }

    /// A web copy cut the signer's name after its first letter ("N" / "guyễn Cao Lục", held-out pages-58 02, a letter
    /// of Văn phòng Chính phủ): the name is whole again. A letter over a line that is no name stays as it is.
    @Test func aNameCutAfterItsFirstLetterIsWhole() {
        let head = ["VĂN PHÒNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 3661/VPCP-KTN", "Hà Nội, ngày 09 tháng 5 năm 2016",
                    "V/v đầu tư dự án", "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa.", "Văn phòng Chính phủ thông báo để thực hiện./.",
                    "Nơi nhận:", "- Như trên;", "- Lưu: VT, KTN (3b).", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"]
        #expect(Self.parse(head + ["N", "guyễn Cao Lục"]).closing.signatures.first?.name == "Nguyễn Cao Lục")
        #expect(ClosingParser.isNameCutAfterItsFirstLetter(TextLine(text: "N", line: 1), TextLine(text: "guyễn Cao Lục", line: 2)))
        #expect(!ClosingParser.isNameCutAfterItsFirstLetter(TextLine(text: "A", line: 1), TextLine(text: "và các đơn vị", line: 2)))
        #expect(!ClosingParser.isNameCutAfterItsFirstLetter(TextLine(text: "NG", line: 1), TextLine(text: "uyễn Cao Lục", line: 2)))
    }

    /// A Word conversion glues the signer's name onto the title ("PHÓ CHỦ TỊCHNguyễn Thị Thu").
    @Test func aNameGluedToTheTitleIsTheSignersName() {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 735/UBND-KT",
                     "An Giang, ngày 12 tháng 4 năm 2016", "V/v triển khai thực hiện Chỉ thị", "Kính gửi: Các sở, ban ngành tỉnh.",
                     "Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                     "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCHNguyễn Thị Thu"]
        let signature = Self.parse(lines).closing.signatures.first
        #expect(signature?.title == "PHÓ CHỦ TỊCH")
        #expect(signature?.name == "Nguyễn Thị Thu")
    }

    /// "Gửi bản điện tử:" sorts the recipients and is none of them; "- Như Điều 2:" with its colon is one.
    @Test func aCopyHeadingInTheRecipientsIsNoRecipient() {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1579/QĐ-UBND",
                     "Bắc Kạn, ngày 01 tháng 9 năm 2021", "QUYẾT ĐỊNH", "Về việc phê duyệt Đề án", "QUYẾT ĐỊNH:",
                     "Điều 1. Phê duyệt Đề án.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
                     "Nơi nhận:", "Gửi bản điện tử:", "- Như Điều 2:", "- CT, PCT UBND tỉnh;", "- Lưu: VT, VXNV.",
                     "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"]
        #expect(Self.parse(lines).closing.recipients.count == 3)
    }

    /// "… giải quyết./.Nơi nhận:" glued by a web copy; a notice's symbol with a year is no legal act; "PHẦN THỨ
    /// NHẤT" is the part "Phần thứ nhất".
    @Test func gluedClosingAdministrativeYearAndPartNames() {
        let lines = ["BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 13/2023/TB-LPQT", "Hà Nội, ngày 13 tháng 7 năm 2023",
                     "THÔNG BÁO", "Về việc điều ước quốc tế có hiệu lực", "PHẦN THỨ NHẤT", "Hiệp định có hiệu lực từ ngày 01 tháng 7 năm 2023.",
                     "Bộ Ngoại giao trân trọng thông báo để các cơ quan biết, kịp thời giải quyết./.Nơi nhận:",
                     "- Văn phòng Chính phủ;", "- Lưu: LPQT.", "TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG VỤ LUẬT PHÁP", "PHÓ VỤ TRƯỞNG", "Nguyễn Văn An"]
        let document = Self.parse(lines)
        #expect(document.kind == .administrative)
        #expect(document.closing.recipients.count == 2)
        #expect(document.body.first?.marker == "Phần thứ nhất")
        #expect(document.source.repairs.contains(GluedClosing.id))
    }

    /// A chain of three modes ("TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ VĂN PHÒNG"): the last line is the title.
    @Test func aDeputyOfTheOfficeSignsAChain() {
        let lines = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 722/UBND-MT",
                     "Bắc Giang, ngày 10 tháng 3 năm 2020", "V/v tăng cường quản lý chất thải", "Kính gửi: Các sở, ngành.",
                     "Chủ tịch UBND tỉnh có ý kiến như sau./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, MT.",
                     "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ VĂN PHÒNG", "Nguyễn Hữu Nguyên"]
        let signature = Self.parse(lines).closing.signatures.first
        #expect(signature?.mode == "TL")
        #expect(signature?.title == "PHÓ VĂN PHÒNG")
        #expect(signature?.name == "Nguyễn Hữu Nguyên")
    }

    /// Web copies of older documents sign in ordinary case beside "(Đã ký)", with or without the position
    /// (held-out set 35), and with the slashed "K/T" and "Đã ký: …" (set 34).
    @Test(arguments: [(["Thủ tướng", "", "(Đã ký)", "", "Phan Văn Khải"], nil, "Thủ tướng", "Phan Văn Khải"),
                      (["Nông Đức Mạnh", "", "(Đã ký)"], nil, nil, "Nông Đức Mạnh"),
                      (["K/T VIỆN TRƯỞNG", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "PHÓ VIỆN TRƯỞNG", "Đã ký: Vũ Đức Khiển"],
                       "KT", "PHÓ VIỆN TRƯỞNG", "Vũ Đức Khiển"),
                      // The slashed mode alone on its line (blind pages-98 04).
                      (["Nơi nhận:", "- Như trên,", "- Lưu VP.", "|", "K/T", "VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "Vũ Đức Khiển", "|"], "KT", "PHÓ VIỆN TRƯỞNG", "Vũ Đức Khiển")]
                as [([String], String?, String?, String)])
    func aWebCopysSignature(_ closing: [String], _ mode: String?, _ title: String?, _ name: String) {
        let lines = ["THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 828/TTg", "Hà Nội, ngày 04 tháng 10 năm 1997",
                     "QUYẾT ĐỊNH", "Về việc thành lập Cục Kiểm tra", "QUYẾT ĐỊNH:", "Điều 1. Nay thành lập Cục Kiểm tra.", "",
                     "Điều 2. Quyết định này có hiệu lực thi hành sau 15 ngày kể từ ngày ký ban hành.", ""] + closing
        let signatures = Self.parse(lines).closing.signatures
        #expect(signatures.count == 1)
        #expect(signatures.first?.mode == mode)
        #expect(signatures.first?.title == title)
        #expect(signatures.first?.name == name)
    }
}

/// What web pages and pasted copies print around a closing (held-out sets 69–71).
@Suite struct PageFooterAndOneLineSignatureTests {
    static let header = ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1680/QĐ-UBND",
                         "Nam Định, ngày 27 tháng 7 năm 2017", "QUYẾT ĐỊNH", "Về việc công bố danh mục văn bản hết hiệu lực",
                         "QUYẾT ĐỊNH:", "Điều 1. Công bố danh mục kèm theo Quyết định này.", "Điều 2. Quyết định có hiệu lực kể từ ngày ký."]

    /// The page's comment box under a closing row ("Nơi nhận: | KT. BỘ TRƯỞNG |") names no recipient.
    @Test(arguments: ["Ý kiến bạn đọc", "Bình luận(0) Đăng nhập để gửi bình luận!", "Tin liên quan"])
    func aPagesFooterEndsTheClosing(_ footer: String) {
        let lines = Self.header + ["Nơi nhận: | KT. CHỦ TỊCH |", footer, "Nhấp vào nút tại mỗi ô tìm kiếm.",
                                   "Màn hình hiện lên như thế này thì bạn bắt đầu nói."]
        let closing = WebPageHeaderTests.parse(lines).closing
        #expect(closing.recipients.isEmpty)
        #expect(closing.signatures.map(\.mode) == ["KT"])
    }

    /// A recipient may still open with a footer's word inside its text.
    @Test func aRecipientNamingCommentsStays() {
        let lines = Self.header + ["Nơi nhận:", "- Như Điều 3;", "- Ban Tin liên quan;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Đình Nghị"]
        #expect(WebPageHeaderTests.parse(lines).closing.recipients.count == 3)
    }

    /// A signature pasted on one line ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH     Phạm Đình Nghị") above the attached list's
    /// title is the closing's, not the first line of the list's title.
    @Test func aOneLineSignatureAboveAnAttachedListStaysInTheClosing() {
        let lines = Self.header + ["Nơi nhận: - Bộ Tư pháp; - Như Điều 3; - Lưu VP1.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH     Phạm Đình Nghị",
                                   "DANH MỤC", "VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ (Ban hành kèm theo Quyết định số 1680/QĐ-UBND ngày 27/07/2017 của UBND tỉnh Nam Định)",
                                   "STT", "Số, ký hiệu văn bản", "Tên gọi của văn bản"]
        let document = WebPageHeaderTests.parse(lines)
        let signature = document.closing.signatures.first
        #expect(signature?.mode == "TM")
        #expect(signature?.name == "Phạm Đình Nghị")
        #expect(document.appendices.first?.span.start.line == 13)
    }
}
