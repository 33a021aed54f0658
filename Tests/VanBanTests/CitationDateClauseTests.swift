import Testing
@testable import VanBan

/// Which date a citation takes in a letter's running text (held-out set 67).
@Suite struct CitationDateClauseTests {
    static func mentions(_ text: String) -> [ReferenceExtractor.Mention] {
        let line = TextLine(text: text, line: 1)
        return ReferenceExtractor.mentions(in: line, dates: DateExtractor.dates(in: line))
    }

    /// OCR's speck read as a stop between a number and its "ngày" (held-out code-7 11); "Ngày" in capitals after a
    /// stop opens the next sentence, whose date is not this number's.
    @Test func aStopBeforeNgayInSmallLettersIsASpeck() {
        #expect(Self.mentions("Quyết định số 41/2018/QĐ-TTg ngày 25/9/2018 và 15/QĐ-TTg. ngày 30/3/2021 của Thủ tướng").last?.date?.value == "2021-03-30")
        #expect(Self.mentions("theo Quyết định số 15/QĐ-TTg. Ngày 30/3/2021, Bộ Tài chính có Công văn số 12/BTC-CST").first?.date == nil)
    }

    /// Incoming set 36, 02: pdftotext lost the space after "uỷ" ("Đảng uỷban hành"); the date opening the clause still
    /// dates the number the clause issues. A verb inside a word of plain letters is no verb.
    @Test func anIssuingVerbRunIntoTheSyllableBeforeIt() {
        #expect(Self.mentions("Ngày 05/11/2025, Ban Thường vụĐảng uỷban hành Công văn số 175-CV/ĐU về mời dự Hội nghị").first?.date?.value == "2025-11-05")
        #expect(Self.mentions("Ngày 05/11/2025, tổ Urban Công văn số 175-CV/ĐU về mời dự Hội nghị").first?.date == nil)
    }

