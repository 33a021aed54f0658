import Testing
@testable import VanBan

/// Signers' positions as tesseract and ABBYY leave them in the corpus (29, 55, unseen w06), and lines
/// that must stay as written.
@Suite struct PositionTitleTests {
    @Test(arguments: [
        ("HỦ TỊCH", "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),          // 29: the C lost at the stamp's edge
        ("LONG BÌ THỨ", "TM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ"),
        ("LÓ CỤC TRƯỞNG", "KT", "CỤC TRƯỜNG", "PHÓ CỤC TRƯỞNG"),   // the head OCR'd too
        ("THỨ TRUỞNG", "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG"),
    ])
    func aGarbledPositionReadsAsItsOffice(line: String, mode: String, authority: String, office: String) {
        #expect(PositionTitle.reading(line, mode: mode, authority: authority)?.office == office)
    }

    /// "P." for "PHÓ" (held-out pages-75 01: "P. GIÁM ĐỐC" / "(đã ký)" / the name): a signer's position.
    @Test func anAbbreviatedDeputy() {
        #expect(ClosingParser.position.matches("P. GIÁM ĐỐC"))
        #expect(ClosingParser.position.matches("P.TRƯỞNG PHÒNG"))
        let closing = ClosingParser().parse(["Nơi nhận:", "- Như trên;", "- Lưu: VT", "", "P. GIÁM ĐỐC", "(đã ký)", "Nguyễn Thị Lynh Trang"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) })
        #expect(closing.signatures.first?.title == "P. GIÁM ĐỐC")
        #expect(closing.signatures.first?.name == "Nguyễn Thị Lynh Trang")
    }

