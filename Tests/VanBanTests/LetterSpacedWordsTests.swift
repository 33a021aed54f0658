import Testing
@testable import VanBan

/// Capitals set apart letter by letter (21, an ABBYY OCR treaty) and the syllable rules that regroup them.
@Suite struct LetterSpacedWordsTests {
    static func rejoined(_ text: String) -> String? {
        LetterSpacedWords.rejoined(TextLine(text: text, line: 1))?.text
    }

    @Test(arguments: [
        ("T H A Y M Ặ T C H ÍN H P H Ủ", "THAY MẶT CHÍNH PHỦ"),
        ("C H Ư Ơ N G IV", "CHƯƠNG IV"),
        ("Q UẢN L Ý T H Ị TRƯ Ờ NG V Ậ N T Ả I", "QUẢN LÝ THỊ TRƯỜNG VẬN TẢI"),
        ("VẬN T Ả I, HÀNG H O Á", "VẬN TẢI, HÀNG HOÁ"),
        ("H À N G H Ó A V À H À N H K H Á C H M Ở M Ớ I", "HÀNG HÓA VÀ HÀNH KHÁCH MỞ MỚI"),
    ])
    func spacedCapitalsBecomeWords(spaced: String, words: String) {
        #expect(Self.rejoined(spaced) == words)
    }

    @Test func ordinaryCapitalsAreLeftAlone() {
        for line in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BỘ Y TẾ", "PHỤ LỤC I", "NHÓM A, B, C", "CHƯƠNG V I"] {
            #expect(Self.rejoined(line) == nil, "\(line)")
        }
    }

    @Test func theJoinedLineStillPointsAtTheSource() throws {
        let line = try #require(LetterSpacedWords.rejoined(TextLine(text: "C H Ư Ơ N G IV", line: 7)))
        #expect(line.position(at: 7) == SourcePosition(line: 7, column: 13))   // "I" of "IV"
    }

    @Test func syllablesFollowVietnameseSpelling() {
        for valid in ["THAY", "NGHĨA", "KẾ", "GÌN", "QUẢN", "NGHIÊNG", "KHUYA", "CHÍNH"] {
            #expect(VietnameseSyllable.isValid(valid), "\(valid)")
        }
        // A glide ends its syllable; ngh/gh/k only before i, e, ê; c and ng never there.
        for invalid in ["THAYM", "NGHÓA", "KỘI", "CI", "NGE", "LÝTX"] {
            #expect(!VietnameseSyllable.isValid(invalid), "\(invalid)")
        }
    }
}

/// Words ABBYY split inside running text (21), and the document-wide bar that keeps ordinary text as it is.
@Suite struct SplitWordsTests {
    static func rejoined(_ text: String) -> String? { SplitWords.rejoined(TextLine(text: text, line: 1))?.text }

    @Test(arguments: [
        ("Chính phủ nước Cộng hòa xã hộ i chủ nghĩa V iệ t Nam", "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("K ý tại Bắc K in h ngày l ĩ tháng 10 năm 2011", "Ký tại Bắc Kinh ngày lĩ tháng 10 năm 2011"),
        ("Đ iều 4. Cửa khẩu x u ấ t nhập cảnh", "Điều 4. Cửa khẩu xuất nhập cảnh"),
        ("cùng có lợ i, thúc đẩy", "cùng có lợi, thúc đẩy"),
    ])
    func piecesOfAWordAreJoined(split: String, joined: String) {
        #expect(Self.rejoined(split) == joined)
    }

    @Test func wordsThatStandAloneStayApart() {
        for line in ["điểm a khoản 1 Điều 5", "Giấy phép loại c (màu vàng)", "các tổ chức, cá nhân", "Mốc      X      Y",
                     "kèm theo Phụ lục I – Kế hoạch", "y tế và ô tô"] {
            #expect(Self.rejoined(line) == nil, "\(line)")
        }
    }

    @Test func aFewJoinsInADocumentAreNotEnough() {
        // 37: "chỉ số tác động nổ n < 1" is a variable, and the document splits no other word.
        let lines = (["chỉ số tác động nổ n < 1."] + Array(repeating: "Nội dung bình thường của văn bản.", count: 40))
            .enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(SplitWords().apply(lines) == nil)
        let split = Array(repeating: "vận tả i hành khách giữa hai nước V iệ t - Trung", count: 12).enumerated().map { TextLine(text: $1, line: $0 + 1) }
        #expect(SplitWords().apply(split)?.first?.text == "vận tải hành khách giữa hai nước Việt - Trung")
    }

    /// Held-out h02 (a web copy): two splits in the whole page, each leaving a piece with no vowel.
    @Test func aVowellessPieceIsJoinedEvenInADocumentThatRarelySplits() {
        let lines = (["| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |", "| CHỦ TỊCH Đặ ng Văn Minh |",
                      "chỉ số tác động nổ n < 1.", "Các đơn vị VT, KT thực hiện."]
                     + Array(repeating: "Nội dung bình thường của văn bản.", count: 40))
            .enumerated().map { TextLine(text: $1, line: $0 + 1) }
        let result = SplitWords().apply(lines)
        #expect(result?[0].text == "| Số: 1351/QĐ-UBND | Quảng Ngãi, ngày 04 tháng 10 năm 2022 |")
        #expect(result?[1].text == "| CHỦ TỊCH Đặng Văn Minh |")
        #expect(result?[2].text == "chỉ số tác động nổ n < 1.")        // a lone letter still needs the document's pattern
        #expect(result?[3].text == "Các đơn vị VT, KT thực hiện.")     // capitals are acronyms
        #expect(SplitWords.hasVowellessPiece("ng,") && !SplitWords.hasVowellessPiece("VT, KT") && !SplitWords.hasVowellessPiece("nhà"))
    }
}

/// Running text set apart letter by letter by pdftotext (a commune's e-signed reports: held-out code-12 03, set 32 02),
/// its numbers and dates whole again so that citations are read.
@Suite struct LetterSpacedRunningTextTests {
    static func rejoined(_ text: String) -> String? {
        LetterSpacedWords.rejoinedRunning(TextLine(text: text, line: 1))?.text
    }

