import Foundation
import PCRE2
/// Folds body lines into the outline with an explicit container stack.
///
/// A marker of a style already open closes everything above it and becomes its sibling; a new style
/// opens a child of the current container. Legal styles (Phần > Chương > Mục > Điều) close by rank, so
/// a new Điều closes the previous one's khoản and điểm. Prose becomes a paragraph of the nearest
/// container that is not a bullet item.
struct OutlineBuilder {
    private final class Box {
        var node: OutlineNode
        let style: OutlineMarker.Style?
        var children: [Box] = []
        init(_ node: OutlineNode, style: OutlineMarker.Style?) { self.node = node; self.style = style }
        func frozen() -> OutlineNode {
            var copy = node
            copy.children = children.map { $0.frozen() }
            return copy
        }
    }

    private var roots: [Box] = []
    private var stack: [Box] = []
    /// A quotation still open (“ without its ”): its lines are text of one paragraph, whatever markers
    /// they start with, since the numbering inside belongs to the quoted document, until the text's own
    /// numbering goes on ("7.4." under 7.3, "II." after I): then the ” was left out, and the quotation ends.
    private var openQuote: (box: Box, line: TextLine)?

    /// The last chapter's number, for a chapter whose numeral OCR lost.
    private var lastChapter = 0
    /// The number of the last article read ("Điều 4."): the next one may lose its full stop.
    private var lastArticle = 0
    /// A chapter heading just opened without its numeral: a short line of debris under it is that numeral
    /// as OCR left it ("m" for III).
    private var numeralDebrisMayFollow = false

