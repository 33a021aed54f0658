import PCRE2
/// Blanks the box tags a layout OCR writes before each block it read ("text[[191, 183, 395, 220]]", the grounding
/// form "<|ref|>title<|/ref|><|det|>[[145, 231, 439, 299]]<|/det|>"): a block's kind and its corners on the page
/// (pixels), no text of the document. The line stays, blank, so the blocks stay apart as paragraphs. Runs only when
/// two lines or more are such tags.
struct OcrBoxTags: Repair {
    static let id = "ocr-box-tags"

    private static let tag = try! Pattern(#"^\s*(?:<\|ref\|>)?[a-z_]{2,20}(?:<\|/ref\|>)?(?:<\|det\|>)?\[\[\d{1,5}(?:,\s*\d{1,5}){3}\]\](?:<\|/det\|>)?\s*$"#)
    private static let minimumLines = 2

    func apply(_ lines: [TextLine]) -> [TextLine]? {
        let tagged = lines.indices.filter { lines[$0].text.containsBytes("[[") && Self.tag.matches(lines[$0].text) }
        guard tagged.count >= Self.minimumLines else { return nil }
        var result = lines
        for i in tagged {
            result[i] = lines[i].blanked
        }
        return result
    }
}
