import Testing
@testable import VanBan

/// Headers as legal-text sites print them (held-out sets 20–22): the header is an HTML table, each cell's
/// text keeps the source's hard wraps, and a lone "|" stands between cells.
@Suite struct WebPageHeaderTests {
    static func parse(_ lines: [String]) -> Document {
        DocumentParser().parse(text: lines.joined(separator: "\n"), name: "t.txt")
    }

    static let body = [
        "Căn cứ Luật Tổ chức chính quyền địa", "phương ngày 19 tháng 6 năm 2015;",
        "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ]

    /// A cell that opens with one word: the issuer's "ỦY", the quốc hiệu's "CỘNG", the place's first word.
    static let wrappedCells = [
        "ỦY", "BAN NHÂN DÂN", "TỈNH BẮC GIANG", "-------", "|",
        "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
        "Số: 412/QĐ-UBND", "|",
        "Bắc", "Giang, ngày 03 tháng 8", "năm 2016", "|",
        "QUYẾT ĐỊNH", "VỀ", "VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    ] + body

    @Test func aCellsFirstWordJoinsTheLineAfterIt() {
        let document = Self.parse(Self.wrappedCells)
        let header = document.header
        #expect(header.issuer?.text == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")
        #expect(header.parentAuthority == nil)
        #expect(header.nationalTitle != nil)
        #expect(header.place?.text == "Bắc Giang")
        #expect(header.date?.value == "2016-08-03")
        #expect(document.source.repairs.contains(HeaderWraps.id))
    }

    /// The quốc hiệu cut after any word, in a cell or not; the usual two-line form stays as it is.
    @Test(arguments: [["CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM"], ["CỘNG HÒA", "XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])
    func aNationalTitleCutAnywhereIsOneLine(_ title: [String]) {
        let lines = ["BỘ TÀI CHÍNH", "--------", "|"] + title
            + ["Độc lập - Tự do - Hạnh phúc", "|", "Số: 21/2017/TT-BTC", "|", "Hà Nội, ngày 28 tháng 02 năm 2017", "|",
               "THÔNG TƯ", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU"] + Self.body
        let header = Self.parse(lines).header
        #expect(header.issuer?.text == "BỘ TÀI CHÍNH")
        #expect(header.nationalTitle?.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    }

    /// Without cell borders a one-word line is left alone: "SỞ" above a name is not a cell's wrap.
    @Test func oneWordLinesOutsideCellsStay() {
        let lines = ["UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Bắc", "Giang, ngày 03 tháng 8 năm 2016"]
        #expect(HeaderWraps().apply(lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }) == nil)
    }
}
