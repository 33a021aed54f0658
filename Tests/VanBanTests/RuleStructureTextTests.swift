import Testing
@testable import VanBan

/// structure.* and text.*: for every rule one finding on real text and near misses where it must stay quiet.
@Suite struct RuleStructureTextTests {
    typealias F = RuleFixture
    static var body01: [String] { F.lines("01_", 19...24) }

    // MARK: structure.numbering-gap

    /// 05: points a) … h) then k) (line 151) — i) is missing. 43: Mẫu số 01 lists "4. Giấy tờ pháp lý" then
    /// "4. Ngành nghề kinh doanh chính" (line 214).
    @Test(arguments: [("05_", 151), ("43_", 214)])
    func numberingGapFiresOnRealLists(_ prefix: String, line: Int) {
        expectFindings("structure.numbering-gap", .warning, lines: [line], in: F.corpus(prefix))
    }

    /// 01: 1. a) b) 2. 3. 4. a) b) c) d) đ) — every list starts again at a); 27: 1. 2. 3. 3.1 3.2 …;
    /// 00: I–IV with 1. 2. under IV; 50: A- B- C-, I- II- III-, 1- 2-, 2.1- … restarting in each part; 41: Điều,
    /// khoản 1. 2. … starting again in every Điều.
    @Test(arguments: ["01_", "27_", "00_", "50_", "41_"])
    func numberingGapNearMissRestartsAreNotGaps(_ prefix: String) {
        expectNoFinding("structure.numbering-gap", in: F.corpus(prefix))
    }

    @Test func numberingGapNearMissLatinLetters() {
        // Corpus/05 letters its points a b c d đ e f g h: "f" after "e" is the Latin alphabet, not a gap — only
        // the k) after h) (line 151) is reported.
        let found = findings("structure.numbering-gap", in: F.corpus("05_"))
        #expect(!found.contains { (90...150).contains($0.span.start.line) })
    }

    /// "II.2" then "II.3" number points inside part II (group rows of a Tỉnh ủy programme's appendix, not in
    /// dev): neither is part II again.
    @Test func numberingGapNearMissRomanDotNumber() {
        let text = F.congVan(["II. NHIỆM VỤ, GIẢI PHÁP", "II.2 Huy động, phân bổ và sử dụng hiệu quả các nguồn lực",
                              "II.3 Giải quyết các vấn đề bức xúc về môi trường, cải thiện chất lượng môi trường"],
                             closing: F.closingWithoutArchive)
        expectNoFinding("structure.numbering-gap", in: F.parse(text))
    }

    // MARK: structure.missing-component

    /// A law ends with the National Assembly's adoption and the chairman's signature, never a "Nơi nhận"
    /// (the layout of Luật 43/2024/QH15 as published, shortened).
    @Test func missingComponentNearMissALawHasNoRecipients() {
        let text = """
            QUỐC HỘI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Luật số: 43/2024/QH15
            Hà Nội, ngày 29 tháng 6 năm 2024
            LUẬT
            SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đất đai.
            Điều 1. Sửa đổi, bổ sung một số điều của Luật Đất đai
            Điều 2. Hiệu lực thi hành
            Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 7 thông qua ngày 29 tháng 6 năm 2024.
            CHỦ TỊCH QUỐC HỘI
            Trần Thanh Mẫn
            """
        let d = F.parse(text)
        #expect(d.header.documentType?.name == "Luật")
        #expect(!findings("structure.missing-component", in: d).contains { $0.message.contains("recipients") })
    }

    @Test func missingComponentFiresOnAResolutionCopiedWithoutSignature() {
        // Corpus/50 (20-NQ/TW in Markdown): header, Nơi nhận — but the T/M Ban Chấp hành Trung ương block is gone.
        let d = F.corpus("50_")
        expectFindings("structure.missing-component", .warning, lines: [1], in: d)
        #expect(findings("structure.missing-component", in: d).first?.message.contains("signature") == true)
    }

    @Test func missingComponentFiresWithoutTheNumberLine() {
        // Corpus/01's header with its line "Số: 4280 /SCT - CN" emptied.
        let d = F.parse(F.congVan(Self.body01, header: ("Số: 4280 /SCT - CN", "")))
        expectFindings("structure.missing-component", .warning, lines: [1], in: d)
        #expect(findings("structure.missing-component", in: d).first?.message.contains("number") == true)
    }

