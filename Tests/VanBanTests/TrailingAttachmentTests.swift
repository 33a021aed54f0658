import Testing
@testable import VanBan

/// What follows a signature without a "PHỤ LỤC" label or a "(Kèm theo …)" caption is kept as an attachment (held-out
/// code-7 06: a circular's technical regulation, "QCVN 04:2020/BCT", was lost from the output).
@Suite struct TrailingAttachmentTests {
    static let letter = ["BỘ CÔNG THƯƠNG", "Số: 47/2020/TT-BCT", "Hà Nội, ngày 21 tháng 12 năm 2020", "", "THÔNG TƯ",
                         "Ban hành Quy chuẩn kỹ thuật quốc gia", "", "Điều 1. Ban hành kèm theo Thông tư này QCVN 04:2020/BCT.", "",
                         "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT, PC.", "BỘ TRƯỞNG", "", "Trần Tuấn Anh", ""]

    @Test func aRegulationUnderItsCodeAfterTheSignatureIsAnAttachment() {
        let text = (Self.letter + ["QCVN 04:2020/BCT", "QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ CHẤT LƯỢNG TIỀN CHẤT THUỐC NỔ", "",
                                   "I. Quy định chung", "1. Phạm vi điều chỉnh",
                                   "Quy chuẩn kỹ thuật này quy định về yêu cầu kỹ thuật, phương pháp thử, quản lý.",
                                   "2. Đối tượng áp dụng", "Quy chuẩn kỹ thuật này áp dụng đối với tổ chức, doanh nghiệp sản xuất."])
            .joined(separator: "\n")
        let document = DocumentParser().parse(text: text, name: "t")
        #expect(document.appendices.count == 1)
        #expect(document.appendices.first?.label == "QCVN 04:2020/BCT")
        #expect(document.appendices.first?.title == "QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ CHẤT LƯỢNG TIỀN CHẤT THUỐC NỔ")
        #expect(document.appendices.first?.body.first?.marker == "I")
        #expect(document.closing.signatures.first?.name == "Trần Tuấn Anh")
    }

    /// A page's number, a footnote or two short lines of a stamp after the signature are no attachment; nor is the
    /// attached regulation's own header above its caption, which belongs to the attachment the caption opens.
    @Test func aPageNumberOrAStampIsNoAttachment() {
        let stamp = DocumentParser().parse(text: (Self.letter + ["2", "Ký bởi: BỘ CÔNG THƯƠNG"]).joined(separator: "\n"), name: "t")
        #expect(stamp.appendices.isEmpty)
        let header = DocumentParser().parse(text: (Self.letter + ["BỘ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "QUY ĐỊNH", "Tiêu chí, tiêu chuẩn chất lượng; đánh giá, kiểm định chất lượng và quy chế",
            "(Ban hành kèm theo Thông tư số 47/2020/TT-BCT ngày 21 tháng 12 năm 2020)", "Điều 1. Phạm vi"]).joined(separator: "\n"), name: "t")
        #expect(header.appendices.count == 1)
    }
}
