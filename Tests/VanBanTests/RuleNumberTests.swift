import Testing
@testable import VanBan

/// number.*: for every rule one finding on real text and near misses where it must stay quiet.
@Suite struct RuleNumberTests {
    typealias F = RuleFixture
    static var body01: [String] { F.lines("01_", 19...24) }

    // MARK: number.missing

    /// Drafts with the number slot left blank: 00 "Số:       /KH-SKHCN", 39 "Số:       /TB-VP",
    /// 45 "Số:         /SCT-CN |", 47 "|Số:         /SCT - CN    |".
    @Test(arguments: [("00_", 10), ("39_", 4), ("45_", 2), ("47_", 5)])
    func missingFiresOnBlankDrafts(_ prefix: String, line: Int) {
        expectFindings("number.missing", .warning, lines: [line], in: F.corpus(prefix))
    }

    /// 01 "Số: 4280 /SCT - CN" (spaced, not blank), 53 "Số 2449 -CV/ĐU" (no colon), 29 "Số: II /2026/QĐ-UBND"
    /// (OCR read 11 as II), 55 "Số 75-KL/TW".
    @Test(arguments: ["01_", "53_", "29_", "55_"])
    func missingNearMissFilledNumbers(_ prefix: String) {
        expectNoFinding("number.missing", in: F.corpus(prefix))
    }

    // MARK: number.type-mismatch

    @Test func typeMismatchFiresOnTheHeader() {
        // Corpus/27 is a KẾ HOẠCH numbered "Số: 1105/KH-ĐKT" (line 6); the type code changed to QĐ.
        let d = F.corpus("27_", line: 6, "1105/KH-ĐKT", "1105/QĐ-ĐKT")
        expectFindings("number.type-mismatch", .error, lines: [6], in: d)
    }

    @Test func typeMismatchFiresOnACitation() {
        // The seed's "- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ" (line 52) named a Quyết định.
        let d = F.corpus("00_", line: 52, "Nghị quyết số 71/NQ-CP", "Quyết định số 71/NQ-CP")
        expectFindings("number.type-mismatch", .error, lines: [52], in: d)
    }

    /// A party Quy định carries QĐi (Quy định 08-QĐi/TW ngày 25/10/2021 về trách nhiệm nêu gương) or, in older
    /// texts, QĐ (Quy định 37-QĐ/TW ngày 25/10/2021): constructed citations in Corpus/01's body.
    @Test(arguments: [
        "Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về trách nhiệm nêu gương;",
        "Thực hiện Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm;",
    ])
    func typeMismatchNearMissPartyQuyDinh(_ line: String) {
        let d = F.parse(F.congVan([line] + Self.body01))
        #expect(d.references.contains { $0.documentType == "Quy định" && $0.number.style == .party })
        expectNoFinding("number.type-mismatch", in: d)
    }

    /// 01 "Thông tư số 23/2024/TTBCT" (hyphen lost), 10 "Quyết định số 2257/QĐUBND", 19 "24/HDLN-…" (joint
    /// Hướng dẫn), 34 "Chỉ thị số 38-CT/TTg", 53 party Công văn "2449 -CV/ĐU".
    @Test(arguments: ["01_", "10_", "19_", "34_", "53_"])
    func typeMismatchNearMissRealVariants(_ prefix: String) {
        expectNoFinding("number.type-mismatch", in: F.corpus(prefix))
    }

    /// A type name names the number after it only when nothing stands between them, "số" (or OCR's "sô")
    /// ends the gap, or a title in capitals does; lower-case words without "số" are a sentence that lost
    /// words (the held-out OCR page "… ban hành Quy chế công 33/CT-TTg").
    @Test(arguments: [
        ("Thực hiện Kế hoạch của UBND tỉnh số 12/KH-UBND ngày 05/3/2026;", "Kế hoạch"),
        ("Thực hiện Thông tư sô 200/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính;", "Thông tư"),
        ("Căn cứ Luật Đất đai 31/2024/QH15 ngày 18/01/2024;", "Luật"),
        ("Thực hiện Quyết định 123/QĐ-UBND ngày 05/3/2026 của UBND tỉnh;", "Quyết định"),
        ("Thủ tướng Chính phủ ban hành Quy chế công 33/CT-TTg về công tác;", nil),
    ] as [(String, String?)])
    func typeNameNamesTheNumberAfterIt(_ line: String, _ type: String?) {
        let d = F.parse(F.congVan([line] + Self.body01))
        let cited = d.references.first { $0.number.canonical != d.header.number?.canonical }
        #expect(cited?.documentType == type)
        expectNoFinding("number.type-mismatch", in: d)
    }

