import Testing
@testable import VanBan

/// Two acts of one kind and one issuer listed under one date (held-out pages-41 06: "Quyết định số 217-QĐ/TW và
/// Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"), and the lists whose date is the last act's only.
@Suite struct ListedDateTests {
    static func dates(_ sentence: String) -> [String: String?] { ReferenceDateLaterInClauseTests.dates(sentence) }

    @Test func oneDateDatesTwoActsOfOneRegister() {
        let got = Self.dates("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế;")
        #expect(got == ["217-QĐ/TW": "2013-12-12", "218-QĐ/TW": "2013-12-12"])
        let document = DocumentParser().parse(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCăn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị;\n", name: "t.txt")
        #expect(document.references.map(\.issuer) == ["Bộ Chính trị", "Bộ Chính trị"])
    }

    /// "số" left out before each number (held-out pages-48 06).
    @Test func oneDateDatesTwoActsNamedWithoutSo() {
        let got = Self.dates("Triển khai Nghị quyết 01/NQ-CP và Nghị quyết 02/NQ-CP ngày 07/01/2013 của Chính phủ;")
        #expect(got == ["01/NQ-CP": "2013-01-07", "02/NQ-CP": "2013-01-07"])
    }

    @Test func aYearInTheNumberMustBeTheDatesYear() {
        let got = Self.dates("Căn cứ Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29/6/2024;")
        #expect(got["29/2023/QH15"] == .some(nil))
        #expect(got["32/2024/QH15"] == "2024-06-29")
    }

    /// A number far off in the register is of another day: 896/QĐ-TTg is of 2022.
    @Test func aNumberFarOffInTheRegisterKeepsNoDate() {
        let got = Self.dates("Căn cứ Quyết định số 896/QĐ-TTg và Quyết định số 1422/QĐ-TTg ngày 19/11/2024 của Thủ tướng Chính phủ;")
        #expect(got["896/QĐ-TTg"] == .some(nil))
    }

    @Test func anotherKindOrIssuerKeepsNoDate() {
        let got = Self.dates("Căn cứ Nghị quyết số 18-NQ/TW và Kết luận số 19-KL/TW ngày 25/10/2017 của Ban Chấp hành Trung ương;")
        #expect(got["18-NQ/TW"] == .some(nil))
        let other = Self.dates("Căn cứ Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-SNV ngày 05/3/2025;")
        #expect(other["12/QĐ-UBND"] == .some(nil))
    }
}
