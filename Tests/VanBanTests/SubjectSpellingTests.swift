import Testing
@testable import VanBan

/// OCR's slipped marks in a subject, read back from the document's own body (set 4's tesseract renderings;
/// held-out e03 "ĐÒNG THỜI CHÁP THUẬN", a01 "an toàn thực phâm").
@Suite struct SubjectSpellingTests {
    private func body(_ lines: [String]) -> [TextLine] {
        lines.enumerated().map { TextLine(text: $1, line: $0 + 10) }
    }

    @Test(arguments: [
        ("THỤC HIỆN CHỈ THỊ SỐ 20/CT-TTG", ["Để thực hiện tốt Chỉ thị, các sở thực hiện như sau:", "thực hiện nghiêm"], "THỰC HIỆN CHỈ THỊ SỐ 20/CT-TTG"),
        // A word read back anchors the next: TỈNH, then TIỀN.
        ("QUẢN LÝ CHẤT THẢI TRÊN ĐỊA BÀN TĨNH TIẾN GIANG", ["trên địa bàn tỉnh Tiền Giang;", "trên địa bàn tỉnh Tiền Giang."], "QUẢN LÝ CHẤT THẢI TRÊN ĐỊA BÀN TỈNH TIỀN GIANG"),
        ("hướng dẫn an toàn thực phâm", ["bảo đảm an toàn thực phẩm", "kinh doanh thực phẩm"], "hướng dẫn an toàn thực phẩm"),
    ])
    func aSlippedMarkIsReadBack(_ subject: String, _ lines: [String], _ respelled: String) {
        #expect(SubjectSpelling.respelled(subject, body: body(lines)) == respelled)
    }