    /// Numbers as offices write them that are no mismatch (held-out texts): a Tờ trình numbered with TT and no year
    /// (Hà Nội's Sở), a Cục Thuế's công văn whose "CT" is its issuer, a party "Thông báo Kết luận" numbered TB.
    @Test(arguments: [
        ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 531/TT-SNV ngày 28 tháng 02 năm 2025;", "Tờ trình"),
        ("Trả lời Công văn số 577/CT-THNVDT ngày 23/4/2013 của Cục Thuế tỉnh Hà Tĩnh về chính sách;", "Công văn"),
        ("Thực hiện Thông báo Kết luận số 2056-TB/TU ngày 07 tháng 02 năm 2025 của Ban Thường vụ Thành ủy;", "Thông báo"),
    ] as [(String, String)])
    func typeMismatchNearMissOfficesSpellings(_ line: String, _ type: String) {
        let d = F.parse(F.congVan([line] + Self.body01))
        let cited = d.references.first { $0.number.canonical != d.header.number?.canonical }
        #expect(cited?.documentType == type)
        expectNoFinding("number.type-mismatch", in: d)
    }

    /// A công văn's number read as one: "CT" before the dash is the Cục Thuế's code, not a Chỉ thị's; "QĐ" before a
    /// known issuer stays a type code, for number.type-mismatch to report.
    @Test func aLettersNumberIsReadAsALetters() throws {
        let d = F.parse(F.congVan(["Trả lời Công văn số 577/CT-THNVDT ngày 23/4/2013 của Cục Thuế tỉnh Hà Tĩnh;",
                                   "Thực hiện Công văn số 12/QĐ-UBND ngày 05/3/2026 của UBND tỉnh;"] + Self.body01))
        let letter = try #require(d.references.first { $0.number.canonical == "577/CT-THNVDT" })
        #expect(letter.number.typeCode == nil)
        #expect(letter.number.issuerCode == "CT-THNVDT")
        #expect(d.references.first { $0.number.canonical == "12/QĐ-UBND" }?.number.typeCode == "QĐ")
    }

    /// The same shapes that are a mismatch: a Thông tư's code under a Tờ trình with a year, a decision called a
    /// công văn with the province's UBND after its code.
    @Test(arguments: [
        "Theo đề nghị của Sở Nội vụ tại Tờ trình số 31/2025/TT-SNV ngày 28 tháng 02 năm 2025;",
        "Thực hiện Công văn số 12/QĐ-UBND ngày 05/3/2026 của UBND tỉnh;",
    ])
    func typeMismatchStillFiresBesideThem(_ line: String) {
        let d = F.parse(F.congVan([line] + Self.body01))
        #expect(d.diagnostics.contains { $0.rule == "number.type-mismatch" })
    }

    /// A văn bản hợp nhất is numbered VBHN under the type name of the act it consolidates.
    @Test func aConsolidatedTextKeepsItsActsTypeName() {
        let d = F.parse(["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 5161/VBHN-BLĐTBXH", "Hà Nội, ngày 23 tháng 10 năm 2024", "",
                         "THÔNG TƯ", "Quy định ký hiệu hồ sơ người có công với cách mạng", "", "Điều 1. Phạm vi điều chỉnh",
                         "Thông tư này quy định ký hiệu hồ sơ."].joined(separator: "\n"))
        #expect(d.header.documentType?.name == "Thông tư")
        expectNoFinding("number.type-mismatch", in: d)
    }