    @Test(arguments: [
        ("Q u y ế t đ ị n h s ố 0 1 / Q Đ - C T N n g à y 0 5 / 0 1 / 2 0 2 6 c ủ a C h ủ t ị c h n ư ớ c",
         "Quyết định số 01/QĐ-CTN ngày 05/01/2026 của Chủ tịch nước"),
        ("x ã b a n h à n h Q u y ế t đ ị n h s ố 4 0 / Q Đ - U B N D n g à y 0 1 / 7 / 2 0 2 5 ;",
         "xã ban hành Quyết định số 40/QĐ-UBND ngày 01/7/2025;"),
        ("t h e o N g h ị q u y ế t s ố 1 6 / N Q - H Đ N D c ủ a H Đ N D t ỉ n h",
         "theo Nghị quyết số 16/NQ-HĐND của HĐND tỉnh"),
    ])
    func spacedRunningTextBecomesWords(spaced: String, words: String) {
        #expect(Self.rejoined(spaced) == words)
    }

    /// Ordinary running text, a list of letters and a line of a few spaced pieces stay as written.
    @Test func ordinaryTextIsLeftAlone() {
        for line in ["Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành thực hiện", "a b c d đ e g h i k",
                     "chỉ số nổ n < 1 của hỗn hợp", "y tế ở xã và ở phường"] {
            #expect(Self.rejoined(line) == nil, "\(line)")
        }
    }
}

/// A spaced passage whose words pdftotext also set one or two to a line (incoming set 37, 03): each line is too short
/// to tell alone, the run of them is not.
@Suite struct LetterSpacedShortLinesTests {
    static func repaired(_ lines: [String]) -> [String] {
        let text = lines.enumerated().map { TextLine(text: $1, line: $0 + 1) }
        return (LetterSpacedWords().apply(text) ?? text).map(\.text)
    }

    @Test func aRunOfShortSpacedLinesIsRegroupedLineByLine() {
        #expect(Self.repaired(["1 . 1 .", "V ề", "t h ự c", "h i ệ n", "N g h ị", "q u y ế t", "s ố", "1 8"])
                == ["1.1.", "Về", "thực", "hiện", "Nghị", "quyết", "số", "18"])
        #expect(Self.repaired(["I I .", "Đ Á N H", "G I Á", "C H U N G"]) == ["II.", "ĐÁNH", "GIÁ", "CHUNG"])
        #expect(Self.repaired(["2. C h u ẩ n", "b ị", "t h e o", "C h ỉ", "t h ị", "s ố", "4 5 - C T / T W"])
                == ["2. Chuẩn", "bị", "theo", "Chỉ", "thị", "số", "45-CT/TW"])
    }

    /// A table's rows of single cells, a list's letters and a line alone stay as written.
    @Test func tablesListsAndLonelyLinesAreLeftAlone() {
        for lines in [["| 1 | x |", "| 2 | y |", "| 3 | z |", "| 4 | w |"], ["5 3 2 0", "1 2 4 8", "7 7 0 1"],
                      ["a b c d đ e g h i k", "Tiếp theo"], ["I I .", "Đánh giá chung về công tác"]] {
            #expect(Self.repaired(lines) == lines, "\(lines)")
        }
    }
}