    /// 01 and the công văn built from it: every component; 21: a treaty (Nghị định thư), diplomatic form; 53: a
    /// party công văn (no tiêu ngữ in party documents); 58: an appendix sent alone; 48: a news copy of 57-NQ/TW
    /// ("Trân trọng giới thiệu toàn văn …") — it has no header to judge.
    @Test(arguments: ["01_", "21_", "53_", "58_", "48_"])
    func missingComponentNearMiss(_ prefix: String) {
        expectNoFinding("structure.missing-component", in: F.corpus(prefix))
    }

    @Test func missingComponentNearMissTheSnippet() {
        expectNoFinding("structure.missing-component", in: F.parse(F.congVan(Self.body01)))
    }

    // MARK: structure.appendix-missing

    @Test func appendixMissingFiresOnADecisionSentWithoutItsAppendix() {
        // Corpus/57, line 43: "(Chi tiết theo Phụ lục đính kèm)"; the appendix came as a separate file (58).
        expectFindings("structure.appendix-missing", .warning, lines: [43], in: F.corpus("57_"))
    }

    /// 13: "(Chi tiết tại Phụ lục kèm theo)" and a PHỤ LỤC follows; 01: "mục II Phụ lục VII Thông tư số
    /// 23/2024/TT-BCT" (another document's appendix); 04: "Phụ lục I kèm theo Nghị định số …"; 10: "Phụ lục III
    /// kèm theo Quyết định …"; 00: "Phụ lục đính kèm" and the PHỤ LỤC after the signature.
    @Test(arguments: ["13_", "01_", "04_", "10_", "00_"])
    func appendixMissingNearMissReal(_ prefix: String) {
        expectNoFinding("structure.appendix-missing", in: F.corpus(prefix))
    }

    /// Another document's appendix, in Corpus/01's body: 01's own line 86–87 with "kèm theo" added, and 45's plan
    /// 3898/KH-SCT (constructed lines).
    @Test(arguments: [
        "của doanh nghiệp trong bán kính 1.000 m theo yêu cầu tại mục II Phụ lục VII kèm theo Thông tư số 23/2024/TT-BCT.",
        "Danh sách đơn vị tham gia huấn luyện theo Phụ lục kèm theo Kế hoạch số 3898/KH-SCT ngày 30/6/2026 của Sở Công Thương.",
    ])
    func appendixMissingNearMissAnotherDocumentsAppendix(_ line: String) {
        expectNoFinding("structure.appendix-missing", in: F.parse(F.congVan(Self.body01 + [line])))
    }

    // MARK: structure.recipients-empty

    @Test func recipientsEmptyFiresOnALabelWithNoItems() {
        // Corpus/01's closing with its four items gone: "Nơi nhận:" stands over the signature alone.
        let text = F.congVan(Self.body01, closing: F.lines("01_", 110...113) + F.lines("01_", 118...122))
        let d = F.parse(text)
        expectFindings("structure.recipients-empty", .warning, lines: [F.line(of: "Nơi nhận:", in: text)], in: d)
        #expect(d.closing.recipientsLabel?.text == "Nơi nhận:")
        #expect(d.closing.recipients.isEmpty)
        // The label is there, so the list is not reported missing as well.
        #expect(!findings("structure.missing-component", in: d).contains { $0.message.contains("recipients") })
    }

    @Test func recipientsEmptyNearMissAListWithItems() {
        let d = F.corpus("01_")
        expectNoFinding("structure.recipients-empty", in: d)
        #expect(d.closing.recipientsLabel.map { F.line(of: "Nơi nhận:", in: F.text("01_")) == $0.span.start.line } == true)
    }

    @Test func recipientsEmptyNearMissNoLabelAtAll() {
        // Without the label the list is missing, which `structure.missing-component` reports.
        let d = F.parse(F.congVan(Self.body01, closing: F.lines("01_", 110...111) + F.lines("01_", 118...122)))
        expectNoFinding("structure.recipients-empty", in: d)
        #expect(d.closing.recipientsLabel == nil)
        #expect(findings("structure.missing-component", in: d).contains { $0.message.contains("recipients") })
    }

    // MARK: structure.signing-authority-mismatch

