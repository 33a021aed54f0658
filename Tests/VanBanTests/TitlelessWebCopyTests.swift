import Testing
@testable import VanBan

/// Headers and closings of web copies that lost their title lines (held-out sets 44 and 64): a banner wrapped in
/// its cell, the enacting authority straight under the number and date, a mode line wrapped before its last word,
/// "Kính gửi" glued to the date's year.
@Suite struct TitlelessWebCopyTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    @Test func aYouthUnionBannerWrappedInItsCellIsNoIssuer() {
        let lines = ["BAN CHẤP", "HÀNH TRUNG ƯƠNG |", "ĐOÀN TNCS HỒ", "CHÍ MINH |", "Số: 411-KH/TWĐTN-BTC |",
                     "Hà Nội, ngày 25 tháng 8 năm 2021 |", "Căn cứ Điều lệ Đoàn, Ban Chấp hành Trung ương Đoàn ban hành Kế hoạch như sau:",
                     "1. Mục đích"]
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "BAN CHẤP HÀNH TRUNG ƯƠNG")
        #expect(header.parentAuthority == nil)
    }

    @Test(arguments: ["ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"])
    func theEnactingAuthorityUnderTheDateIsNoIssuer(_ authority: String) {
        let lines = ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                     "Số: 1908/QĐ-TLĐ | Hà Nội, ngày 19 tháng 12 năm 2016 |", authority,
                     "Căn cứ Luật Công đoàn năm 2012;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Quy định về quản lý tài chính."]
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")
        #expect(header.parentAuthority == nil)
    }

    @Test func aModeLineWrappedBeforeItsLastWord() {
        let lines = ["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH", "Số: 730/LĐLĐ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2020",
                     "Kính gửi: Công đoàn cấp trên trực tiếp cơ sở", "Liên đoàn Lao động Thành phố đề nghị thực hiện./", "|",
                     "TM. BAN THƯỜNG", "VỤ |"]
        let signature = Self.parse(lines).closing.signatures.first
        #expect(signature?.mode == "TM")
        #expect(signature?.authority == "BAN THƯỜNG VỤ")
        #expect(signature?.title == nil)
    }

    @Test func kinhGuiGluedToTheYearOpensTheAddressees() {
        let lines = ["BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 908/BYT-BH",
                     "V/v hướng dẫn bổ sung thông tin thuốc", "Hà Nội, ngày 22 tháng 02 năm 2016Kính gửi: - Sở Y tế các tỉnh",
                     " • Các Bệnh viện / Viện có giường bệnh trực thuộc Bộ Y tế", "Để tiếp tục bổ sung danh mục dùng chung, Bộ Y tế đề nghị:"]
        let header = Self.parse(lines).header
        #expect(header.subject?.text == "hướng dẫn bổ sung thông tin thuốc")
        #expect(header.date?.value == "2016-02-22")
        #expect(header.addressees.first?.text.hasPrefix("Sở Y tế") == true)
    }
}
