import Foundation
import Testing
@testable import VanBan

/// The glyph-id layer of Corpus/22 (a Ghostscript reprint of the plan whose clean text is Corpus/27) is
/// decoded line by line into what 27 says.
@Suite struct GlyphIdTextTests {
    static func corpusText(_ prefix: String) throws -> String {
        let dir = GoldenTests.corpus
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") })
        return try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    @Test(arguments: [
        // line of 22 → the same words in 27
        (1, "SỞ CÔNG THƯƠNG"),
        (2, "ĐOÀN KIỂM TRA"),
        (4, "SỐ 1050/QĐ-SCT"),                       // digits, "/" and "-" come as control characters
        (6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (8, "Độc lập - Tự do - Hạnh Phúc"),
        (10, "Lào Cai, ngày 10 tháng 3 năm 2026"),     // "QăP": two glyph letters around a real one
        (12, "Số: 1105/KH-ĐKT"),                      // real digits, then glyph ids inside one word
        (16, "Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở"),
        (29, "- Tổ chức kiểm tra đúng trình tự, thủ tục theo Nghị định số 217/2025/NĐ-"),
        (40, "a) Kiểm tra hồ sơ, tài liệu: Giấy phép sử dụng vật liệu nổ công nghiệp, giấy"),   // the second face
        (42, "PCCN, ATLĐ của những người có liên quan đến VLNCN; Phương án nổ mìn, hộ"),
    ])
    func realLinesDecodeToTheCleanTwin(line: Int, expected: String) throws {
        let raw = try Self.corpusText("22_").split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        let decoded = try #require(GlyphIdText.decodeIfNeeded(try Self.corpusText("22_")))
        let decodedLine = decoded.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        #expect(raw.unicodeScalars.count == decodedLine.unicodeScalars.count, "one scalar for one: columns keep pointing at the original")
        #expect(Self.words(String(decodedLine)) == Self.words(expected))
    }

    @Test func theWholeDocumentReadsLikeItsTwin() throws {
        let decoded = try #require(GlyphIdText.decodeIfNeeded(try Self.corpusText("22_")))
        let twin = Set(Self.words(try Self.corpusText("27_")))
        let words = Self.words(decoded)
        let known = words.filter { twin.contains($0) }.count
        // Measured 95%: the rest is "(" and ")" the extractor dropped (glyphs 11 and 12 are \v and \f) and an
        // appendix table in a third face with another order.
        #expect(Double(known) / Double(words.count) > 0.93)
    }

    /// The same layer decomposed after extraction (NFD, as Evaluation/metamorphic writes it) decodes as it does
    /// composed: the decomposed letters are composed back first.
    @Test func aDecomposedLayerDecodesAsTheComposedOne() throws {
        let text = try Self.corpusText("22_")
        let decomposed = text.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > text.unicodeScalars.count)
        let a = try #require(GlyphIdText.decodeIfNeeded(text)), b = try #require(GlyphIdText.decodeIfNeeded(decomposed))
        #expect(Array(a.unicodeScalars) == Array(b.unicodeScalars))
    }

    @Test func otherDocumentsAreLeftAlone() throws {
        let dir = GoldenTests.corpus
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".txt") && !name.hasPrefix("22_") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(GlyphIdText.decodeIfNeeded(text) == nil, "\(name)")
        }
    }

    @Test func aWordKeepsItsTextReadingWhenThatIsAlreadyVietnamese() {
        let word = { (s: String) in String(String.UnicodeScalarView(GlyphIdText.decode(word: Array(s.unicodeScalars)))) }
        #expect(word("CÔNG") == "CÔNG")
        #expect(word("2026") == "2026")
        #expect(word("T/M.") == "T/M.")
        #expect(word("VLNCN;") == "VLNCN;")
        #expect(word("Vӱ") == "sử")        // a capital beside a glyph-only letter is a glyph too
        #expect(word("9ăQ") == "Văn")
        // The appendix table's face keeps ASCII as itself and only the Vietnamese letters as glyph ids.
        #expect(word("(IC14)") == "(IC14)")
        #expect(word("Km2+571") == "Km2+571")
        #expect(word("Sѫn") == "Sơn")
        #expect(word("(*)") == "(*)")
    }

    @Test func aSpentBudgetLeavesWordsAsWrittenButStillDecodesGlyphOnlyLetters() {
        var spent = GlyphIdText.DecodingState()
        spent.readingsLeft = 0
        let word = { (s: String, costs: inout GlyphIdText.DecodingState) in
            String(String.UnicodeScalarView(GlyphIdText.decode(word: Array(s.unicodeScalars), &costs)))
        }
        var fresh = GlyphIdText.DecodingState()
        #expect(word("QăP", &fresh) == "năm")
        #expect(word("QăP", &spent) == "QăP")
        #expect(word("ĈӝF", &spent) == "ĐộF")   // Đ and ộ can only be glyph ids
    }

    @Test func syllables() {
        for valid in ["nghiệp", "Quyết", "ĐOÀN", "năm", "khuya", "gì", "ở"] { #expect(VietnameseSyllable.isValid(valid), "\(valid)") }
        for invalid in ["QăP", "Vử1", "ngàyy", "bcd", "tRA", "hoạtt", "ắế"] { #expect(!VietnameseSyllable.isValid(invalid), "\(invalid)") }
    }
}
