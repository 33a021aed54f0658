import Testing
@testable import VanBan

/// How "Nơi nhận" lines become items.
@Suite struct ClosingRecipientsTests {
    static func recipients(_ lines: [String]) -> [String] {
        ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }).recipients.map(\.text)
    }

    /// Held-out code-80 07 (tesseract): scraps of the stamp and the signature that spell no word ("jgyy",
    /// "^/cụcTKyt\&v") stand where a recipient would open; none is one. An undashed item that reads ("Như trên;") stays.
    @Test func scrapsThatSpellNoWordAreNoRecipients() {
        let got = Self.recipients(["Nơi nhận: KT. CỤC TRƯỞNG", "jgyy", "- Như trên;", "- Phòng TTKT1;",
                                   "- website: thanhhoa.gdt.gov.vn;", "^/cụcTKyt\\&v", "- Lưu: VT, TTHT."])
        #expect(got == ["Như trên;", "Phòng TTKT1;", "website: thanhhoa.gdt.gov.vn;", "Lưu: VT, TTHT."])
        #expect(Self.recipients(["Nơi nhận:", "Như trên;", "UBND tỉnh;", "Lưu: VT."]).count == 3)
    }

    /// Held-out code-80 05: a mode line OCR left in small letters beside "Nơi nhận:" is the signer's mode, not a name.
    @Test func aModeLineInSmallLettersIsNoName() {
        let closing = ClosingParser().parse(["Nơi nhận: KT. TONG cuc TRUONG", "- Như trên;", "- Lưu: VT, PC."]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.first?.mode == "KT")
        #expect(closing.signatures.first?.name == nil)
    }

    /// 43 (Thông tư 14/2024/TT-BCT): the Công báo item wraps after its own ";".
    @Test func aLineWithoutADashWrapsTheItemAboveInADashedList() {
        let got = Self.recipients(["Nơi nhận:", "- Cục Kiểm tra văn bản quy phạm pháp luật - Bộ Tư pháp;",
                                   "- Công báo; Cổng thông tin điện tử Chính phủ;", "Cổng thông tin điện tử Bộ Công Thương;",
                                   "- Lưu: VT, CTĐP(3), PC."])
        #expect(got == ["Cục Kiểm tra văn bản quy phạm pháp luật - Bộ Tư pháp;",
                        "Công báo; Cổng thông tin điện tử Chính phủ; Cổng thông tin điện tử Bộ Công Thương;",
                        "Lưu: VT, CTĐP(3), PC."])
    }

    /// 19 (OCR): the dashes stand on lines of their own, the items without them; each stays an item.
    @Test func itemsWithoutDashesStayApart() {
        let got = Self.recipients(["Nơi nhận:", "-", "-", "-", "Bộ Công an;", "Bộ Quốc phòng;", "Viện kiểm sát nhân dân tối cao;",
                                   "Bộ Y tế:", "Bộ Công thương;", "Lưu: VT (BCA, BQP, VKSNDTC, TANDTC, BYТ, ВСТ, ВTC), C04-ВСА."])
        #expect(got.count == 6)   // "Bộ Y tế:" ends its item too (OCR read its ";" as ":")
        #expect(got.first == "Bộ Công an;")
    }

    /// Dev 25 (OCR without diacritics): the signer's office, read between "Nơi nhận:" and its dashed items, is
    /// no recipient; a capital item over an undashed list stays one.
    @Test func anUndashedLineInCapitalsOverADashedListIsNoRecipient() {
        #expect(Self.recipients(["Nơi nhận:", "", "CUC TRIJCTNG", "", "- Nhu Dieu 3;", "- PCT Pham Huy Nam;", "- Luu: VT, Doan kiem tra."])
                == ["Nhu Dieu 3;", "PCT Pham Huy Nam;", "Luu: VT, Doan kiem tra."])
        #expect(Self.recipients(["Nơi nhận:", "BAN THƯỜNG VỤ TỈNH ỦY;", "Các sở, ban, ngành;", "Lưu: VT."]).count == 3)
    }

    /// Held-out code-10 06 (OCR'd letter): a scrap of the signer's column between dashed recipients is none; a short
    /// recipient with a word of its own stays.
    @Test func aScrapOfTheSignersColumnBetweenDashedItemsIsNoRecipient() {
        #expect(Self.recipients(["Nơi nhận:", "- Như trên;", "", "Je TR", "- Bộ trưởng (để báo cáo);", "- Lưu: VT, PC (b)."])
                == ["Như trên;", "Bộ trưởng (để báo cáo);", "Lưu: VT, PC (b)."])
        #expect(Self.recipients(["Nơi nhận:", "- Như trên;", "Sở Y tế;", "- Sở Tư pháp;", "- Lưu: VT."]).contains("Sở Y tế;"))
    }

    /// Code-5 02 (OCR without diacritics): one word misread in an item ("C6ng") leaves it an item; an item mostly
    /// of misread words goes.
    @Test func aRecipientGoesOnlyWhenMostOfItsWordsAreGarbled() {
        var document = DocumentParser().parse(text: "Noi nhan:\n- So Tu phap;\n", name: "t")
        document.closing.recipients = ["So Tu phap;", "Trung tam TT&HN tinh (C6ng TTDT tinh);", "H6 c4c ph0ng;", "Lưu: VT."]
            .enumerated().map { TextField(text: $1, span: TextLine(text: $1, line: $0 + 1).span) }
        UnreliableFields.scrub(&document, layer: .noDiacritics)
        #expect(document.closing.recipients.map(\.text) == ["So Tu phap;", "Trung tam TT&HN tinh (C6ng TTDT tinh);", "Lưu: VT."])
    }

    /// Held-out code-10 10 (a Công báo print): a stamp's stroke glued to the position's last capital ("PHÓ THỦ
    /// TƯỚNGy]") leaves the position; capitals that name no position keep what follows them.
    @Test func aStrokeGluedToAPositionIsNoPartOfIt() {
        let closing = ClosingParser().parse(["KT. THỦ TƯỚNG", "   PHÓ THỦ TƯỚNGy]", "", "Phạm Thị Thanh Trà"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.first?.title == "PHÓ THỦ TƯỚNG")
        #expect(closing.signatures.first?.name == "Phạm Thị Thanh Trà")
        #expect(ClosingParser.withoutTrailingSpecks(TextLine(text: "CỘNG HÒAx]", line: 1)).text == "CỘNG HÒAx]")
    }

    /// Held-out code-10 07 (a web copy's signature cell): two offices run together over the name; the signer holds
    /// the first and signs as the second.
    @Test func twoOfficesOnOneLineAreAuthorityAndTitle() {
        let signature = SignatureBlock.reading(["TRƯỞNG BAN PHÓ THỦ TƯỚNG", "Nguyễn Thiện Nhân"].enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(signature.title == "PHÓ THỦ TƯỚNG")
        #expect(signature.authority == "TRƯỞNG BAN")
        #expect(SignatureBlock.reading([TextLine(text: "PHÓ CHỦ TỊCH", line: 1), TextLine(text: "Lê Văn A", line: 2)]).title == "PHÓ CHỦ TỊCH")
    }

    /// Held-out code-10 02 (a vision model's OCR): under "KT. BỘ TRƯỞNG" the deputy is THỨ TRƯỞNG, one mark from
    /// the "THỦ TRƯỞNG" read; a capital L read as I opens no family name.
    @Test func aDeputyOneMarkOffAndALReadAsI() {
        let signature = SignatureBlock.reading(["KT. BỘ TRƯỞNG", "THỦ TRƯỞNG", "Iê Đức Luận"].enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(signature.title == "THỨ TRƯỞNG")
        #expect(signature.name == "Lê Đức Luận")
        #expect(Surnames.respelled("Ích Khiêm") == "Ích Khiêm")
    }

    /// Held-out code-16 02 (a notice of Bộ Ngoại giao): the acting head's office, then its unit on the last line, is one
    /// title; a unit above the deputy's own office stays authority (code-14 03).
    @Test func aUnitWrappedUnderItsHeadsOfficeIsPartOfTheTitle() {
        let acting = SignatureBlock.reading(["TL. BỘ TRƯỞNG", "Q. VỤ TRƯỞNG", "VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ", "Lê Thị Tuyết Mai"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(acting.mode == "TL")
        #expect(acting.title == "Q. VỤ TRƯỞNG VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ")
        let deputy = SignatureBlock.reading(["TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG", "VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ", "PHÓ VỤ TRƯỞNG", "Nguyễn Văn Ngự"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(deputy.title == "PHÓ VỤ TRƯỞNG")
    }

    /// Held-out code-19 07 (a web copy): the office in ordinary case under a mode line in ordinary case is the title.
    @Test func anOfficeInOrdinaryCaseUnderItsModeIsTheTitle() {
        let text = ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/QĐ-UBND",
                    "Hưng Yên, ngày 05 tháng 3 năm 2008", "QUYẾT ĐỊNH", "Về việc công nhận trường chuẩn quốc gia", "QUYẾT ĐỊNH:",
                    "Điều 1. Công nhận trường.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.", "",
                    "TM. Ủy ban nhân dân tỉnh", "", "Chủ tịch", "", "(Đã ký)", "", "Nguyễn Văn Thông"].joined(separator: "\n")
        let signature = DocumentParser().parse(text: text, name: "qd.txt").closing.signatures.first
        #expect(signature?.mode == "TM")
        #expect(signature?.title == "Chủ tịch")
        #expect(signature?.name == "Nguyễn Văn Thông")
    }

    /// Tesseract reads a dash as "~-": the item is one of its own, not the wrap of the item above.
    @Test func anOcrTildeBeforeTheDashStartsAnItem() {
        let got = Self.recipients(["Nơi nhận:", "- Văn phòng Chủ tịch nước;", "", "~- Văn phòng Quốc hội;", "", "~ Tòa án nhân dân tối cao;",
                                   "- Lưu: VT, KGVX (2)."])
        #expect(got == ["Văn phòng Chủ tịch nước;", "Văn phòng Quốc hội;", "Tòa án nhân dân tối cao;", "Lưu: VT, KGVX (2)."])
    }

    /// Held-out c06 (Markdown): the list and the signature share a table row, and the emphasis stars of
    /// "*Nơi nhận:*" come before the lead.
    @Test func aListInAMarkdownCellAfterEmphasisStars() {
        let text = ["| THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| --- | --- |",
                    "| Số: 1803/QĐ-TTg | Hà Nội, ngày 22 tháng 10 năm 2015 |", "", "QUYẾT ĐỊNH", "Phê duyệt dự án", "",
                    "Điều 1. Phê duyệt.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
                    "| * * *Nơi nhận:* - TTg CP, các PTTgCP; - Các Bộ: KHĐT, TC; - Lưu: VT, QHQT(3). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Hoàng Trung Hải |",
                    "| --- | --- |"].joined(separator: "\n")
        let closing = DocumentParser().parse(text: text, name: "t.md").closing
        #expect(closing.recipients.map(\.text) == ["TTg CP, các PTTgCP;", "Các Bộ: KHĐT, TC;", "Lưu: VT, QHQT(3)."])
        #expect(closing.signatures.first?.name == "Hoàng Trung Hải")
    }
}

/// A signer's name with nothing above it.
@Suite struct ClosingLoneNameTests {
    /// Tesseract OCR of a Bộ Công Thương công văn (3109/BCT-KHCN, not in dev): the title and the stamp
    /// were lost, the name stands alone after "Lưu".
    @Test func aLoneNameAfterTheRecipientsIsTheSigner() {
        let lines = ["Nơi nhận:", "- Như trên;", "- Cục QLTT;", "- Lưu: VT, KHCN.", "", "Nguyễn Huy Hoàn"]
        let closing = ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.map(\.name) == ["Nguyễn Huy Hoàn"])
        #expect(closing.signatures.first?.title == nil)
    }

    /// Held-out e03 (tesseract): "Lưu" lost its horn; the list still ends there and the name after it signs.
    @Test func luuWithoutItsHornClosesTheList() {
        let lines = ["Nơi nhận:", "- Chủ tịch UBND tỉnh;", "- Các PCT UBND tỉnh;", "- Luu: VT, KT.", "", "Nguyễn Tuấn Anh"]
        let closing = ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.map(\.name) == ["Nguyễn Tuấn Anh"])
        #expect(closing.archive != nil)
    }

    /// Held-out g01/g03 (thuvienphapluat pages): items run together after "(để báo cáo)", and a "TM." block
    /// on one line with its head's title.
    @Test func itemsAfterAParenthesisAndAOneLineTMBlock() throws {
        let items = ClosingRecipientsTests.recipients(["Nơi nhận: - Như Điều 3; - Bộ LĐTB&XH; (để báo cáo) - TT Thành ủy; (để báo cáo) - Lưu: VT."])
        #expect(items == ["Như Điều 3;", "Bộ LĐTB&XH; (để báo cáo)", "TT Thành ủy; (để báo cáo)", "Lưu: VT."])
        let closing = ClosingParser().parse(["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH", "Nguyễn Sinh Hùng"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        let s = try #require(closing.signatures.first)
        #expect(s.title == "CHỦ TỊCH")
        #expect(s.authority == "ỦY BAN THƯỜNG VỤ QUỐC HỘI")
        // "KT. CHỦ TỊCH" alone names the chairman, not the deputy who signs: no title is made up.
        let deputy = ClosingParser().parse(["KT. CHỦ TỊCH", "Trần Văn A"].enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(deputy.signatures.first?.title == nil)
    }

    /// A name inside the list is a recipient, not a signer.
    @Test func aNameAmongTheRecipientsIsNotASigner() {
        let lines = ["Nơi nhận:", "- Như trên;", "Nguyễn Văn Nam", "- Lưu: VT."]
        #expect(ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }).signatures.isEmpty)
    }
}

/// Debris after the list is no recipient.
@Suite struct ClosingDebrisTests {
    /// A Markdown decision (held out): a lone "* *" line of emphasis marks after the Nơi nhận cell.
    @Test func aLineWithoutLettersOrDigitsIsNoRecipient() {
        let got = ClosingRecipientsTests.recipients(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, LNKL.", "* *"])
        #expect(got == ["Như Điều 3;", "Lưu: VT, LNKL."])
    }

    /// Held-out c07 (tesseract): a page OCR read rotated follows the list; its capitals spell no word and
    /// are no signer's title.
    @Test func capitalsThatSpellNoWordAreNoTitle() {
        let closing = ClosingParser().parse(["Nơi nhận: T/M BỘ CHÍNH TRỊ", "- Các tỉnh uỷ, thành uỷ;",
                                             "- Lưu Văn phòng Trung ương Đảng.", "\"HH.  a", "LH", "\"LH -", "HH"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.count == 1)
        #expect(closing.signatures.first?.title == nil)
    }
}

/// OCR runs the signer's name onto a recipient beside it (tesseract sets 2 and 4).
@Suite struct GluedSignerNameTests {
    static func closing(_ lines: [String]) -> Closing {
        ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) })
    }

    /// After a comma the name is the signer's only when the block finds no name of its own; the item keeps the rest.
    @Test func aNameAfterACommaIsTheSignersWhenNoneFollows() {
        let closing = Self.closing(["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Văn phòng Chính phủ; KT CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                    "- Các sở, ban, ngành, Nguyễn Thành Sinh", "- Như Điều 6;", "- Lưu: VT, TNMT."])
        #expect(closing.signatures.first?.name == "Nguyễn Thành Sinh")
        #expect(closing.recipients.map(\.text).contains("Các sở, ban, ngành"))
    }

    @Test func aNameAfterACommaStaysARecipientsWhenTheSignerHasANameLine() {
        let closing = Self.closing(["Nơi nhận: KT. CHỦ TỊCH", "- Các đồng chí: Nguyễn Văn An, Trần Văn Bình", "PHÓ CHỦ TỊCH",
                                    "- Lưu: VT.", "Lê Văn Cường"])
        #expect(closing.signatures.first?.name == "Lê Văn Cường")
        #expect(closing.recipients.first?.text == "Các đồng chí: Nguyễn Văn An, Trần Văn Bình")
    }

    /// After a recipient's ";" a family name whose mark OCR slipped ("Trân" for Trần) still opens the name.
    @Test func aSlippedFamilyNameAfterASemicolon() {
        let closing = Self.closing(["Nơi nhận: TM. UỶ BAN NHÂN DÂN", "- Như Điều 3; CHỦ TỊCH", "- VP: Thành uỷ, Đoàn ĐBQH& HĐNDTP; Trân Sỹ Thanh",
                                    "- Lưu: VT."])
        #expect(closing.signatures.first?.name == "Trần Sỹ Thanh")
    }
}
