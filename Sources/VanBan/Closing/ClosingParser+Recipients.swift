import PCRE2

/// The recipient list of a closing (`ClosingParser`): items cut where raw reading order glued the signer's column or
/// several items onto one line, and the signer's column read between them left out.
extension ClosingParser {
    /// The recipients read from the list's items: the signer's column read in between dropped, items run together in
    /// one cell cut apart, each without its dash.
    static func recipients(from items: [TextLine]) -> [TextField] {
        var items = items
        // A line in capitals without a dash over a dashed list ("Nơi nhận:" / "CUC TRIJCTNG" / "- Nhu Dieu 3;") is the
        // signer's column read in between, an office OCR spelled past recognising: no recipient.
        if items.count >= 3, let first = items.first, !ListBullet.opens(first.text), VietnameseText.isUppercase(first.text),
           !first.text.hasSuffix(";"), !first.text.hasSuffix(","), Self.isDashList(Array(items.dropFirst())) {
            items.removeFirst()
        }
        // So is a scrap of it between the dashed items ("- Như trên;" / "Je TR" / "- Thủ tướng …"): a few letters
        // without a dash and without a word of three letters.
        if items.count >= 3, let k = items.firstIndex(where: Self.isSignatureScrap),
           Self.isDashList(items.indices.filter { $0 != k }.map { items[$0] }) {
            items.remove(at: k)
        }
        return items.flatMap(Self.splitRunTogether).map { item in
            var text = VietnameseText.collapse(item.text)
            while let first = text.first, Self.itemDebris.contains(first) { text.removeFirst() }
            return TextField(text: text, span: item.span)
        }.filter { item in item.text.contains { $0.isLetter || $0.isNumber } }   // not a stray "*" of Markdown
    }

    /// `item` without the last `name` in it and the comma before it, its text on both sides kept.
    static func without(_ name: String, in item: TextLine) -> TextLine {
        guard let range = item.text.range(of: name, options: .backwards) else { return item }
        let start = item.scalarOffset(utf8: item.text.utf8.distance(from: item.text.startIndex, to: range.lowerBound))
        let before = item.slice(0..<start).trimmed()
        let kept = before.text.hasSuffix(",") ? before.slice(0..<(before.scalarCount - 1)) : before
        let after = item.slice((start + name.unicodeScalars.count)..<item.scalarCount).trimmed()
        return after.isBlank ? kept : kept.joined(with: after)
    }

    /// A heading that sorts the recipients by the copy they get ("Gửi bản điện tử:", "Bản giấy:").
    static let copyHeading = try! Pattern(#"^(?:Gửi\s+)?(?:văn\s+)?bản\s+(?:điện tử|giấy|chính)"#, options: .caseless)

    /// A few letters of the signer's column read between recipients ("Je TR"): no dash, no word of three letters,
    /// and no ";" or "." that would end an item ("Sở Y tế;").
    static func isSignatureScrap(_ item: TextLine) -> Bool {
        guard item.text.utf8.count <= 64 else { return false }
        let text = item.trimmed().text
        return text.count <= 12 && !ListBullet.opens(text) && !text.contains(where: \.isNumber)
            && !text.hasSuffix(";") && !text.hasSuffix(".") && !text.hasSuffix(",")
            && !text.split(separator: " ").contains { $0.filter(\.isLetter).count >= 3 }
    }

    /// Whether the items so far are written as a dashed list: two or more, each a dash and text.
    static func isDashList(_ items: [TextLine]) -> Bool {
        items.count >= 2 && items.allSatisfy { item in
            let text = item.text.trimmingLeading(" ")
            return ListBullet.opens(text) && text.dropFirst().contains { $0.isLetter }
        }
    }

    /// Raw reading order glues the signature column onto a recipient line: "- Chính phủ; TM. ỦY BAN
    /// NHÂN DÂN", "- Vụ pháp chế (b/c); CHỦ TỊCH". Cut such a fragment in two. A block Word put on one line
    /// ("… PHÓ CHÁNH VĂN PHÒNG (Đã ký) Nguyễn Thúc Mạnh") is cut around "(Đã ký)", and so is "Đã ký: Vũ Đức
    /// Khiển"; a web copy's office and name run onto the last recipient ("- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng").
    static let embeddedMode = try! Pattern(#"(?<=\S)\s+(?=(?:TM|KT|TL|TUQ|T/M)\.?\s+\p{Lu}{2,})|(?<=\p{Lu})\s+(?=ĐẠI DIỆN\s+\p{Lu})|(?<=;)\s+(?=\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s*$)|(?<=\p{Lu}\p{Lu})\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}\s*$)|(?<=\p{Lu})\s+(?=\([Đđ]ã ký\))|(?<=\([Đđ]ã ký\))\s+(?=\p{Lu})|(?<=^[Đđ]ã ký:)\s*(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}\s*$)|(?<=[\p{Ll})])\s+(?=(?:\#(officeNames))\b[\p{Lu}, ]*\s\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}\s*$)"#)
    /// The offices that sign (`PositionTitle.offices`), longest first, as a regex alternation.
    static let officeNames = PositionTitle.offices.sorted { $0.count > $1.count }.joined(separator: "|")

    static func splitEmbeddedSignature(_ fragment: TextLine) -> [TextLine] {
        guard let m = embeddedMode.firstMatch(in: fragment.text) else { return [fragment] }
        let (lower, upper) = m.byteRange(0)!
        let a = fragment.scalarOffset(utf8: lower), b = fragment.scalarOffset(utf8: upper)
        // The rest may hold one more cut ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Sinh" after a mode split).
        let rest = fragment.slice(b..<fragment.scalarCount).trimmed()
        return ([fragment.slice(0..<a).trimmed()] + (rest.scalarCount < fragment.scalarCount ? splitEmbeddedSignature(rest) : [rest]))
            .filter { !$0.isBlank }
    }

    /// "- Thủ tướng Chính phủ; - Các Phó Thủ tướng …; - Lưu: VT" in one table cell: one item each (also after
    /// "(để báo cáo)" without its ";", and with no space before the dash: "Như trên;- TTg …").
    static let itemBoundary = try! Pattern(#"(?<=[;.)])\s*(?="# + ListBullet.patternClass + #"\s)"#)

    static func splitRunTogether(_ item: TextLine) -> [TextLine] {
        let cuts = itemBoundary.allMatches(in: item.text).map { item.scalarOffset(utf8: $0.byteRange(0)!.1) }
        guard !cuts.isEmpty else { return [item] }
        let bounds = [0] + cuts + [item.scalarCount]
        return zip(bounds, bounds.dropFirst()).map { item.slice($0..<$1).trimmed() }.filter { !$0.isBlank }
    }
}
