import Testing
@testable import VanBan

/// The type a header implies when its type line is lost (held-out code-29 01, a law as a glued web copy).
@Suite struct InferredTypeTests {
    static func type(number: String) -> String? {
        let text = ["QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: \(number)",
                    "Hà Nội, ngày 03 tháng 6 năm 2008", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;",
                    "Quốc hội ban hành Luật thuế giá trị gia tăng."].joined(separator: "\n")
        return DocumentParser().parse(text: text, name: "t.txt").header.documentType?.name
    }

    /// A number with a year and the assembly's term is a law's; a công văn's number carries no year.
    @Test func aNumberOfTheAssemblyIsALaws() {
        #expect(Self.type(number: "13/2008/QH12") == "Luật")
        #expect(Self.type(number: "123/VPQH-TH") == "Công văn")
        #expect(Self.type(number: "45/2008/VPQH") == nil)
    }

    /// A party "QĐ" numbers a Quyết định and, HD 36 allows, a Quy định: with the type line lost (held-out pages-55
    /// 04, a blog's copy), the body's enacting sentence tells which.
    @Test(arguments: [("Ban Bí thư quy định về thể loại, thẩm quyền ban hành văn bản như sau:", "Quy định"),
                      ("Ban Bí thư đã thảo luận và quyết định:", "Quyết định")])
    func aPartyQĐIsAQuyĐịnhWhenItsBodyEnactsOne(_ sentence: String, _ expected: String) {
        let text = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 66-QĐ/TW", "Hà Nội, ngày 06 tháng 02 năm 2017", "",
                    "- Căn cứ Điều lệ Đảng;", "- Theo đề nghị của Văn phòng Trung ương Đảng,", sentence,
                    "1- Văn bản của Đảng là loại hình tài liệu."].joined(separator: "\n")
        #expect(DocumentParser().parse(text: text, name: "t.txt").header.documentType?.name == expected)
    }

    /// No type line, a code no Quyết định's ("559/TC-LHH", 1991, held-out pages-84 02): the enacting formula under the
    /// preamble names the act.
    @Test func theEnactingFormulaNamesTheAct() {
        let text = ["LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh Phúc",
                    "Số: 559/TC-LHH", "Hà Nội ngày 10 tháng 7 năm 1991", "", "CHỦ TỊCH HỘI ĐỒNG TRUNG ƯƠNG",
                    "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM",
                    "Căn cứ quyết định số 121/BT ngày 29/7/1983 của Hội đồng Bộ trưởng;", "Xét đề nghị của Trưởng ban Vận động,",
                    "", "QUYẾT ĐỊNH", "", "Điều 1: Cho phép Ban vận động thành lập Hội Nhiệt Việt Nam."].joined(separator: "\n")
        let header = DocumentParser().parse(text: text, name: "t.txt").header
        #expect(header.documentType?.name == "Quyết định")
        // The enacting authority and its body's name wrapped under it are no organisation of the left column.
        #expect(header.parentAuthority == nil)
        #expect(header.issuer?.text == "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM")
    }

    /// A consolidated text's code is a legal act's only (held-out code-62 09, "7566/VBHN-BKHĐT" without its type line):
    /// the document is legal though its symbol carries no year.
    @Test func aConsolidatedTextIsLegal() {
        let text = ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 7566/VBHN-BKHĐT",
                    "Hà Nội, ngày 19 tháng 12 năm 2014", "", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT DOANH NGHIỆP"].joined(separator: "\n")
        #expect(DocumentParser().parse(text: text, name: "t.txt").kind == .legal)
    }
}
