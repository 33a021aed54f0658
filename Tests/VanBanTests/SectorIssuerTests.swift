import Testing
@testable import VanBan

/// Issuers outside ministries and local government (hospitals, universities, party cells and city
/// districts' committees, mass organisations): their name opens a new organisation under the parent's line,
/// in the pdftotext order of the two header columns.
@Suite struct SectorIssuerTests {
    static func parse(parent: String, issuer: String, number: String, typeLine: String = "THÔNG BÁO",
                      subject: [String] = ["Về việc tổ chức hội nghị"]) -> Document {
        let lines = [parent, issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Số: \(number)", "Hà Nội, ngày 12 tháng 3 năm 2024", "", typeLine] + subject
            + ["", "Căn cứ kế hoạch công tác năm 2024, đơn vị thông báo như sau:", "1. Thời gian: 8 giờ ngày 20/3/2024."]
        return DocumentParser().parse(text: lines.joined(separator: "\n"), name: "t.txt")
    }

    @Test(arguments: [
        ("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH", "BỆNH VIỆN MẮT", "672/TB-BVM"),
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "ĐẠI HỌC HUẾ", "118/TB-ĐHH"),
        ("THÀNH ỦY HÀ NỘI", "QUẬN ỦY BA ĐÌNH", "45-TB/QU"),
        ("ĐẢNG BỘ XÃ LA BẰNG", "CHI BỘ XÓM ĐỒNG", "03-TB/CB"),
        ("ỦY BAN MTTQ VIỆT NAM HUYỆN ĐẠI TỪ", "HỘI NÔNG DÂN XÃ LA BẰNG", "12/TB-HND"),
        ("TỈNH ĐOÀN NGHỆ AN", "CHI ĐOÀN SỞ TƯ PHÁP", "07-TB/CĐ"),
    ])
    func theIssuerOpensUnderItsParent(_ parent: String, _ issuer: String, _ number: String) {
        let header = Self.parse(parent: parent, issuer: issuer, number: number).header
        #expect(header.parentAuthority?.text == parent)
        #expect(header.issuer?.text == issuer)
    }

    /// "HỘI" opens a mass organisation's name only: a contest or a conference in the subject stays there.
    @Test func aContestInTheSubjectIsNoOrganisation() {
        let document = Self.parse(parent: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", issuer: "TRƯỜNG TIỂU HỌC KIM ĐỒNG",
                                  number: "21/KH-THKĐ", typeLine: "KẾ HOẠCH",
                                  subject: ["TỔ CHỨC", "HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TRƯỜNG"])
        #expect(document.header.subject?.text == "TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TRƯỜNG")
        #expect(document.header.issuer?.text == "TRƯỜNG TIỂU HỌC KIM ĐỒNG")
    }
}