    /// The body alone, without what official documents commonly write.
    @Test func aSubjectWrittenRightStays() {
        // The body writes the pair as the subject does, once is enough.
        #expect(SubjectSpelling.respelled("TĂNG CƯỜNG QUẢN LÝ", body: body(["tăng cường quản lý", "tăng cương", "tăng cương"]), commonPairs: false) == "TĂNG CƯỜNG QUẢN LÝ")
        // Only a space makes a pair: "kỷ cương, kỷ luật" says nothing of "CƯỜNG KỶ".
        #expect(SubjectSpelling.respelled("TĂNG CƯỜNG KỶ LUẬT", body: body(["giữ kỷ cương, kỷ luật", "kỷ cương, kỷ luật hành chính"]), commonPairs: false) == "TĂNG CƯỜNG KỶ LUẬT")
        // The tone on another vowel is a style, not a slip.
        #expect(SubjectSpelling.respelled("giúp việc thành ủy", body: body(["các ban của thành uỷ", "thành uỷ giao"]), commonPairs: false) == "giúp việc thành ủy")
        // A word read back must stand beside its other neighbour in the body too: "chất thuốc nổ" twice says nothing
        // of "HOÁ CHẤT THUỘC THẨM QUYỀN" (real-tables 20).
        #expect(SubjectSpelling.respelled("LĨNH VỰC HOÁ CHẤT THUỘC THẨM QUYỀN", body: body(["tiền chất thuốc nổ", "tiền chất thuốc nổ"]), commonPairs: false)
                == "LĨNH VỰC HOÁ CHẤT THUỘC THẨM QUYỀN")
        // Once is not enough for the other spelling.
        #expect(SubjectSpelling.respelled("THỤC HIỆN NGHỊ QUYẾT", body: body(["thực hiện nghị quyết"]), commonPairs: false) == "THỤC HIỆN NGHỊ QUYẾT")
    }

    /// A pair no official document writes, whose letters many write one way, is read back so (held-out code-4 11,
    /// code-5 04 and 05): with an empty body, and with the punctuation after a word kept.
    @Test func aPairOfficialDocumentsNeverWriteIsReadBack() {
        #expect(CommonWordPairs.commonSpelling(of: "vận chuyên", first: VietnameseText.bareCode("vận".unicodeScalars)!, second: VietnameseText.bareCode("chuyên".unicodeScalars)!) == "vận chuyển")
        #expect(CommonWordPairs.commonSpelling(of: "vận chuyển", first: VietnameseText.bareCode("vận".unicodeScalars)!, second: VietnameseText.bareCode("chuyển".unicodeScalars)!) == nil)
        #expect(SubjectSpelling.respelled("triên khai thực hiện cấp Giấy phép vận chuyên hàng hóa", body: [])
                == "triển khai thực hiện cấp Giấy phép vận chuyển hàng hóa")
        #expect(SubjectSpelling.respelled("KIÊM TRA THỰC ĐỊA", body: []) == "KIỂM TRA THỰC ĐỊA")
        #expect(SubjectSpelling.respelled("dự thảo Nghị định sửa đối, bổ sung", body: []) == "dự thảo Nghị định sửa đổi, bổ sung")
        // "định kỳ" is common, but "kỳ thuật" is written nowhere: "quy định kỹ thuật" is right as it is.
        #expect(SubjectSpelling.respelled("Ban hành quy định kỹ thuật", body: []) == "Ban hành quy định kỹ thuật")
        // A text that lost every diacritic is not guessed at.
        #expect(SubjectSpelling.respelled("KIÊM TRA THỰC ĐỊA", body: [], commonPairs: false) == "KIÊM TRA THỰC ĐỊA")
    }

    /// Held-out code-5 04: the body OCR'd the subject's slip too ("vận chuyên hàng" twice, "vận chuyển" once). The pair
    /// read back from what documents write ("CHUYỂN HÀNG") is not turned back by the body's "chuyên hàng", which no
    /// document writes; the body still reads back a pair the documents are silent on ("NGUY HIẾM").
    @Test func theBodysSlipDoesNotOverruleWhatDocumentsWrite() {
        let lines = ["Được phép vận chuyên hàng hóa nguy hiểm: (heo Phụ lục", "an toàn về vận chuyên hàng hóa nguy hiểm của",
                     "suốt quá trình vận chuyển."]
        #expect(SubjectSpelling.respelled("VẬN CHUYÊN HÀNG HÓA NGUY HIẾM", body: body(lines)) == "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM")
        // Without the documents' pairs, the body's spelling is all there is.
        #expect(SubjectSpelling.respelled("VẬN CHUYÊN HÀNG HÓA", body: body(lines), commonPairs: false) == "VẬN CHUYÊN HÀNG HÓA")
    }

    /// Held-out code-14 04: where the tone sits is a style the documents' common spelling does not overrule ("UỶ BAN"
    /// stays though documents write "ủy ban"); "đ" for "d" is OCR's slip and is read back ("kinh đoanh", code-3 11).
    @Test func theCommonSpellingDoesNotMoveATone() {
        #expect(SubjectSpelling.respelled("THU HỒI QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH", body: body(["của Ủy ban", "của Ủy ban"])) == "THU HỒI QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH")
        #expect(SubjectSpelling.respelled("đối với hộ, cá nhân kinh đoanh trên sàn", body: body(["hộ kinh doanh trên sàn thương mại"]))
                == "đối với hộ, cá nhân kinh doanh trên sàn")
    }

    @Test func aWordsBareCodeIgnoresMarksAndCase() {
        #expect(VietnameseText.bareCode("Tiền".unicodeScalars) == VietnameseText.bareCode("TIEN".unicodeScalars))
        #expect(VietnameseText.bareCode("Đồng".unicodeScalars) == VietnameseText.bareCode("dong".unicodeScalars))
        #expect(VietnameseText.bareCode("20/CT".unicodeScalars) == nil)
        #expect(VietnameseText.bareCode("nghiêng".unicodeScalars) != VietnameseText.bareCode("nghiene".unicodeScalars))
        // The same reading of letters as `bareKey`.
        for (a, b) in [("Thực", "THỤC"), ("quỹ", "QUY"), ("Ưu", "uu"), ("tỉnh", "tinh"), ("được", "duoc"), ("ăn", "an")] {
            #expect((VietnameseText.bareCode(a.unicodeScalars) == VietnameseText.bareCode(b.unicodeScalars))
                    == (VietnameseText.bareKey(a) == VietnameseText.bareKey(b)), "\(a) \(b)")
        }
    }
}
