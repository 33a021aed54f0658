import Testing
@testable import VanBan

/// Web copies that flatten a header into a line or two (held-out m01, m02, m04): a page title sentence
/// runs into the issuer, and number, subject, place and date, type name and "Kính gửi" share a line.
@Suite struct FlattenedHeaderTests {
    static func parse(_ lines: [String]) -> Document {
        DocumentParser().parse(text: lines.joined(separator: "\n"), name: "t.txt")
    }

    /// A law-site crawl that flattened the subject, the enacting authority and the preamble into one line (held-out
    /// code-99 01): "QUỐC HỘI NƯỚC" before the quốc hiệu is the authority's name, no end of the subject.
    @Test func theNationsAuthorityBeforeTheBannerIsNoSubject() {
        let header = Self.parse([
            "QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********", "Số: 23/2003/QH11",
            "Hà Nội, ngày 26 tháng 11 năm 2003 NGHỊ QUYẾT VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991 QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Xét thấy, trong sự nghiệp đấu tranh giải phóng dân tộc, Nhà nước đã ban hành các chính sách;",
            "Căn cứ vào Hiến pháp năm 1992;", "QUYẾT NGHỊ:", "Điều 1. Nhà nước không xem xét lại chủ trương."]).header
        #expect(header.subject?.text == "VỀ NHÀ ĐẤT DO NHÀ NƯỚC ĐÃ QUẢN LÝ TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991")
        #expect(header.number?.canonical == "23/2003/QH11")
    }

    @Test func aCongVanOnTwoLines() {
        let document = Self.parse([
            "Công văn 3397/BKHĐT-QLKTTW năm 2019 hướng dẫn áp dụng Điều 162 Luật Doanh nghiệp 2014 do Bộ Kế hoạch và Đầu tư ban hành. BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
            "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS)",
            "1. Về chấp thuận các hợp đồng ký giữa PV GAS với Tập đoàn dầu khí Việt Nam.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT, QLKTTW.", "TL.", "BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm",
        ])
        let header = document.header
        #expect(header.issuer?.text == "BỘ KẾ HOẠCH VÀ ĐẦU TƯ")
        #expect(header.number?.canonical == "3397/BKHĐT-QLKTTW")
        #expect(header.subject?.text == "hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014")
        #expect(header.place?.text == "Hà Nội")
        #expect(!document.references.contains { $0.number.canonical == "3397/BKHĐT-QLKTTW" })
        #expect(document.closing.signatures.map(\.mode) == ["TL"])
        #expect(document.closing.signatures.map(\.title) == ["CHÁNH VĂN PHÒNG"])
    }

    static func decision(subject: String) -> Header {
        parse(["Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------",
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
               "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V \(subject)",
               "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
               "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động."]).header
    }

    @Test func theAuthorityFlattenedOntoTheSubjectEndsIt() {
        let header = Self.decision(subject: "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG “VỀ QUAN HỆ LAO ĐỘNG HÀI HOÀ” ỦY BAN NHÂN DÂN TỈNH KON TUM")
        #expect(header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH KON TUM")
        #expect(header.number?.canonical == "435/QĐ-UBND")
        #expect(header.documentType?.name == "Quyết định")
        #expect(header.subject?.text == "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG “VỀ QUAN HỆ LAO ĐỘNG HÀI HOÀ”")
    }

    @Test func aSubjectNamingTheIssuerKeepsIt() {
        let header = Self.decision(subject: "BÃI BỎ MỘT SỐ QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM")
        #expect(header.subject?.text == "BÃI BỎ MỘT SỐ QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM")
    }

    @Test func aTitleEndingInCapitalsBeforeTheIssuer() {
        let header = Self.parse(["Công văn 19046/BTC-TCHQ. BỘ TÀI CHÍNH --------",
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------",
                                 "Số: 19046/BTC-TCHQ V/v hướng dẫn thực hiện Luật hải quan 2014",
                                 "Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan các tỉnh, thành phố.",
                                 "Luật hải quan được Quốc hội khóa XIII thông qua ngày 23/6/2014."]).header
        #expect(header.issuer?.text == "BỘ TÀI CHÍNH")
        #expect(header.subject?.text == "hướng dẫn thực hiện Luật hải quan 2014")
    }

