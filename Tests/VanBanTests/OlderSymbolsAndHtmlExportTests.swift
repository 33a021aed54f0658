import Testing
@testable import VanBan

/// Symbols of before 1992, a hyphen and the issuer's code with no slash ("Số: 133-BT", "số 214-CP ngày
/// 21/11/1970"; held-out sets 41, 55, 57, 59, 61), and the HTML an export leaves around a document (comments, a
/// table laying out the header; set 62).
@Suite struct OlderSymbolsAndHtmlExportTests {
    static func parse(_ lines: [String]) -> Document { WebPageHeaderTests.parse(lines) }

    static let decision = ["PHỦ THỦ TƯỚNG", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                           "--------"]
    static let body = ["Hà Nội, ngày 18 tháng 5 năm 1978", "QUYẾT ĐỊNH", "Về việc sửa đổi chế độ phụ cấp",
                       "Căn cứ vào Quyết định số 214-CP ngày 21/11/1970 của Hội đồng Chính phủ về tổ chức bộ máy;",
                       "QUYẾT ĐỊNH:", "Điều 1. Nay sửa đổi chế độ phụ cấp."]

    @Test(arguments: ["133-BT", "61-HĐBT", "166-CT", "214-CP"])
    func aHyphenOnlySymbolAfterSoIsTheNumber(_ symbol: String) {
        let header = Self.parse(Self.decision + ["Số: " + symbol] + Self.body).header
        #expect(header.number?.canonical == symbol)
        // The code after the hyphen is the issuer's, also when it spells a type code ("CT", the Chủ tịch).
        #expect(header.number?.typeCode == nil)
        #expect(header.number?.issuerCode == symbol.components(separatedBy: "-")[1])
    }

    /// An older act cited by its type's name without "số" (held-out code-62 05, a 1980 directive: "theo Quyết định
    /// 201-CP ngày 01 tháng 7 năm 1980"); a hyphenated word after a type name that is no state issuer's code is none.
    @Test func aHyphenOnlySymbolAfterItsTypesNameIsCited() {
        let cite = ["Để quản lý thống nhất đất đai theo Quyết định 201-CP ngày 01 tháng 7 năm 1980 của Hội đồng Chính phủ.",
                    "Thực hiện Chỉ thị 12-Kế hoạch của ngành."]
        let references = Self.parse(Self.decision + ["Số: 299-TTg"] + Self.body + cite).references
        #expect(references.first { $0.number.canonical == "201-CP" }?.date?.value == "1980-07-01")
        #expect(!references.contains { $0.number.canonical.hasPrefix("12-") })
    }

    /// The President's order of 1993 that promulgates a Pháp lệnh, numbered in the party's form with the state's
    /// code after the slash (held-out pages-56 07): a state act, legal by its type, not a party document.
    @Test func aPartyFormSymbolOfAStateBodyIsNoPartyDocument() {
        let lines = ["UỶ BAN THƯỜNG VỤ QUỐC HỘI", "********", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                     "Số: 28-L/CTN", "Hà Nội, ngày 02 tháng 12 năm 1993", "PHÁP LỆNH", "HÔN NHÂN VÀ GIA ĐÌNH VỚI NGƯỜI NƯỚC NGOÀI",
                     "Căn cứ vào Điều 103 và Điều 106 của Hiến pháp năm 1992;", "NAY CÔNG BỐ:", "Pháp lệnh đã được thông qua."]
        let document = Self.parse(lines)
        #expect(document.header.number?.canonical == "28-L/CTN")
        #expect(document.kind == .legal)
    }

    /// A site's caption under the type name of an older letter whose header the site dropped (held-out pages-53 03):
    /// the body after "CỦA" is the issuer, the line "SỐ … NGÀY …" the number and date, and the subject follows.
    @Test func aSitesCaptionNamesTheIssuerNumberAndDate() {
        let lines = ["Công văn", "", "CÔNG VĂN", "", "CỦA BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SỐ 2835/LĐTBXH-BHXH NGÀY 19 THÁNG 9 NĂM 2001",
                     "VỀ VIỆC THAM GIA BHXH CỦA NGƯỜI LAO ĐỘNG", "TRONG CÁC HỢP TÁC XÃ", "", "Kính gửi: Bảo hiểm xã hội Việt Nam", "",
                     "Bộ Lao động - Thương binh và Xã hội nhận được Công văn số 208/CSPL-KT ngày 16 tháng 4 năm 2001 của Liên minh."]
        let document = Self.parse(lines)
        #expect(document.header.issuer?.text == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
        #expect(document.header.number?.canonical == "2835/LĐTBXH-BHXH")
        #expect(document.header.date?.value == "2001-09-19")
        #expect(document.header.subject?.text == "VỀ VIỆC THAM GIA BHXH CỦA NGƯỜI LAO ĐỘNG TRONG CÁC HỢP TÁC XÃ")
        #expect(document.references.map(\.number.canonical) == ["208/CSPL-KT"])
        var byHead = lines
        byHead[4] = "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH"
        #expect(Self.parse(byHead).header.issuer?.text == "BỘ TÀI CHÍNH")
    }