    /// "Ngày" in capitals opens its sentence whatever a joined paragraph set before it: a page's stamped digits (held-out
    /// code-80 03), a title in capitals with no stop (code-62 05). In small letters after such words it opens nothing.
    @Test func aCapitalNgayOpensItsSentenceAfterAnyWord() {
        #expect(Self.mentions("nhưng không ổn định… 116 Ngày 22/7/2025, Uỷban nhân dân tỉnh ban hành Quyết định số 371/QĐ-UBND ban hành Đề án")
                    .first?.date?.value == "2025-07-22")
        #expect(Self.mentions("TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra")
                    .first?.date?.value == "1977-06-24")
        #expect(Self.mentions("nhưng không ổn định 116 ngày 22/7/2025 Uỷ ban nhân dân tỉnh ban hành Quyết định số 371/QĐ-UBND").first?.date == nil)
    }

    @Test func deNgayDatesTheNumber() {
        #expect(Self.mentions("Thực hiện chỉ thị số 06/CT-TTg đề ngày 19/02/2021 của Thủ tướng Chính phủ;").first?.date?.value == "2021-02-19")
        // Set 37, 02: OCR's "để" for "đề"; the date after the number wins over the one that opens the clause.
        #expect(Self.mentions("Ngày 16/4/2020, Cục Thuế TP Hải Phòng nhận được công văn số 04/2020/KT-TBHP để ngày 15/4/2020 của Công ty")
                    .first?.date?.value == "2020-04-15")
    }

    /// ", ngày …, <body> đã ban hành … số …": the date opens the next clause and dates the number it issues.
    @Test func aDateOpeningTheNextClauseIsTheNextNumbers() {
        let found = Self.mentions("Căn cứ Luật Quản lý thuế số 38/2019/QH14, ngày 19 tháng 10 năm 2020, Chính phủ đã ban hành Nghị định số 123/2020/NĐ-CP quy định về hóa đơn.")
        #expect(found.first { $0.number.canonical == "38/2019/QH14" }?.date == nil)
        #expect(found.first { $0.number.canonical == "123/2020/NĐ-CP" }?.date?.value == "2020-10-19")
    }

    /// ", ngày …" that goes on with the number's own clause stays its date.
    @Test func aDateAfterACommaIsTheNumbersOwn() {
        let found = Self.mentions("Căn cứ Nghị định số 123/2020/NĐ-CP, ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn;")
        #expect(found.first?.date?.value == "2020-10-19")
    }

    /// The date that opens a clause dates the number it issues, not the act that number amends.
    @Test func anOpeningDateIsNotTheAmendedActs() {
        let found = Self.mentions("Ngày 17 tháng 6 năm 2025 Bộ trưởng đã ban hành Thông tư số 08/2025/TT-BNNMT sửa đổi Thông tư số 01/2022/TT-BTNMT.")
        #expect(found.first { $0.number.canonical == "08/2025/TT-BNNMT" }?.date?.value == "2025-06-17")
        #expect(found.first { $0.number.canonical == "01/2022/TT-BTNMT" }?.date == nil)
    }

    /// Numbers the clause issues together, joined by "và", share its opening date.
    @Test func anOpeningDateDatesTheNumbersIssuedTogether() {
        let found = Self.mentions("Ngày 15/5/2025, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-UBND.")
        #expect(found.map { $0.date?.value } == ["2025-05-15", "2025-05-15"])
    }

    /// A date opening a sentence after a quotation closed at the previous one's end ("… năm 2022.”") (held-out code-9 03
    /// with its blank lines taken out): the sentence before ended, the date opens this one.
    @Test func anOpeningDateAfterAClosedQuotation() {
        let found = Self.mentions("đạo Chính phủ tại Thông báo số 141/TB-VPCP ngày 19 tháng 11 năm 2022.” Ngày 13/1/2023, Văn phòng Chính phủ có công văn số 255/VPCP-KTTH thông báo ý kiến.")
        #expect(found.first { $0.number.canonical == "255/VPCP-KTTH" }?.date?.value == "2023-01-13")
        #expect(!UnbreakLines.shouldJoin("đạo Chính phủ tại Thông báo số 141/TB-VPCP ngày 19 tháng 11 năm 2022.”", "Ngày 13/1/2023, Văn phòng Chính phủ có công văn", indent: 0, lastIndent: 0))
    }

    /// A justified line spaces its date's words wider ("Ngày  31  tháng  3  năm  2018"): the date still opens the
    /// clause that issues the number, and a date after a number is still passed to find its issuer.
    @Test func aDateSpacedWiderIsFoundWhereItIsWritten() {
        let opening = Self.mentions("Ngày  31  tháng  3  năm  2018, Bộ Công Thương đã có công văn số 2129/BCT-KHCN gửi các Sở.")
        #expect(opening.first?.date?.value == "2018-03-31")
        let after = Self.mentions("theo Quyết định số 09/2025/QĐ-UBND ngày  01/7/2025  của UBND tỉnh Lào Cai;")
        #expect(after.first?.issuer == "UBND tỉnh Lào Cai")
    }

    /// A body whose name holds "và", a comma or a hyphen is named whole (`OrganisationNames.names`); a "và" that
    /// joins another body still ends the issuer.
    @Test func anIssuerNamedWithVaIsNamedWhole() {
        #expect(Self.mentions("Quyết định số 13/QĐ-BTNMT ngày 02/5/2024 của Bộ Tài nguyên và Môi trường, Bộ ban hành").first?.issuer
                == "Bộ Tài nguyên và Môi trường")
        #expect(Self.mentions("Thông tư số 05/2024/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội quy định").first?.issuer
                == "Bộ Lao động - Thương binh và Xã hội")
        #expect(Self.mentions("Công văn số 12/BVHTTDL-KHTC của Bộ Văn hóa, Thể thao và Du lịch về việc").first?.issuer
                == "Bộ Văn hóa, Thể thao và Du lịch")
        #expect(Self.mentions("Công văn số 12/BCT-KH của Bộ Công Thương và các sở liên quan").first?.issuer == "Bộ Công Thương")
    }
}