    /// The office printed beside "Nơi nhận:" as OCR left it (held-out code-2 11 "Nơi nhận: TỎNG CỤC TRƯỞNG", code-37 02
    /// "Nơi nhận: ,CỤC TRƯỞNG"): it opens the signer's block, read as the office; a recipient in capitals does not.
    @Test func aGarbledOfficeBesideTheRecipientsLabel() {
        for (line, office) in [("Nơi nhận: TỎNG CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG"), ("Nơi nhận: ,CỤC TRƯỞNG", "CỤC TRƯỞNG")] {
            let closing = Self.closing([line, "- Như điều 3; (Đã ký)", "- Lưu: VT.", "Đặng Hạnh Thu"])
            #expect(closing.signatures.first?.title == office, "\(line)")
            #expect(closing.signatures.first?.name == "Đặng Hạnh Thu")
            #expect(closing.recipients.count == 2)
        }
        let recipient = Self.closing(["Nơi nhận: UBND TỈNH", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Văn A"])
        #expect(recipient.signatures.first?.title == "GIÁM ĐỐC")
    }

    /// A web copy that dropped the attached regulation's type line (held-out pages-82 06, pages-66 05): its long title
    /// in capitals under "KT. CHỦ TỊCH" is no office of the signer; the closing ends there.
    @Test func aRegulationsTitleUnderTheModeIsNoTitle() {
        let closing = Self.closing(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "KT. CHỦ TỊCH",
                                    "QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG PHẦN MỀM MỘT CỬA ĐIỆN TỬ TRONG CÁC CƠ QUAN",
                                    "Chương I", "QUY ĐỊNH CHUNG"])
        #expect(closing.signatures.count == 1)
        #expect(closing.signatures.first?.mode == "KT")
        #expect(closing.signatures.first?.title == nil)
        // A body's long name over the office stays the authority.
        let long = Self.closing(["Nơi nhận:", "- Lưu: VT.", "TM. BAN CHẤP HÀNH ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
                                 "BÍ THƯ", "Nguyễn Văn A"])
        #expect(long.signatures.first?.title == "BÍ THƯ")
    }

    @Test func underKTOnlyTheHeadsDeputyFits() {
        // "CỤC TRƯỞNG" is no letters from the line, but a KT. signer is the head's deputy, never the head.
        #expect(PositionTitle.reading("CỤC TRƯỞNG", mode: "KT", authority: "CỤC TRƯỞNG") == nil)
        #expect(PositionTitle.reading("PHÓ CỤC TRƯỞNC", mode: "KT", authority: "CỤC TRƯỞNG")?.office == "PHÓ CỤC TRƯỞNG")
        #expect(PositionTitle.reading("PHÓ GIÁM ĐÓC", mode: "KT", authority: "CỤC TRƯỞNG") == nil)
    }

    /// The heads of state agencies and corporations (Bảo hiểm xã hội Việt Nam, Kho bạc Nhà nước, the State Bank) are
    /// offices too: a flattened title block's authority is cut whole (set 34, 03: "… CƠ YẾU TỔNG GIÁM ĐỐC").
    @Test func aTongGiamDocEndsATitleBlockWhole() {
        #expect(PositionTitle.office(ending: "VỀ VIỆC BAN HÀNH THẺ CHO NGƯỜI LÀM CÔNG TÁC CƠ YẾU TỔNG GIÁM ĐỐC")?.office == "TỔNG GIÁM ĐỐC")
        #expect(PositionTitle.reading("PHÓ TỔNG GIÁM ĐÓC", mode: "KT", authority: "TỔNG GIÁM ĐỐC")?.office == "PHÓ TỔNG GIÁM ĐỐC")
    }

    @Test func linesFarFromEveryOfficeStayAsWritten() {
        for line in ["CHỦ TỊCH", "THỦ QUỸ", "BỘ CÔNG AN", "NN", "S Í THƯ THƯỜNG TRưÊ", "GIÁM ĐỐC SỞ"] {
            #expect(PositionTitle.reading(line, mode: "TM", authority: nil) == nil, "\(line)")
        }
    }

    @Test func anOfficeGluedAfterARecipientIsFoundAtTheLinesEnd() throws {
        let line = "- Các ban đảng, đảng uỷ ==ss„LONG BÌ THỨ"
        let reading = try #require(PositionTitle.reading(line, mode: "TM", authority: "BAN CHẤP HÀNH", atEnd: true))
        #expect(reading.office == "TỔNG BÍ THƯ")
        #expect(String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(reading.start))) == "LONG BÌ THỨ")
        // A recipient in capitals near no office, and an office inside lowercase text, are left alone.
        #expect(PositionTitle.reading("- Như trên; UBND TỈNH", mode: "TM", authority: nil, atEnd: true) == nil)
        #expect(PositionTitle.reading("- Chủ tịch UBND tỉnh;", mode: "TM", authority: nil, atEnd: true) == nil)
    }

    static func closing(_ lines: [String]) -> Closing {
        ClosingParser().parse(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) })
    }

    /// Unseen w06 (tesseract): the deputy's position rides on the first recipient.
    @Test func theRecipientKeepsItsTextAndTheSignerTheOffice() {
        let closing = Self.closing(["Nơi nhận: KT. CỤC TRƯỞNG", "- Như trên, LÓ CỤC TRƯỞNG", "- Lưu: VT, CNHC.", "Vương Thành Chung"])
        #expect(closing.signatures.map { [$0.mode, $0.title, $0.name] } == [["KT", "PHÓ CỤC TRƯỞNG", "Vương Thành Chung"]])
        #expect(closing.recipients.map(\.text) == ["Như trên,", "Lưu: VT, CNHC."])
    }

    /// 19 (joint guidance): an agency's name printed over its stamp lands between position and name.
    @Test func anAgencyOverItsStampIsNotTheTitle() {
        let signature = Self.closing(["Nơi nhận:", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "BỘ Y TẾ", "Trần Văn Thuấn"]).signatures.first
        #expect(signature?.title == "THỨ TRƯỞNG")
        #expect(signature?.authority == "BỘ TRƯỞNG BỘ Y TẾ")
    }
}