    /// The older Công báo heading wrapped anywhere over its lines, with no header above it (held-out pages-78 02): the
    /// author, number and date in it are the document's, and the subject is what follows the date.
    @Test func aGazetteHeadingWrappedAnywhereGivesTheNumberDateAndIssuer() {
        let lines = ["CHỈ THỊ", "CỦA THỦ", "TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG", "NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH",
                     "PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002", "Thực hiện Nghị quyết của Quốc hội về nhiệm vụ năm 2001, Chính phủ đã ban hành các cơ chế mới."]
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "THỦ TƯỚNG CHÍNH PHỦ")
        #expect(header.number?.canonical == "16/2001/CT-TTG")   // as written
        #expect(header.date?.value == "2001-06-21")
        #expect(header.subject?.text == "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002")
        // A site that glued the subject to the year (held-out pages-97 01).
        let glued = ["NGHỊ ĐỊNH", "CỦA CHÍNH PHỦ SỐ 61/1998/NĐ-CP NGÀY 15 THÁNG 8 NĂM 1998VỀ CÔNG", "TÁC THANH TRA, KIỂM TRA ĐỐI VỚI CÁC DOANH NGHIỆP",
                     "CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;"]
        #expect(Self.parse(glued).header.subject?.text == "VỀ CÔNG TÁC THANH TRA, KIỂM TRA ĐỐI VỚI CÁC DOANH NGHIỆP")
    }

    /// The heading under a header that already named the number, its author after the date (held-out pages-56 07): the
    /// author is the header's issuer, and neither it nor the number and date is the subject.
    @Test func aGazetteHeadingUnderTheHeaderLeavesOnlyTheSubject() {
        let lines = ["UỶ BAN THƯỜNG VỤ QUỐC HỘI", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 28-L/CTN",
                     "Hà Nội, ngày 02 tháng 12 năm 1993", "PHÁP LỆNH",
                     "SỐ 28-L/CTN NGÀY 02/12/1993 CỦA UỶ BAN THƯỜNG VỤ QUỐC HỘI HÔN NHÂN VÀ GIA ĐÌNH GIỮA CÔNG DÂN VIỆT NAM VỚI NGƯỜI NƯỚC NGOÀI",
                     "", "Căn cứ vào Điều 103 và Điều 106 của Hiến pháp năm 1992;"]
        let header = Self.parse(lines).header
        #expect(header.subject?.text == "HÔN NHÂN VÀ GIA ĐÌNH GIỮA CÔNG DÂN VIỆT NAM VỚI NGƯỜI NƯỚC NGOÀI")
        var other = lines
        other[6] = "SỐ 291/QĐ-UBDT NGÀY 08 THÁNG 11 NĂM 2006 CỦA ỦY BAN DÂN TỘC BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO"
        other[3] = "Số: 291/QĐ-UBDT"
        other[5] = "QUYẾT ĐỊNH"
        #expect(Self.parse(other).header.subject?.text == "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO")
        // Another document's number in the heading is not this one's: the subject is left as written.
        other[6] = "SỐ 292/QĐ-UBDT NGÀY 08 THÁNG 11 NĂM 2006 CỦA ỦY BAN DÂN TỘC BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO"
        #expect(Self.parse(other).header.subject?.text.hasPrefix("SỐ 292") == true)
    }

    /// A page that lost the header, its own title and menus above the type line and the heading (held-out pages-91 03):
    /// the heading names the document; the enacting authority under it is no part of the subject.
    @Test func aGazetteHeadingUnderAPagesChromeNamesTheDocument() {
        let lines = ["Quyết định 02/2008/QĐ-BXD của Bộ Xây dựng về việc ban hành Quy định quản lý thông tin", "",
                     " • Tóm tắt", " • Nội dung", " • VB gốc", "Mục lục", "Tìm từ trong trang", "Tải văn bản", "Báo lỗi",
                     "Tình trạng hiệu lực: Đã biết", "", "QUYẾT ĐỊNH", "", "CỦA BỘ XÂY DỰNG SỐ 02/2008/QĐ-BXD NGÀY 20 THÁNG 02 NĂM 2008  ", "",
                     "VỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ THÔNG TIN", "", "BỘ TRƯỞNG BỘ XÂY DỰNG", "",
                     "Căn cứ Luật Xây dựng số 16/2003/QH11 ngày 26/11/2003;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định."]
        let header = Self.parse(lines).header
        #expect(header.number?.canonical == "02/2008/QĐ-BXD")
        #expect(header.date?.value == "2008-02-20")
        #expect(header.issuer?.text == "BỘ XÂY DỰNG")
        #expect(header.subject?.text == "VỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ THÔNG TIN")
    }

    @Test func aHyphenOnlySymbolIsCitedWithItsDate() {
        let document = Self.parse(Self.decision + ["Số: 133-BT"] + Self.body)
        let cited = document.references.first { $0.number.canonical == "214-CP" }
        #expect(cited?.date?.value == "1970-11-21")
        #expect(cited?.documentType == "Quyết định")
    }

    /// The collective bodies before 1992 (Hội đồng Bộ trưởng, Hội đồng Chính phủ, Hội đồng Nhà nước) are state issuers
    /// though today's reference table does not list them: their acts are cited in running text (held-out pages-44 06).
    @Test func aFormerStateBodysActIsCitedInRunningText() {
        let lines = Self.decision + ["Số: 15-BTC/TT"] + Array(Self.body.prefix(3)) + [
            "Thi hành Nghị định số 196-HĐBT ngày 11-12-1989 của Hội đồng Bộ trưởng, Nghị định số 25-HĐCP ngày 18-3-1975",
            "và Pháp lệnh ban hành theo lệnh số 38-LCT/HĐNN ngày 24-5-1990 của Chủ tịch Hội đồng Nhà nước;"] + Array(Self.body.suffix(2))
        let cited = Self.parse(lines).references.map { "\($0.number.canonical) \($0.number.style) \($0.date?.value ?? "-")" }
        #expect(cited == ["196-HĐBT state 1989-12-11", "25-HĐCP state 1975-03-18", "38-LCT/HĐNN state 1990-05-24"])
    }

    /// In running text a hyphen-only symbol is read after "số" and only with a state issuer's code: "mục 3-CP" is
    /// no citation, nor is "số 12-BT" (a code the reference table does not list).
    @Test(arguments: ["theo mục 3-CP của bản kê;", "Căn cứ Quyết định số 12-BT ngày 03/5/1975 của Phủ Thủ tướng;", "trong giai đoạn 2021-2025;"])
    func aHyphenOnlySymbolInTextNeedsSoAndAStateCode(_ line: String) {
        let document = Self.parse(Self.decision + ["Số: 133-BT"] + Array(Self.body.prefix(3)) + [line] + Array(Self.body.suffix(2)))
        #expect(document.references.isEmpty)
    }

    @Test func anExportsCommentsAndHeaderTableAreLayout() {
        let lines = ["<!-----", "Conversion notes:", "* Docs to Markdown version 1.0β38", "----->", "", "<table>", "  <tr>", "    <td>",
                     "      <p style=\"text-align: center\">", "        <strong>", "          QUỐC HỘI<br />", "          --------",
                     "        </strong>", "      </p>", "    </td>", "    <td>", "          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />",
                     "          Độc lập - Tự do - Hạnh phúc<br />", "    </td>", "  </tr>", "  <tr>", "    <td>Luật số: 36/2024/QH15</td>",
                     "    <td>", "        <strong>Hà Nội, ngày 27 tháng 6 năm 2024</strong>", "    </td>", "  </tr>", "</table>", "",
                     "<p style=\"text-align: center\">", "  <strong> LUẬT </strong>", "  <br />", "  <strong>TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ</strong>",
                     "</p>", "", "_Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;_", "", "Chương I", "NHỮNG QUY ĐỊNH CHUNG", "",
                     "Điều 1. Phạm vi điều chỉnh"]
        let document = Self.parse(lines)
        #expect(document.header.issuer?.text == "QUỐC HỘI")
        #expect(document.header.number?.canonical == "36/2024/QH15")
        #expect(document.header.date?.value == "2024-06-27")
        #expect(document.header.documentType?.name == "Luật")
        #expect(document.kind == .legal)
        #expect(document.source.repairs.contains(HtmlLayoutMarkup.id))
    }

    @Test func aCommentThatNeverClosesIsLeftAsWritten() {
        let lines = [TextLine(text: "<!-- một ghi chú", line: 1), TextLine(text: "Điều 1. Phạm vi", line: 2)]
        #expect(HtmlLayoutMarkup().apply(lines) == nil)
    }

    @Test func aCommentInsideALineIsCutOut() {
        let lines = [TextLine(text: "Điều 1.<!-- sửa --> Phạm vi điều chỉnh", line: 1)]
        #expect(HtmlLayoutMarkup().apply(lines)?.first?.text == "Điều 1.  Phạm vi điều chỉnh")
    }

    @Test func everyCommentOfALineIsCutAndTheRestKeepsItsColumns() {
        let text = "Điều 1.<!-- a -->Phạm vi<!-- b --> điều chỉnh<!-- c -->"
        let line = HtmlLayoutMarkup().apply([TextLine(text: text, line: 3)])?.first
        #expect(line?.text == "Điều 1. Phạm vi  điều chỉnh")
        // "điều" stands at column 36 of the line as written.
        #expect(line.map { $0.position(at: $0.text.unicodeScalars.distance(from: $0.text.unicodeScalars.startIndex,
                                                                             to: $0.text.range(of: "điều")!.lowerBound)) }
                == SourcePosition(line: 3, column: 36))
    }

    @Test func aTableOfDataKeepsItsTags() {
        let lines = ["<table><tr><td>STT</td><td>Tên thủ tục</td></tr>", "<tr><td>1</td><td>Cấp giấy phép</td></tr></table>"]
            .enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(HtmlLayoutMarkup().apply(lines) == nil)
    }
}
