import Testing
@testable import VanBan

/// Shapes of PDFs converted to Markdown or text by other tools (held-out set 2026-11-code-2): a converter's
/// page marker, a chapter numeral read by OCR, a date line left blank to the year, a Markdown list of recipients.
@Suite struct ConvertedPdfTextTests {
    static func parse(_ text: String) -> Document { DocumentParser().parse(text: text, name: "converted.md") }

    /// An AI transcription into Markdown (held-out code-83 05, 03): front matter with a field's list ("version:" /
    /// "- vi"), the header's columns as HTML blocks with "<br>" and "<hr>", the number and date as a pipe table's row.
    /// The header is read whole, however many lines the front matter takes; "<br>" between two texts ends a line.
    @Test func aTranscriptionsHtmlHeaderUnderFrontMatter() {
        let document = Self.parse("""
        ---
        id: DHVN-DT-840
        title: Công văn về Lịch trình đào tạo năm học 2025–2026
        category: Official Letter
        version:
        - vi
        - en
        - ja
        - source
        lang: vi
        ---

        <div style="display: flex; justify-content: space-between;">
          <div style="text-align: center; flex-basis: 50%;">
            ĐẠI HỌC QUỐC GIA HÀ NỘI<br>
            <strong>TRƯỜNG ĐẠI HỌC VIỆT NHẬT</strong><br>
            <hr style="width: 50%; margin: auto;">
          </div>
          <div style="text-align: center; flex-basis: 50%;">
            <strong>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>
            <strong>Độc lập - Tự do - Hạnh phúc</strong><br>
            <hr style="width: 50%; margin: auto;">
          </div>
        </div>
        <br>

        | | |
        | :-- | --: |
        | Số: 840 /DHVN-ĐT | *Hà Nội, ngày 30 tháng 07 năm 2025* |
        | V/v lịch trình đào tạo năm học 2025 – 2026 | |

        <br>

        Kính gửi: **Đại học Quốc gia Hà Nội**

        Thực hiện Công văn số 3590/ĐHQGHN-ĐT&CTSV của Đại học Quốc gia Hà Nội, Trường báo cáo như sau.
        """)
        #expect(document.header.parentAuthority?.text == "ĐẠI HỌC QUỐC GIA HÀ NỘI")
        #expect(document.header.issuer?.text == "TRƯỜNG ĐẠI HỌC VIỆT NHẬT")
        #expect(document.header.number?.canonical == "840/DHVN-ĐT")
        #expect(document.header.date?.value == "2025-07-30")
        #expect(document.header.subject?.text == "lịch trình đào tạo năm học 2025 – 2026")

        let paragraphs = Self.parse("""
        <p align="center"><strong>ĐẠI HỌC QUỐC GIA HÀ NỘI</strong><br><strong>TRƯỜNG ĐẠI HỌC VIỆT NHẬT</strong></p>
        <p align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập – Tự do – Hạnh phúc</strong></p>
        <p align="center"><strong>Số: 50/ĐHVN-KT&ĐBCL</strong></p>
        <p align="center"><strong>Hà Nội, ngày 19 tháng 01 năm 2026</strong></p>
        <p align="center"><strong>KẾ HOẠCH</strong></p>
        <p align="center"><strong>TRIỂN KHAI CÁC HOẠT ĐỘNG ĐẢM BẢO CHẤT LƯỢNG NĂM 2026</strong></p>
        Xây dựng và vận hành hệ thống đảm bảo chất lượng bên trong.
        """)
        #expect(paragraphs.header.parentAuthority?.text == "ĐẠI HỌC QUỐC GIA HÀ NỘI")
        #expect(paragraphs.header.issuer?.text == "TRƯỜNG ĐẠI HỌC VIỆT NHẬT")
    }

    /// 09: "--- PAGE 1 ---" above the header is no cơ quan chủ quản.
    @Test func aConvertersPageMarkerIsPageFurniture() {
        let document = Self.parse("""
        --- PAGE 1 ---
        BỘ CÔNG THƯƠNG
        Số: 05/2018/TT-BCT
        Hà Nội, ngày 03 tháng 04 năm 2018
        THÔNG TƯ
        Quy định về xuất xứ hàng hóa
        """)
        #expect(document.header.parentAuthority == nil)
        #expect(document.header.issuer?.text == "BỘ CÔNG THƯƠNG")
    }

