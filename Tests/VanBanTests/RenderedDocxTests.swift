import Testing
@testable import VanBan

/// Shapes that a .docx laid out by Nghị định 30 takes through the dev corpus's own pipelines (LibreOffice PDF
/// read by pdftotext in reading order and with -layout, antiword, the text of word/document.xml), found by
/// rendering held-out documents that way: a subject wrapped at an unlucky word, a hyphen at a line break, a
/// signature cell with its empty paragraphs.
@Suite struct RenderedDocxTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    static func subject(_ title: [String], type: String = "QUYẾT ĐỊNH", after: [String]) -> String? {
        parse(["ỦY BAN NHÂN DÂN", "QUẬN 5", "Số: 01/2007/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Quận 5, ngày 10 tháng 01 năm 2007", type] + title + after
              + ["Điều 1. Ban hành kèm theo Quyết định này Quy định.", "Điều 2. Quyết định này có hiệu lực."])
            .header.subject?.text
    }

    /// A Word cell's paragraphs are joined by " / ", its empty ones too: the name after them is the signer's.
    @Test func aSignatureCellWithEmptyParagraphs() {
        let document = Self.parse(["ỦY BAN NHÂN DÂN TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc",
                                   "Số: 12/UBND-KT / V/v bảo vệ khoáng sản | Lào Cai, ngày 5 tháng 6 năm 2025",
                                   "Kính gửi: Các sở, ban, ngành", "Đề nghị các cơ quan thực hiện./.",
                                   "Nơi nhận: / - Như trên; / - Lưu: VT, KT(Thủy, Nho). | KT. CHỦ TỊCH / PHÓ CHỦ TỊCH /  /  /  / Nguyễn Thành Sinh"])
        let signature = document.closing.signatures.first
        #expect(signature?.mode == "KT")
        #expect(signature?.title == "PHÓ CHỦ TỊCH")
        #expect(signature?.name == "Nguyễn Thành Sinh")
    }

    /// "CƠ" / "SỞ …": a word cut in two whose second half begins bodies' names; the authority that enacts follows.
    @Test func aWordCutBeforeABodysWord() {
        let subject = Self.subject(["BAN HÀNH QUY ĐỊNH CẤP GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN VỆ SINH AN TOÀN THỰC PHẨM ĐỐI VỚI CƠ",
                                    "SỞ SẢN XUẤT, KINH DOANH THỰC PHẨM CÓ NGUY CƠ CAO"],
                                   after: ["__________", "ỦY BAN NHÂN DÂN QUẬN 5", "Căn cứ Luật Tổ chức chính quyền địa phương;"])
        #expect(subject?.hasSuffix("ĐỐI VỚI CƠ SỞ SẢN XUẤT, KINH DOANH THỰC PHẨM CÓ NGUY CƠ CAO") == true)
    }

    /// "… THÀNH LẬP" / "TRƯỜNG MẦM NON" / "BỘ TRƯỞNG BỘ …": the line before the enacting authority ends the subject.
    @Test func theLineAboveTheEnactingAuthority() {
        let subject = Self.subject(["BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO NHÓM TRẺ Ở NƠI KHÔNG ĐỦ ĐIỀU KIỆN THÀNH LẬP",
                                    "TRƯỜNG MẦM NON"],
                                   after: ["BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Căn cứ Nghị định số 86/2002/NĐ-CP ngày 05/11/2002 của Chính phủ;"])
        #expect(subject?.hasSuffix("THÀNH LẬP TRƯỜNG MẦM NON") == true)
    }

    /// Joint authorities, each a head's position, stay out of the subject.
    @Test func jointEnactingAuthoritiesAreNoSubject() {
        let subject = Self.subject(["HƯỚNG DẪN CHẾ ĐỘ PHỤ CẤP"], type: "THÔNG TƯ LIÊN TỊCH",
                                   after: ["BỘ TRƯỞNG BỘ NỘI VỤ", "BỘ TRƯỞNG BỘ TÀI CHÍNH", "Căn cứ Nghị định số 86/2002/NĐ-CP;"])
        #expect(subject == "HƯỚNG DẪN CHẾ ĐỘ PHỤ CẤP")
    }

    /// A quotation opened and not yet closed goes on, over a line that starts with "ĐOÀN".
    @Test func anOpenQuotationGoesOn() {
        let subject = Self.subject(["VỀ TIÊU CHUẨN KHEN THƯỞNG PHONG TRÀO “TOÀN DÂN", "ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA”"],
                                   after: ["Căn cứ Luật Thi đua, khen thưởng;"])
        #expect(subject?.hasSuffix("“TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA”") == true)
    }

    @Test(arguments: [(["PHÊ DUYỆT ĐỀ ÁN GIAI ĐOẠN 2018-", "2020”"], "PHÊ DUYỆT ĐỀ ÁN GIAI ĐOẠN 2018-2020”"),
                      (["KẾT LUẬN VỀ THỊ TRƯỜNG CÁC-", "BON TẠI VIỆT NAM"], "KẾT LUẬN VỀ THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM"),
                      (["SỬA ĐỔI MỤC III, ĐIỀU 1 -", "NGHỊ QUYẾT SỐ 182/2007/NQ-HĐND"], "SỬA ĐỔI MỤC III, ĐIỀU 1 - NGHỊ QUYẾT SỐ 182/2007/NQ-HĐND")])
    func aHyphenAtTheBreak(_ title: [String], _ expected: String) {
        #expect(Self.subject(title, after: ["Căn cứ Luật Tổ chức chính quyền địa phương;"]) == expected)
    }

    /// The issuer's last line wrapped in its cell comes after the right column's date in layout text.
    @Test func anIssuersLastLineAfterTheDate() {
        let document = Self.parse(["   UBND TỈNH HÀ TĨNH            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                   " SỞ LAO ĐỘNG - THƯƠNG                    Độc lập - Tự do - Hạnh phúc",
                                   "         BINH", "                                      Hà Tĩnh, ngày 04 tháng 3 năm 2009",
                                   "        VÀ XÃ HỘI", "   Số: 20/HD-SLĐTBXH", "", "HƯỚNG DẪN", "Thực hiện chế độ báo cáo",
                                   "1. Các đơn vị báo cáo hằng tháng."])
        #expect(document.header.parentAuthority?.text == "UBND TỈNH HÀ TĨNH")
        #expect(document.header.issuer?.text == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    }

    /// A name's last lines after the right column's date, the number below them; not a type line, and not when no
    /// number follows.
    @Test func aNamesLastLinesAfterTheDate() {
        let document = Self.parse(["  ĐẢNG ỦY XÃ PHONG MỸ              ĐẢNG CỘNG SẢN VIỆT NAM", "     CHI BỘ TRƯỜNG",
                                   "                                Phong Mỹ, ngày 25 tháng 9 năm 2019", "     THCS PHONG MỸ",
                                   "             *", "       Số 41-KH/CB", "", "KẾ HOẠCH", "Tổ chức Đại hội chi bộ", "1. Mục đích."])
        #expect(document.header.issuer?.text == "CHI BỘ TRƯỜNG THCS PHONG MỸ")
        let unnumbered = Self.parse(["TỈNH ỦY BÌNH DƯƠNG", "VĂN PHÒNG", "Bình Dương, ngày 25 tháng 9 năm 2019", "BẢNG SO SÁNH",
                                     "Dự thảo quy chế làm việc", "1. Nội dung."])
        #expect(unnumbered.header.issuer?.text.contains("BẢNG") == false)
    }

    /// "TRUNG ƯƠNG" alone is the level of the body above it, not a body.
    @Test func aLevelAloneOnItsLine() {
        let document = Self.parse(["ỦY BAN KIỂM TRA", "TRUNG ƯƠNG", "*", "Số 11-HD/UBKTTW", "ĐẢNG CỘNG SẢN VIỆT NAM",
                                   "Hà Nội, ngày 24 tháng 3 năm 2008", "HƯỚNG DẪN", "thực hiện quy định về kỷ luật đảng viên",
                                   "1. Đối tượng áp dụng."])
        #expect(document.header.parentAuthority == nil)
        #expect(document.header.issuer?.text == "ỦY BAN KIỂM TRA TRUNG ƯƠNG")
    }

    /// Two modes, an authority of three lines, then the title: all before the signer's name.
    @Test func aDoubleModeChainWithALongAuthority() {
        let document = Self.parse(["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 683/BTC-CST", "Độc lập - Tự do - Hạnh phúc",
                                   "Hà Nội, ngày 15 tháng 01 năm 2020", "V/v chính sách thuế", "Kính gửi: Cục Thuế các tỉnh",
                                   "Bộ Tài chính hướng dẫn như sau./.", "Nơi nhận:", "- Như trên;", "- Lưu VT, CST.", "",
                                   "TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG CỤC QUẢN LÝ,", "GIÁM SÁT CHÍNH SÁCH THUẾ, PHÍ", "VÀ LỆ PHÍ",
                                   "PHÓ CỤC TRƯỞNG", "", "Lưu Đức Huy"])
        let signature = document.closing.signatures.first
        #expect(signature?.mode == "TL")
        #expect(signature?.title == "PHÓ CỤC TRƯỞNG")
        #expect(signature?.name == "Lưu Đức Huy")
    }

    /// A head or an office that names no body alone goes with the line under it.
    @Test(arguments: [["THỦ TƯỚNG", "CHÍNH PHỦ"], ["VĂN PHÒNG", "CHÍNH PHỦ"]])
    func anOfficeAloneOnItsLine(_ names: [String]) {
        let document = Self.parse(names + ["Số: 07/CT-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                           "Hà Nội, ngày 15 tháng 3 năm 2020", "CHỈ THỊ", "Về việc tăng cường phòng chống dịch",
                                           "1. Các bộ, ngành thực hiện."])
        #expect(document.header.parentAuthority == nil)
        #expect(document.header.issuer?.text == names.joined(separator: " "))
    }

    @Test(arguments: [(["VỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP", "HỘI ĐỒNG NHÂN DÂN TỈNH KHOÁ VI,", "NHIỆM KỲ 2011 - 2016"],
                       "VỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH KHOÁ VI, NHIỆM KỲ 2011 - 2016"),
                      (["VỀ VIỆC THỰC HIỆN CHỈ THỊ SỐ 16/CT-TTG NGÀY 31/3/2020 CỦA THỦ TƯỚNG", "CHÍNH PHỦ"],
                       "VỀ VIỆC THỰC HIỆN CHỈ THỊ SỐ 16/CT-TTG NGÀY 31/3/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ"),
                      (["Về việc kiện toàn Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị khóa", "XII, nhiệm kỳ 2019 - 2024"],
                       "Về việc kiện toàn Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị khóa XII, nhiệm kỳ 2019 - 2024")])
    func aSubjectGoesOnOver(_ title: [String], _ expected: String) {
        #expect(Self.subject(title, after: ["__________", "Căn cứ Luật Tổ chức chính quyền địa phương;"]) == expected)
    }

    /// OCR glues the signer's name after the recipient beside it; a name after ":" or "," is a recipient's person.
    @Test func aNameGluedToARecipientByOCR() {
        let document = Self.parse(["BỘ QUỐC PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 09/2026/TT-BQP", "Độc lập - Tự do - Hạnh phúc",
                                   "Hà Nội, ngày 22 tháng 01 năm 2026", "THÔNG TƯ", "Sửa đổi Thông tư số 98/2024/TT-BQP",
                                   "Điều 1. Sửa đổi khoản 2 Điều 3.", "Nơi nhận: KT. BỘ TRƯỞNG", "- Các đ/c Lãnh đạo Bộ Quốc phòng; THỨ TRƯỞNG",
                                   "- VPCP: BTCN, các PCN: Nguyễn Hữu", "- Cơ quan, đơn vị trực thuộc BQP (73); Phạm Hoài Nam", "- Lưu: VT, THBĐ."])
        let signature = document.closing.signatures.first
        #expect(signature?.title == "THỨ TRƯỞNG")
        #expect(signature?.name == "Phạm Hoài Nam")
    }

    /// Tesseract's header: the party's title with "CÔNG" for "CỘNG" glued after the issuer, "TÍNH" for "TỈNH", and
    /// debris or a rule's "_" after a name.
    @Test func anOCRdHeader() {
        let party = Self.parse(["BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CÔNG SẢN VIỆT NAM", "*%", "Số 30-QĐ/TW Hà Nội, ngày 26 tháng 07 năm 2016",
                                "QUY ĐỊNH", "THI HÀNH CHƯƠNG VII VÀ CHƯƠNG VIII ĐIỀU LỆ ĐẢNG", "Điều 1. Phạm vi"])
        #expect(party.header.issuer?.text == "BAN CHẤP HÀNH TRUNG ƯƠNG")
        let state = Self.parse(["ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TÍNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc",
                                "Số: 3872/QĐ-UBND Bình Dương, ngày 9 tháng 11 năm 2010", "QUYẾT ĐỊNH", "Về việc thành lập Hội đồng",
                                "Điều 1. Thành lập Hội đồng."])
        #expect(state.header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG")
        let debris = Self.parse(["BẢO HIỂM XÃ HỘI VIỆT NAM_ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập — Tự do - Hạnh phúc",
                                 "Số: 2618/BHXH-KHTC Hà Nội, ngày 28 tháng 06 năm 2010", "V/v chỉ tiêu báo cáo thống kê",
                                 "Kính gửi: Bảo hiểm xã hội các tỉnh", "1. Nội dung báo cáo."])
        #expect(debris.header.issuer?.text == "BẢO HIỂM XÃ HỘI VIỆT NAM")
        let code = Self.parse(["UBND CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH THÁI NGUYÊN Độc lập - Tự do - Hạnh phúc",
                               "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 112 /SGD&ĐT- GDTrH Thái Nguyên, ngày 12 tháng 01 năm 2012",
                               "V/v Tổ chức thi giải toán qua Internet", "Kính gửi: Các trường", "1. Nội dung."])
        #expect(code.header.number?.canonical == "112/SGD&ĐT-GDTrH")
        #expect(code.header.place?.text == "Thái Nguyên")
    }

    /// OCR glues the signer's title, its marks lost, after a recipient, under an authority of two offices or a second
    /// mode: the deputy of the last office.
    @Test(arguments: [(["Nơi nhận: KT. BỘ TRƯỞNG,", "- Thủ tướng CP, PTTg Hoàng Trung CHỦ NHIỆM", "Hải; ' PHO CHU NHIEM",
                        "- Bộ Giao thông vận tải;", "- Lưu: VT, KTN (3b)", "Nguyễn Hữu Vũ"], "PHÓ CHỦ NHIỆM"),
                      (["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Văn phòng Chính phủ; KT CHỦ TỊCH",
                        "- Cục KTVB & Tổ chức thi hành PL, Bộ Tư pháp; PHO CHU TỊCH", "- Lưu: VT.", "Nguyễn Thành Sinh"], "PHÓ CHỦ TỊCH")])
    func anUnmarkedTitleGluedByOCR(_ closing: [String], _ title: String) {
        let document = Self.parse(["VĂN PHÒNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 9717/VPCP-KTN",
                                   "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 16 tháng 11 năm 2013", "V/v điều chỉnh quy hoạch",
                                   "Kính gửi: Bộ Xây dựng.", "Văn phòng Chính phủ xin thông báo để Bộ Xây dựng biết, thực hiện./."] + closing)
        #expect(document.closing.signatures.first?.title == title)
    }

    /// OCR's stray marks beside a signer's title are no part of it.
    @Test func strayMarksBesideATitle() {
        let document = Self.parse(["BỘ QUỐC PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 09/2026/TT-BQP", "Độc lập - Tự do - Hạnh phúc",
                                   "Hà Nội, ngày 22 tháng 01 năm 2026", "THÔNG TƯ", "Sửa đổi Thông tư số 98/2024/TT-BQP",
                                   "Điều 1. Sửa đổi khoản 2 Điều 3.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "",
                                   "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG .", "", "Phạm Hoài Nam"])
        #expect(document.closing.signatures.first?.title == "THỨ TRƯỞNG")
    }

    /// "… năm" / "2009.": a year, not an outline number.
    @Test func aYearWrappedAfterNam() {
        let document = Self.parse(["VĂN PHÒNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 2582/VPCP-KGVX",
                                   "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 21 tháng 04 năm 2009",
                                   "V/v tổ chức Hội nghị ngành dược năm", "2009.", "Kính gửi: Bộ Y tế",
                                   "Về đề nghị của Bộ Y tế, Phó Thủ tướng có ý kiến như sau:", "1. Đồng ý tổ chức Hội nghị."])
        #expect(document.header.subject?.text == "tổ chức Hội nghị ngành dược năm 2009.")
    }

    /// A running number and a dash ("ĐIỀU 1 -") joins only a symbol's rest ("CV/ĐU"), never a word in capitals.
    @Test func aDigitAndDashJoinOnlyASymbol() {
        let lines = [TextLine(text: "Số: 2449 -", line: 1), TextLine(text: "CV/ĐU", line: 2),
                     TextLine(text: "MỤC III, ĐIỀU 1 -", line: 3), TextLine(text: "NGHỊ QUYẾT SỐ 182", line: 4)]
        let joined = SplitNumbers().apply(lines)?.map(\.text)
        #expect(joined == ["Số: 2449 -CV/ĐU", "MỤC III, ĐIỀU 1 -", "NGHỊ QUYẾT SỐ 182"])
    }

    /// A header's number cut in its cell after a hyphen, the right column's date read between (held-out pages-61 10):
    /// the code alone on its line ends the number; a line in capitals with words is the left column's, not joined.
    @Test func aNumberCutInItsCellEndsAfterTheDate() {
        func joined(_ texts: [String]) -> [String]? {
            SplitNumbers().apply(texts.enumerated().map { TextLine(text: $1, line: $0 + 1) })?.map(\.text)
        }
        #expect(joined(["Số: 255 / BC-BCĐPCGD-", "", "Nga Sơn, ngày 13 tháng 11 năm 2020", "", "XMC", "", "BÁO CÁO"])
                == ["Số: 255 / BC-BCĐPCGD-XMC", "", "Nga Sơn, ngày 13 tháng 11 năm 2020", "", "", "BÁO CÁO"])
        #expect(joined(["Số: 12/QĐ-", "Hà Nội, ngày 13 tháng 11 năm 2020", "UBND TỈNH LÀO CAI"]) == nil)
        #expect(joined(["Số: 12/QĐ-", "Hà Nội, ngày 13 tháng 11 năm 2020", "QUYẾT ĐỊNH"]) == nil)
    }
}

