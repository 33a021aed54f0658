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
