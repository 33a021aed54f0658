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

    /// A page's OCR lost the signer's name and the next page's label (held-out real-tables-4 10): after the list's
    /// "Lưu: …", the capitals opening the next page are the attachment's title, not the signer's; the attachment
    /// starts on that page, and the stamp's debris before it stays out.
    @Test func aPageAfterTheArchiveOpensTheAttachmentWhenTheNameIsLost() throws {
        let text = ["CHÍNH PHỦ", "Số: 66/2026/NQ-CP", "Hà Nội, ngày 04 tháng 9 năm 2026", "", "NGHỊ QUYẾT", "Về quản lý khu công nghiệp", "",
                    "Điều 1. Phạm vi điều chỉnh", "Nghị quyết này quy định việc chuyển nhiệm vụ quản lý nhà nước.", "",
                    "Nơi nhận: TM. CHÍNH PHỦ", "- Ban Bí thư Trung ương Đảng; THỦ TƯ", "- Các bộ, cơ quan ngang bộ;",
                    "- Lưu: VT, TCCV (2).", "sh, ỨNG", "===== Trang 9 =====", "9",
                    "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT ĐỀ XUẤT SỬA ĐỔI", "ĐỒNG BỘ, THỐNG NHẤT", "",
                    "Luật Đầu tư số 143/2025/QH15", "- Sửa đổi, bổ sung quy định tại điểm k khoản 2 Điều 44 Luật Đầu tư số 143/2025/QH15",
                    "để bãi bỏ nhiệm vụ quản lý nhà nước về khu công nghiệp của Bộ Tài chính."].joined(separator: "\n")
        let document = DocumentParser().parse(text: text, name: "t")
        let signature = try #require(document.closing.signatures.first)
        #expect(signature.title == "THỦ TƯ")   // as OCR left it, not the next page's capitals
        let appendix = try #require(document.appendices.first)
        #expect(appendix.label == "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT ĐỀ XUẤT SỬA ĐỔI")
        #expect(appendix.title == "ĐỒNG BỘ, THỐNG NHẤT")
        #expect(appendix.span.start.line == 18)
        // Without the page break the closing's end is unknown: nothing is taken.
        let unbroken = text.replacingOccurrences(of: "===== Trang 9 =====\n9\n", with: "")
        #expect(DocumentParser().parse(text: unbroken, name: "t").appendices.isEmpty)
    }

    /// Sentences after the signature are text of their own even when a labelled appendix follows them (held-out
    /// real-tables-4 07: an amendment's regulation, then its "Phụ lục A"); the header over a caption is not.
    @Test func sentencesBeforeALabelledAppendixAreAnAttachmentOfTheirOwn() {
        let text = (Self.letter + ["SỬA ĐỔI 1:2024 QCVN 05A:2020/BCT", "QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ AN TOÀN HÓA CHẤT", "I. Quy định chung",
            "1. Bổ sung điểm 3.6 như sau: “3.6. Hệ thống thu gom là một trong các phương tiện: đê bao, phao quây.”",
            "2. Sửa đổi điểm 1.5 như sau: “1.5. QCVN 06:2022/BXD - Quy chuẩn kỹ thuật quốc gia về An toàn cháy.”",
            "3. Bãi bỏ điểm 5.2 của Quy chuẩn kỹ thuật quốc gia QCVN 05A:2020/BCT đã ban hành.", "",
            "Phụ lục A", "CÁC HÌNH ĐỒ CẢNH BÁO", "Hình đồ cảnh báo theo GHS được thay thế như sau."]).joined(separator: "\n")
        let document = DocumentParser().parse(text: text, name: "t")
        #expect(document.appendices.map(\.label) == ["SỬA ĐỔI 1:2024 QCVN 05A:2020/BCT", "Phụ lục A"])
    }

    /// A table right after the signature whose caption is lost (held-out code-15 01, a Markdown table): its heading
    /// labels the attachment and stays the table's heading, so the table is read.
    @Test func aTableFirstAfterTheSignatureIsRead() throws {
        let text = (Self.letter + ["| Stt | Loại nhà | Đơn giá (đồng/m²) |", "|-----|----------|------------------|",
                                   "| 1 | Nhà 1 tầng, tường 110 bộ trụ | 2.414.600 |", "| 2 | Nhà 1 tầng, tường 220 | 2.855.600 |",
                                   "| 3 | Nhà 1 tầng, mái bằng bê tông cốt thép | 4.209.900 |"]).joined(separator: "\n")
        let appendix = try #require(DocumentParser().parse(text: text, name: "t").appendices.first)
        #expect(appendix.label == "Stt | Loại nhà | Đơn giá (đồng/m²)")
        #expect(appendix.tables.first?.rows.count == 3)
        #expect(appendix.tables.first?.columns.first == "Stt")
    }
}