    /// Corpus/13: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" above the preamble (line 17), signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"
    /// (line 96). Signed "KT. CHỦ TỊCH" without the body, or enacted by "CHỦ TỊCH …" and signed "TM.", it disagrees.
    @Test func signingAuthorityMismatchFiresBothWays() {
        let withoutTM = F.corpus("13_", line: 96, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
        expectFindings("structure.signing-authority-mismatch", .warning, lines: [96], in: withoutTM)
        #expect(findings("structure.signing-authority-mismatch", in: withoutTM).first?.related.map(\.span.start.line) == [17])
        let inPerson = F.corpus("13_", line: 17, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
        #expect(inPerson.header.enactingAuthority?.text == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
        expectFindings("structure.signing-authority-mismatch", .warning, lines: [96], in: inPerson)
    }

    /// 13 as written; 15 and 57 (decisions of the province's committee, "TM." then "KT. CHỦ TỊCH"); a council's
    /// resolution signed by its chair in person is no body's signature to check.
    @Test(arguments: ["13_", "15_", "57_"])
    func signingAuthorityMismatchNearMiss(_ prefix: String) {
        expectNoFinding("structure.signing-authority-mismatch", in: F.corpus(prefix))
    }

    // MARK: structure.archive-missing

    @Test func archiveMissingFiresWithoutLuu() {
        // Corpus/01's Nơi nhận without its line "- Lưu: VT, BP1C, CN(Khôi).": the finding is on the last item.
        let text = F.congVan(Self.body01, closing: F.closingWithoutArchive)
        expectFindings("structure.archive-missing", .info, lines: [F.line(of: "- Ban Giám đốc Sở;", in: text)], in: F.parse(text))
    }

    /// 01 "- Lưu: VT, BP1C, CN(Khôi)."; 45 "/ - Lưu: VT, CN(Linh)." inside a docx table row; 29 "~ Lưu: VT, các CV,
    /// XD." (OCR read the dash as "~"); 50 "\- Lưu Văn phòng Trung ương Đảng." (no colon).
    @Test(arguments: ["01_", "45_", "29_", "50_"])
    func archiveMissingNearMiss(_ prefix: String) {
        expectNoFinding("structure.archive-missing", in: F.corpus(prefix))
    }

    // MARK: text.broken-layer

    /// 25: OCR without diacritics; 22 with its control characters dropped (as some extractors do): the
    /// glyph-id mojibake ("6Ӣ CÔNG 7+ѬѪ1*") can then no longer be decoded with certainty.
    @Test(arguments: ["25_", "22-without-controls"])
    func brokenLayerFiresAndNothingElseIsJudged(_ prefix: String) {
        let d = prefix == "25_" ? F.corpus(prefix)
            : F.parse(String(String.UnicodeScalarView(F.text("22_").unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\u{0C}" })))
        expectFindings("text.broken-layer", .error, lines: [1], in: d)
        let ids = Set(RuleCatalogue.rules.map { type(of: $0).id })
        #expect(d.diagnostics.filter { ids.contains($0.rule) && $0.rule != "text.broken-layer" }.isEmpty)
    }

    /// 25 (OCR without diacritics): words with digits inside ("CVC H6A CHAT", "Xt'ph4t vi ph4m") are garbage
    /// and leave their fields null; the type name, a fixed word of the standard, is read back ("QUYET DINH").
    @Test func ocrJunkFieldsAreDroppedOnALayerWithoutDiacritics() {
        let d = F.corpus("25_")
        #expect(d.header.issuer == nil)
        #expect(d.header.subject == nil)
        #expect(d.header.documentType?.text == "QUYẾT ĐỊNH")
        #expect(d.source.repairs.contains(UnaccentedKeywords.id))
    }

    /// 22 as extracted, with its glyph ids in control characters: decoded, and then its text judged like its
    /// clean twin 27 (1050/QĐ-SCT cited as of 06/3/2026 and 06/3/2025). Its appendix table is set in a third
    /// face that stays unreadable, so the schedule findings 27 has on that table are not expected of 22.
    @Test func decodedGlyphIdLayerIsJudgedLikeItsCleanTwin() {
        let decoded = F.corpus("22_"), clean = F.corpus("27_")
        #expect(decoded.source.repairs.first == GlyphIdText.id)
        expectNoFinding("text.broken-layer", in: decoded)
        let atWarning = { (d: Document) in d.diagnostics.filter { $0.severity != .info && !$0.rule.hasPrefix("schedule.") }.map(\.rule) }
        #expect(atWarning(decoded) == ["date.conflicting-citation"])
        #expect(atWarning(decoded) == atWarning(clean))
    }

    /// A font that lost every letter with a dot below, a hook or two marks, as a site's preview of a PDF prints it
    /// (held-out pages-49 09: "B GIAO THÔNG V N T I C NG HOÀ XÃ H I"): the seed so spoilt is flagged, and its
    /// issuer, with a consonant left alone, is not written.
    @Test func aLayerThatLostItsStackedLettersIsFlagged() {
        let spoilt = String(String.UnicodeScalarView(F.text("00_").unicodeScalars.map { (0x1EA0...0x1EF9).contains($0.value) ? " " : $0 }))
        let d = F.parse(spoilt)
        expectFindings("text.broken-layer", .error, lines: [1], in: d)
        #expect(d.header.issuer == nil)
    }

    /// 27: the clean text of the plan that 22 garbles; 55: Tesseract OCR, noisy but with its diacritics; 19: a
    /// few Cyrillic look-alikes (text.confusable), not a broken layer.
    @Test(arguments: ["27_", "55_", "19_"])
    func brokenLayerNearMiss(_ prefix: String) {
        expectNoFinding("text.broken-layer", in: F.corpus(prefix))
    }

    // MARK: text.mixed-tone-style

    @Test func mixedToneStyleFiresOnTheSeed() {
        // "Tỉnh uỷ" on line 26, "Tỉnh ủy" on line 62.
        let d = F.corpus("00_")
        expectFindings("text.mixed-tone-style", .info, lines: [62], in: d)
        #expect(findings("text.mixed-tone-style", in: d).first?.related.map(\.span.start.line) == [26])
    }

    @Test func mixedToneStyleNearMissOneStyleThroughout() {
        // The seed with line 62's "Tỉnh ủy" written "Tỉnh uỷ" like line 26.
        expectNoFinding("text.mixed-tone-style", in: F.corpus("00_", line: 62, "Tỉnh ủy", "Tỉnh uỷ"))
    }

    @Test func mixedToneStyleNearMissQuyAndThuy() {
        // Real lines: 15's "quý IV năm 2027" (the tone sits on y in both styles) beside 10's old-style "thuỷ lợi".
        let body = F.lines("15_", 90...90) + F.lines("10_", 127...130)
        expectNoFinding("text.mixed-tone-style", in: F.parse(F.congVan(body)))
    }

    // MARK: text.repeated-word

    @Test func repeatedWordFiresOnRealSlips() {
        // Corpus/29: "và và" (26), "Điều Điều" (364), "các các" (592, 747); Corpus/13: "tỉnh tỉnh" (56).
        expectFindings("text.repeated-word", .info, lines: [26, 364, 592, 747], in: F.corpus("29_"))
        expectFindings("text.repeated-word", .info, lines: [56], in: F.corpus("13_"))
    }

    @Test func repeatedWordNearMissWordsThatEndACompound() {
        // "tiếp theo theo quy định", "tồn tại tại thời điểm", "Chuyển đổi số số 148/2025/QH15", "đạt được được ghi
        // nhận" are right; "các, các" and a table's cells are no repetition.
        let body = ["Triển khai các bước tiếp theo theo quy định.", "Khoản nợ tồn tại tại thời điểm chuyển giao.",
                    "Căn cứ Luật Chuyển đổi số số 148/2025/QH15;", "Kết quả đạt được được ghi nhận.",
                    "Gửi các đơn vị: các, các phòng.", "| các | các |"]
        expectNoFinding("text.repeated-word", in: F.parse(F.congVan(body)))
        // The seed with "của" written twice on line 42 ("kế hoạch của của cơ quan"): one finding.
        expectFindings("text.repeated-word", .info, lines: [42], in: F.corpus("00_", line: 42, " của ", " của của "))
    }

    // MARK: text.confusable

    @Test func confusableFiresOnCyrillicCodes() {
        // Corpus/19: "ВСТ-ВТC-VKSNDTC-TANDTC" (line 32) and "BYТ, ВСТ, ВTC), C04-ВСА" (line 213) — Cyrillic В, С, Т, А.
        expectFindings("text.confusable", .warning, lines: [32, 32, 213, 213, 213, 213], in: F.corpus("19_"))
    }

    /// 50: "Ðổi mới" with U+00D0 (a Latin letter, not another script); 43, 01: none.
    @Test(arguments: ["50_", "43_", "01_"])
    func confusableNearMissReal(_ prefix: String) {
        expectNoFinding("text.confusable", in: F.corpus(prefix))
    }

    @Test func confusableNearMissAGreekSymbolInAFormula() {
        // Corpus/37's lines 116–118 with the formula that pdftotext dropped, as QCVN 01:2019/BCT writes it:
        // α stands alone, inside no Vietnamese word.
        var body = F.lines("37_", 116...118)
        body[1] = "Áp dụng công thức rc = Kc . α . ∛Q tại phụ lục 7 QCVN 01:2019/BCT - trang 112."
        expectNoFinding("text.confusable", in: F.parse(F.congVan(body)))
    }
}