    @Test func theSignersOfficeAndNameRunOntoTheArchiveLine() {
        let closing = ClosingParser().parse(["Nơi nhận:", "- Như trên;", "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.recipients.count == 2)
        #expect(closing.signatures.map(\.title) == ["BỘ TRƯỞNG, CHỦ NHIỆM"])
        #expect(closing.signatures.map(\.name) == ["Mai Tiến Dũng"])
        let deputy = ClosingParser().parse(["Nơi nhận:", "- Lưu: VT, TCHQ (65).", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(deputy.signatures.map(\.mode) == ["KT"])
        #expect(deputy.signatures.map(\.title) == ["THỨ TRƯỞNG"])
    }

    /// n06, n07: the date, the type name, the subject and the head who enacts it on one line of a web copy,
    /// with two spaces inside the subject.
    @Test func typeSubjectAndAuthorityOnTheDatesLine() {
        let header = Self.parse(["Quyết định 3176/QĐ-BYT năm 2024. BỘ Y TẾ -------",
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------", "Số: 3176/QĐ-BYT",
                                 "Hà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT  NGÀY 29/12/2023 QUY ĐỊNH CHUẨN DỮ LIỆU ĐẦU RA PHỤC VỤ VIỆC QUẢN LÝ, GIÁM ĐỊNH, THANH TOÁN CHI PHÍ KHÁM BỆNH, CHỮA BỆNH VÀ GIẢI QUYẾT CÁC CHẾ ĐỘ LIÊN QUAN BỘ TRƯỞNG BỘ Y TẾ",
                                 "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ;"]).header
        #expect(header.documentType?.name == "Quyết định")
        #expect(header.subject?.text == "SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT NGÀY 29/12/2023 QUY ĐỊNH CHUẨN DỮ LIỆU ĐẦU RA PHỤC VỤ VIỆC QUẢN LÝ, GIÁM ĐỊNH, THANH TOÁN CHI PHÍ KHÁM BỆNH, CHỮA BỆNH VÀ GIẢI QUYẾT CÁC CHẾ ĐỘ LIÊN QUAN")
    }

    /// pages-55 08: a document site's preview runs a party header into one line: the parent and the office with its
    /// "*", "Số 36-HD/VPTW" without a colon, the party's name, place and date, the type name and the subject in small
    /// letters.
    @Test func aPartyHeaderOnOneLine() {
        let document = Self.parse([
            "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018 HƯỚNG DẪN thể thức và kỹ thuật trình bày văn bản của Đảng",
            "I- QUY ĐỊNH CHUNG", "1. Phạm vi điều chỉnh",
        ])
        let header = document.header
        #expect(header.number?.canonical == "36-HD/VPTW")
        #expect(header.parentAuthority?.text == "BAN CHẤP HÀNH TRUNG ƯƠNG")
        #expect(header.issuer?.text == "VĂN PHÒNG")
        #expect(header.documentType?.name == "Hướng dẫn")
        #expect(header.subject?.text == "thể thức và kỹ thuật trình bày văn bản của Đảng")
        #expect(header.place?.text == "Hà Nội")
        #expect(document.kind == .party)
    }

    /// m07: tesseract reads "V/v" as "Viv".
    @Test func viv() {
        #expect(HeaderPatterns.subjectLead.matches("Viv thông báo hiệu lực của"))
        #expect(!HeaderPatterns.subjectLead.matches("Vivian"))
    }

    /// A party header's left column on one line (held-out pages-69 01): "ỦY BAN" opens the issuer after the parent,
    /// not its "BAN".
    @Test func aCommissionAfterTheCentralCommittee() {
        let document = Self.parse(["BAN CHẤP HÀNH TRUNG ƯƠNG ỦY BAN KIỂM TRA *", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 01-HD/UBKTTW",
                                   "Hà Nội, ngày 21 tháng 11 năm 2016", "HƯỚNG DẪN", "Thực hiện một số điều trong Quy định số 30-QĐ/TW",
                                   "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện như sau:"])
        #expect(document.header.parentAuthority?.text == "BAN CHẤP HÀNH TRUNG ƯƠNG")
        #expect(document.header.issuer?.text == "ỦY BAN KIỂM TRA")
    }
}
