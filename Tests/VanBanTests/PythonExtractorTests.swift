import Testing
@testable import VanBan

/// Texts of the Python PDF extractors RAG projects use (set 4 of the renderings: LibreOffice PDFs of held-out
/// documents read by pdfminer.six and pdfplumber).
@Suite struct PythonExtractorTests {
    /// pdfminer orders layout boxes: the title block's first line before the type name, and a blank line after
    /// every box of the header (not of the body).
    @Test func pdfminerSetsTheTypeNameAmidTheSubject() {
        let text = """
        ỦY BAN NHÂN DÂN

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        TỈNH THỪA THIÊN HUẾ

        Độc lập - Tự do - Hạnh phúc

        Số: 383/QĐ-UBND

        Thừa Thiên Huế, ngày 27 tháng 02 năm 2017

        PHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN ĐIỆN TỬ TỈNH THỪA

        QUYẾT ĐỊNH

        THIÊN HUẾ

        __________

        ỦY BAN NHÂN DÂN TỈNH

        Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6
        năm 2015;
        Căn cứ Luật giao dịch điện tử ngày 29 tháng 11 năm 2015;
        Căn cứ Luật công nghệ thông tin ngày 29 tháng 6 năm 2016;

        """
        let header = DocumentParser().parse(text: text, name: "qd.txt").header
        #expect(header.documentType?.name == "Quyết định")
        #expect(header.subject?.text == "PHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ")
    }

    @Test func aHeaderOfBoxesLosesItsBlankLinesAndTheBodyKeepsItsOwn() throws {
        // Nine boxes, then a body of twenty lines in two paragraphs: too few blanks for the whole text's rule.
        let body = (1...10).map { "đoạn một dòng \($0)" } + [""] + (1...10).map { "đoạn hai dòng \($0)" }
        let boxed = (1...9).map { "Dòng \($0)" }.flatMap { [$0, ""] } + body
        let lines = boxed.enumerated().map { TextLine(text: $1, line: $0 + 1) }
        let repaired = try #require(InterleavedBlankLines().apply(lines))
        #expect(repaired.prefix(10).map(\.text) == (1...9).map { "Dòng \($0)" } + ["đoạn một dòng 1"])
        #expect(repaired.dropFirst(9).map(\.text) == body)
        // Seven boxes are not enough to tell.
        #expect(InterleavedBlankLines().apply(Array(lines.dropFirst(4))) == nil)
    }

    /// pdfplumber merges the closing table's cells by height: the signer's name ends a recipient's line, and the
    /// block above it is a title alone.
    @Test func pdfplumberGluesTheNameToARecipientUnderATitleAlone() {
        let text = "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1351/QĐ-UBND Quảng Ngãi, ngày 14 tháng 8 năm 2020\n\nQUYẾT ĐỊNH\nCông bố danh mục thủ tục hành chính\n\nĐiều 1. Công bố kèm theo Quyết định này danh mục.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận: CHỦ TỊCH\n- Như Điều 4;\n- CT, các PCT UBND tỉnh;\n- VPUB: PCVP, KGVX, CBTH; Đặng Văn Minh\n- Lưu: VT, TTHC(htd).\n"
        let closing = DocumentParser().parse(text: text, name: "qd.txt").closing
        #expect(closing.signatures.first?.title == "CHỦ TỊCH")
        #expect(closing.signatures.first?.name == "Đặng Văn Minh")
        #expect(closing.recipients.map(\.text).contains("VPUB: PCVP, KGVX, CBTH;"))
    }

    /// Set 4's narrower title cells wrap subjects at new words: before a count or a district's number, and inside
    /// "ĐƯỜNG BỘ" (whose "BỘ" opens ministries' names).
    @Test(arguments: [
        (["Về phân loại đơn vị hành chính phường trên địa bàn", "quận"], "6 theo tinh thần Nghị định số 159/2005/NĐ-CP ngày"),
        (["Kết quả thực hiện kế hoạch kinh tế - xã hội, quốc phòng - an ninh"], "6 tháng đầu năm và nhiệm vụ giải pháp thực hiện 6 tháng cuối"),
        (["TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG"], "BỘ"),
    ])
    func aSubjectGoesOnOverTheBreak(_ above: [String], _ line: String) {
        let lines = above.enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(SubjectLines.continues(line, after: lines))
    }

    /// A numbered heading under a subject's last sentence is no part of it.
    @Test func aMarkerAfterASentenceStaysOut() {
        #expect(!SubjectLines.continues("1. Mục đích", after: [TextLine(text: "Về việc tổ chức hội thi năm 2024.", line: 1)]))
    }

    /// pdfminer sets the whole subject above the type name, or all of it but its last word.
    @Test(arguments: [
        ("HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở\nQUYẾT ĐỊNH", "HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở"),
        ("PHIÊN HỌP CHUYÊN ĐỀ VỀ XÂY DỰNG PHÁP LUẬT THÁNG 7 NĂM\nQUYẾT ĐỊNH\n2025", "PHIÊN HỌP CHUYÊN ĐỀ VỀ XÂY DỰNG PHÁP LUẬT THÁNG 7 NĂM 2025"),
    ])
    func theSubjectAboveTheTypeName(_ block: String, _ subject: String) {
        let text = "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n-------\nĐộc lập - Tự do - Hạnh phúc\nSố: 22/2013/QĐ-TTg\nHà Nội, ngày 26 tháng 04 năm 2013\n---------------\n\(block)\n__________\nCăn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nCăn cứ Luật nhà ở ngày 29 tháng 11 năm 2005;\n"
        let header = DocumentParser().parse(text: text, name: "qd.txt").header
        #expect(header.documentType?.name == "Quyết định")
        #expect(header.subject?.text == subject)
    }

    /// pdfminer reads the closing table's right cell first: the whole signature stands above "Nơi nhận".
    @Test func theSignatureAboveNơiNhận() {
        let text = "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 62/2011/QĐ-TTg\nHà Nội, ngày 09 tháng 11 năm 2011\nQUYẾT ĐỊNH\nVề chế độ, chính sách\nĐiều 1. Phạm vi điều chỉnh.\nĐiều 2. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này.\n\nTHỦ TƯỚNG\n\n(đã ký)\n\nNguyễn Tấn Dũng\n\nNơi nhận:\n\n- Ban Bí thư Trung ương Đảng;\n\n- Lưu: Văn thư, KTTH (5b).\n"
        let closing = DocumentParser().parse(text: text, name: "qd.txt").closing
        #expect(closing.signatures.count == 1)
        #expect(closing.signatures.first?.title == "THỦ TƯỚNG")
        #expect(closing.signatures.first?.name == "Nguyễn Tấn Dũng")
        #expect(closing.recipients.count == 2)   // the Lưu line is a recipient too, and the archive
    }

    /// A name above "Nơi nhận" with no position over it stays in the body.
    @Test func aNameAloneAboveNơiNhậnOpensNoClosing() {
        let text = "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BCT-KH\nHà Nội, ngày 09 tháng 11 năm 2011\nV/v báo cáo\nKính gửi: Các Sở.\nĐề nghị liên hệ đồng chí\nNguyễn Văn Nam\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        let document = DocumentParser().parse(text: text, name: "cv.txt")
        #expect(document.closing.signatures.isEmpty || document.closing.signatures.allSatisfy { $0.name != "Nguyễn Văn Nam" || $0.title != nil })
    }
}
