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