    /// A converter's page marker is a page break: the page's number under it goes, and the sentence the page
    /// cut goes on as one paragraph (held-out code-2 10, code-3 15: "2" had stood as a paragraph between halves).
    @Test func aPageNumberUnderAPageMarkerIsFurniture() throws {
        let document = Self.parse("""
        BỘ TÀI CHÍNH
        Số: 586/TCT-TTKT
        Hà Nội, ngày 03 tháng 3 năm 2023
        V/v tăng cường thanh tra

        1. Thực hiện đôn đốc, rà soát, kiểm tra hồ sơ khai thuế của các doanh

        ===== Trang 2 =====
        2

        nghiệp bất động sản đã mở bán nhưng không công khai.
        """)
        let item = try #require(document.body.first)
        #expect(item.children.isEmpty)
        #expect(item.text?.hasSuffix("các doanh nghiệp bất động sản đã mở bán nhưng không công khai.") == true)
    }

    /// Held-out code-10 02 (a vision model's OCR, page by page): "# PAGE 1" between rules of "=" is no cơ quan chủ quản.
    @Test func aMarkdownPageHeadingIsPageFurniture() {
        let document = Self.parse("""
        ============================================================
        # PAGE 1
        ============================================================

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        BỘ Y TẾ
        Số:3467/QĐ-BYT
        Hà Nội, ngày 15 tháng 11 năm 2024
        QUYẾT ĐỊNH
        Giá dịch vụ khám bệnh
        """)
        #expect(document.header.parentAuthority == nil)
        #expect(document.header.issuer?.text == "BỘ Y TẾ")
        #expect(PageFurniture.pageOfMark("# PAGE 12") == 12)
    }

    /// Held-out code-12 (a party committee's catalogue in Markdown): a summary above, the document itself in a code
    /// fence. The header is read from inside the fence; the summary's "Số hiệu" is no number of the document.
    @Test func aDocumentInsideACodeFenceUnderACataloguesSummary() {
        let document = Self.parse("""
        # CV moi hop BTV 14.8.2025

        **Số hiệu:** 13-CV/ĐU | **Ngày ban hành:** ngày 14/8/2025

        ### 1. Vấn đề trọng tâm cần giải quyết
        Nghe UBND xã báo cáo.

        ```text
        ĐẢNG BỘ TỈNH KHÁNH HOÀ
        ĐẢNG UỶ XÃ CÔNG HẢI
        *
        Số -CV/ĐU
        Mời họp Ban Thường vụ Đảng uỷ
        ĐẢNG CỘNG SẢN VIỆT NAM
        Công Hải, ngày tháng 8 năm 2025
        Kính gửi: - Các đồng chí Uỷ viên Ban Thường vụ Đảng uỷ,
        Kính mời các đồng chí dự họp Ban Thường vụ.
        ```
        """)
        #expect(document.header.number?.canonical == "-CV/ĐU")
        #expect(document.header.issuer?.text == "ĐẢNG UỶ XÃ CÔNG HẢI")
        #expect(document.header.parentAuthority?.text == "ĐẢNG BỘ TỈNH KHÁNH HOÀ")
    }

    /// Dev 37 (LibreOffice's PDF of a Word draft): the page number's field printed as its code at each page's top
    /// ("PAGE \* MERGEFORMAT 2") is page furniture, no paragraph; the item under it opens the section.
    @Test func aPageFieldsCodeIsPageFurniture() {
        let document = Self.parse("""
        SỞ CÔNG THƯƠNG
        Số: /TTr-SCT
        TỜ TRÌNH
        Về việc phê duyệt phương án
        Sở Công Thương báo cáo như sau:
        \u{0C}PAGE \\* MERGEFORMAT 2
        I. TÌNH HÌNH KHU VỰC ĐỀ NGHỊ
        Qua kiểm tra thực tế.
        """)
        #expect(!document.body.contains { ($0.text ?? "").contains("MERGEFORMAT") })
        #expect(document.body.last?.marker == "I")
    }