    /// A type name that ends a table's cell names no number in the next cell ("… cấp Giấy chứng nhận | 3380/QĐ-BNNMT");
    /// a cell that is only a type name does ("Quyết định | 12/QĐ-UBND").
    @Test func aTypeNameInTheCellBeforeNamesTheNumberOnlyAlone() {
        let text = ["STT | Tên thủ tục | Loại văn bản | Số quyết định",
                    "1 | Cấp đổi Giấy chứng nhận | Quyết định | 3380/QĐ-BNNMT ngày 25/8/2025",
                    "2 | Xóa ghi nợ trên Giấy chứng nhận | | 2304/QĐ-BNNMT ngày 23/6/2025"]
        let d = F.parse(F.congVan(text + Self.body01))
        #expect(d.references.first { $0.number.canonical == "3380/QĐ-BNNMT" }?.documentType == "Quyết định")
        #expect(d.references.first { $0.number.canonical == "2304/QĐ-BNNMT" }?.documentType == nil)
        expectNoFinding("number.type-mismatch", in: d)
    }

    // MARK: number.issuer-mismatch

    @Test func issuerMismatchFiresOnAMinistryCodeUnderAnotherMinistry() {
        // Corpus/07, line 40: "47/2024/TT-BGTVT4 của Bộ Xây dựng (trước đây là Bộ Giao thông vận tải)" without
        // the bracket that explains it.
        let d = F.corpus("07_", line: 40, " (trước đây là Bộ Giao thông vận tải)", "")
        expectFindings("number.issuer-mismatch", .warning, lines: [40], in: d)
    }

    @Test func issuerMismatchFiresOnAGovernmentResolutionOfAMinistry() {
        // The seed's "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ" (line 52) said to be Bộ Công Thương's.
        let d = F.corpus("00_", line: 52, "của Chính phủ sửa đổi", "của Bộ Công Thương sửa đổi")
        expectFindings("number.issuer-mismatch", .warning, lines: [52], in: d)
    }

    /// 07 as written (the renamed ministry with its former name beside it); 00 (57-NQ/TW of Bộ Chính trị, 71/NQ-CP
    /// of Chính phủ); 01 (23/2024/TTBCT of Bộ Công Thương); 12 (06/2021/TT-BXD of Bộ Xây dựng).
    @Test(arguments: ["07_", "00_", "01_", "12_"])
    func issuerMismatchNearMiss(_ prefix: String) {
        let d = F.corpus(prefix)
        if prefix == "07_" {
            let ref = d.references.first { $0.number.canonical == "47/2024/TT-BGTVT" }
            #expect(ref?.issuer == "Bộ Xây dựng" && ref?.formerIssuer == "Bộ Giao thông vận tải")
        }
        expectNoFinding("number.issuer-mismatch", in: d)
    }

    /// Held-out real-tables-2 13: "7735/SNN&MT … của Sở Nông nghiệp và môi trường" is SNNMT with its "&".
    @Test func issuerMismatchReadsACodeWithItsAmpersand() {
        let d = DocumentParser().parse(text: "SỞ CÔNG THƯƠNG\nSố: 12/SCT-CN\nLào Cai, ngày 5 tháng 3 năm 2025\nV/v abc\n"
            + "Căn cứ Văn bản số 7735/SNN&MT ngày 5/3/2025 của Sở Nông nghiệp và Môi trường;\n", name: "t")
        #expect(d.references.first?.issuer == "Sở Nông nghiệp và Môi trường")
        expectNoFinding("number.issuer-mismatch", in: d)
    }

    /// Held-out code-11 08: a web copy's "Quyết định số 101/QĐ-TTG … của Thủ tướng Chính phủ" is TTg in capitals.
    @Test func issuerMismatchReadsACodeInCapitals() {
        let d = DocumentParser().parse(text: "UBND TỈNH BẮC NINH\nSố: 155/KH-UBND\nBắc Ninh, ngày 5 tháng 3 năm 2016\nKẾ HOẠCH\n"
            + "Thực hiện Quyết định số 101/QĐ-TTG ngày 22/01/2015 của Thủ tướng Chính phủ;\n", name: "t")
        #expect(d.references.first?.issuer == "Thủ tướng Chính phủ")
        expectNoFinding("number.issuer-mismatch", in: d)
    }

