import Testing
@testable import VanBan

/// Two readings from held-out sets 65 and 66: a mode written without its dot, and a line "LABEL: VALUE" in
/// capitals that belongs to a subject in capitals.
@Suite struct ModeWithoutDotAndTitleLabelTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    /// "KT/ BỘ TRƯỞNG" (held-out code-28 06, a 2002 letter of Văn phòng Chính phủ): a slash before a space for the dot.
    @Test(arguments: [("TM ỦY BAN NHÂN DÂN", "TM"), ("KT CHỦ TỊCH", "KT"), ("TL BỘ TRƯỞNG", "TL"), ("KT/ CHỦ TỊCH", "KT"),
                            ("T.L CHỦ TỊCH", "TL"), ("K.T CHỦ TỊCH", "KT")])
    func aModeWithoutItsDot(_ modeLine: String, _ mode: String) {
        let lines = ["ỦY BAN NHÂN DÂN", "XÃ TÙNG LỘC", "Số: 31/UBND", "V/v đôn đốc đăng ký xây dựng cơ sở vật chất",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tùng Lộc, ngày 10 tháng 8 năm 2020",
                     "Kính gửi: Các thôn trên địa bàn xã", "Ủy ban nhân dân xã đề nghị các thôn thực hiện./.",
                     "Nơi nhận:", "- Như trên;", "- Lưu: VT.", modeLine, "PHÓ CHỦ TỊCH", "Bùi Chiến Thắng"]
        let signature = Self.parse(lines).closing.signatures.first
        #expect(signature?.mode == mode)
        #expect(signature?.name == "Bùi Chiến Thắng")
    }

    /// "Q" keeps its dot: "Q UẢN LÝ" in OCR text is no mode.
    @Test func qWithoutItsDotIsNoMode() {
        #expect(!ClosingParser.mode.matches("Q UẢN LÝ DỰ ÁN"))
        #expect(!ClosingParser.mode.matches("TMĐT XÂY DỰNG"))
        #expect(!ClosingParser.mode.matches("KT/BTC ĐỀ NGHỊ"))
    }

    @Test func aLabelLineInCapitalsEndsASubjectInCapitals() {
        let lines = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 78/NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 07 tháng 12 năm 2023", "NGHỊ QUYẾT",
                     "VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024", "NGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH", "",
                     "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI", "KHÓA XIII KỲ HỌP THỨ 20", "", "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;",
                     "QUYẾT NGHỊ:", "Điều 1. Phê duyệt kế hoạch vốn."]
        #expect(Self.parse(lines).header.subject?.text == "VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 NGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH")
    }

    /// A form's metadata line under its subject stays out of it ("Mã số dự án: 4275604886").
    @Test func aFormsMetadataLineIsNoSubject() {
        let lines = ["BAN QUẢN LÝ CÁC KHU KINH TẾ", "Số: 12/GCN-BQL", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Lào Cai, ngày 07 tháng 12 năm 2023", "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ", "Mã số dự án: 4275604886",
                     "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;", "Điều 1. Nhà đầu tư."]
        #expect(Self.parse(lines).header.subject?.text.contains("Mã số") != true)
    }
}