/// pdftotext's reading order joins a line that ends in a hyphen with the next and drops the hyphen; the glued
/// word lies where the first line ended (dev 01, 07, 10, 41, 57 and the LibreOffice renderings).
@Suite struct LostLineHyphensTests {
    /// Hard-wrapped lines about `width` long, with `merged` among them.
    static func text(with merged: String, width: Int = 70) -> [TextLine] {
        let filler = "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành và địa phương tổ chức thực hiện"
        var lines = (0..<8).map { TextLine(text: String(filler.prefix(width - $0 % 3)), line: $0 + 1) }
        lines.insert(TextLine(text: merged, line: 9), at: 4)
        return lines
    }

    static func repaired(_ merged: String) -> String? {
        LostLineHyphens().apply(text(with: merged)).map { $0[4].text }
    }

    @Test(arguments: [
        ("5529/UBND-KT ngày 01/12/2020 của UBND tỉnh Lào Cai; văn bản số 3900/UBNDNLN ngày 15/12/2020 của UBND tỉnh Yên Bái). Trong đó",
         "5529/UBND-KT ngày 01/12/2020 của UBND tỉnh Lào Cai; văn bản số 3900/UBND-NLN ngày 15/12/2020 của UBND tỉnh Yên Bái). Trong đó"),
        ("181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ, Thông tư số 23/2024/TTBCT ngày 07/11/2024 của Bộ Công Thương (được sửa đổi",
         "181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ, Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương (được sửa đổi"),
        ("Phê duyệt Dự án hỗ trợ cơ giới hóa trong sản xuất thủy sản giai đoạn 20182020 của tỉnh An Giang, trong đó có các nội dung sau",
         "Phê duyệt Dự án hỗ trợ cơ giới hóa trong sản xuất thủy sản giai đoạn 2018-2020 của tỉnh An Giang, trong đó có các nội dung sau"),
    ])
    func theHyphenComesBack(_ merged: String, _ expected: String) {
        #expect(Self.repaired(merged) == expected)
    }

