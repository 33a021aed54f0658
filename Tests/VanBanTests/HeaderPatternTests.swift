import Testing
@testable import VanBan

/// The quốc hiệu as OCR leaves it, and what is not one.
@Suite struct HeaderPatternTests {
    /// "LƯU HÀNH NỘI BỘ" stamped over the header is a circulation mark, not the parent body (held-out code-3 12).
    @Test func anInternalCirculationStampIsNoBody() {
        let header = DocumentParser().parse(text: ["LƯU HANH NỘI BO", "", "BỘ TAI CHÍNH CONG HÒA XÃ HOI CHỦ NGHĨA VIỆT NAM",
                                                   "TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc", "Số: 1582 /QĐ-TCT Hà Nội, ngày 06 tháng 10 năm 2022",
                                                   "QUYÉT ĐỊNH", "", "Ban hành Bộ chỉ số tiêu chí lựa chọn hồ sơ khai thuế", "",
                                                   "Căn cứ Luật Quản lý thuế ngày 13/6/2019;"].joined(separator: "\n"), name: "qd.md").header
        #expect(header.parentAuthority?.text == "BỘ TÀI CHÍNH")
        #expect(header.confidentiality?.text == "LƯU HANH NỘI BO")
    }

    /// OCR reads the slash and "v" of "V/v" as one "w" (held-out code-7 11: "Vw triển khai các nhiệm vụ …"); a word that
    /// only starts so is no lead.
    @Test func ocrsVwIsTheSubjectsLead() {
        let header = DocumentParser().parse(text: ["TỔNG CỤC THUẾ", "Số: 990/TCT-VP", "Vw triển khai các nhiệm vụ tháng 10",
                                                   "", "Kính gửi: Cục Thuế các tỉnh"].joined(separator: "\n"), name: "cv.txt").header
        #expect(header.subject?.text == "triển khai các nhiệm vụ tháng 10")
        #expect(!HeaderPatterns.subjectLead.matches("Vwin triển khai"))
    }

    @Test func theNationalTitleSurvivesGarbledMiddleWords() {
        // Held-out code-70 04 and code-34 05: a scan's OCR kept only the frame of the words.
        for line in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ : HỦ NGHĨA VIỆT NAM", "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "CQNG HOA XA HQI CHU NGHIA VIET NAM", "CONG HOAYXA HOI atts NGHIA lon NAM"] {
            #expect(HeaderPatterns.nationalTitle.matches(line), "\(line)")
        }
        // Held-out tesseract công văn: the issuer and the quốc hiệu on one line come apart.
        let header = DocumentParser().parse(text: "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ : HỦ NGHĨA VIỆT NAM\n) Độc lập - Tự do - Hạnh phúc\n",
                                            name: "cv.txt").header
        #expect(header.issuer?.text == "BỘ CÔNG THƯƠNG")
        #expect(!HeaderPatterns.nationalTitle.matches("Cộng hòa xã viên tham gia nghĩa vụ Việt Nam"))
        let scanned = DocumentParser().parse(text: "BO TAI CHINH CQNG HOA XA HQI CHU NGHIA VIET NAM\nTONG CUC THUE Độc lập - Tự do - Hạnh phúc\n",
                                             name: "cv.txt").header
        #expect(scanned.nationalTitle?.text == "CQNG HOA XA HQI CHU NGHIA VIET NAM")
    }
}

/// A joint document's issuers in its symbol's order (19: the OCR'd header scatters seven names).
@Suite struct JointIssuerOrderTests {
    @Test func theSymbolOrdersTheBodies() {
        let printed = "BỘ CÔNG AN BỘ QUỐC PHÒNG BỘ CÔNG THƯƠNG BỘ TÀI CHÍNH VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO TÒA ÁN NHÂN DÂN TỐI CAO BỘ Y TẾ"
        #expect(JointIssuers.inSymbolOrder(printed, codes: "BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC")
                == "BỘ CÔNG AN BỘ QUỐC PHÒNG BỘ Y TẾ BỘ CÔNG THƯƠNG BỘ TÀI CHÍNH VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO TÒA ÁN NHÂN DÂN TỐI CAO")
        // Names the codes do not spell stay as printed.
        #expect(JointIssuers.inSymbolOrder("BỘ CÔNG AN SỞ TƯ PHÁP", codes: "BCA-BTP") == "BỘ CÔNG AN SỞ TƯ PHÁP")
    }
}

