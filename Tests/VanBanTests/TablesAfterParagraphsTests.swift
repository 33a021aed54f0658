import Testing
@testable import VanBan

/// A Word file dumped paragraphs first and tables last (python-docx): the header and signing rows after the body
/// (held-out code-27 05, Quyết định 768/QĐ-TTg; the shape cut down here).
@Suite struct TablesAfterParagraphsTests {
    static let body = ["QUYẾT ĐỊNH", "PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH PHÁT TRIỂN ĐIỆN LỰC QUỐC GIA", "THỦ TƯỚNG CHÍNH PHỦ",
                       "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "Căn cứ Luật Điện lực ngày 30 tháng 11 năm 2024;",
                       "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Điều chỉnh Quy hoạch phát triển điện lực quốc gia.",
                       "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
                       "PHỤ LỤC I", "DANH MỤC CÁC DỰ ÁN ƯU TIÊN", "(Kèm theo Quyết định số 768/QĐ-TTg ngày 15 tháng 4 năm 2025 của Thủ tướng Chính phủ)",
                       "1. Các đề án xây dựng và hoàn thiện chính sách, pháp luật."]
    static let header = ["THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
                         "Số: 768/QĐ-TTg | Hà Nội, ngày 15 tháng 4 năm 2025"]
    static let signing = "Nơi nhận: - Ban Bí thư Trung ương Đảng; - Các bộ, cơ quan ngang bộ; - Lưu: VT, CN (2). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Bùi Thanh Sơn"

    @Test func theHeaderAndSigningRowsGoBackInPlace() {
        let text = (Self.body + Self.header + [Self.signing]).joined(separator: "\n")
        let d = DocumentParser().parse(text: text, name: "qd.txt")
        #expect(d.source.repairs.contains(TablesAfterParagraphs.id))
        #expect(d.header.issuer?.text == "THỦ TƯỚNG CHÍNH PHỦ")
        #expect(d.header.number?.canonical == "768/QĐ-TTg")
        #expect(d.header.date?.value == "2025-04-15")
        #expect(d.header.subject?.text == "PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH PHÁT TRIỂN ĐIỆN LỰC QUỐC GIA")
        #expect(d.closing.recipients.count == 3)
        #expect(d.closing.signatures.map(\.name) == ["Bùi Thanh Sơn"])
        #expect(d.appendices.count == 1)
        // Spans stay those of the rows as written: the number is on line 14.
        #expect(d.header.numberSpan?.start.line == 14)
    }

    /// A dump that sets a blank line after every row: the rows are still the header's, read as one.
    @Test func blankLinesBetweenTheHeaderRows() {
        let text = (Self.body + [""] + Self.header.flatMap { [$0, ""] } + [Self.signing]).joined(separator: "\n")
        let d = DocumentParser().parse(text: text, name: "qd.txt")
        #expect(d.header.number?.canonical == "768/QĐ-TTg")
        #expect(d.header.date?.value == "2025-04-15")
        #expect(d.closing.recipients.count == 3)
        #expect(d.closing.signatures.map(\.name) == ["Bùi Thanh Sơn"])
    }

    /// A document with its header on top, and another document's header later (a bundle), is left as it is.
    @Test func aHeaderOnTopIsLeftAlone() {
        let text = (Self.header + Self.body + Self.header).joined(separator: "\n")
        #expect(!DocumentParser().parse(text: text, name: "qd.txt").source.repairs.contains(TablesAfterParagraphs.id))
    }

    /// A text that opens with its type name and has no header table anywhere is left as it is.
    @Test func noHeaderRowsNoMove() {
        let text = (Self.body + [Self.signing]).joined(separator: "\n")
        #expect(!DocumentParser().parse(text: text, name: "qd.txt").source.repairs.contains(TablesAfterParagraphs.id))
    }
}