    /// A span of years loses its dash wherever the break fell: given back on any line of hard-wrapped text, the
    /// spaced form only after the words a span follows.
    @Test(arguments: [("tác quản lý thu chi năm học 20222023", "tác quản lý thu chi năm học 2022-2023"),
                      ("HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XI, NHIỆM KỲ 2021 2026", "HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XI, NHIỆM KỲ 2021 - 2026"),
                      ("Bảng số liệu so sánh 2021 2026 của các đơn vị", nil), ("Mã số thuế 20222099 của doanh nghiệp", nil)])
    func aSpanOfYears(_ line: String, _ expected: String?) {
        #expect(Self.repaired(line) == expected)
    }

    /// A legal act's symbol always names its type: its lost hyphen comes back before an issuer of legal acts the
    /// table does not list, and not before a code that is no such issuer ("QĐTLMLATVS" stays as written).
    @Test func aLegalSymbolsLostHyphen() {
        #expect(NumberParser.splittingLostHyphen(NumberParser.parse("19/2017/TTBNNPTNT")!).canonical == "19/2017/TT-BNNPTNT")
        #expect(NumberParser.splittingLostHyphen(NumberParser.parse("05/2003/TTLTBGDĐT-BNV-BTC")!).canonical == "05/2003/TTLT-BGDĐT-BNV-BTC")
        #expect(NumberParser.splittingLostHyphen(NumberParser.parse("06/2021/QĐTLMLATVS")!).canonical == "06/2021/QĐTLMLATVS")
    }