    /// 09: OCR reads a chapter's I as "|" or "l" and may drop the marks of "Chương".
    @Test func chapterNumeralsReadByOcr() {
        var builder = OutlineBuilder()
        let texts = ["Chương |", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", "Chương Il", "XUẤT XỨ", "Điều 2. Xuất xứ",
                     "Chương Ill", "KIỂM TRA", "Điều 3. Kiểm tra", "Chuong IV", "THI HÀNH", "Điều 4. Hiệu lực"]
        for (i, text) in texts.enumerated() { builder.accept(TextLine(text: text, line: i + 1)) }
        #expect(builder.finish().map(\.marker) == ["Chương I", "Chương II", "Chương III", "Chương IV"])
        // "l" inside a sentence after "Chương" is no numeral: the rule wants the numeral alone on its line.
        #expect(OutlineMarker.recognise("Chương Il của Luật này quy định", line: TextLine(text: "Chương Il của Luật này quy định", line: 1)) == nil)
    }

    /// 19: a part's roman numeral with an I read as "T" or "l", before its heading in capitals.
    @Test func romanNumeralsReadByOcr() {
        let line = { (text: String) in OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)) }
        #expect(line("ITI. MỤC TIÊU, QUAN ĐIỂM XÂY DỰNG NGHỊ ĐỊNH")?.marker == "III")
        #expect(line("Il. QUÁ TRÌNH XÂY DỰNG")?.ordinal == 2)
        // Not before a heading in capitals, or without a real numeral letter: no marker.
        #expect(line("Il. nội dung")?.style != .roman)
        #expect(line("IT. Công nghệ thông tin") == nil)
        // With a small "l" (no word is written so) also before a heading in sentence case (set 32, 04); not with a "T".
        #expect(line("Il. Xây dựng chỉ tiêu nhiệm vụ, kế hoạch thanh tra thuế")?.marker == "II")
        #expect(line("IT. Công nghệ thông tin") == nil)
    }

    /// 08: a draft's date line left blank to the year still names the place.
    @Test func anUndatedDraftKeepsItsPlace() {
        let document = Self.parse("""
        TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        CỤC THUẾ TỈNH LONG AN Độc lập - Tự do - Hạnh phúc
        Số: /CTLAN-TTHT Long An, ngày tháng năm
        V/v doanh nghiệp cần thực hiện
        Kính gửi: Các Doanh nghiệp.
        """)
        #expect(document.header.place?.text == "Long An")
        #expect(document.header.date == nil)
    }

    /// 13 (CamScanner OCR): "Noi nhậm:" with two slips still opens the recipients.
    @Test func recipientsLabelWithItsLastLetterMisread() {
        let got = ClosingRecipientsTests.recipients(["Noi nhậm:", "- Như trên;", "- Bộ trưởng (để b/c),", "- Lưu VT, Vụ PLQT (VTTA)."])
        #expect(got.count == 3)
    }

    /// 06: a Markdown list under "**Nơi nhận:**", items ending with commas as party documents write them.
    @Test func markdownBulletsAreRecipients() {
        let got = ClosingRecipientsTests.recipients(["Nơi nhận:", "*   Ban Bí thư Trung ương Đảng (để b/c),",
                                                     "*   Ban cán sự đảng Chính phủ (để phối hợp),", "*   Lưu VPĐĐQH, Vụ KHCNMT."])
        #expect(got == ["Ban Bí thư Trung ương Đảng (để b/c),", "Ban cán sự đảng Chính phủ (để phối hợp),", "Lưu VPĐĐQH, Vụ KHCNMT."])
    }

    /// 2026-11-code-2, 19: a province named with a mark OCR lost is read back from the list; a place written with
    /// the older placing of a tone, or one no province's, stays as written.
    @Test func aProvincePlaceWithALostMark() {
        #expect(Provinces.respelled("Ha Nội") == "Hà Nội")
        #expect(Provinces.respelled("Lao Cai") == "Lào Cai")
        #expect(Provinces.respelled("Thanh Hoá") == nil)
        #expect(Provinces.respelled("HÀ NỘI") == nil)
        #expect(Provinces.respelled("Sa Pa") == nil)
    }

    /// 2026-11-code-3, 10: a collector's note above a converter's first-page mark is not the document; the
    /// party's banner read "ĐẢNG CỘNG SẲN" by OCR is still the banner; a roman numeral without its dot, or with
    /// its second I read "H", heads a part.
    @Test func notesAboveTheFirstPageAndAnOcrdPartyHeader() {
        let document = Self.parse("""
        NGHỊ QUYẾT SỐ 26-NQ/TU NGÀY 05/12/2025 CỦA TỈNH ỦY LÀO CAI
        VỀ NHIỆM VỤ CHÍNH TRỊ NĂM 2026
        --------------------------------------------------------------------
        BẢN OCR TỰ ĐỘNG (tesseract tiếng Việt, 200 dpi) — CHỈ DÙNG ĐỂ TRA NHANH VÀ TÌM KIẾM.
        --------------------------------------------------------------------

        ===== TRANG 1 =====
        TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẲN VIỆT NAM
        *
        Số 26-NQ/TU Lào Cai, ngày 05 tháng 12 năm 2025
        NGHỊ QUYẾT
        về nhiệm vụ chính trị năm 2026

        I QUAN ĐIỂM CHỈ ĐẠO
        1. Kiên định chủ trương đổi mới.
        IH. MỤC TIÊU
        1. Mục tiêu tổng quát.
        """)
        #expect(document.header.number?.canonical == "26-NQ/TU")
        #expect(document.header.issuer?.text == "TỈNH ỦY LÀO CAI")
        #expect(document.header.subject?.text == "về nhiệm vụ chính trị năm 2026")
        #expect(document.body.map(\.marker) == ["I", "II"])
    }

    /// 2026-11-code-2, 19: "…/QĐ-BIC" twice in a text that writes "…/QĐ-BTC" again and again is OCR's T read as I;
    /// a code written as often as its look-alike, or unlike any other, stays as written.
    @Test func anIssuerCodeOcrMisreadOneLetter() {
        let text = """
        BỘ TÀI CHÍNH
        Số: 12/TTr-BTC
        Hà Nội, ngày 01 tháng 3 năm 2022
        TỜ TRÌNH
        Về dự thảo Nghị định
        Căn cứ Quyết định số 1830/QĐ-BTC, Quyết định số 1831/QĐ-BTC, Quyết định số 1832/QĐ-BTC, Quyết định số
        1833/QĐ-BIC, Quyết định số 206/QĐ-BIC ngày 24/02/2022 và Quyết định số 15/QĐ-BCT, 16/QĐ-BCT.
        """
        let numbers = Set(Self.parse(text).references.map(\.number.canonical))
        #expect(numbers.isSuperset(of: ["1833/QĐ-BTC", "206/QĐ-BTC", "15/QĐ-BCT"]))
        #expect(!numbers.contains("1833/QĐ-BIC"))
    }

    /// 2026-12-code-38, 05: "184/2015/TT- BIC ngày 17/11/2015" where the letter cites "184/2015/TT-BTC" twice more is
    /// that circular, dated, though BTC is written too seldom for its count alone to tell; the code the document
    /// writes more often wins, so the right spelling is not read as the slip.
    @Test func anIssuerCodeOcrMisreadInANumberCitedRightElsewhere() {
        let text = """
        TỔNG CỤC HẢI QUAN
        Số: 12/TCHQ-TXNK
        Hà Nội, ngày 01 tháng 3 năm 2022
        V/v thu nộp tiền thuế
        Kính gửi: Cục Hải quan các tỉnh.
        Thực hiện theo quy định tại Điều 24 Thông tư số 184/2015/TT- BIC ngày 17/11/2015 của Bộ Tài chính.
        Căn cứ Điều 10, Điều 17 Thông tư số 184/2015/TT-BTC, thông tin thu được chuyển.
        Theo Điều 10 Thông tư số 184/2015/TT-BTC.
        """
        let references = Self.parse(text).references
        #expect(references.map(\.number.canonical) == ["184/2015/TT-BTC"])
        #expect(references.first?.date?.value == "2015-11-17")
    }
}
