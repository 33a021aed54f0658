import PCRE2

/// Judges whether the text layer can be trusted: glyph-id mojibake (Vietnamese letters replaced by
/// Cyrillic, Armenian and symbol junk), OCR that lost every diacritic, or a font that lost every letter with a dot
/// below, a hook or two marks.
enum TextLayerQuality {
    struct Verdict {
        enum Kind { case mojibake, noDiacritics, lostStackedLetters }
        var kind: Kind
        var message: String
        var span: SourceSpan
    }

    /// Letters of scripts that glyph-id mojibake puts where Vietnamese letters belong.
    static func isForeignLetter(_ v: UInt32) -> Bool { (0x0400...0x052F).contains(v) || (0x0530...0x058F).contains(v) }

    static func assess(_ lines: [TextLine]) -> Verdict? {
        var letters = 0, foreign = 0, vietnamese = 0, extended = 0
        var firstForeign: SourceSpan?
        for line in lines.prefix(400) {
            for (offset, scalar) in line.text.unicodeScalars.enumerated() where VietnameseText.isLetter(scalar.value) {
                letters += 1
                switch scalar.value {
                case _ where isForeignLetter(scalar.value):
                    foreign += 1
                    if firstForeign == nil { firstForeign = line.span(offset..<offset + 1) }
                case 0x00C0...0x01B0: vietnamese += 1
                case 0x1EA0...0x1EF9: vietnamese += 1; extended += 1
                default: break
                }
            }
        }
        guard letters >= 200 else { return nil }
        if Double(foreign) / Double(letters) > 0.01, foreign >= 20 {
            return Verdict(kind: .mojibake, message: "the text layer is mojibake (\(foreign) letters of other scripts where Vietnamese letters belong): fields read from it are unreliable",
                           span: firstForeign ?? .documentStart)
        }
        if Double(vietnamese) / Double(letters) < 0.03 {
            return Verdict(kind: .noDiacritics, message: "the text has almost no Vietnamese diacritics (OCR without a Vietnamese model?): fields read from it are unreliable",
                           span: .documentStart)
        }
        // A font whose letters of Unicode's Latin Extended Additional block (a dot below, a hook, two marks: "ộ", "ậ",
        // "ả", "ự") have no text lost them all, while "à", "ô", "ư", "đ" stay: "B GIAO THÔNG V N T I", "C NG HOÀ XÃ H I"
        // (a site's preview of a PDF). Vietnamese writes about one such letter for every two or three of the others;
        // such a layer, one in five or fewer (a page's own words around it keep a few).
        let others = vietnamese - extended
        if Double(others) / Double(letters) >= 0.05, Double(extended) < 0.3 * Double(others) {
            return Verdict(kind: .lostStackedLetters, message: "the text layer lost its letters with a dot below, a hook or two marks (\(extended) of \(vietnamese) marked letters are such, where Vietnamese has about one in three): fields read from it are unreliable",
                           span: .documentStart)
        }
        return nil
    }

    /// A capital letter standing alone before the rest of its word ("G iấy", "V iệ t"), or a line that
    /// starts with OCR debris ("¬", "§", "„").
    private static let splitWord = try! Pattern(#"(?<![\p{L}\p{N}])\p{Lu} \p{Ll}{2,}"#)
    private static let debrisLine = try! Pattern(#"^\s*[¬§„ˆ⁄~|]"#)

    /// Whether the text reads like OCR that split words or left debris on many lines.
    static func isNoisyOCR(_ lines: [TextLine]) -> Bool {
        var noisy = 0, textLines = 0
        for line in lines where !line.isBlank {
            textLines += 1
            if splitWord.matches(line.text) || debrisLine.matches(line.text) { noisy += 1 }
        }
        return textLines >= 20 && noisy * 100 >= textLines * 3
    }
}
