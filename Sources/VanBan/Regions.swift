import PCRE2

/// The line ranges of the document's parts: header, body, closing (Nơi nhận, signatures), and the
/// attachments after it (phụ lục, or a regulation "ban hành kèm theo" the decision), each its own range.
struct Regions {
    let body: Range<Int>
    let closing: Range<Int>
    /// Where each attachment starts; the last one runs to the end.
    let attachmentStarts: [Int]

    /// All attachments together, to the end of the text.
    let attachments: Range<Int>

    /// A title in capitals with its caption at the end of the same line ("KẾ HOẠCH THỰC HIỆN … (Ban hành kèm
    /// theo Quyết định số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 …)"), as web copies of documents print it.
    private static let trailingCaption = try! Pattern(#"\(\s*(?:Ban hành\s+)?kèm theo\s[^()]{5,}\)\s*$"#, options: .caseless, requiringOneOf: [")"])

    private static func endsWithCaption(_ text: String) -> Bool {
        guard let m = trailingCaption.firstMatch(in: text) else { return false }
        let title = text.utf8.prefix(m.byteRange(0)!.0)
        return title.count >= 10 && VietnameseText.isUppercase(String(decoding: title, as: UTF8.self))
    }

    private static let formLabel = try! Pattern(#"^(?:Mẫu số|MẪU SỐ|Biểu số|BIỂU SỐ)\s+\S{1,8}\s*$"#, requiringOneOf: ["Mẫu số", "MẪU SỐ", "Biểu số", "BIỂU SỐ"])
    private static let titleLine = try! Pattern(#"^(?:PHỤ LỤC|Phụ lục|Mẫu số|MẪU SỐ|Biểu số)\b"#)

    /// Whether the form label at line `i` heads a form: it does not go on from a line cut after a comma or a dangling
    /// word, and what follows it is a form's top (a caption in brackets, a quốc hiệu, a name in capitals), not a
    /// table cell's next line ("Mẫu số 01, Mẫu số 03," / "Mẫu số 12" / "Được sửa đổi bởi …").
    private static func headsAForm(at i: Int, in lines: [TextLine]) -> Bool {
        if i > 0, !lines[i - 1].isBlank, TableText.dangling.matches(lines[i - 1].text) { return false }
        guard let next = lines[(i + 1)...].prefix(4).first(where: { !$0.isBlank })?.trimmed().text else { return true }
        return next.hasPrefix("(") || AppendixParser.attachment.matches(next) || Self.opensInCapitals.matches(next)
    }

    /// A line opening with two words in capitals ("ỦY BAN NHÂN DÂN / TỈNH … | CỘNG HÒA …", "TÊN CƠ QUAN").
    private static let opensInCapitals = try! Pattern(#"^\p{Lu}+\s+\p{Lu}+(?:\s|$)"#)

    init(lines: [TextLine], bodyStart: Int, appendixOnly: Bool = false) {
        var closingStart: Int?
        var starts: [Int] = appendixOnly ? [bodyStart] : []
        var i = appendixOnly ? bodyStart + 1 : bodyStart
        while i < lines.count {
            let text = lines[i].trimmed().text
            if closingStart == nil, Self.opensClosing(lines[i]) { closingStart = Self.signatureAbove(i, in: lines, floor: bodyStart) }
            if AppendixParser.opens(lines[i]),
               closingStart != nil || AppendixParser.opensUppercase(lines[i]) && (i > bodyStart + 3 || i == Self.firstText(lines))
                || i > bodyStart + 3 && Self.labelsACaptionedTitle(at: i, in: lines) {
                starts.append(i)
            } else if closingStart != nil, Self.formLabel.matches(text), Self.headsAForm(at: i, in: lines) {
                starts.append(i)   // "Mẫu số 02": each form attached to the document is its own attachment
            } else if closingStart != nil, AppendixParser.attachment.matches(text) || Self.endsWithCaption(text), !(starts.last.map { i - $0 <= 6 } ?? false) {
                starts.append(Self.titleStart(before: i, in: lines, notBefore: (starts.last ?? closingStart!) + 1))
            } else if closingStart == nil, AppendixParser.isBracketedCaption(text), i > bodyStart + 3,
                      case let above = Self.titleStart(before: i, in: lines, notBefore: bodyStart + 1),
                      // (a page's number left above the title is not part of it)
                      let title = (above..<i).first(where: { !lines[$0].isBlank && !PageFurniture.isPageNumber(lines[$0].text) }),
                      VietnameseText.isUppercase(lines[title].trimmed().text),
                      let signed = Self.bareSignature(in: lines, from: bodyStart, to: title) {
                // A gazette prints no "Nơi nhận": the signature over an attachment's title and caption ends the body.
                closingStart = signed
                starts.append(title)
            }
            i += 1
        }
        let appendixStart = starts.first ?? lines.count
        // No "Nơi nhận" and no mode (a law, a certificate): a position line with a name under it, near the end.
        if closingStart == nil { closingStart = Self.bareSignature(in: lines, from: bodyStart, to: appendixStart) }
        let closing = min(closingStart ?? appendixStart, appendixStart)
        body = bodyStart..<max(bodyStart, closing)
        self.closing = closing..<appendixStart
        attachmentStarts = starts
        attachments = appendixStart..<lines.count
    }

    /// "Nơi nhận:" or a signature mode line, at the start of a column fragment (layout and Word tables
    /// put them beside other text).
    private static let closingWord = try! Pattern(#"(?<![^\s|/*._])(?:N[ơớờo]i\s+nh[ậâaấ]n|N\S{1,2}i\s+nh\S{1,2}[nm]\s*:|NƠI\s+NHẬN|(?:TM|KT|TL|TUQ|Q)\s*[.:]\s*\p{Lu}|(?:T/M|K/T|T/L)\.?\s*\p{Lu}|T\.M\.?\s*\p{Lu}|THAY MẶT\s+\p{Lu})"#)

    static func opensClosing(_ line: TextLine) -> Bool {
        guard closingWord.matches(line.text) else { return false }
        return ColumnSplitter.fragments(of: line).prefix(3).contains {
            ClosingParser.recipientsLead.matches($0.text) || ClosingParser.mode.matches($0.text)
        }
    }

    /// A position line printed just above "Nơi nhận" ("TRƯỞNG BAN" / "Nơi nhận:") belongs to the closing, and
    /// so does a mode alone on its line with the authority under it. So does a whole signature there, its name
    /// and "(Đã ký)" under the position ("THỦ TƯỚNG" / "(đã ký)" / "Nguyễn Tấn Dũng" / "Nơi nhận:"), where a reading
    /// by layout boxes (pdfminer) sets the closing table's right cell first. Up to three lines of positions.
    private static func signatureAbove(_ index: Int, in lines: [TextLine], floor: Int) -> Int {
        func textLine(before k: Int) -> Int? {
            var j = k - 1
            while j > floor, lines[j].isBlank { j -= 1 }
            return j > floor ? j : nil
        }
        func text(_ k: Int) -> String { lines[k].trimmed().text }
        func isPosition(_ text: String) -> Bool {
            VietnameseText.isUppercase(text) && (ClosingParser.position.matches(text) || ClosingParser.mode.matches(text))
        }
        // A whole signature: the name and "(Đã ký)" under the position are passed over, if a position stands above.
        var j = textLine(before: index)
        var passed = 0
        var above = j
        while let k = above, passed < 2, passed == 0 && ClosingParser.name.matches(text(k)) || ClosingParser.signedNote.matches(text(k)) {
            passed += 1
            above = textLine(before: k)
        }
        if passed > 0, let k = above, isPosition(text(k)) { j = k } else { passed = 0 }
        // The positions: within three lines above "Nơi nhận" (blank lines count), or three lines above a signature.
        var start = index
        var taken = 0
        while let k = j, passed > 0 ? taken < 3 : index - k <= 3 {
            // "TM." alone on its line over the authority's name ("TM." / "ỦY BAN NHÂN DÂN TỈNH" / "KT. CHỦ TỊCH").
            if k - 1 > floor, VietnameseText.isUppercase(text(k)), ClosingParser.loneMode.matches(lines[k - 1].text) {
                start = k - 1
                break
            }
            guard isPosition(text(k)) else { break }
            start = k
            taken += 1
            j = textLine(before: k)
        }
        return start
    }

    /// The last position line ("CHỦ TỊCH QUỐC HỘI") in the final lines before `end` with a name
    /// ("Trần Thanh Mẫn") among the next few fragments.
    private static func bareSignature(in lines: [TextLine], from start: Int, to end: Int) -> Int? {
        var i = end - 1
        var seen = 0
        while i >= start, seen < 15 {
            defer { i -= 1 }
            guard !lines[i].isBlank else { continue }
            seen += 1
            if let signed = webCopySignature(at: i, in: lines, from: start, to: end) { return signed }
            let fragments = ColumnSplitter.fragments(of: lines[i])
            // A position, or a party's representative ("ĐẠI DIỆN" of a biên bản).
            guard let k = fragments.firstIndex(where: { VietnameseText.isUppercase($0.text)
                    && (ClosingParser.position.matches($0.text) || ClosingParser.representative.matches($0.text)) }) else { continue }
            // The next five lines with text (a stamp or a scan's debris may stand between title and name).
            let below = lines[(i + 1)..<end].lazy.filter { !$0.isBlank }.prefix(5)
            let after = fragments[(k + 1)...].map(\.text) + below.flatMap { ColumnSplitter.fragments(of: $0).map(\.text) }
            if after.contains(where: { ClosingParser.name.matches($0) }) { return firstOfStack(above: i, in: lines, floor: start) }
        }
        return nil
    }

    /// A web copy's signature: "(Đã ký)" beside the signer's name, the position above in ordinary case or
    /// none ("Thủ tướng" / "(Đã ký)" / "Phan Văn Khải", "Nông Đức Mạnh" / "(Đã ký)"). The closing begins at
    /// the position, else at the first of name and note.
    private static func webCopySignature(at i: Int, in lines: [TextLine], from start: Int, to end: Int) -> Int? {
        guard ClosingParser.signedNote.matches(lines[i].trimmed().text), lines[i].scalarCount <= 20 else { return nil }
        let texts = lines[start..<end].indices.filter { !lines[$0].isBlank }
        guard let at = texts.firstIndex(of: i) else { return nil }
        let before = at > 0 ? texts[at - 1] : nil, after = at + 1 < texts.count ? texts[at + 1] : nil
        let nameAfter = after.map { ClosingParser.name.matches(lines[$0].trimmed().text) } ?? false
        let nameBefore = before.map { ClosingParser.name.matches(lines[$0].trimmed().text) } ?? false
        guard nameAfter || nameBefore else { return nil }
        let index = nameBefore ? at - 1 : at
        let first = texts[index]
        guard index > 0 else { return first }
        let above = lines[texts[index - 1]].trimmed().text
        if ClosingParser.isOrdinaryCasePosition(above) { return texts[index - 1] }
        // A position in capitals over the note ("GIÁM ĐỐC" / "(đã ký)" / name): the stack it heads, modes included.
        if VietnameseText.isUppercase(above), ClosingParser.position.matches(above) {
            return firstOfStack(above: texts[index - 1], in: lines, floor: start)
        }
        return first
    }

    /// Signers placed above one another or side by side (a biên bản): the closing begins at the highest
    /// head of the stack of signature lines that ends at `index` — heads, "(Ký, ghi rõ họ tên)", names (also run
    /// together by OCR), bodies in capitals, OCR's specks.
    private static func firstOfStack(above index: Int, in lines: [TextLine], floor: Int) -> Int {
        var first = index
        var j = index - 1
        var seen = 0
        while j > floor, seen < 10 {
            defer { j -= 1 }
            guard !lines[j].isBlank else { continue }
            seen += 1
            let fragments = ColumnSplitter.fragments(of: lines[j]).map(\.text)
            let signatureLike = fragments.allSatisfy { text in
                ClosingParser.isSignatureHead(text) || ClosingParser.signedNote.matches(text) || ClosingParser.name.matches(text)
                    || VietnameseText.isUppercase(text) && text.count <= 60 || RunTogetherSigners.isNamesLine(text)
                    || RunTogetherSigners.isSpeck(text)
            }
            guard signatureLike else { break }
            if fragments.contains(where: ClosingParser.isSignatureHead) { first = j }
        }
        return first
    }

    private static func firstText(_ lines: [TextLine]) -> Int { lines.firstIndex { !$0.isBlank } ?? 0 }

    /// A label in sentence case alone on its line ("Phụ lục số 01") over a title in capitals and, within the next
    /// lines, an attachment caption ("(Kèm theo Công văn số …)"): an appendix even where no closing was read
    /// above it (a copy cut before the signature). A sentence that starts with "Phụ lục …" in the body has words
    /// after the label.
    private static func labelsACaptionedTitle(at index: Int, in lines: [TextLine]) -> Bool {
        guard let m = AppendixParser.label.firstMatch(in: lines[index].trimmed().text) else { return false }
        // The title on the label's line after a colon ("Phụ lục số 01: DANH MỤC …"), or on the next line.
        let rest = m["rest"].map(String.init) ?? ""
        let next = lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(4).map { $0.trimmed().text }
        guard let title = rest.isEmpty ? next.first : rest, title.count >= 10, VietnameseText.isUppercase(title) else { return false }
        return next.contains { AppendixParser.attachment.matches($0) || Self.endsWithCaption($0) }
    }

    /// The title lines above "(Ban hành kèm theo …)": uppercase lines or a "Mẫu số" label, up to four.
    private static func titleStart(before index: Int, in lines: [TextLine], notBefore floor: Int) -> Int {
        var start = index
        var j = index - 1
        var seen = 0
        while j >= floor, seen < 4 {
            let text = lines[j].trimmed().text
            if lines[j].isBlank { j -= 1; continue }
            // A mode alone on its line ("TM." / "ỦY BAN NHÂN DÂN |", a web copy that lost the signer's title and the
            // attachment's type line): the authority under it is the closing's too; the title starts below that.
            if ClosingParser.loneMode.matches(text) {
                if let authority = (j + 1..<index).first(where: { !lines[$0].isBlank }) {
                    start = (authority + 1..<index).first(where: { !lines[$0].isBlank }) ?? index
                }
                break
            }
            // A signature's mode line ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH     Phạm Đình Nghị") is the closing's, never a title's;
            // so is the signer's name under it ("Bùi Xuân Dũng"), and what stands above that name.
            guard VietnameseText.isUppercase(text) || titleLine.matches(text) || seen < 2 && text.count < 120,
                  !opensClosing(lines[j]), !SignatureBlock.isPersonsName(text) else { break }
            start = j
            seen += 1
            if titleLine.matches(text) { break }
            j -= 1
        }
        return start
    }
}
