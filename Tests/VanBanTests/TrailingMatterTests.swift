import Testing
@testable import VanBan

/// A law site's page printed under the document (held-out code-67 03, code-60 01, real-tables-4 09): its title again,
/// its related documents and its account notices are not the document's.
@Suite struct TrailingMatterTests {
    static let page = """
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
        Số: 98/2025/QĐ-UBND
        Quảng Ninh, ngày 21 tháng 11 năm 2025

        QUYẾT ĐỊNH
        Phân cấp thẩm quyền quyết định tiêu chuẩn, định mức

        Điều 1. Phân cấp cho Ủy ban nhân dân cấp xã theo Nghị định số 155/2025/NĐ-CP ngày 16/6/2025.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Vũ Văn Diện
        Quyết định 98/2025/QĐ-UBND phân cấp thẩm quyền quyết định tiêu chuẩn, định mức
        Văn bản này chưa cập nhật nội dung Tiếng Anh
        ## Văn bản liên quan
        Ban hành:
        28/10/2025
        Hiệu lực: Đã biết
        **THÔNG BÁO **
        Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân yêu cầu xác nhận sự đồng ý của thành viên.
        Cảm ơn đã dùng ThuVienPhapLuat.vn
        """

    static func lines(_ text: String) -> [TextLine] {
        text.components(separatedBy: "\n").enumerated().map { TextLine(text: $1, line: $0 + 1) }
    }

    @Test func nothingUnderTheSitesMarkIsCitedOrDated() {
        let document = DocumentParser().parse(text: Self.page, name: "qd.txt")
        #expect(document.references.map(\.number.canonical) == ["155/2025/NĐ-CP"])
        #expect(!document.dates.contains { $0.value == "2025-10-28" })
        #expect(document.closing.signatures.first?.name == "Vũ Văn Diện")
        #expect(document.source.repairs.contains("site-footer"))
        #expect(TrailingMatter.firstLine(in: Self.lines(Self.page)) == 13)
    }

    /// A site's tabs above the document name "Văn bản liên quan" too: nothing under them is set aside.
    @Test func aMarkAboveTheDocumentSetsNothingAside() {
        let text = "Tóm tắt\n## Văn bản liên quan\nLược đồ\n" + Self.page.components(separatedBy: "\n").prefix(12).joined(separator: "\n")
        #expect(TrailingMatter.firstLine(in: Self.lines(text)) == nil)
    }

    @Test func aDocumentWithoutThemKeepsEveryLine() {
        let text = Self.page.components(separatedBy: "\n").prefix(12).joined(separator: "\n")
        #expect(TrailingMatter.firstLine(in: Self.lines(text)) == nil)
    }
}