    /// Not where no join lies, not in a code the table knows whole, not in an issuer's code that only starts like
    /// a rare type's ("TCHQ", "PGD&ĐT"), and not in a line laid out in columns.
    @Test(arguments: [
        "Căn cứ Công văn số 3900/UBNDNLN ngày 15/12/2020 của UBND tỉnh Yên Bái về việc triển khai thực hiện các nội dung tại Chỉ thị",
        "Thực hiện văn bản của Ủy ban nhân dân tỉnh về việc triển khai thực hiện các nội dung, Công văn số 5452/TCHQGSQL ngày 15/12",
        "Thực hiện văn bản của Ủy ban nhân dân tỉnh về việc triển khai thực hiện các nội dung, Nghị quyết số 12/2020/UBTVQH ngày 15",
        "Số: 278/PGD&ĐTTHCS                         Thanh Chương, ngày 15 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh Nghệ An và",
        // A letter's symbol has no type code: Cục Thuế Thừa Thiên Huế's "CTTTH" is no "CT" (chỉ thị) run into "TTH" (set 32, 03).
        "Tổng cục Thuế đã nhận được văn bản của các Cục Thuế, trong đó có Công văn sô 1059/CTTTH-TTKT1 ngày 10/7/2023 của Cục",
    ])
    func noHyphenWhereNoneWasLost(_ line: String) {
        #expect(Self.repaired(line) == nil)
    }

