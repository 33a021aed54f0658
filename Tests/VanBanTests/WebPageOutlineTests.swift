import Testing
@testable import VanBan

/// Outlines of party regulations and crawled documents (held-out sets 20–31).
@Suite struct WebPageOutlineTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    /// A party regulation divides itself into roman parts that hold its articles: "I- QUY ĐỊNH CHUNG" / "Điều 1.".
    @Test func articlesStayInsideTheRomanPartThatHoldsThem() {
        let lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 66-QĐ/TW", "Hà Nội, ngày 06 tháng 02 năm 2017",
                     "QUY ĐỊNH", "về thẩm quyền và trách nhiệm của người đứng đầu", "I- QUY ĐỊNH CHUNG",
                     "Điều 1. Phạm vi điều chỉnh", "Quy định này quy định thẩm quyền của người đứng đầu.",
                     "Điều 2. Đối tượng áp dụng", "Người đứng đầu cấp ủy, tổ chức đảng.",
                     "II- THẨM QUYỀN VÀ TRÁCH NHIỆM", "Điều 3. Thẩm quyền", "Người đứng đầu có thẩm quyền sau."]
        let top = Self.parse(lines).body.compactMap(\.marker)
        #expect(top == ["I", "II"])
    }

    /// Its lettered parts hold its chapters: "A- PHÂN CẤP QUẢN LÝ CÁN BỘ" / "Chương I" / "Điều 1." (105-QĐ/TW,
    /// held-out pages-55 03), until the next letter.
    @Test func chaptersStayInsideTheLetteredPartThatHoldsThem() {
        let lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 105-QĐ/TW", "Hà Nội, ngày 19 tháng 12 năm 2017",
                     "QUY ĐỊNH", "VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ", "Bộ Chính trị quy định như sau:", "A- PHÂN CẤP QUẢN LÝ CÁN BỘ",
                     "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Nội dung quản lý cán bộ", "Quản lý cán bộ gồm các nội dung sau.",
                     "Chương II", "PHÂN CẤP", "Điều 2. Thẩm quyền", "Bộ Chính trị quản lý cán bộ.",
                     "B- BỔ NHIỆM, GIỚI THIỆU CÁN BỘ ỨNG CỬ", "Chương III", "ĐIỀU KIỆN", "Điều 3. Điều kiện bổ nhiệm", "Cán bộ phải đủ điều kiện."]
        let body = Self.parse(lines).body
        #expect(body.compactMap(\.marker) == ["A", "B"])
        #expect(body.first { $0.marker == "A" }?.children.compactMap(\.marker) == ["Chương I", "Chương II"])
        #expect(body.last?.children.first?.children.compactMap(\.marker) == ["Điều 3"])
    }

    /// A decision approving a scheme sets the scheme's parts inside its first article ("Điều 1. Phê duyệt Đề án … với
    /// những nội dung sau:" / "I. QUAN ĐIỂM" … "VI. TỔ CHỨC THỰC HIỆN"): the next article is the decision's again
    /// (held-out code-10 10, and four Công báo decisions of the table sets).
    @Test func theNextArticleLeavesTheSchemeAnArticleApproves() {
        let lines = ["THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 892/QĐ-TTg", "Hà Nội, ngày 20 tháng 5 năm 2026",
                     "QUYẾT ĐỊNH", "Phê duyệt Đề án bồi dưỡng cán bộ", "QUYẾT ĐỊNH:",
                     "Điều 1. Phê duyệt “Đề án bồi dưỡng cán bộ” (sau đây gọi là Đề án) với những nội dung sau:",
                     "I. QUAN ĐIỂM", "1. Phát triển nguồn nhân lực.", "II. TỔ CHỨC THỰC HIỆN", "1. Bộ Ngoại giao chủ trì.",
                     "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
                     "Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này."]
        let body = Self.parse(lines).body
        #expect(body.compactMap(\.marker) == ["Điều 1", "Điều 2", "Điều 3"])
        #expect(body.first?.children.compactMap(\.marker) == ["I", "II"])
    }

    /// Held-out code-18 02 (a vision model's Markdown): "Điều 5 Điều khoản thi hành" lost its full stop. The next
    /// article's number makes it the heading; an article cited at a sentence's start is none.
    @Test func theNextArticleWithoutItsFullStopIsAHeading() {
        let lines = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 33/2025/QĐ-UBND",
                     "Hà Nội, ngày 12 tháng 5 năm 2025", "QUYẾT ĐỊNH", "Ban hành khung giá dịch vụ", "QUYẾT ĐỊNH:",
                     "Điều 1. Phạm vi điều chỉnh", "Khung giá áp dụng cho nhà chung cư.",
                     "Điều 2. Đối tượng áp dụng", "Điều 35 Luật Thủ đô quy định việc này.",
                     "Điều 3 Điều khoản thi hành", "Quyết định có hiệu lực từ ngày ký."]
        #expect(Self.parse(lines).body.compactMap(\.marker) == ["Điều 1", "Điều 2", "Điều 3"])
    }

    /// Held-out code-21 04 (a customs letter): "Điều 13, Phụ lục 7, Thông tư số …" opens a sentence, no article; a
    /// comma for an article's stop still heads the next article.
    @Test func anArticleCitedWithACommaOpensASentence() {
        let letter = ["TỔNG CỤC HẢI QUAN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1721/TCHQ-GSQL", "Hà Nội, ngày 05 tháng 4 năm 2013",
                      "V/v C/O cấp sau", "Kính gửi: Cục Hải quan tỉnh Đồng Nai.",
                      "Điều 13, Phụ lục 7, Thông tư số 21/2010/TT-BCT ngày 17/5/2010 của Bộ Công Thương quy định như sau."]
        #expect(Self.parse(letter).body.compactMap(\.marker).isEmpty)
        let decision = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/QĐ-UBND",
                        "Ninh Bình, ngày 05 tháng 4 năm 2013", "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác", "QUYẾT ĐỊNH:",
                        "Điều 1, Thành lập Tổ công tác.", "Điều 2, Quyết định có hiệu lực từ ngày ký."]
        #expect(Self.parse(decision).body.compactMap(\.marker) == ["Điều 1", "Điều 2"])
    }

    /// A crawler writes the document's title before every chunk: "Quyết định 1227/QĐ-BYT năm 2025. Điều 1.".
    @Test func aCrawlersChunkTitlesAreDropped() {
        let prefix = "Quyết định 1227/QĐ-BYT năm 2025. "
        let lines = [prefix + "BỘ Y TẾ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1227/QĐ-BYT",
                     "Hà Nội, ngày 11 tháng 4 năm 2025", "QUYẾT ĐỊNH", "Về việc ban hành danh mục mã dùng chung", "QUYẾT ĐỊNH:",
                     prefix + "Điều 1.", "Ban hành kèm theo Quyết định này Danh mục mã dùng chung.",
                     prefix + "Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."]
        let document = Self.parse(lines)
        #expect(document.body.compactMap(\.marker) == ["Điều 1", "Điều 2"])
        #expect(document.source.repairs.contains(CrawlerPrefixes.id))
    }

    /// Another crawler writes the act's whole title up to its first stop (set 34, 03).
    @Test func aCrawlersChunkTitlesWithTheSubjectAreDropped() {
        let prefix = "Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế cấp cho quân nhân do Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành. "
        let lines = [prefix + "BẢO HIỂM XÃ HỘI VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1500/QĐ-BHXH",
                     "Hà Nội, ngày 14 tháng 12 năm 2015", "QUYẾT ĐỊNH", "Về việc ban hành thẻ bảo hiểm y tế", "QUYẾT ĐỊNH:",
                     "", prefix + "Điều 1. Ban hành mẫu thẻ bảo hiểm y tế.", "", prefix + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
        #expect(Self.parse(lines).body.compactMap(\.marker) == ["Điều 1", "Điều 2"])
    }
}
