import PCRE2
/// One signer's block of lines in the closing, as `ClosingParser` gathers it: a mode ("KT.", "TM."), the authority,
/// the title, the name. What a block still waits for while lines come in (its title, its name), and the
/// `Signature` a finished block reads as.
enum SignatureBlock {
    /// Where a signer's name starts at the end of `line`, after the end of a recipient (";", ")" or ".") and a space:
    /// two to four capitalised words, the first a family name, its marks perhaps slipped ("… (73); Phạm Hoài Nam",
    /// "…; Trân Sỹ Thanh"). Not after ":", where a recipient names people ("- VPCP: BTCN, các PCN: Nguyễn Hữu"), nor
    /// after "," unless asked (`ends`; the caller then takes it only when nothing else names the signer).
    static func gluedName(in line: TextLine, after ends: Set<Unicode.Scalar> = [";", ")", "."]) -> Int? {
        let scalars = Array(line.text.unicodeScalars)
        guard let space = scalars.lastIndex(where: ends.contains),
              space + 1 < scalars.count, scalars[space + 1] == " " else { return nil }
        let tail = String(String.UnicodeScalarView(scalars[(space + 2)...]))
        return isPersonsName(tail) ? space + 2 : nil
    }

    /// A person's name standing alone: two to four capitalised words, the first a family name ("Bùi Xuân Dũng").
    static func isPersonsName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count) && ClosingParser.name.matches(text) && Surnames.isFamilyName(String(words[0]))
    }

    /// The mode and authority of a block that has no title yet: its mode line alone, a second mode under it ("TM.
    /// ỦY BAN NHÂN DÂN" / "KT CHỦ TỊCH"), or the authority's second line after a comma ("KT. BỘ TRƯỞNG," / "CHỦ
    /// NHIỆM"); nil for a block with its title.
    static func awaitingTitle(_ block: [TextLine]) -> (code: String, authority: String?)? {
        guard let first = ClosingParser.mode.firstMatch(in: block[0].text) else { return nil }
        switch block.count {
        case 1:
            return (ClosingParser.code(of: first), first["rest"].map(String.init))
        case 2:
            if let second = ClosingParser.mode.firstMatch(in: block[1].text) { return (ClosingParser.code(of: second), second["rest"].map(String.init)) }
            guard block[0].text.hasSuffix(",") else { return nil }
            return (ClosingParser.code(of: first), first["rest"].map { String($0) + " " + block[1].text })
        default:
            return nil
        }
    }

    /// How many lines in capitals a block takes before its signer's name: a mode, an authority of up to two lines
    /// and the title; two more under a second mode ("TL. BỘ TRƯỞNG" / "KT. CỤC TRƯỞNG CỤC QUẢN LÝ," / "GIÁM SÁT CHÍNH
    /// SÁCH THUẾ, PHÍ" / "VÀ LỆ PHÍ" / "PHÓ CỤC TRƯỞNG").
    static func linesBeforeName(_ block: [TextLine]) -> Int {
        block.count >= 2 && ClosingParser.mode.matches(block[0].text) && ClosingParser.mode.matches(block[1].text) ? 6 : 4
    }

    /// The signer's own position where it shares the mode's line: "KT. BỘ TRƯỞNG THỨ TRƯỞNG",
    /// "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM".
    private static let ownPosition = try! Pattern(#"(?<=\s)(?:PHÓ\s|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|TRƯỞNG BAN)[\p{Lu} ]*$"#)

    /// A unit of a ministry or an agency named on its own line: "VỤ PHÁP CHẾ", "CỤC THUẾ", "BAN TỔ CHỨC".
    static let unitName = try! Pattern(#"^(?:VỤ|CỤC|BAN|PHÒNG|VĂN PHÒNG|VIỆN|TRUNG TÂM)\s+\p{Lu}"#)
    /// The office that heads such a unit, acting or deputy, as a line of its own: "Q. VỤ TRƯỞNG", "PHÓ CỤC TRƯỞNG".
    static let unitHead = try! Pattern(#"^(?:Q\.\s*)?(?:PHÓ\s+)?(?:VỤ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|VIỆN TRƯỞNG|GIÁM ĐỐC)$"#)

    /// The signature a finished block reads as: its mode and authority, the title (the last position line, read back
    /// where OCR garbled it), the signer's name.
    static func reading(_ block: [TextLine]) -> Signature {
        // Lines in capitals whose spaces were lost ("PHÓ CHỦTỊCH", "QUỐC HỘICHỦ TỊCH") are read with them.
        var lines = block.map { GluedSyllables.separated(VietnameseText.collapse($0.text)) }
        let span = block.dropFirst().reduce(block[0].span) { $0.union($1.span) }
        // The representative signs for the body named after "ĐẠI DIỆN": that body is the title.
        if let first = lines.first, let m = ClosingParser.representative.firstMatch(in: first) {
            let body = m["body"].map(String.init) ?? ""
            if body.isEmpty { lines.removeFirst() } else { lines[0] = body }
        }
        var name: String?
        // A mode line OCR left in small letters ("KT. TONG cuc TRUONG") is no name.
        if let written = lines.last, !VietnameseText.isUppercase(written), !ClosingParser.mode.matches(written) {
            let last = written.trimmingLeading("*• ")
            let printed = ClosingParser.rank.firstMatch(in: last).map { String(last[$0.range(0)!.upperBound...]) } ?? last
            name = GivenNames.respelled(Surnames.respelled(printed), written: printed)
            lines.removeLast()
        }
        var mode: String?
        var authority: [String] = []
        if let first = lines.first, let m = ClosingParser.mode.firstMatch(in: first) {
            mode = ClosingParser.code(of: m)
            authority.append(String(m["rest"]!))
            lines.removeFirst()
        }
        // "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM": after its comma the authority goes on to the next line.
        if lines.count >= 2, let only = authority.first, only.hasSuffix(","), ClosingParser.position.matches(lines[0]) {
            authority[0] = only + " " + lines.removeFirst()
        }
        if lines.isEmpty, let only = authority.first, let m = Self.ownPosition.firstMatch(in: only), let r = m.range(0) {
            lines = [String(only[r])]
            authority = [VietnameseText.collapse(String(only[..<r.lowerBound])).trimmingTrailing(", ")]
        } else if lines.isEmpty, mode == "TM", let only = authority.first, let head = PositionTitle.office(ending: only),
                  !head.office.hasPrefix("PHÓ ") || head.office.hasPrefix("PHÓ BÍ THƯ") {
            // "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH" on one line: the body, then the one who signs for it (its
            // head; a party committee's deputy secretary signs for it too).
            let body = String(only.unicodeScalars.prefix(head.start)).trimmingCharacters(in: .whitespaces)
            if body.split(separator: " ").count >= 2 {
                lines = [head.office]
                authority = [VietnameseText.collapse(body)]
            }
        }
        // The unit a head's office is of, wrapped under it as the last line ("Q. VỤ TRƯỞNG" / "VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC
        // QUỐC TẾ"): one title, the office of that unit.
        if lines.count >= 2, let unit = lines.last, Self.unitName.matches(unit), !ClosingParser.position.matches(unit),
           Self.unitHead.matches(lines[lines.count - 2]) {
            lines.removeLast()
            lines[lines.count - 1] += " " + unit
        }
        // "TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG": the last line is itself a mode line.
        if let last = lines.last, let m = ClosingParser.mode.firstMatch(in: last), let rest = m["rest"] {
            let restText = String(rest)
            lines.removeLast()
            if let p = Self.ownPosition.firstMatch(in: restText), let r = p.range(0) {
                authority.append(VietnameseText.collapse(String(last[..<m.range(named: "rest")!.lowerBound]) + restText[..<r.lowerBound]))
                lines.append(String(restText[r]))
            } else if ClosingParser.code(of: m) == "Q", mode != nil {
                // "TM. ỦY BAN NHÂN DÂN HUYỆN" / "Q. CHỦ TỊCH": the acting head signs for the body, as such.
                lines.append(last)
            } else {
                authority.append(last)
            }
        }
        // Two offices on one line, a table cell's lines run together ("TRƯỞNG BAN PHÓ THỦ TƯỚNG" over the name): the
        // signer holds the first for the body and signs as the second, the title.
        if lines.count == 1, let second = PositionTitle.office(ending: lines[0]), second.start > 0 {
            let first = String(lines[0].unicodeScalars.prefix(second.start)).trimmingCharacters(in: .whitespaces)
            if PositionTitle.offices.contains(first) {
                authority.append(first)
                lines = [second.office]
            }
        }
        // The title is the last position line; an agency's name printed over its stamp ("BỘ CÔNG AN") or
        // OCR debris beside it is not. A position OCR garbled ("HỦ TỊCH") is read as the office it is nearest.
        let modeAuthority = authority.first
        // Under "KT." a position that is no office a deputy holds, but one mark from one ("THỦ TRƯỞNG" under "KT. BỘ
        // TRƯỞNG"), is that office.
        let readings = lines.map { line -> String? in
            if mode == "KT", ClosingParser.position.matches(line), !PositionTitle.offices.contains(line),
               let deputy = PositionTitle.reading(line, mode: mode, authority: modeAuthority) { return deputy.office }
            return ClosingParser.position.matches(line) || ClosingParser.isOrdinaryCasePosition(line) ? line : PositionTitle.reading(line, mode: mode, authority: modeAuthority)?.office
        }
        let titleIndex = readings.lastIndex { $0 != nil } ?? (lines.isEmpty ? nil : lines.count - 1)
        // Without a position line of its own the signer's title is unknown ("KT. BỘ TRƯỞNG" names the
        // minister, not the deputy who signs); only an acting signer's "Q. GIÁM ĐỐC" is a title.
        let title = titleIndex.map { readings[$0] ?? lines[$0] } ?? (mode == nil || mode == "Q" ? authority.first : nil)
        authority.append(contentsOf: lines.indices.filter { $0 != titleIndex }.map { lines[$0] })
        // OCR's stray marks beside the lines in capitals ("THỨ TRƯỞNG .", "CHỦ TỊCH -:", "› PHÓ CHỦ TỊCH").
        return Signature(mode: mode, authority: authority.isEmpty ? nil : OrganisationNames.withoutStrayMarks(authority.joined(separator: " ")),
                         title: title.map(OrganisationNames.withoutStrayMarks), name: name, span: span)
    }
}
