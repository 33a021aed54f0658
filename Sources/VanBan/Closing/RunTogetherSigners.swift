import PCRE2

/// Signers side by side whose columns OCR ran together on lines of single spaces (a biên bản): "ĐẠI DIỆN ĐẠI DIỆN"
/// / "SỞ CÔNG THƯƠNG SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" / "Trần Đăng Khôi Mai Thành Trung Nguyễn Văn Nhân". A line of
/// heads alone says how many columns there are; the bodies under them are cut where a body's name starts, the
/// names where a family name starts. Each signer comes out as its own block, "ĐẠI DIỆN <body>" over the name, in
/// reading order: the names fill the columns from the left, and names beyond the columns sign for the last one.
/// Rows that do not cut into as many bodies as heads stay as they are.
enum RunTogetherSigners {
    /// "ĐẠI DIỆN" said two or more times and nothing else but OCR's quotes and specks.
    private static let heads = try! Pattern(#"^[\p{P}\s]*(?:ĐẠI DIỆN\s*){2,}$"#)
    private static let head = try! Pattern(#"ĐẠI DIỆN"#)
    /// Where a body's name starts inside a line of bodies. Not `HeaderPatterns.organisationStart`: its "TRƯỜNG" (a
    /// school) would cut "SỞ NÔNG NGHIỆP VÀ MÔI | TRƯỜNG"; these are the bodies that send representatives.
    private static let bodyStart = try! Pattern(#"^(?:SỞ|ỦY BAN|UỶ BAN|UBND|CÔNG TY|DOANH NGHIỆP|DOANH\s|HỢP TÁC XÃ|CHI CỤC|TỔNG CỤC|CỤC|BỘ|PHÒNG|TRUNG TÂM|BAN|ĐOÀN|CÔNG AN|HẠT|CHI NHÁNH|VĂN PHÒNG|THANH TRA|HỘI)\b"#)
    /// Words after which a body's word goes on the same name ("ỦY BAN", "VĂN PHÒNG", "BAN QUẢN LÝ … PHÒNG").
    private static let joinsNext: Set<String> = ["ỦY", "UỶ", "VĂN", "TỔNG", "CHI", "TRUNG", "BAN", "CÔNG", "VÀ", "THUỘC", "CỦA"]

    /// The closing's lines with each run-together row unfolded into one block per signer.
    static func unfolded(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        var i = 0
        while i < lines.count {
            if let (blocks, next) = row(at: i, in: lines) { result += blocks; i = next; continue }
            result.append(lines[i]); i += 1
        }
        return result
    }

    /// Whether `text` is names run together: two or more names of capitalised words, each opening with a family name.
    static func isNamesLine(_ text: String) -> Bool { text.utf8.count <= 240 && (names(in: text).map { $0.count >= 2 } ?? false) }

    /// The signers' blocks of the row whose heads line is `lines[i]`, and the index after the row.
    private static func row(at i: Int, in lines: [TextLine]) -> ([TextLine], Int)? {
        let headLine = lines[i].trimmed()
        guard heads.matches(headLine.text) else { return nil }
        let headRanges = head.allMatches(in: headLine.text).map { m in
            headLine.scalarOffset(utf8: m.byteRange(0)!.0)..<headLine.scalarOffset(utf8: m.byteRange(0)!.1)
        }
        let columns = headRanges.count
        // The bodies: the lines in capitals under the heads, OCR's specks between passed over.
        var j = i + 1
        var bodies: TextLine?
        while j < lines.count, !heads.matches(lines[j].trimmed().text) {
            let text = lines[j].trimmed().text
            if isSpeck(text) { j += 1; continue }
            guard VietnameseText.isUppercase(text), !ClosingParser.name.matches(text) else { break }
            if bodies == nil { bodies = lines[j].trimmed() } else { bodies!.append(lines[j].trimmed()) }
            j += 1
        }
        guard let bodies, let cut = Self.bodies(in: bodies, count: columns) else { return nil }
        // The names: capitalised words under the bodies, up to the next heads line.
        var names: [TextLine] = []
        while j < lines.count, !heads.matches(lines[j].trimmed().text) {
            let line = lines[j].trimmed()
            if isSpeck(line.text) { j += 1; continue }
            guard let found = Self.names(in: line.text) else { break }
            names += found.map { line.slice($0) }
            j += 1
        }
        var blocks: [TextLine] = []
        for c in 0..<columns {
            var signer = headLine.slice(headRanges[c])
            signer.append(cut[c])
            let own = c < columns - 1 ? (c < names.count ? [names[c]] : []) : Array(names.dropFirst(columns - 1))
            if own.isEmpty { blocks.append(signer) }
            for name in own { blocks += [signer, name] }
        }
        return (blocks, j)
    }

    /// `line` cut into `count` bodies where a body's name starts; nil when it does not cut into that many.
    private static func bodies(in line: TextLine, count: Int) -> [TextLine]? {
        let words = wordRanges(line.text)
        guard !words.isEmpty, bodyStart.matches(line.text) else { return nil }
        var cuts: [Int] = []
        for k in 1..<words.count where !joinsNext.contains(String(words[k - 1].word)) {
            if bodyStart.matches(String(line.text[words[k].word.startIndex...])) { cuts.append(words[k].range.lowerBound) }
        }
        guard cuts.count == count - 1 else { return nil }
        let bounds = [0] + cuts + [line.scalarCount]
        return zip(bounds, bounds.dropFirst()).map { line.slice($0..<$1).trimmed() }
    }

    /// The scalar ranges of the names run together in `text`; nil when it is not names alone.
    private static func names(in text: String) -> [Range<Int>]? {
        let words = wordRanges(text)
        guard words.count >= 2, words.allSatisfy({ w in w.word.first?.isUppercase == true && w.word.dropFirst().allSatisfy { $0.isLowercase } }),
              Surnames.isFamilyName(String(words[0].word)) else { return nil }
        var result: [Range<Int>] = []
        var start = 0, length = 0
        for (k, w) in words.enumerated() {
            // A name has three words as a rule: a family name after three starts the next one.
            if k > 0, length >= 3, Surnames.isFamilyName(String(w.word)) {
                result.append(words[start].range.lowerBound..<words[k - 1].range.upperBound); start = k; length = 0
            }
            length += 1
        }
        result.append(words[start].range.lowerBound..<words[words.count - 1].range.upperBound)
        return result
    }

    /// The words of `text` (runs without spaces) with their ranges in scalars.
    private static func wordRanges(_ text: String) -> [(word: Substring, range: Range<Int>)] {
        var result: [(Substring, Range<Int>)] = []
        var offset = 0
        var start: (index: String.Index, offset: Int)?
        var index = text.startIndex
        for character in text {
            let next = text.index(after: index)
            if character == " " {
                if let s = start { result.append((text[s.index..<index], s.offset..<offset)); start = nil }
            } else if start == nil {
                start = (index, offset)
            }
            offset += character.unicodeScalars.count
            index = next
        }
        if let s = start { result.append((text[s.index...], s.offset..<offset)) }
        return result
    }

    /// OCR's specks on a line of their own ("_Q_— 41~'—", "2“"): no word of two letters.
    static func isSpeck(_ text: String) -> Bool {
        text.utf8.count <= 60 && !text.split(separator: " ").contains { word in word.filter(\.isLetter).count >= 2 && word.allSatisfy { $0.isLetter || $0 == "," } }
    }
}
