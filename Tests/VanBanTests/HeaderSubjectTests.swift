import Testing
@testable import VanBan

/// Where a subject ends when no blank line follows it (raw pdftotext of a party Chương trình hành động).
@Suite struct HeaderSubjectTests {
    static func subject(_ lines: [String]) -> String? {
        let text = (["TỈNH UỶ LÀO CAI", "*", "Số         -CTr/TU", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "",
                     "Lào Cai, ngày        tháng 8 năm 2026", "", "CHƯƠNG TRÌNH HÀNH ĐỘNG"] + lines).joined(separator: "\n")
        return DocumentParser().parse(text: text, name: "t.txt").header.subject?.text
    }

    @Test func aWrappedLineGoesOnBeforeACapital() {
        let got = Self.subject([
            "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành  ",
            "Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW ",
            "ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động ",
            "ứng phó với biến đổi khí hậu trong thời kỳ mới",
            "-----", "",
            "Thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành ",
        ])
        #expect(got == "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới")
    }

    @Test func aShortLastLineEndsTheSubject() {
        let got = Self.subject([
            "về bảo vệ môi trường",
            "Tỉnh ủy ban hành Chương trình hành động thực hiện Kết luận số 75-KL/TW như sau:",
        ])
        #expect(got == "về bảo vệ môi trường")
    }
}

/// The organisations of a joint document's header.
@Suite struct HeaderJointIssuersTests {
    /// 19 (Hướng dẫn liên ngành 24/HDLN-BCA-BQP-BYT-…): seven agencies, all issuers, no parent authority.
    @Test func everyOrganisationOfAJointDocumentIsAnIssuer() throws {
        let d = RuleFixture.corpus("19_")
        #expect(d.header.parentAuthority == nil)
        let issuer = try #require(d.header.issuer?.text)
        for agency in ["BỘ CÔNG AN", "BỘ QUỐC PHÒNG", "BỘ CÔNG THƯƠNG", "BỘ TÀI CHÍNH", "VIỆN KIỂM SÁT", "TÒA ÁN", "BỘ Y TẾ"] {
            #expect(issuer.contains(agency), "\(agency)")
        }
    }

    /// A single issuer under its parent keeps the parent (01: SỞ CÔNG THƯƠNG under UBND TỈNH LÀO CAI).
    @Test func aSingleIssuerKeepsItsParent() {
        let d = RuleFixture.corpus("01_")
        #expect(d.header.parentAuthority != nil)
        #expect(d.header.issuer?.text == "SỞ CÔNG THƯƠNG")
    }
}

/// A header flattened into a Markdown table (Thông báo 467/TB-VPCP as published online, not in dev).
@Suite struct HeaderMarkdownCellTests {
    @Test func titleAndMottoInOneCellAreBothRead() {
        let text = """
            | VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |
            | --- | --- |
            | Số: 467/TB-VPCP | *Hà Nội, ngày 14 tháng 10 năm 2024 * |
            THÔNG BÁO
            KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM
            """
        let header = DocumentParser().parse(text: text, name: "u05.txt").header
        #expect(header.nationalTitle?.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(header.motto?.text == "Độc lập - Tự do - Hạnh phúc")
        #expect(header.issuer?.text == "VĂN PHÒNG CHÍNH PHỦ")
        #expect(header.number?.canonical == "467/TB-VPCP")
    }
}