    /// Text of one paragraph per line (a web page) has no wrapped width: nothing is joined there.
    @Test func aWebPageIsLeftAlone() {
        let lines = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                     "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 12/TTrSTNMT ngày 10/01/2020 về việc ban hành quy định bảo vệ môi trường trên địa bàn tỉnh;",
                     "Điều 1. Ban hành kèm theo Quyết định này Quy định về bảo vệ môi trường.",
                     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, ngành và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.",
                     "Nơi nhận: Như Điều 3; Lưu: VT.", "TM. ỦY BAN NHÂN DÂN TỈNH KT. CHỦ TỊCH PHÓ CHỦ TỊCH"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(LostLineHyphens().apply(lines) == nil)
    }
}

/// A number a word asks for, wrapped to the next line, is no outline marker (the rendered held-out set, raw order).
@Suite struct WrappedNumberTests {
    @Test(arguments: [("a. Vòng thi cấp trường: Chọn một vòng thi, từ vòng thi thứ 10 đến vòng thi thứ", "14."),
                      ("Hội nghị lần thứ 6 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Khóa", "XI) họp ngày từ 02 đến 03 tháng 7 năm 2015"),
                      ("luận của Trung ương tại Hội nghị lần thứ ba Ban Chấp hành Trung ương khóa", "XII,")])
    func joins(_ previous: String, _ next: String) {
        #expect(UnbreakLines.shouldJoin(previous, next, indent: 0, lastIndent: 0))
    }