/// A tesseract công văn of Bộ Công Thương (held out): number digits set apart, the quốc hiệu cut off.
@Suite struct OCRHeaderLineTests {
    @Test func spacedDigitsAndACutQuocHieu() {
        let text = "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É\nĐộc lập - Tự do - Hạnh phúc\n\nSố:8 5 2 0/BCT-KHCN Hà Nội, ngày 3Ù tháng 4Ä năm 4034\nV/v hướng dẫn thực hiện quy định\n\nKính gửi: UBND tỉnh Bình Định\n\nTrả lời đề nghị của UBND tỉnh.\n"
        let document = DocumentParser().parse(text: text, name: "cv.txt")
        #expect(document.header.number?.canonical == "8520/BCT-KHCN")
        #expect(document.header.issuer?.text == "BỘ CÔNG THƯƠNG")
        #expect(document.header.nationalTitle?.text == "CỘNG HOÀ XÃ HỘI É")
        #expect(document.references.isEmpty)   // "0/BCT-KHCN" is a piece of the own number
    }

    /// Held-out z08 (tesseract): the receiving office's "CÔNG VĂN ĐẾN" stamp sits in the header, its office's
    /// name printed above it.
    @Test func aReceiptStampIsNeitherIssuerNorType() {
        let text = "THANH TRA CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n——— Độc lập - Tự do - Hạnh phúc\n\n| VĂN PHÒNG CHÍNH PHỦ,\n\nCÔNG VĂN ĐẾN [ XHE/B-TRAP Hà Nội, ngày 26 tháng 02 năm 2026\nGiờ....... Ngày.......\n\nKính gửi: Thủ tướng Chính phủ\n\nThực hiện chỉ đạo của Thủ tướng Chính phủ, Thanh tra Chính phủ báo cáo như sau.\n"
        let header = DocumentParser().parse(text: text, name: "bc.txt").header
        #expect(header.issuer?.text == "THANH TRA CHÍNH PHỦ")
        #expect(header.parentAuthority == nil)
        #expect(header.documentType?.text != "CÔNG VĂN")        // the stamp's words are no type name
        #expect(header.subject?.text.contains("ĐẾN") != true)   // nor a subject
        #expect(header.date?.value == "2026-02-26")
    }

    /// Held-out e03 (tesseract): a speck read as a colon inside the type's name.
    @Test func aColonInsideTheTypeNameIsASpeck() {
        let text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n\nSố: 2338/QĐ-UBND Lào Cai, ngày 04 tháng 8 năm 2026\n\nQUYẾT: ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\nĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ\n\nCHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;\n"
        let header = DocumentParser().parse(text: text, name: "qd.txt").header
        #expect(header.documentType?.name == "Quyết định")
        #expect(header.subject?.text == "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ")
        #expect(header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
    }

    /// Held-out d05 (tesseract): a speck after the number reads as a colon.
    @Test func punctuationAfterTheNumberIsDebris() throws {
        let m = try #require(HeaderPatterns.number.firstMatch(in: "Số: 28/CV-ĐĐT :"))
        #expect(m["num"].map(String.init) == "28/CV-ĐĐT")
        #expect(HeaderPatterns.number.firstMatch(in: "Số:       /KH-SKHCN")?["num"].map(String.init) == "/KH-SKHCN")
    }

    /// Set 3's tesseract renderings (specks, stamps, blur): marks before "Số", its "S" read as "§", a speck
    /// between "Số:" and the number or before the symbol's "/", a semicolon for the comma before "ngày", and
    /// marks left before the place where a column gap was cut.
    @Test(arguments: [
        ("\"Số: 722/UBND-MT . —— Bắc Giang, ngày 28 tháng 03 năm 2013", "722/UBND-MT", "Bắc Giang", "2013-03-28"),
        ("_§ố:1583/TCT-CS . - -. Hà Nội, ngày 24 tháng 04 năm 2017", "1583/TCT-CS", "Hà Nội", "2017-04-24"),
        ("- §ố 21-HD/VPTW _ Hà Nội, ngày 04 tháng 03 năm 2013", "21-HD/VPTW", "Hà Nội", "2013-03-04"),
        ("_ Số: -10/2009/NQ- HĐND  - Yên Bái, ngày 17 tháng 7 năm 2009.", "10/2009/NQ-HĐND", "Yên Bái", "2009-07-17"),
        ("Số: 565/BGTVT-VT ... . Hà Nội; ngày 17 tháng 01 năm 2018", "565/BGTVT-VT", "Hà Nội", "2018-01-17"),
        ("Số: 566./TB-UBND _ .Cẩm Duệ,ngày 24 tháng 10 năm 2022", "566/TB-UBND", "Cẩm Duệ", "2022-10-24"),
    ])
    func specksAroundTheNumberLine(line: String, number: String, place: String, date: String) {
        let text = "BỘ GIAO THÔNG VẬN TẢI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\(line)\nV/v triển khai kế hoạch năm 2018\n\nKính gửi: Các cơ quan.\n\nNội dung văn bản để thực hiện.\n"
        let header = DocumentParser().parse(text: text, name: "cv.txt").header
        #expect(header.number?.canonical == number)
        #expect(header.place?.text == place)
        #expect(header.date?.value == date)
    }

