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

    /// Names whose first line needs the one under it are one issuer, not a parent over a child.
    @Test(arguments: [("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI"), ("HỘI ĐỒNG THẨM PHÁN", "TÒA ÁN NHÂN DÂN TỐI CAO")])
    func aNameOnTwoLinesIsOneIssuer(_ first: String, _ second: String) {
        let header = Self.parse(parent: first, issuer: second, number: "653/2019/UBTVQH14").header
        #expect(header.parentAuthority == nil)
        #expect(header.issuer?.text == first + " " + second)
    }

    /// The enacting authority straight under the type name, then "Căn cứ": no subject (a 1992 resolution).
    @Test func theAuthorityUnderTheTypeNameIsNoSubject() {
        let document = Self.parse(parent: "UỶ BAN THƯỜNG VỤ QUỐC HỘI", issuer: "", number: "01NQ/UBTVQH9", typeLine: "NGHỊ QUYẾT",
                                  subject: ["UỶ BAN THƯỜNG VỤ QUỐC HỘI", "Căn cứ vào Điều 79, Luật tổ chức Quốc hội;"])
        #expect(document.header.subject == nil)
        #expect(document.header.issuer?.text == "UỶ BAN THƯỜNG VỤ QUỐC HỘI")
    }

    /// A page that lost the type line: "BAN HÀNH …" or "VỀ …" under the date is the subject, and the issuer
    /// repeated under it is not a second organisation.
    @Test(arguments: ["BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN QUẬN 9", "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008"])
    func aSubjectWithoutItsTypeLine(_ subject: String) {
        let lines = ["ỦY BAN NHÂN DÂN |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 01/2011/QĐ-UBND |",
                     "Quận 9, ngày 17 tháng 02 năm 2011 |", subject, "ỦY BAN NHÂN DÂN QUẬN 9",
                     "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;", "QUYẾT ĐỊNH:",
                     "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc."]
        let header = DocumentParser().parse(text: lines.joined(separator: "\n"), name: "t.txt").header
        #expect(header.subject?.text == subject)
        #expect(header.issuer?.text == "ỦY BAN NHÂN DÂN")
        #expect(header.parentAuthority == nil)
    }
}
