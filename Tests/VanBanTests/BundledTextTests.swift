import Testing
@testable import VanBan

/// Documents scanned together (held-out d05: a công văn, then the licence and the minutes it encloses):
/// everything after the first "Nơi nhận" is closing text, and its wrapped dates still date their citations.
@Suite struct BundledTextTests {
    @Test func aCitationAfterTheRecipientsKeepsItsWrappedDate() {
        let text = ["CÔNG TY TNHH ĐẠI ĐỒNG TIẾN", "Số: 28/CV-ĐĐT", "V/v lấn chiếm đất", "Kính gửi: Sở Công Thương", "",
                    "Công ty báo cáo như sau.", "", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn B", "",
                    "BIÊN BẢN KIỂM TRA", "Căn cứ Đơn ngày 17 tháng 02 năm 2022 và Văn bản số 06/ĐĐT-VP ngày 24 tháng 02",
                    "năm 2022 của Công ty TNHH Đại Đồng Tiến đề nghị xác định ranh giới mỏ."].joined(separator: "\n")
        let d = DocumentParser().parse(text: text, name: "t.txt")
        let ref = d.references.first { $0.number.canonical == "06/ĐĐT-VP" }
        #expect(ref?.date?.value == "2022-02-24")
    }

    @Test func theEnclosedDocumentsSignersAreNotThisDocuments() {
        let text = ["CÔNG TY TNHH ĐẠI ĐỒNG TIẾN", "Số: 28/CV-ĐĐT", "V/v lấn chiếm đất", "Kính gửi: Sở Công Thương", "",
                    "Công ty báo cáo như sau.", "", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn B", "",
                    "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH YÊN BÁI Độc lập - Tự do - Hạnh phúc",
                    "Số: 412/GP-UBND Yên Bái, ngày 20 tháng 4 năm 2012", "GIẤY PHÉP KHAI THÁC KHOÁNG SẢN",
                    "Điều 1. Cho phép Công ty khai thác.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Tạ Văn Long"].joined(separator: "\n")
        let d = DocumentParser().parse(text: text, name: "t.txt")
        #expect(d.closing.signatures.map(\.name) == ["Trần Văn B"])
        #expect(d.closing.recipients.count == 2)
        #expect(d.references.contains { $0.number.canonical == "412/GP-UBND" })   // its text is still read
    }
}