    /// A body line that opens with a dash and "Số" is no number line unless a number follows.
    @Test func aDashedBodyLineWithSốIsNoNumber() {
        #expect(HeaderPatterns.number.firstMatch(in: "- Số liệu thống kê năm 2023")?["num"].flatMap { NumberParser.parse(String($0)) } == nil)
    }

    @Test func aChapterCitedAtALineStartIsNoHeading() {
        let line = "Chương VI Nghị định số 77/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính"
        #expect(OutlineMarker.recognise(line, line: TextLine(text: line, line: 1)) == nil)
        for heading in ["Chương VI", "CHƯƠNG VI QUẢN LÝ THỊ TRƯỜNG", "Chương VI. Điều khoản thi hành", "Chương II: Quy định chung"] {
            #expect(OutlineMarker.recognise(heading, line: TextLine(text: heading, line: 1))?.marker == "Chương " + (heading.contains("VI") ? "VI" : "II"), "\(heading)")
        }
    }
}

/// A licensing decision dates each version (held-out 257/QĐ-BQLCKCN): this one is the latest.
@Suite struct LicenceVersionDateTests {
    @Test func theLatestAdjustmentDatesTheDocument() {
        let text = "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 257 /QĐ-BQLCKCN\n\nQUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ\n(cấp lần đầu: ngày 31 tháng 7 năm 2020)\n(điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2026)\n\nCăn cứ Luật Đầu tư;\n"
        #expect(DocumentParser().parse(text: text, name: "qd.txt").header.date?.value == "2026-09-10")
        // A first issue alone keeps its date (dev 17: "Chứng nhận lần đầu: ngày 30 tháng 6 năm 2026").
        let first = "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ\nChứng nhận lần đầu: ngày 30 tháng 6 năm 2026\n\nCăn cứ Luật Đầu tư;\n"
        #expect(DocumentParser().parse(text: first, name: "gcn.txt").header.date?.value == "2026-06-30")
    }

    /// The title of 1945–1976 with the tone set on the other vowel ("VIỆT NAM DÂN CHỦ CỘNG HOÀ"), and the two halves
    /// of today's title with a column's rule read between them, are the quốc hiệu, not the issuer's last words.
    @Test func theNationalTitleInItsOtherSpellingsIsNoPartOfTheIssuer() {
        #expect(HeaderPatterns.nationalTitle.matches("VIỆT NAM DÂN CHỦ CỘNG HOÀ"))
        let old = DocumentParser().parse(text: "BỘ Y TẾ\nVIỆT NAM DÂN CHỦ CỘNG HOÀ\nĐộc lập - Tự do - Hạnh phúc\nSố: 808-BYT/QĐ\n", name: "t").header
        #expect(old.issuer?.text == "BỘ Y TẾ")
        let cut = DocumentParser().parse(text: "CỘNG HÒA XÃ HỘI\nỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n-------\n|\nCHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n", name: "t").header
        #expect(cut.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")
        #expect(cut.nationalTitle?.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    }

    /// "Kinh gửi:" (OCR lost the mark; the colon says what it is) ends the subject as "Kính gửi:" does.
    @Test func kinhGuiWithItsColonEndsTheSubject() {
        let header = DocumentParser().parse(text: "BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 296/BHXH-CSYT\nHà Nội, ngày 5 tháng 3 năm 2019\n"
            + "V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT Kinh gửi: Bảo hiểm xã hội các tỉnh\n", name: "t").header
        #expect(header.subject?.text == "hướng dẫn một số quy định tại Điều 22 Luật BHYT")
        #expect(!HeaderPatterns.addresseeLead.matches("Kinh gửi thư cho bạn"))
    }

    /// The body's first heading with its title after a colon ("Chương I: Quy định chung", "PHẦN I: MỤC ĐÍCH") right
    /// under the subject is a heading, not a form's "Label: value" line the header passes over (it was lost).
    @Test func aChapterWithAColonUnderTheSubjectOpensTheBody() {
        for heading in ["Chương I: Quy định chung", "PHẦN I: MỤC ĐÍCH, YÊU CẦU"] {
            let text = "SỞ CÔNG THƯƠNG\nSố: 12/QĐ-SCT\nLào Cai, ngày 5 tháng 3 năm 2024\n\nQUY CHẾ\nKiểm tra an toàn\n-----------\n\n"
                + heading + "\n\nĐiều 1. Phạm vi\nNội dung.\n"
            let body = DocumentParser().parse(text: text, name: "t").body
            #expect(body.first?.span.start.line == 9, "\(heading)")
            #expect(body.first?.children.first?.marker == "Điều 1", "\(heading)")
        }
        #expect(HeaderPatterns.metadataLine.matches("Mã số dự án: 4275604886"))
    }
}