    /// The number's cell wraps its symbol after a hyphen: the next line is its last code (set 4: every extractor
    /// that keeps the PDF's lines, pypdf, PyMuPDF, pdftotext -raw).
    @Test(arguments: [("Số: 2760 /SGTVT-\nQLVTPTNL", "2760/SGTVT-QLVTPTNL"), ("Số: 3589/SGD&ĐT-\nKT&KĐCLGD", "3589/SGD&ĐT-KT&KĐCLGD"),
                      ("Số: 05/2003/TTLT-BGDĐT-BNV-\nBTC", "05/2003/TTLT-BGDĐT-BNV-BTC")])
    func aSymbolWrappedInItsCell(_ lines: String, _ number: String) {
        let text = "UBND TỈNH LẠNG SƠN\nSỞ GIAO THÔNG VẬN TẢI\n--------\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\(lines)\nV/v thống nhất đề xuất điều\nchỉnh quy hoạch\nLạng Sơn, ngày 25 tháng 11 năm 2016\nKính gửi: Bộ Giao thông vận tải.\n\nSở Giao thông vận tải đề nghị như sau.\n"
        #expect(DocumentParser().parse(text: text, name: "cv.txt").header.number?.canonical == number)
    }

    /// Headings that end in "số" or "ĐIỂM" keep the marker under them.
    @Test(arguments: [("1. Về nhận thức số", "1.1. Ngày chuyển đổi số"), ("I. QUAN ĐIỂM", "1. Phát triển cây ăn quả")])
    func staysApart(_ previous: String, _ next: String) {
        #expect(!UnbreakLines.shouldJoin(previous, next, indent: 0, lastIndent: 0))
    }
}

