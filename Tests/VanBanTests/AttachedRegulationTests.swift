import Testing
@testable import VanBan

/// A decision and the regulation it issues, in one text (held-out e06, Markdown): the regulation starts
/// at its title over "(Ban hành theo Quyết định số …)", after the decision's closing.
@Suite struct AttachedRegulationTests {
    static let text = [
        "| BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| --- | --- |",
        "| Số: 1215/QĐ-BNN-TCCB | Hà Nội, ngày 02 tháng 6 năm 2014 |", "",
        "QUYẾT ĐỊNH", "Ban hành Quy chế làm việc của Ban chỉ đạo", "",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.", "Điều 2. Quyết định có hiệu lực từ ngày ký.",
        "Điều 3. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./.",
        "| *Nơi nhận:* - Như Điều 3; - Bộ trưởng (để b/c); - Lưu VT, TCCB. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Hà Công Tuấn |",
        "| --- | --- |",
        "QUY CHẾ", "LÀM VIỆC CỦA BAN CHỈ ĐẠO",
        "*(Ban hành theo Quyết định số 1215/QĐ-BNN-TCCB ngày 02/06/2014 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn)*",
        "Chương 1.", "QUY ĐỊNH CHUNG", "Điều 1. Cơ sở pháp lý", "- Căn cứ Nghị định số 38/2013/NĐ-CP;", "- Căn cứ Quyết định số 799/QĐ-TTg;",
    ].joined(separator: "\n")

    @Test func theRegulationIsAnAttachmentNotMoreRecipients() throws {
        let d = DocumentParser().parse(text: Self.text, name: "t.md")
        #expect(d.closing.recipients.count == 3)
        let attached = try #require(d.appendices.first)
        #expect(attached.attachedTo?.number.canonical == "1215/QĐ-BNN-TCCB")
    }
}

/// A web copy (held-out f01, thuvienphapluat as Markdown) prints the attached plan's caption at the end of
/// its title line: the plan is an attachment, and its dashes are not recipients.
@Suite struct TrailingCaptionTests {
    @Test func aCaptionEndingATitleLineOpensTheAttachment() {
        let text = [
            "| THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "|---|---|",
            "| Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2018 |", "",
            "QUYẾT ĐỊNH", "Ban hành Kế hoạch thực hiện Chỉ thị số 14-CT/TW", "",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.", "Điều 2. Quyết định có hiệu lực từ ngày ký.", "",
            "| Nơi nhận: - Ban Bí thư Trung ương Đảng; - Các Bộ; - Lưu: VT, KGVX (2.b). | THỦ TƯỚNG Nguyễn Xuân Phúc |", "|---|---|", "",
            "KẾ HOẠCH", "",
            "THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 (Ban hành kèm theo Quyết định số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 của Thủ tướng Chính phủ)", "",
            "I. MỤC ĐÍCH, YÊU CẦU", "- Quán triệt Chỉ thị;", "- Tổ chức thực hiện;", "II. NHIỆM VỤ", "- Rà soát chính sách;",
        ].joined(separator: "\n")
        let d = DocumentParser().parse(text: text, name: "t.md")
        #expect(d.closing.recipients.count == 3)
        #expect(d.appendices.count == 1)
        #expect(d.header.date?.value == "2018-06-26")
    }
    /// The signer's title and name above an attachment's title ("THỨ TRƯỞNG" / "Bùi Xuân Dũng" / "SUẤT VỐN ĐẦU TƯ …" /
    /// "(Kèm theo …)", held-out code-6 07 and synthetic pdfminer texts) are the signature's, not the title's.
    /// A web copy that lost the signer's title and the regulation's type line (held-out pages-81 07: "Nơi nhận: |" /
    /// "TM." / "ỦY BAN NHÂN DÂN |" / "THU THẬP, QUẢN LÝ …" / "(Ban hành kèm theo …)"): the mode alone on its line and the
    /// authority under it are the closing's; the regulation's title starts below them.
    @Test func aLoneModeAndItsAuthorityAreNoAttachmentsTitle() {
        let lines = ["UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 01/2012/QĐ-UBND", "Lạng Sơn, ngày 20 tháng 01 năm 2012",
                     "QUYẾT ĐỊNH", "Về việc ban hành Quy chế", "Điều 1. Ban hành Quy chế.", "Điều 2. Thi hành.", "Nơi nhận: |", "TM.",
                     "ỦY BAN NHÂN DÂN |", "THU THẬP, QUẢN LÝ DỮ LIỆU", "TÀI NGUYÊN VÀ MÔI TRƯỜNG TRÊN ĐỊA BÀN TỈNH",
                     "(Ban hành kèm theo Quyết định số: 01/2012/QĐ-UBND ngày 20 tháng 01 năm 2012)", "Điều 1. Phạm vi"]
        let d = DocumentParser().parse(text: lines.joined(separator: "\n"), name: "qd.txt")
        #expect(d.closing.signatures.first?.mode == "TM")
        #expect(d.appendices.first?.span.start.line == 12)
    }

    @Test func theSignersNameEndsTheAttachmentsTitleAbove() {
        let lines = ["BỘ XÂY DỰNG", "------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                     "Số: 425/QĐ-BXD | Hà Nội, ngày 30 tháng 3 năm 2026", "", "QUYẾT ĐỊNH", "CÔNG BỐ SUẤT VỐN ĐẦU TƯ",
                     "Căn cứ Nghị định số 33/2025/NĐ-CP;", "QUYẾT ĐỊNH:", "Điều 1. Công bố suất vốn.",
                     "Điều 2. Quyết định này có hiệu lực từ ngày ký.", "", "Nơi nhận:", "- Bộ trưởng (để b/c);",
                     "- Lưu: VT, Cục KTQLXD. | KT. BỘ TRƯỞNG ", "THỨ TRƯỞNG", "", "Bùi Xuân Dũng", "",
                     "SUẤT VỐN ĐẦU TƯ XÂY DỰNG", "(Kèm theo Quyết định số 425/QĐ-BXD ngày 30/3/2026 của Bộ trưởng Bộ Xây dựng)",
                     "PHẦN 1: THUYẾT MINH"]
        let d = DocumentParser().parse(text: lines.joined(separator: "\n"), name: "qd.txt")
        let signature = d.closing.signatures.first
        #expect(signature?.title == "THỨ TRƯỞNG")
        #expect(signature?.name == "Bùi Xuân Dũng")
        #expect(d.appendices.first?.label == "SUẤT VỐN ĐẦU TƯ XÂY DỰNG")
    }
}