    // MARK: number.style-mismatch

    @Test func styleMismatchFiresOnAPrimeMinisterDirectiveInPartyStyle() {
        // Corpus/34, line 91: "Chỉ thị số 38-CT/TTg ngày 29/9/2020 của Thủ tướng Chính phủ" (state: 38/CT-TTg).
        expectFindings("number.style-mismatch", .warning, lines: [91], in: F.corpus("34_"))
    }

    @Test func styleMismatchFiresOnAProvincialPartyPlanInStateStyle() {
        // The seed's "Kế hoạch hành động số 359-KH/TU" (line 24) written the state way.
        let d = F.corpus("00_", line: 24, "359-KH/TU", "359/KH-TU")
        expectFindings("number.style-mismatch", .warning, lines: [24], in: d)
    }

    /// 00 (359-KH/TU, 57-NQ/TW party; 71/NQ-CP state), 53 (header "2449 -CV/ĐU"), 55 (header "75-KL/TW"),
    /// 19 (24/HDLN-BCA-BQP-… state).
    @Test(arguments: ["00_", "53_", "55_", "19_"])
    func styleMismatchNearMiss(_ prefix: String) {
        expectNoFinding("number.style-mismatch", in: F.corpus(prefix))
    }

    // MARK: number.conflicting-citation

    @Test func conflictingCitationFiresOnTwoTypes() {
        // The seed cites 359-KH/TU as "Kế hoạch hành động" on lines 24 and 60; line 60 changed to "Nghị quyết".
        let d = F.corpus("00_", line: 60, "- Kế hoạch hành động số 359-KH/TU", "- Nghị quyết số 359-KH/TU")
        expectFindings("number.conflicting-citation", .warning, lines: [60], in: d)
        #expect(findings("number.conflicting-citation", in: d).first?.related.map(\.span.start.line) == [24])
    }

    @Test func conflictingCitationFiresOnTwoIssuers() {
        // The seed cites 57-NQ/TW "của Bộ Chính trị" four times; on line 48 changed to "của Ban Bí thư".
        let d = F.corpus("00_", line: 48, "22/12/2024 của Bộ Chính trị", "22/12/2024 của Ban Bí thư")
        expectFindings("number.conflicting-citation", .warning, lines: [48], in: d)
    }

    @Test func conflictingCitationNearMissOneTypeNamedTwoWays() {
        // "Kế hoạch hành động số 359-KH/TU" (line 24) and "Kế hoạch số 359-KH/TU" (line 60): one type.
        let d = F.corpus("00_", line: 60, "- Kế hoạch hành động số 359-KH/TU", "- Kế hoạch số 359-KH/TU")
        expectNoFinding("number.conflicting-citation", in: d)
    }

    /// 00 as written; 01 "Thông tư số 23/2024/TT-BCT" and "mục II Phụ lục VII Thông tư số 23/2024/TT-BCT" (an
    /// appendix of the same Thông tư, not another type); 34 "Nghị quyết số 10-NQ/TW" twice.
    @Test(arguments: ["00_", "01_", "34_"])
    func conflictingCitationNearMissReal(_ prefix: String) {
        expectNoFinding("number.conflicting-citation", in: F.corpus(prefix))
    }

    // MARK: number.format

    /// 01 "Số: 4280 /SCT - CN" (line 9), 15 " Số: 2170 /QĐ - UBND" (line 4), 53 "Số 2449 -CV/ĐU" (line 5).
    @Test(arguments: [("01_", 9), ("15_", 4), ("53_", 5)])
    func formatFiresOnSpacesInTheNumber(_ prefix: String, line: Int) {
        expectFindings("number.format", .info, lines: [line], in: F.corpus(prefix))
    }