/// Tesseract on a specked scan: marks at the lines' edges and an underscore between columns read into one line.
@Suite struct OcrEdgeDebrisTests {
    @Test func marksAtTheEdgesGo() {
        let document = WebPageHeaderTests.parse(["_ ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                 "-_ TỈNH HẢI DƯƠNG _ Độc lập - Tự do - Hạnh phúc .. -",
                                                 "_ Số: 30/2016/QĐ-UBND _. Hải Dương, ngày 01 tháng 11 năm 2016 _",
                                                 "QUYẾT ĐỊNH.", "BAN HÀNH CÁC NGUYÊN TẮC PHÂN BỔ VỐN ĐẦU TƯ",
                                                 "_ Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm ` `",
                                                 "Điều 1. Ban hành kèm theo Quyết định này các nguyên tắc."])
        #expect(document.header.number?.canonical == "30/2016/QĐ-UBND")
        #expect(document.header.place?.text == "Hải Dương")
        #expect(document.source.repairs.contains(OcrEdgeDebris.id))
    }

    /// "„ Điều 1." (held-out code-2 05): a low double quote opening a line is a speck, even on one line alone.
    @Test func aLowQuoteOpeningALineGoes() {
        let document = WebPageHeaderTests.parse(["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 2439/QĐ-BTC",
                                                 "Hà Nội, ngày 22 tháng 11 năm 2022", "QUYẾT ĐỊNH", "Ban hành Kế hoạch cải cách hệ thống thuế",
                                                 "QUYẾT ĐỊNH:", "„ Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
                                                 "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."])
        #expect(document.body.compactMap(\.marker) == ["Điều 1", "Điều 2"])
    }

    /// OCR's marks or the next column's words after the symbol: the longest start that is a number.
    @Test(arguments: [("19/2006/NQ-HĐND.", "19/2006/NQ-HĐND"), ("954/QĐ-UBND -ˆ  m—— : ]", "954/QĐ-UBND"),
                      ("4216/QĐ-UBND Thanh Hóa, iigày 06 tháng 10 năm 2020", "4216/QĐ-UBND"), ("36 /KH - UBND .", "36/KH-UBND")])
    func aNumberWithWordsAfterIt(_ text: String, _ canonical: String) {
        #expect(HeaderParser.numberAtStart(of: text)?.0.canonical == canonical)
    }

    @Test func noNumberAtTheStart() {
        #expect(HeaderParser.numberAtStart(of: "Hà Nội, ngày 06 tháng 10 năm 2020") == nil)
        #expect(HeaderParser.numberAtStart(of: "…………") == nil)
    }

