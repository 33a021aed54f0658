/// The left column's organisation lines (cơ quan chủ quản, cơ quan ban hành, NĐ 30/2020 Điều 10) grouped into
/// the issuer and the parent authority above it.
enum OrganisationLines {
    /// A body's standing part printed on a line of its own above the body ("THƯỜNG TRỰC" / "HĐND - UBND TỈNH
    /// HÒA BÌNH"), or a name's first half that needs the line under it ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI",
    /// "HỘI ĐỒNG THẨM PHÁN" / "TÒA ÁN NHÂN DÂN TỐI CAO"): one issuer with the line under it.
    /// So is a head or an office that names no body alone ("THỦ TƯỚNG" / "CHÍNH PHỦ", "VĂN PHÒNG" / "CHÍNH PHỦ"), and
    /// "TỔNG" cut from its body ("TỔNG" / "LIÊN ĐOÀN LAO ĐỘNG").
    private static let standingBody: Set<String> = ["THƯỜNG TRỰC", "BAN THƯỜNG VỤ", "THƯỜNG VỤ", "TẬP THỂ LÃNH ĐẠO",
                                                    "ỦY BAN THƯỜNG VỤ", "UỶ BAN THƯỜNG VỤ", "HỘI ĐỒNG THẨM PHÁN",
                                                    "THỦ TƯỚNG", "VĂN PHÒNG", "THANH TRA", "TỔNG"]

    /// `line` without the words at its end made only of OCR's debris, and without a rule's "_" glued to its end.
    /// Line by line, before the lines are grouped: a dash or dots at a line's end may join it to the next, so they
    /// stay here; `OrganisationNames.withoutStrayMarks` cleans the whole name once it is joined.
    static func withoutTrailingDebris(_ line: TextLine) -> TextLine {
        let scalars = Array(line.text.unicodeScalars)
        var end = scalars.count
        while end > 0 {
            // The last word, and whether it holds a letter or digit.
            var start = end
            while start > 0, scalars[start - 1] != " " { start -= 1 }
            let word = scalars[start..<end]
            if word.isEmpty { end = start - 1; continue }
            // A mark, but not a dash or dots: those may join a name to the next line or hold a draft's blank.
            if !OrganisationNames.isMark(word) || word.contains(where: { "-–.…".unicodeScalars.contains($0) }) {
                while end > start, scalars[end - 1] == "_" { end -= 1 }
                break
            }
            end = max(0, start - 1)
        }
        return end == line.scalarCount ? line : line.slice(0..<end).trimmed()
    }

    /// The first organisation line without a page's number a text layer set before it ("1 SỞ Y TẾ").
    private static func withoutPageNumber(_ line: TextLine) -> TextLine {
        let digits = line.text.unicodeScalars.prefix { ("0"..."9").contains($0) }.count
        guard (1...3).contains(digits), line.text.unicodeScalars.dropFirst(digits).first == " " else { return line }
        let rest = line.slice(digits..<line.scalarCount).trimmed()
        return VietnameseText.isUppercase(rest.text) && HeaderPatterns.startsOrganisation(rest.text) ? rest : line
    }

    /// "TRUNG ƯƠNG" alone on its line: the level of the body above ("ỦY BAN KIỂM TRA" / "TRUNG ƯƠNG"), no body of its own.
    static func isLevelAlone(_ text: String) -> Bool {
        let collapsed = VietnameseText.collapse(text)
        return collapsed == "TRUNG ƯƠNG" || collapsed == "TW"
    }

    /// A line that can only go on a name above it: it opens with "VÀ", "&" or a dash ("VÀ XÃ HỘI", "– KHEN THƯỞNG").
    static func continuesName(_ text: String) -> Bool {
        text.hasPrefix("VÀ ") || text.hasPrefix("& ") || text.hasPrefix("– ") || text.hasPrefix("- ")
    }

