import PCRE2
/// Where a subject (trích yếu) goes on and where it ends: the rules the header reads its subject lines by,
/// as the title block is laid out under the type name or after "V/v".
enum SubjectLines {
    /// Whether `text` goes on the subject whose lines so far are `lines` (none: the first line under the type
    /// name): not a body opener, an outline marker, "Kính gửi" or "Căn cứ"; then by case, the last line's end
    /// and its last word.
    /// `next` is the line after `text` (past a rule), if any.
    static func continues(_ text: String, after lines: [TextLine], before next: String? = nil, organisations: [String] = []) -> Bool {
        // A school's year closes its subject, in capitals or not: "HOẠT ĐỘNG Y TẾ HỌC ĐƯỜNG" / "Năm học 2020 - 2021".
        if !lines.isEmpty, isSchoolYear(text) { return true }
        // A year wrapped after "năm" is no outline number ("… ngành dược năm" / "2009.").
        if let last = lines.last, last.text.lowercased().hasSuffix(" năm"), wrappedYear.matches(text) { return true }
        // A term or rank's number wrapped onto the next line is no outline marker ("… khóa" / "XII, nhiệm kỳ …"), nor
        // is a part cited across the break ("… tại tiết a điểm" / "5.1 khoản 5 điều 9 của Điều lệ …").
        if let last = lines.last, UnbreakLines.continuesWithNumber(last.text, text) { return true }
        // A date or a part cited across the break of a title in capitals ("… NGÀY 10 THÁNG 7" / "NĂM 2019 CỦA …",
        // "… TẠI MỤC" / "III, ĐIỀU 1 - NGHỊ QUYẾT …"): neither a body opener nor an outline marker.
        if let last = lines.last, VietnameseText.isUppercase(text) || VietnameseText.isUppercase(last.text), citesAcrossBreak(last.text, text) { return true }
        // A body's name the break cut after its head, which names no body yet ("… CỦA BAN THƯỜNG VỤ" / "TỈNH ỦY THỰC
        // HIỆN …", "… CỦA ỦY BAN NHÂN DÂN" / "TỈNH VỀ …").
        if let last = lines.last, cutHead.matches(last.text), headGoesOn.matches(text) { return true }
        if HeaderPatterns.bodyOpener.matches(text) && !lines.isEmpty { return false }
        // A number with a word in lower case after it is a count or a district's number, no marker ("… trên địa bàn
        // quận" / "6 theo tinh thần …", "… an ninh" / "6 tháng đầu năm …"), under a line that ends no sentence.
        if let last = lines.last, !VietnameseText.isUppercase(last.text), Self.countOpening.matches(text),
           !last.text.hasSuffix("."), !last.text.hasSuffix(";"), !last.text.hasSuffix(":") { return true }
        if !lines.isEmpty, let marker = OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)),
           marker.style != .dash, marker.style != .plus { return false }
        if HeaderPatterns.addresseeLead.matches(text) || HeaderPatterns.basisLead.matches(text) { return false }
        guard let last = lines.last else { return true }   // first line under the type name
        // The subject printed twice (a web page's copy of its own title block): the repeat is not the subject.
        if text == lines[0].text, text.count >= 20 { return false }
        if VietnameseText.isUppercase(last.text) {
            // A wrapped years' span goes on too ("… GIAI ĐOẠN" / "2011-2020").
            if text.count <= 20, text.contains(where: \.isNumber), !text.contains(where: \.isLetter) { return true }
            // A party subject's "về …" under its capitals (HD 36: "THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ" /
            // "về một số nội dung cuộc họp ngày 28/10/2025"); "Về" in capitals only on a short line, not a paragraph.
            if text.hasPrefix("về ") || text.hasPrefix("Về ") && text.count <= 70 && !text.contains(":") { return true }
            guard VietnameseText.isUppercase(text) else { return false }
            // A position alone on its line ("TỔNG GIÁM ĐỐC KHO BẠC NHÀ NƯỚC") enacts the decision, unless the line
            // above leads on to it; "BÍ THƯ VỀ …" under "… CỦA BAN" goes on.
            let enacting = ClosingParser.position.matches(text) && text.count <= 60 && !text.containsBytes(" VỀ ")
            // A body's name whose words a web copy ran together ("ỦY BANNHÂN DÂN TỈNH …") starts one too.
            guard HeaderPatterns.organisationStart.matches(text) || enacting
                    || HeaderPatterns.organisationStart.matches(GluedSyllables.separated(text)) else { return true }
            let lastWritten = last.text.split(separator: " ").last.map(String.init) ?? ""
            // The header's own organisation repeated in full enacts the act, even where the subject's last word and
            // its first would make a word ("… CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" / "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN": no "TỈNH
            // ỦY"), unless the subject leads on to it ("… CỦA" / "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN VỀ …" is no line alone).
            if !VietnameseText.endsLeadingOn(lastWritten), namesOrganisation(text, organisations) { return false }
            // A quotation still open goes on ("PHONG TRÀO “TOÀN DÂN" / "ĐOÀN KẾT …”"); so does a word the break
            // cut in two ("… ĐỐI VỚI CƠ" / "SỞ SẢN XUẤT …", "BẮC" / "BỘ VÀ KHU 4 CŨ") or a body's word that starts
            // no body here ("PHÒNG, CHỐNG …", "ĐOÀN KẾT …"), and a line "Ở" leads to ("… Ở" / "TRUNG ƯƠNG").
            if opensQuotation(lines) || SplitCompounds.joins(lastWritten, text) || lastWritten == "Ở" { return true }
            // A line that ends on a comma is inside a phrase, never an authority ("… KỲ HỌP" / "HỘI ĐỒNG NHÂN DÂN TỈNH
            // KHOÁ VI," / "NHIỆM KỲ 2011 - 2016"), and so is the line after one ("… ỦY VIÊN BỘ CHÍNH TRỊ," / "CHỦ TỊCH
            // NƯỚC VÀ MỘT SỐ TỔ CHỨC ĐẢNG …"); nor is a head cut from its body ("… CỦA THỦ TƯỚNG" / "CHÍNH PHỦ").
            // But a council's name with its comma over its term, "KHÓA IX - KỲ HỌP THỨ 18" on the next line, is the
            // authority that enacts (its term is on a line of its own, not on the name's).
            if text.hasSuffix(","), let next, next.hasPrefix("KHÓA ") || next.hasPrefix("KHOÁ "),
               !text.containsBytes("KHÓA") && !text.containsBytes("KHOÁ") { return false }
            if text.hasSuffix(",") || last.text.hasSuffix(",")
                || last.text.hasSuffix("THỦ TƯỚNG") && text.hasPrefix("CHÍNH PHỦ") { return true }
            // The authority that enacts stands below: this line, no position, is the subject's last ("… THÀNH LẬP" /
            // "TRƯỜNG MẦM NON" / "BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO").
            // Unless the line below repeats the header's organisation: this one names its organ that enacts
            // ("… TẠI TỔNG CÔNG TY LƯU KÝ …" / "HỘI ĐỒNG THÀNH VIÊN" / "TỔNG CÔNG TY LƯU KÝ VÀ BÙ TRỪ …").
            if let next, organisations.contains(where: { Self.sameName($0, next) }) { return false }
            if !enacting, let next, isEnactingAuthority(next) { return true }
            // After a connector the next line goes on even when it names a body ("… CỦA" / "CHÍNH PHỦ VỀ …"); so
            // does a body's name cut after its first word ("… CỦA ỦY" / "BAN NHÂN DÂN TỈNH …").
            return VietnameseText.endsLeadingOn(lastWritten)
                || !HeaderPatterns.startsOrganisation(lastWritten) && HeaderPatterns.startsOrganisation(lastWritten + " " + text)
        }
        // The authority that enacts a decision or resolution, in capitals under a subject in sentence case
        // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "CHÍNH PHỦ"), is not the subject's last line.
        if VietnameseText.isUppercase(text), ClosingParser.position.matches(text) || HeaderPatterns.startsOrganisation(text) { return false }
        if VietnameseText.startsLowercase(text) { return true }
        let lastText = last.text
        if lastText.hasSuffix(".") || lastText.hasSuffix(";") || lastText.hasSuffix(":") { return false }
        let lastWord = lastText.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if Self.connectors.contains(lastWord) || text.count < 40 && text.first?.isNumber == true { return true }
        // A quoted name wrapped onto its own line: "… thực hiện Chuyên đề" / "“Xây dựng trường …” giai đoạn …".
        if text.first == "“" || text.first == "\"" { return true }
        // A whole paragraph on one line, far longer than the subject's wrapped lines and ending a sentence, is the body's
        // first (a web page's "V/v …" wrapped in two lines, then "Thể hiện lòng yêu nước, … văn hiến;").
        if text.count > 100, text.hasSuffix(";") || text.hasSuffix("."), text.count > lastText.count * 3 / 2 { return false }
        // A line as long as a wrapped one, not ending a sentence, goes on below even before a capital:
        // "… của Ban Chấp hành" / "Trung ương Đảng khóa XIV và …" (openers and markers were ruled out above).
        return lastText.count >= Self.wrappedLineLength && text.first?.isLetter == true
    }


    /// Whether `text`, after a blank line, goes on the subject so far: it starts in lower case, leads to nothing
    /// (no colon at its end: a label's, as OCR misreads "Căn cứ:"), and the subject's last line ends no sentence.
    /// A body's paragraph never starts in lower case.
    /// So does a line in sentence case under a subject cut after a preposition, which no subject ends with
    /// ("Về chính sách của Luật sửa đổi, bổ sung một số điều của" / "" / "Luật Thương mại, …").
    static func goesOnAfterBlank(_ text: String, after lines: [TextLine]) -> Bool {
        guard let last = lines.last?.text, !text.hasSuffix(":") else { return false }
        // A quotation the subject opened goes on to the line that closes it ("BAN HÀNH "QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC"
        // / "" / "CỦA NGÀNH KSND"").
        if text.utf8.count <= 120, opensQuotation(lines), text.unicodeScalars.contains(where: { $0 == "\u{201D}" || $0 == "\"" }),
           VietnameseText.isUppercase(text) == VietnameseText.isUppercase(last) { return true }
        if VietnameseText.startsLowercase(text) { return !last.hasSuffix(".") && !last.hasSuffix(";") && !last.hasSuffix(":") }
        guard text.first?.isLetter == true, !VietnameseText.isUppercase(text),
              let lastWord = last.split(separator: " ").last?.lowercased() else { return false }
        return VietnameseText.openingWords.contains(lastWord)
    }

    private static let countOpening = try! Pattern(#"^\d{1,4} \p{Ll}"#)

    /// The words of a title in capitals that ask for a number after them: a date's parts and the parts of an act.
    private static let numberAsking: Set<Substring> = ["NGÀY", "THÁNG", "NĂM", "SỐ", "MỤC", "ĐIỀU", "KHOẢN", "CHƯƠNG", "PHẦN",
                                                       "KHÓA", "KHOÁ", "LẦN", "THỨ"]
    private static let numberOpening = try! Pattern(#"^(?:\d{1,4}|[IVXL]{1,6})(?![\p{L}\d])"#)
    private static let cutDate = try! Pattern(#"(?:NGÀY|THÁNG)\s+\d{1,2}$"#)
    private static let dateGoesOn = try! Pattern(#"^(?:THÁNG|NĂM)\s+\d"#)

    /// A title's line ending in a body's head with words before it ("… CỦA BAN THƯỜNG VỤ"), and the words that go on
    /// with such a head to name the body.
    private static let cutHead = try! Pattern(#"\S\s+(?:BAN THƯỜNG VỤ|Ủ?Y BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BAN CHẤP HÀNH|ĐẢNG BỘ)$"#)
    private static let headGoesOn = try! Pattern(#"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|TRUNG ƯƠNG|(?:THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) [ỦU]Y|ĐẢNG BỘ|CÁC)(?!\p{L})"#)

    /// Whether a title in capitals, `last`, is cut before the number its last word asks for, which `text` opens with,
    /// or inside a date that `text` goes on with.
    static func citesAcrossBreak(_ last: String, _ text: String) -> Bool {
        guard let lastWord = VietnameseText.lastWords(last, count: 1).first else { return false }
        if numberAsking.contains(lastWord) { return numberOpening.matches(text) }
        return cutDate.matches(last) && dateGoesOn.matches(text)
    }

    /// Whether the subject so far has opened a quotation it has not closed (“…” or straight quotes).
    static func opensQuotation(_ lines: [TextLine]) -> Bool {
        var open = 0, straight = 0
        for line in lines {
            for scalar in line.text.unicodeScalars {
                switch scalar {
                case "\u{201C}": open += 1
                case "\u{201D}": open = max(0, open - 1)
                case "\"": straight += 1
                default: break
                }
            }
        }
        return open > 0 || straight % 2 == 1
    }

    /// A line in capitals that enacts the document: a head's position ("BỘ TRƯỞNG BỘ …", "CHỦ TỊCH ỦY BAN …") or a
    /// body's name ("ỦY BAN NHÂN DÂN QUẬN 5"), not longer than such a line.
    /// Whether two lines name the same body: their letters alike, spaces, rules and separators aside
    /// ("SỞ GIAO DỊCH  CHỨNG KHOÁN VIỆT NAM -------" and "SỞ GIAO DỊCH CHỨNG KHOÁN VIỆT NAM").
    static func sameName(_ a: String, _ b: String) -> Bool {
        // Lengths far apart name no same body: told in constant time before the letters are compared.
        guard a.utf8.count <= 2 * b.utf8.count + 32, b.utf8.count <= 2 * a.utf8.count + 32 else { return false }
        let x = a.filter(\.isLetter), y = b.filter(\.isLetter)
        return x.count >= 6 && x == y
    }

    /// Whether `text` is one of `organisations` (the header's organisation lines), or several of them in a row
    /// read as one ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC KẠN").
    static func namesOrganisation(_ text: String, _ organisations: [String]) -> Bool {
        for start in organisations.indices {
            var joined = ""
            for line in organisations[start...] {
                joined += joined.isEmpty ? line : " " + line
                if sameName(joined, text) { return true }
                if joined.utf8.count > text.utf8.count + 8 { break }
            }
        }
        return false
    }

    static func isEnactingAuthority(_ text: String) -> Bool {
        text.count <= 80 && VietnameseText.isUppercase(text) && !text.contains(",")
            && (ClosingParser.position.matches(text) || HeaderPatterns.startsOrganisation(text))
    }

    /// A year at a line's start, then the end of the line or more words ("2009.", "2020 của …").
    private static let wrappedYear = try! Pattern(#"^(?:19|20)\d\d(?:[.,;)”"]*$|\s)"#)

    /// "Năm học 2020 - 2021", "NĂM HỌC 2017 – 2018" alone on a line.
    static func isSchoolYear(_ text: String) -> Bool { text.utf8.count <= 40 && schoolYear.matches(text) }
    private static let schoolYear = try! Pattern(#"^(?:Năm học|NĂM HỌC|năm học)\s+\d{4}\s*[-–]\s*\d{4}\s*$"#)

    /// How a subject in capitals opens: a decision's verb, or "VỀ".
    private static let lostTypeLineSubject = ["VỀ ", "BAN HÀNH ", "PHÊ DUYỆT ", "THÀNH LẬP "]

    /// "CỦA BAN BÍ THƯ", "CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO": the older type block names its author under the type
    /// name, and the subject follows. A line that also carries the number or "VỀ …" is the subject itself.
    static func namesTheAuthor(_ text: String) -> Bool {
        text.hasPrefix("CỦA ") && text.count <= 60 && VietnameseText.isUppercase(text) && !text.containsBytes(" VỀ ") && !text.containsBytes(" SỐ ")
    }

    /// A subject line at least this long (characters) was wrapped by the layout rather than ended.
    private static let wrappedLineLength = 55

    /// Words a wrapped subject line ends with when the subject goes on below.
    private static let connectors: Set<String> = ["của", "và", "về", "tại", "số", "cho", "với", "trên", "theo", "các", "đối", "năm",
        "thuộc", "giai", "đoạn", "vụ", "tỉnh", "huyện", "xã", "trong", "đến", "từ", "những", "việc", "tịch", "chủ", "-", "–", "ngày"]

    /// A line of at most 60 characters that closes the title block (a blank line, the issuer repeated in
    /// capitals, "Căn cứ" or "Kính gửi" comes next), after a line that ended no sentence: the subject's last words
    /// ("… cụm công nghiệp" / "Mông Sơn, xã Bảo Ái, tỉnh Lào Cai"), even when they start with a capital.
    static func endsTitleBlock(_ fragments: [HeaderFragments.Fragment], at position: Int, after last: TextLine, _ text: String) -> Bool {
        guard text.count <= 60, !VietnameseText.isUppercase(last.text), !VietnameseText.isUppercase(text),
              !HeaderPatterns.bodyOpener.matches(text), !HeaderPatterns.addresseeLead.matches(text),
              OutlineMarker.recognise(text, line: TextLine(text: text, line: 1)) == nil,
              !(last.text.hasSuffix(".") || last.text.hasSuffix(";") || last.text.hasSuffix(":")) else { return false }
        // One more short line in lower case may stand before the closer ("… đạt chuẩn" / "Phổ cập giáo dục …" /
        // "đúng độ tuổi …" / "Kính gửi").
        var k = position + 1
        if k + 1 < fragments.count, VietnameseText.startsLowercase(fragments[k].line.text), fragments[k].line.text.count <= 60,
           fragments[k].index == fragments[position].index + 1 { k += 1 }
        guard k < fragments.count else { return false }
        let next = fragments[k]
        return next.index > fragments[k - 1].index + 1 || VietnameseText.isUppercase(next.line.text)
            || HeaderPatterns.separator.matches(next.line.text)
            || HeaderPatterns.basisLead.matches(next.line.text) || HeaderPatterns.addresseeLead.matches(next.line.text)
    }

    /// True when the fragment at `position` and a few short lines after it are followed by "Kính gửi": nothing
    /// but the rest of a công văn's trích yếu stands there. OCR sets blank lines inside the narrow "V/v" cell
    /// ("V/v tham gia ý kiến với dự" / "" / "thảo Quy hoạch …" / "" / "Quảng Ninh đến năm 2020" / "" / "Kính gửi:").
    static func closesVvSubject(_ fragments: [HeaderFragments.Fragment], from position: Int) -> Bool {
        for f in fragments.dropFirst(position).prefix(vvCellLines + 1) {
            let text = f.line.text
            if HeaderPatterns.addresseeLead.matches(text) { return true }
            if text.count > 60 || HeaderPatterns.bodyOpener.matches(text) { return false }
        }
        return false
    }

    /// The most lines a công văn's "V/v" cell holds under its first line.
    static let vvCellLines = 5

    /// The subject's lines joined, finished: without the issuer's name that a web copy flattened onto its end
    /// ("… TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM", "… LIÊN QUAN BỘ TRƯỞNG BỘ Y TẾ", with the
    /// head who enacts in its name) unless a word that leads to it does ("… CỦA CHÍNH PHỦ"); and without "V/v"
    /// ("TỜ TRÌNH" / "V/v trợ cấp …" is a subject like a công văn's) and its colon; without the type line a site printed
    /// again at its head ("THÔNG TƯ" / "THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ …").
    static func finished(_ joined: TextLine, issuer: String?, type: DocumentTypeField? = nil) -> TextLine {
        var line = joined.trimmed()
        if let type, type.span.end.line < line.span.start.line, VietnameseText.isUppercase(type.text),
           line.text.hasPrefix(type.text + " "), line.scalarCount > type.text.unicodeScalars.count + 10 {
            line = line.slice(type.text.unicodeScalars.count..<line.scalarCount).trimmed()
        }
        if let issuer, issuer.split(separator: " ").count >= 2 {
            let subject = line.text   // as written: its end is cut by scalars
            let before = subject.dropLast(issuer.count).split(separator: " ").last.map { $0.lowercased() } ?? ""
            if subject.count > issuer.count + 20, subject.hasSuffix(" " + issuer), !connectors.contains(before) {
                let rest = String(subject.unicodeScalars.dropLast(issuer.unicodeScalars.count + 1))
                let keep = PositionTitle.office(ending: rest)?.start ?? rest.unicodeScalars.count
                if keep > 0 { line = line.slice(0..<keep).trimmed() }
            }
        }
        // "(V/v Ban hành quy chế …)" under the type name, as some schools write it: the parentheses go with the "V/v".
        if line.text.hasPrefix("("), line.text.hasSuffix(")"), line.scalarCount > 6,
           HeaderPatterns.subjectLead.matches(String(line.text.dropFirst())) {
            line = line.slice(1..<(line.scalarCount - 1))
        }
        if let lead = HeaderPatterns.subjectLead.firstMatch(in: line.text) {
            line = line.slice(line.scalarOffset(utf8: lead.byteRange(0)!.1)..<line.scalarCount)
        }
        // "V/v" alone on its line, its colon wrapped onto the next (": Thực hiện quy định …").
        let colon = line.text.unicodeScalars.prefix { $0 == ":" || $0 == " " }.count
        if colon > 0, colon < line.scalarCount, line.text.hasPrefix(":") { line = line.slice(colon..<line.scalarCount) }
        return line
    }

    /// Party documents put the subject under the number as "về việc …" (lowercase, no "V/v").
    static func isPartySubject(_ text: String) -> Bool {
        text.hasPrefix("về ") || text.hasPrefix("Về việc") || text.hasPrefix("về việc")
    }

    /// A subject standing right under the number and date with no type line or "V/v" before it: a party
    /// document's "về việc …", a công văn's "Về: …" or short "Về …", and "VỀ …", "BAN HÀNH …", "PHÊ DUYỆT …"
    /// or "THÀNH LẬP …" where a page lost the type name's line.
    static func opensUnderTheNumber(_ text: String) -> Bool {
        isPartySubject(text) || lostTypeLineSubject.contains { text.hasPrefix($0) }
            || (text.hasPrefix("Về:") || text.hasPrefix("Về ")) && text.count <= 120
    }

    /// A party công văn's trích yếu on the next line under its number (blank lines aside), without "về" (HD 36-HD/VPTW
    /// sets it there; "Số -CV/ĐU" / "Mời họp Ban Thường vụ Đảng uỷ"): a short line in sentence case that ends no
    /// sentence and opens no paragraph of the body.
    static func opensPartyLetterSubject(_ text: String) -> Bool {
        text.count <= 100 && text.first?.isUppercase == true && !VietnameseText.isUppercase(text)
            && !text.hasSuffix(".") && !text.hasSuffix(":") && !HeaderPatterns.bodyOpener.matches(text)
            && !HeaderPatterns.placeDate.matches(text)
    }
}