    @Test(arguments: [("ỦY BAN NHÂN DÂN . TỈNH VĨNH LONG", "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"), ("SỞ NỘI VỤ -ˆ", "SỞ NỘI VỤ"),
                      ("'TỔNG CỤC HẢI QUAN", "TỔNG CỤC HẢI QUAN"), ("BỘ GIAO THÔNG VẬN TẢI .", "BỘ GIAO THÔNG VẬN TẢI"),
                      ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
                      ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), ("UBND TP.", "UBND TP."),
                      ("ỦY BAN NHÂN DÂN XÃ ..........", "ỦY BAN NHÂN DÂN XÃ .........."),
                      // specks glued to a word's edges
                      ("ỦY. BAN NHÂN DÂN TỈNH BẮC GIANG", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"), ("ỦY.BAN NHÂN DÂN", "ỦY.BAN NHÂN DÂN"),
                      ("ỦY BAN NHÂN DÂN _TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"), ("BAN CHẤP HÀNH .TRUNG ƯƠNG", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
                      ("THỦ TƯỚNG: CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ"), ("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG...", "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"),
                      ("UBND TX. ĐỒNG XOÀI", "UBND TX. ĐỒNG XOÀI"), ("SỞ LAO ĐỘNG- THƯƠNG BINH VÀ XÃ HỘI", "SỞ LAO ĐỘNG- THƯƠNG BINH VÀ XÃ HỘI")])
    func strayMarksInAName(_ written: String, _ name: String) {
        #expect(OrganisationNames.withoutStrayMarks(written) == name)
    }

    /// Set 3's tesseract: a speck after the signer's name, as a word of its own, hid the name.
    @Test func aSpeckAfterTheSignersName() {
        let text = "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1803/QĐ-TTg Hà Nội, ngày 22 tháng 10 năm 2015\n\nQUYẾT ĐỊNH\nVề việc phê duyệt đề án\n\nĐiều 1. Phê duyệt đề án.\nĐiều 2. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận: KT. THỦ TƯỚNG\n- TTg CP, các PTTgCP; PHÓ THỦ TƯỚNG `\n- Các Bộ: KHĐT, TC;\n- VPCP: BTCN, các PCN; `\n- Lưu: VT, KTN. | Hoàng Trung Hải ˆ\n"
        let closing = DocumentParser().parse(text: text, name: "qd.txt").closing
        #expect(closing.signatures.first?.name == "Hoàng Trung Hải")
        #expect(closing.signatures.first?.title == "PHÓ THỦ TƯỚNG")
        #expect(closing.recipients.map(\.text).contains("VPCP: BTCN, các PCN;") == true)
    }

    /// A scan's specks between the words of a date (set 3's tesseract).
    @Test(arguments: [("ngày. 21. tháng 12 năm. 2016", "2016-12-21"), ("ngày 23.tháng 7.năm 2021", "2021-07-23"),
                      ("ngày:27 tháng 8 năm 2025", "2025-08-27"), ("ngày 16 tháng 12 |năm 2002", "2002-12-16")])
    func specksBetweenADatesWords(_ text: String, _ value: String) {
        #expect(DateExtractor.dates(in: TextLine(text: "Căn cứ Nghị định số 45/2012/NĐ-CP " + text + " của Chính phủ", line: 1)).first?.value == value)
    }

    /// OCR slips the month word's mark between a day and a year, or the year word's ("nắm", set 4's italic dates); a
    /// typist the tone ("thảng", held-out pages-93 04).
    @Test(arguments: ["Hà Nội, ngày 26 thắng 07 năm 2016", "Hà Nội, ngày 23 thăng 9 năm 1997", "Hà Nội, ngày 19 thừng 10 năm 2016",
                      "Kon Tum, ngày 05 tháng 8 nắm 2020", "Hiệp Thạnh, ngày 24 thảng 7 năm 2021"])
    func aMonthWordOCRSlipped(_ text: String) {
        let dates = DateExtractor.dates(in: TextLine(text: text, line: 1))
        #expect(dates.first?.value.hasPrefix(String(text.suffix(4))) == true)
        #expect(dates.first?.precision == .day)
    }

    /// A bullet, a draft's blank slot and a rule stay; so does a text with few such lines.
    @Test func itemsBlanksAndRulesStay() {
        let lines = ["- Như trên;", "ngày _", "__________", "_ a", "_ b", "_ c", "_ d"].enumerated().map { TextLine(text: $1, line: $0 + 1) }
        let repaired = OcrEdgeDebris().apply(lines)?.map(\.text)
        #expect(repaired == ["- Như trên;", "ngày _", "__________", "a", "b", "c", "d"])
        #expect(OcrEdgeDebris().apply(Array(lines.prefix(5))) == nil)
    }
}
