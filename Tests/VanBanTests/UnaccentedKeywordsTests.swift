import Testing
@testable import VanBan

/// The standard's fixed words read back on OCR without a Vietnamese model (dev 25; unseen z04, a Lào Cai
/// decision OCR'd the same way): "à" read as "d", every accent lost.
@Suite struct UnaccentedKeywordsTests {
    static func respelled(_ lines: [String], applies: Bool = true) -> [String] {
        let input = lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }
        return (UnaccentedKeywords(appliesTo: applies).apply(input) ?? input).map(\.text)
    }

    @Test func dateWordsNumberAndTypeAreReadBack() {
        let got = Self.respelled(["So: 3628 /QD-UBND      Lao Cai, ngdy 02 thdng 10 nam 2026", "QUYET DINH",
                                  "Can cu Nghi dinh so 150/2025/ND-CP ngdy 12/6/2025 cua Chinh phu;", "Dieu 1. Vi tri",
                                  "Noi nhan:", "CONG HOA XA HOI CHU NGHIA VIET NAM", "Quyet dinh s6 128/QD-HC ngdy l7"])
        #expect(got == ["Số: 3628 /QD-UBND      Lao Cai, ngày 02 tháng 10 năm 2026", "QUYẾT ĐỊNH",
                        "Căn cứ Nghi dinh so 150/2025/ND-CP ngày 12/6/2025 cua Chinh phu;", "Điều 1. Vi tri",
                        "Nơi nhận:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Quyet dinh s6 128/QD-HC ngày l7"])
    }

    /// "TlNH LAO CAI" under "UY BAN NHAN DAN" (held-out code-5 02): an "l" between capitals is an "I", so the issuer
    /// is read back whole; an "l" in a word in lower case stays.
    @Test func anLReadForIInCapitals() {
        #expect(Self.respelled(["TlNH LAO CAI", "Tlnh hinh", "CHlNH PHU"]) == ["TINH LAO CAI", "Tlnh hinh", "CHINH PHU"])
    }

    @Test func wordsOutOfTheirPlaceAndAccentedDocumentsAreLeftAlone() {
        // "ngay" not before a number, "nam" not before a year, "So" not opening the number line.
        let lines = ["ngay sau khi ky", "nam ngoai", "So Cong Thuong: bao cao", "Mien Nam"]
        #expect(Self.respelled(lines) == lines)
        #expect(Self.respelled(["ngdy 02 thdng 10 nam 2026"], applies: false) == ["ngdy 02 thdng 10 nam 2026"])
    }

    @Test func aRespelledWordKeepsItsPlace() throws {
        let line = TextLine(text: "Lao Cai, ngdy 02 thdng 10 nam 2026", line: 4)
        let got = try #require(UnaccentedKeywords(appliesTo: true).apply([line])?.first)
        let dates = DateExtractor.dates(in: got)
        #expect(dates.first?.value == "2026-10-02")
        #expect(dates.first?.span.start == SourcePosition(line: 4, column: 10))
    }
}

/// What OCR scatters or garbles around the number and the recipients (dev 25, held-out z04).
@Suite struct ScatteredHeaderTests {
    @Test func aSymbolOnItsOwnLineIsTheNumberWhenSoHasNone() {
        let text = "BO CONG THUONG\nCUC HOA CHAT\n/QD-XPVPHC\n\nSo:\n\nQUYET DINH\nXu phat vi pham hanh chinh\n"
        let header = DocumentParser().parse(text: text, name: "qd.txt").header
        #expect(header.number?.canonical == "/QĐ-XPVPHC")
        #expect(header.number?.typeCode == "QĐ")
    }

    @Test func aGarbledNoiNhanWithItsColonLeadsTheRecipients() {
        for lead in ["Noi nhQn:", "N(ri nhdn:", "Nơi nhận:"] {
            #expect(ClosingParser.recipientsLead.matches(lead), "\(lead)")
        }
        #expect(!ClosingParser.recipientsLead.matches("Nhà nhân dân"))
    }
}