    @Test func formatFiresOnAMissingLeadingZero() {
        // Corpus/27's "Số: 1105/KH-ĐKT" (line 6) as number 5.
        expectFindings("number.format", .info, lines: [6], in: F.corpus("27_", line: 6, "1105/KH-ĐKT", "5/KH-ĐKT"))
    }

    @Test func formatNearMissLeadingZeroWritten() {
        expectNoFinding("number.format", in: F.corpus("27_", line: 6, "1105/KH-ĐKT", "05/KH-ĐKT"))
    }

    /// 27 "Số: 1105/KH-ĐKT", 41 "Số: 32/2024/NĐ-CP", 43 "Số: 14/2024/TT-BCT | Hà Nội, …" (a table row).
    @Test(arguments: ["27_", "41_", "43_"])
    func formatNearMissCleanNumbers(_ prefix: String) {
        expectNoFinding("number.format", in: F.corpus(prefix))
    }

    /// A Nghị định or Thông tư of 2002 or later cited without its year (held-out code-3 09): beside the full number,
    /// and alone when its date says it carries one. A Tờ trình Hà Nội's departments code "TT", and a Nghị định of the
    /// 1990s ("15/CP"), are no slip. (The fixture's own "4280 /SCT - CN" is spaced: only the body's findings count.)
    static func yearlessFindings(_ body: [String]) -> [Diagnostic] {
        F.parse(F.congVan(body)).diagnostics.filter { $0.rule == "number.format" && $0.span.start.line >= F.bodyLine }
    }

    @Test func formatFiresOnALegalActCitedWithoutItsYear() {
        let found = Self.yearlessFindings(["Căn cứ Nghị định số 178/NĐ-CP ngày 01/7/2025 của Chính phủ;",
                                           "Căn cứ Nghị định số 178/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;",
                                           "Căn cứ Thông tư số 16/TT-BXD ngày 30/6/2025 của Bộ trưởng Bộ Xây dựng;"])
        #expect(found.map(\.span.start.line) == [F.bodyLine, F.bodyLine + 2])
        #expect(found.allSatisfy { $0.severity == .info })
    }

    @Test func formatNearMissYearlessNumbersThatAreRight() {
        #expect(Self.yearlessFindings(["Theo đề nghị của Sở Nội vụ tại Tờ trình số 531/TT-SNV ngày 12/3/2025;",
                                       "Căn cứ Nghị định số 15/CP ngày 02/3/1993 của Chính phủ;"]).isEmpty)
    }

    // MARK: number.legacy-code

    @Test func legacyCodeFiresOnUQ() {
        // Corpus/01's line 20 "24/CV-TH ngày 09/7/2026 …" as a letter of authority under Thông tư 01/2011: UQ.
        let body = Self.body01.enumerated().map { $0 == 1 ? $1.replacingOccurrences(of: "24/CV-TH", with: "24/UQ-TH") : $1 }
        expectFindings("number.legacy-code", .info, lines: [F.bodyLine + 1], in: F.parse(F.congVan(body)))
    }

    /// The current codes GUQ (not UQ), GNP (not NP), BTT (not TTh).
    @Test(arguments: ["24/GUQ-TH", "24/GNP-TH", "24/BTT-TH"])
    func legacyCodeNearMissCurrentCodes(_ number: String) {
        let body = Self.body01.enumerated().map { $0 == 1 ? $1.replacingOccurrences(of: "24/CV-TH", with: number) : $1 }
        let d = F.parse(F.congVan(body))
        #expect(d.references.contains { $0.number.canonical == number })
        expectNoFinding("number.legacy-code", in: d)
    }

    /// 37 "/TTr-SCT" (Tờ trình, not TTh), 19 "24/HDLN-…", 43 "14/2024/TT-BCT".
    @Test(arguments: ["37_", "19_", "43_"])
    func legacyCodeNearMissReal(_ prefix: String) {
        expectNoFinding("number.legacy-code", in: F.corpus(prefix))
    }
}