    /// Assigns the left column's organisation lines: all but the last organisation are the parent authority.
    static func assign(_ lines: [TextLine], to header: inout Header) {
        var groups: [TextLine] = []
        let lines = lines.enumerated().flatMap { index, line -> [TextLine] in
            let line = index == 0 ? Self.withoutPageNumber(line) : line
            // The unit glued to its parent's name, or to the wrapped end of it ("SỞ Y TẾ" / "THÀNH PHỐ HỒ CHÍ MINH BỆNH
            // VIỆN TỪ DŨ").
            guard let m = HeaderPatterns.gluedUnit.firstMatch(in: line.text) ?? (index > 0 ? HeaderPatterns.unitAfterPlace.firstMatch(in: line.text) : nil),
                  let (lower, _) = m.byteRange(named: "unit") else { return [line] }
            let cut = line.scalarOffset(utf8: lower)
            return [line.slice(0..<cut).trimmed(), line.slice(cut..<line.scalarCount)]
        }
        // OCR's debris after a name ("SỞ GIÁO DỤC VÀ ĐÀO TẠO ¬ : :", "BẢO HIỂM XÃ HỘI VIỆT NAM_") is no part of it.
        for line in lines.map(Self.withoutTrailingDebris) where !line.isBlank {
            if let last = groups.last, !HeaderPatterns.startsOrganisation(line.text) || line.text.hasPrefix("BAN ") && last.text.hasPrefix("ĐOÀN")
                || Self.standingBody.contains(VietnameseText.collapse(last.text)) || Self.isLevelAlone(line.text) {
                groups[groups.count - 1] = last.joined(with: line)
            } else {
                groups.append(line)
            }
        }
        // A gazette prints its section ("VĂN BẢN QUY PHẠM PHÁP LUẬT") and the issuer's name over the document's
        // own header: neither is a parent authority.
        groups.removeAll { HeaderPatterns.gazetteSection.matches($0.text) }
        // A name printed again (the header repeated on the page, "Trang 1" before the copy) is one organisation;
        // the last of two equal neighbours is kept.
        groups = groups.enumerated().filter { i, group in
            i + 1 == groups.count || VietnameseText.collapse(group.text) != VietnameseText.collapse(groups[i + 1].text)
        }.map(\.element)
        var seen = Set<String>()
        groups = groups.filter { seen.insert(VietnameseText.collapse($0.text)).inserted }
        guard let issuer = groups.last else { return }
        // A joint document (Thông tư liên tịch, Hướng dẫn liên ngành: 24/HDLN-BCA-BQP-…, Quy chế phối hợp:
        // 01/QCPH/UBND-UBMTTQ) names its issuers side by side: every organisation is an issuer; only a people's
        // committee over its departments ("UBND TỈNH NGHỆ AN" / "LIÊN NGÀNH" / "SỞ TÀI CHÍNH - SỞ CÔNG THƯƠNG") is
        // their parent, when the symbol does not name it among the issuers ("UBND-UBMTTQ" does).
        if groups.count > 1, let code = header.number?.typeCode, NumberParser.isJointTypeCode(code) {
            var joint = groups[...]
            let committeeIssues = (header.number?.issuerCode ?? "").split(whereSeparator: { $0 == "-" || $0 == "/" }).contains("UBND")
            if Self.isPeoplesCommittee(groups[0].text), !committeeIssues,
               !groups.dropFirst().contains(where: { Self.isPeoplesCommittee($0.text) }) {
                header.parentAuthority = TextField(headerLine: groups[0])
                joint = groups.dropFirst()
            }
            let all = TextField(headerLine: joint.dropFirst().reduce(joint.first!) { $0.joined(with: $1) })
            header.issuer = TextField(text: JointIssuers.inSymbolOrder(all.text, codes: header.number?.issuerCode), span: all.span)
            return
        }
        header.issuer = TextField(headerLine: issuer)
        if groups.count > 1 {
            let parent = groups.dropLast().dropFirst().reduce(groups[0]) { $0.joined(with: $1) }
            header.parentAuthority = TextField(headerLine: parent)
        }
    }

    private static func isPeoplesCommittee(_ text: String) -> Bool {
        text.hasPrefix("UBND") || text.hasPrefix("ỦY BAN NHÂN DÂN") || text.hasPrefix("UỶ BAN NHÂN DÂN")
    }
}