    /// "CHƯƠNG" alone on its line: a chapter whose numeral OCR lost or split off.
    private static let bareChapter = try! PCRE2.Pattern(#"^(?:CHƯƠNG|Chương)$"#)

    /// Takes one (already unbroken) line.
    mutating func accept(_ line: TextLine) {
        let trimmed = line.trimmed()
        guard !trimmed.isBlank else { return }
        let isBareChapter = trimmed.scalarCount <= 6 && Self.bareChapter.matches(trimmed.text)
        defer { if !isBareChapter { numeralDebrisMayFollow = false } }
        if numeralDebrisMayFollow, let top = stack.last, trimmed.scalarCount <= 3, !trimmed.text.contains(where: \.isUppercase) {
            top.node.span = top.node.span.union(trimmed.span)   // the numeral as OCR left it
            return
        }
        if isBareChapter, lastChapter > 0, let numeral = RomanNumeral.string(lastChapter + 1) {
            // Chapters are numbered one after another: between Chương II and what follows, this is III.
            closeSiblings(of: .chapter)
            lastChapter += 1
            push(Box(OutlineNode(type: .chapter, marker: "Chương " + numeral, ordinal: lastChapter, title: nil, text: nil,
                                 span: trimmed.span), style: .chapter))
            numeralDebrisMayFollow = true
            return
        }
        if openQuote != nil, continuesOpenNumbering(trimmed) {
            openQuote = nil
        } else if let quote = openQuote {
            // A web copy glues the act's next article to the quotation's closing mark ("… theo quy định."Điều 3.
            // Thông tin …"): the quotation takes the line up to it, and the article goes on as the act's own.
            if let glued = Self.articleAfterClosingMark.firstMatch(in: trimmed.text)?.byteRange(0) {
                let cut = trimmed.scalarOffset(utf8: glued.1)
                let article = trimmed.slice(cut..<trimmed.scalarCount), joined = quote.line.joined(with: trimmed.slice(0..<cut))
                if !Self.isOpenQuote(joined.text), continuesOpenNumbering(article) {
                    quote.box.node.text = VietnameseText.collapse(joined.text)
                    quote.box.node.span = joined.span
                    openQuote = nil
                    accept(article)
                    return
                }
            }
            let joined = quote.line.joined(with: trimmed)
            quote.box.node.text = VietnameseText.collapse(joined.text)
            quote.box.node.span = joined.span
            openQuote = Self.isOpenQuote(joined.text) ? (quote.box, joined) : nil
            return
        }
        if trimmed.text.hasPrefix("“") || trimmed.text.hasPrefix("\"") || trimmed.text.hasPrefix("‘‘"), Self.isOpenQuote(trimmed.text) {
            let box = addParagraph(trimmed)
            openQuote = (box, trimmed)
            return
        }
        guard let marker = ocrdRoman(trimmed) ?? OutlineMarker.recognise(trimmed.text, line: trimmed) ?? unpunctuatedArticle(trimmed) else {
            // "Chương I" / "QUY ĐỊNH CHUNG": the uppercase line under a bare part, chapter or Mục is its title.
            if let top = stack.last, top.node.title == nil, top.node.text == nil, top.children.isEmpty,
               [.part, .chapter, .legalSection].contains(top.style), VietnameseText.isUppercase(trimmed.text) {
                top.node.title = VietnameseText.collapse(trimmed.text)
                top.node.span = top.node.span.union(trimmed.span)
                return
            }
            addParagraph(trimmed)
            return
        }
        // "Điều 13, Phụ lục 7, Thông tư số …" opens a sentence citing an article; an article's heading with a comma
        // for its stop is the next article (or the first).
        if marker.style == .article, let n = marker.ordinal, n != lastArticle + 1,
           trimmed.slice(0..<marker.restOffset).text.trimmingTrailing(" ").hasSuffix(",") {
            addParagraph(trimmed)
            return
        }
        // A lone "o." with nothing after it and no list of letters open cannot start one: OCR debris
        // (a speck of a stamp), kept as text.
        if marker.style == .letter, marker.ordinal != 1, trimmed.scalarCount <= 3, !stack.contains(where: { $0.style == .letter }) {
            addParagraph(trimmed)
            return
        }
        if marker.style == .arabic, marker.ordinal == 2 { readOCRdOneAsArabic() }
        if marker.style == .roman, marker.ordinal == 2 { readOCRdOneAsRoman() }
        if marker.style == .chapter, let n = marker.ordinal { lastChapter = n }
        if marker.style == .article, let n = marker.ordinal { lastArticle = n }
        closeSiblings(of: marker.style)
        let rest = trimmed.slice(marker.restOffset..<trimmed.scalarCount).trimmed()
        let restText = rest.isBlank ? nil : VietnameseText.collapse(rest.text)
        let type = nodeType(for: marker.style)
        let isHeading = restText.map { isHeadingText($0, type: type) } ?? false
        let node = OutlineNode(type: type, marker: marker.marker, ordinal: marker.ordinal,
                               title: isHeading ? restText : nil, text: isHeading ? nil : restText,
                               span: trimmed.span)
        push(Box(node, style: marker.style))
    }

    /// Closes every open container and returns the outline.
    mutating func finish() -> [OutlineNode] {
        stack.removeAll()
        return roots.map { $0.frozen() }
    }

    /// "I." then "2.", "3." with no "1." between: OCR read the "1." as a roman I. The I becomes the first
    /// arabic item, so 2 is its sibling rather than its child. (A real part I opens with 1., or with no number.)
    private mutating func readOCRdOneAsArabic() {
        guard let index = stack.lastIndex(where: { $0.style == .roman }), stack[index].node.ordinal == 1,
              !stack[index].children.contains(where: { $0.style == .arabic }),
              !stack[(index + 1)...].contains(where: { $0.style == .arabic }) else { return }
        let roman = stack[index]
        var node = roman.node
        node.type = nodeType(for: .arabic)
        let item = Box(node, style: .arabic)
        item.children = roman.children
        stack[index] = item
        if index > 0, let i = stack[index - 1].children.lastIndex(where: { $0 === roman }) {
            stack[index - 1].children[i] = item
        } else if let i = roots.lastIndex(where: { $0 === roman }) {
            roots[i] = item
        }
    }

    /// "1- MỤC ĐÍCH, YÊU CẦU", then "1.", "2.", "3.", then "II- NHIỆM VỤ": OCR read the roman I as a digit.
    /// The first item, titled in capitals, becomes part I, and the items after it (their numbering started
    /// again at 1) its children. (A real item 1 is followed by 2, not by another 1.)
    private mutating func readOCRdOneAsRoman() {
        guard !roots.contains(where: { $0.style == .roman }), !stack.contains(where: { $0.style?.legalRank != nil }),
              let first = roots.firstIndex(where: { $0.style == .arabic }), roots[first].node.ordinal == 1,
              let title = roots[first].node.title, VietnameseText.isUppercase(title),
              let next = roots[(first + 1)...].first(where: { $0.style == .arabic }), next.node.ordinal == 1 else { return }
        var node = roots[first].node
        node.type = .section
        node.marker = "I"
        let part = Box(node, style: .roman)
        part.children = roots[first].children + roots[(first + 1)...]
        roots.removeSubrange(first...)
        roots.append(part)
        stack.insert(part, at: 0)
    }

    /// "HI-", "1H." where part III follows part II: tesseract reads two strokes of a numeral as "H" and one
    /// as "1" or "l". Read as the next roman numeral when its strokes count to it and its title is in capitals.
    private func ocrdRoman(_ line: TextLine) -> OutlineMarker? {
        guard let first = line.text.unicodeScalars.first, first == "H" || first == "1" || first == "l" || first == "I",
              let m = Self.ocrdRomanMarker.firstMatch(in: line.text), let written = m["m"], written.count > 1, written.contains("H") else { return nil }
        let strokes = written.reduce(0) { $0 + ($1 == "H" ? 2 : 1) }
        let rest = line.slice(line.scalarOffset(utf8: m.byteRange(0)!.1)..<line.scalarCount)
        guard let last = roots.last(where: { $0.style == .roman }), last.node.ordinal == strokes - 1,
              VietnameseText.isUppercase(rest.text), let numeral = RomanNumeral.string(strokes) else { return nil }
        return OutlineMarker(style: .roman, marker: numeral, ordinal: strokes, restOffset: line.scalarOffset(utf8: m.byteRange(0)!.1))
    }

    /// "Điều 5 Điều khoản thi hành" after "Điều 4.": the next article's heading without its full stop, its title
    /// opening with a capital. Only the next number counts: "Điều 35 Luật Thủ đô quy định …" opens a sentence.
    private func unpunctuatedArticle(_ line: TextLine) -> OutlineMarker? {
        guard lastArticle > 0, line.scalarCount <= 120, line.text.hasPrefix("Điều "),
              let m = Self.unpunctuatedArticleMarker.firstMatch(in: line.text), let written = m["m"],
              Int(written) == lastArticle + 1 else { return nil }
        return OutlineMarker(style: .article, marker: "Điều " + written, ordinal: lastArticle + 1,
                             restOffset: line.scalarOffset(utf8: m.byteRange(0)!.1))
    }

    /// A closing quotation mark with an article's heading glued after it: "quy định."Điều 3. Thông tin".
    private static let articleAfterClosingMark = try! PCRE2.Pattern(#"[."”]["”]?(?=Điều \d{1,3}\.\s*\p{Lu})"#, requiringOneOf: ["Điều"])

    private static let unpunctuatedArticleMarker = try! PCRE2.Pattern(#"^Điều (?<m>\d{1,3}) +(?=\p{Lu})"#)

    private static let ocrdRomanMarker = try! PCRE2.Pattern(#"^(?<m>[I1lH]{1,3})\s*[.\-–]\s*(?=\p{Lu})"#)

    /// Whether `line` numbers the next sibling of a container still open ("7.4." under 7.3, "II." after I).
    /// Only dotted and roman numbers and articles count: quoted law goes on with its own "2." and "b)",
    /// and an amendment quotes whole articles ("Điều 28a.") under the article that adds them.
    private func continuesOpenNumbering(_ line: TextLine) -> Bool {
        guard let first = line.text.unicodeScalars.first, ("0"..."9").contains(first) || "IVXĐ".unicodeScalars.contains(first),
              let marker = OutlineMarker.recognise(line.text, line: line), let ordinal = marker.ordinal else { return false }
        if case .dotted = marker.style {} else if marker.style != .roman, marker.style != .article { return false }
        let parentOf = { (m: String) in m.split(separator: ".").dropLast().joined(separator: ".") }
        return stack.contains { box in
            box.style == marker.style && box.node.ordinal.map { $0 + 1 == ordinal } == true
                && parentOf(box.node.marker ?? "") == parentOf(marker.marker)
        }
    }

    // MARK: - Stack

    private mutating func closeSiblings(of style: OutlineMarker.Style) {
        if let rank = style.legalRank {
            // An article stays inside a roman part that holds articles ("I- QUY ĐỊNH CHUNG" / "Điều 1."), as a
            // party regulation divides itself; anything else not legal closes, and so does a roman part an article
            // holds (the "I. QUAN ĐIỂM" … "VI." of a scheme that "Điều 1. Phê duyệt Đề án … với những nội dung sau:"
            // approves): "Điều 2." is the act's again.
            // So do a party regulation's lettered parts hold its chapters or articles ("A- PHÂN CẤP QUẢN LÝ CÁN BỘ" /
            // "Chương I" / "Điều 1.", 105-QĐ/TW), until the next letter.
            while let top = stack.last, top.style?.legalRank.map({ $0 >= rank })
                    ?? !((top.style == .roman && style == .article || top.style == .capitalLetter && (style == .article || style == .chapter))
                         && !stack.contains(where: { $0.style == style })) {
                stack.removeLast()
            }
            return
        }
        if let index = stack.lastIndex(where: { $0.style == style }) {
            stack.removeSubrange(index...)
        } else if case .dotted(let depth) = style {
            // 1.2 closes 1.2.1 and lives under "1."
            while let top = stack.last, case .dotted(let d) = top.style, d >= depth { stack.removeLast() }
        } else if style == .roman || style == .capitalLetter {
            // A top-level administrative marker closes everything but the legal containers.
            while let top = stack.last, top.style?.legalRank == nil, top.style != .capitalLetter || style == .capitalLetter { stack.removeLast() }
        }
    }

    private mutating func push(_ box: Box) {
        if let parent = stack.last { parent.children.append(box) } else { roots.append(box) }
        stack.append(box)
    }

    /// Whether a quotation is still open at the end of `text`. One walk over the scalars, keeping the marks
    /// still open: “ opens and ” closes the innermost; a straight mark closes a straight one, and opens one where
    /// none is open.
    /// Typists mix them ("BẢO HIỂM XÃ HỘI CÔNG AN NHÂN DÂN”, “… quy định."Điều 3."): a straight mark closes a “
    /// after a sentence's end or at the line's, not inside a sentence, where OCR reads a superscript as one
    /// ("quy định tại Điều 1" Nghị định này").
    private static func isOpenQuote(_ text: String) -> Bool {
        // "‘‘ … ’’" (two single marks) is written for “ … ” in some texts: each pair counts once.
        var open: [Bool] = []   // innermost last; true for a straight mark
        var singleOpen = false, singleClose = false, previous: Unicode.Scalar = " "
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\u{201C}": open.append(false)
            case "\u{201D}": _ = open.popLast()
            case "\"":
                if open.last == true { open.removeLast() }
                else if open.isEmpty { open.append(true) }
                else if ".;:!?…)".unicodeScalars.contains(previous)
                            || scalars[(index + 1)...].allSatisfy({ $0.properties.isWhitespace || $0 == "*" }) { open.removeLast() }
            default: break
            }
            if scalar == "\u{2018}" { if singleOpen { open.append(false) }; singleOpen.toggle() } else { singleOpen = false }
            if scalar == "\u{2019}" { if singleClose { _ = open.popLast() }; singleClose.toggle() } else { singleClose = false }
            previous = scalar
        }
        return !open.isEmpty
    }

    @discardableResult
    private mutating func addParagraph(_ line: TextLine) -> Box {
        while let top = stack.last, top.style == .dash || top.style == .plus || top.style == .bullet { stack.removeLast() }
        let node = OutlineNode(type: .paragraph, marker: nil, ordinal: nil, title: nil,
                               text: VietnameseText.collapse(line.text), span: line.span)
        let box = Box(node, style: nil)
        if let parent = stack.last { parent.children.append(box) } else { roots.append(box) }
        return box
    }

    private func nodeType(for style: OutlineMarker.Style) -> OutlineNode.Kind {
        switch style {
        case .part: return .part
        case .chapter: return .chapter
        case .legalSection, .roman, .capitalLetter: return .section
        case .legalSubsection: return .subsection
        case .article: return .article
        case .arabic, .dotted:
            return stack.contains(where: { $0.style == .article }) ? .clause : .subsection
        case .letter: return .point
        case .dash, .plus, .bullet: return .item
        }
    }

    /// A heading names a part of the text; a clause or item says something.
    private func isHeadingText(_ text: String, type: OutlineNode.Kind) -> Bool {
        switch type {
        case .part, .chapter, .section, .article: return true
        case .item, .point, .paragraph: return false
        case .subsection, .clause:
            if VietnameseText.isUppercase(text) { return true }
            return VietnameseText.wordCount(text, upTo: 14) <= 14 && !text.hasSuffix(".") && !text.hasSuffix(";") && !text.containsBytes(": ")
        }
    }
}
