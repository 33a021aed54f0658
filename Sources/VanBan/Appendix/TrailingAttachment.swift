import PCRE2

/// Text the closing leaves after its last recipient and signature that no "PHỤ LỤC" label or "(Kèm theo …)" caption
/// opened: a regulation attached under its code and title only ("QCVN 04:2020/BCT" / "QUY CHUẨN KỸ THUẬT QUỐC GIA …"),
/// an appendix whose label a page's OCR lost, its table first. It is an attachment of its own, so nothing written after
/// the signature is lost from the output.
enum TrailingAttachment {
    /// Non-blank lines with letters it takes, at least; and one of them a table's or a line of prose (scalars).
    private static let fewestLines = 3
    private static let proseLine = 40

    /// Where such text stands (indices into `lines`, inside `region`), or nil. Only after a signature with its name,
    /// or a signature and the recipients' "Lưu: …" with a page break after them, so the closing's end is known; a
    /// page's number or mark and a footnote are not text of it.
    /// When an attachment starts right after (`attachmentFollows`), the lines above it that are not a table are its
    /// own header (the issuer and quốc hiệu repeated over "QUY ĐỊNH" and its caption), not an attachment of their own.
    static func lines(in lines: [TextLine], region: Range<Int>, closing: Closing, footnotes: Set<Int>,
                      attachmentFollows: Bool) -> Range<Int>? {
        let named = closing.signatures.contains { $0.name != nil }
        guard named || closing.archive != nil && !closing.signatures.isEmpty else { return nil }
        let ends = closing.signatures.map(\.span.end.line) + closing.recipients.map(\.span.end.line)
            + [closing.recipientsLabel?.span.end.line].compactMap { $0 }
        guard var last = ends.max() else { return nil }
        // A signer whose name OCR lost leaves the closing's end unknown but for the page: the text starts on the
        // next page, what is left of the stamp and the name before it is not of it.
        if !named {
            let openers = PageFurniture.pageOpeners(Array(lines[region]))
            guard let page = openers.filter({ $0 > last }).min() else { return nil }
            last = page - 1
        }
        // An editor's note under a banner ("===== GHI CHU =====") ends the document's text.
        let end = region.first { lines[$0].firstLine > last && editorsBanner.matches(lines[$0].text) } ?? region.upperBound
        let content = region.lowerBound..<end
        let kept = content.filter { i in
            guard lines[i].firstLine > last, !footnotes.contains(lines[i].firstLine) else { return false }
            let text = lines[i].trimmed().text
            return text.contains(where: \.isLetter) && !PageFurniture.isPageNumber(text) && PageFurniture.pageOfMark(text) == nil
        }
        // An attachment's own header over its caption is short lines in capitals, a number and a date; sentences
        // are text of their own (an amendment's regulation before its "Phụ lục A").
        let prose = kept.count { i in
            let text = lines[i].trimmed()
            return text.scalarCount >= proseLine && (!attachmentFollows
                || !VietnameseText.isUppercase(text.text) && !HeaderPatterns.placeDate.matches(text.text))
        }
        guard kept.count >= fewestLines, prose >= (attachmentFollows ? fewestLines : 1) || kept.contains(where: { i in
            let text = lines[i].trimmed().text
            return text.hasPrefix("|") || TableReader.opensTable(text)
        }) else { return nil }
        return kept[0]..<end
    }

    private static let editorsBanner = try! Pattern(#"^\s*={3,}\s*\S.*={3,}\s*$"#)
}
