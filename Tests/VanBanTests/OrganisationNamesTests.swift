import Testing
@testable import VanBan

/// Names of bodies as tesseract leaves them (dev 19; held-out v07, w06, x02), and names that must stay.
@Suite struct OrganisationNamesTests {
    @Test(arguments: [
        ("VIỆN KIỂM SÁT NHÂN DÂN TÓI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"),
        ("CỤC HÓA CHÁT", "CỤC HÓA CHẤT"),
        ("TÍNH ỦY LÀO CAI", "TỈNH ỦY LÀO CAI"),
        ("BIÊN BẢN KIÊM TRA THỰC ĐỊA", "BIÊN BẢN KIỂM TRA THỰC ĐỊA"),
    ])
    func aMarkOCRSwappedIsReadBack(written: String, name: String) {
        #expect(OrganisationNames.respelled(written) == name)
    }

    @Test func namesAsTheyShouldBeStay() {
        for name in ["CỤC HOÁ CHẤT", "UỶ BAN NHÂN DÂN TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Xử phạt vi phạm hành chính", "CÔNG TY TNHH HẢI ĐĂNG"] {
            #expect(OrganisationNames.respelled(name) == name, "\(name)")
        }
    }
}
