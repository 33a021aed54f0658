import PCRE2

/// The header's components that a line can hold wherever it stands in the header: the quốc hiệu and the motto, the
/// number ("Số: …"), the place and date, a rule, the urgency and confidentiality marks. `HeaderParser` walks the
/// header in order and asks here first what a fragment is.
extension HeaderParser {
    /// Recognises fragments that can appear anywhere in the header; true when it took the fragment.
    func classify(_ fragment: TextLine, into header: inout Header) -> Bool {
        let text = fragment.text
        if header.nationalTitle == nil, let m = HeaderPatterns.nationalTitle.firstMatch(in: text) ?? HeaderPatterns.partyTitle.firstMatch(in: text),
           text.count < m[0]!.count + 6 {
            header.nationalTitle = TextField(text: VietnameseText.collapse(m[0]!), span: fragment.span(m.range(0)!))
            return true
        }
        // Its first words, the rest garbled or cut off by OCR ("CỘNG HOÀ XÃ HỘI É"): the quốc hiệu as written.
        if header.nationalTitle == nil, let m = HeaderPatterns.nationalTitleStart.firstMatch(in: text),
           m.range(0)!.lowerBound == text.startIndex, text.count <= 40 {
            header.nationalTitle = TextField(text: VietnameseText.collapse(text), span: fragment.span)
            return true
        }
        if header.motto == nil, let m = HeaderPatterns.motto.firstMatch(in: text) {
            header.motto = TextField(text: VietnameseText.collapse(m[0]!), span: fragment.span(m.range(0)!))
            return true
        }
        // The quốc hiệu or the motto again (a header printed twice on a page): read once, the copy is no name.
        if header.nationalTitle != nil, let m = HeaderPatterns.nationalTitle.firstMatch(in: text), text.count < m[0]!.count + 6 { return true }
        if header.motto != nil, let m = HeaderPatterns.motto.firstMatch(in: text), text.count < m[0]!.count + 6 { return true }
        if header.number == nil, header.numberSpan == nil, let m = HeaderPatterns.number.firstMatch(in: text), let raw = m["num"] {
            let candidate = NumberParser.tidyingRunningNumber(String(raw))
            if let number = NumberParser.parse(Confusables.fold(candidate), labelled: true) {
                header.number = NumberParser.splittingLostHyphen(number)   // "1961/QĐUBND", a text layer without "-"
                header.numberSpan = fragment.span(m.range(named: "num")!)
                return true
            }
            // OCR's marks or the next column's words after the symbol ("19/2006/NQ-HĐND.", "954/QĐ-UBND -ˆ m—— : ]",
            // "4216/QĐ-UBND Thanh Hóa, iigày 06 …"): the longest start of it that is a number.
            if let (number, length) = Self.numberAtStart(of: candidate) {
                header.number = NumberParser.splittingLostHyphen(number)
                let start = fragment.scalarOffset(utf8: m.byteRange(named: "num")!.0)
                header.numberSpan = fragment.slice(start..<min(fragment.scalarCount, start + length)).span
                return true
            }
            // OCR left the running number illegible ("Số: 4€ lj /GP-BKHCN Hà Nội, …", "Số: ÊđŠ /HC-CNHC"): the symbol
            // is read and the number is blank, as written (`number.missing` says which).
            if let (number, length, start) = Self.symbolAfterIllegibleSequence(in: candidate) {
                header.number = number
                let from = fragment.scalarOffset(utf8: m.byteRange(named: "num")!.0)
                header.numberSpan = fragment.slice(from..<min(fragment.scalarCount, from + start + length)).span
                return true
            }
            if candidate.allSatisfy({ $0 == "." || $0 == "…" || $0 == " " || $0 == "/" || $0 == "_" }) {
                header.numberSpan = fragment.span
                return true
            }
        }
        // OCR can set the symbol apart from its "Số:" ("/QD-XPVPHC" two lines above an empty "Số:"): a
        // line that is a symbol with its type code and nothing else is the number, if "Số:" has none.
        if header.number == nil, text.hasPrefix("/"),
           let number = NumberParser.parse(Confusables.fold(text)), number.typeCode != nil, number.issuerCode != nil {
            header.number = number
            header.numberSpan = fragment.span
            return true
        }
        // A document site's caption under the type name, where the site dropped the header of an older text: "SỐ
        // 2835/LĐTBXH-BHXH NGÀY 19 THÁNG 9 NĂM 2001" alone on its line names the number and the date.
        if header.number == nil, header.numberSpan == nil, header.date == nil, let m = HeaderPatterns.captionNumberDate.firstMatch(in: text),
           let raw = m["num"], let number = NumberParser.parse(Confusables.fold(String(raw)), labelled: true),
           case let dateText = fragment.slice(fragment.scalarOffset(utf8: m.byteRange(named: "date")!.0)..<fragment.scalarCount),
           var date = DateExtractor.issueDate(in: dateText) {
            header.number = number
            header.numberSpan = fragment.span(m.range(named: "num")!)
            date.role = .issue
            header.date = date
            return true
        }
        // OCR's marks may stand before the place where a column gap was cut (". Cẩm Duệ, ngày …"). The place and date
        // again, the same day, at a line's start: a site's title above the header copied them ("Thành phố Hồ Chí Minh,
        // ngày 07 tháng 4 năm 2016tải về 10.7 Kb."); the header's own line is the one read, and it is no subject text.
        if let m = HeaderPatterns.placeDate.firstMatch(in: text) ?? (header.date == nil ? HeaderPatterns.placeDateWithoutComma.firstMatch(in: text) : nil),
           let date = DateExtractor.issueDate(in: fragment),
           header.date == nil && (OrganisationNames.isMark(text[..<m.range(0)!.lowerBound].unicodeScalars) || text.hasPrefix("ngày"))
            || header.date?.value == date.value && m.range(0)!.lowerBound == text.startIndex {
            var issued = date
            issued.role = .issue
            header.date = issued
            if let place = m["place"] { header.place = TextField(text: VietnameseText.collapse(place), span: fragment.span(m.range(named: "place")!)) }
            return true
        }
        // A draft left undated to the year ("Long An, ngày   tháng   năm"): the place without a date.
        if header.date == nil, header.place == nil, let m = HeaderPatterns.placeDate.firstMatch(in: text),
           m.range(0)!.lowerBound == text.startIndex || OrganisationNames.isMark(text[..<m.range(0)!.lowerBound].unicodeScalars),
           HeaderPatterns.undatedTail.matches(String(text[m.range(0)!.upperBound...])), let place = m["place"] {
            header.place = TextField(text: VietnameseText.collapse(place), span: fragment.span(m.range(named: "place")!))
            return true
        }
        // OCR garbled "ngày" ("Hà Noi, ngayl4thing 4 ăm 2024"): the province, and the year (and a legible month).
        if header.date == nil, header.place == nil, let read = GarbledPlaceDate.read(fragment) {
            header.place = read.place
            header.date = read.date
            return true
        }
        // A form's place left as dots: "…………, ngày 15 tháng 8 năm 2018" has its date and no place.
        if header.date == nil, HeaderPatterns.blankPlaceDate.matches(text), var date = DateExtractor.issueDate(in: fragment) {
            date.role = .issue
            header.date = date
            return true
        }
        // A licence dates each version: "(cấp lần đầu: ngày 31/7/2020)" then "(điều chỉnh lần thứ 03: ngày
        // 10/9/2026)". This document is the latest version, so a later labelled adjustment replaces the first.
        let adjusts = header.date != nil && header.place == nil && HeaderPatterns.adjustmentLabel.matches(text)
        if header.date == nil || adjusts, let m = HeaderPatterns.labelledDate.firstMatch(in: text) {
            let rest = fragment.slice(fragment.scalarOffset(utf8: m.byteRange(0)!.1)..<fragment.scalarCount)
            if var date = DateExtractor.issueDate(in: rest), !adjusts || header.date.map({ date.value > $0.value }) ?? true {
                date.role = .issue
                header.date = date
                return true
            }
        }
        if HeaderPatterns.separator.matches(text) { return true }
        if header.urgency == nil, HeaderPatterns.urgency.matches(text) { header.urgency = TextField(headerLine: fragment); return true }
        if header.confidentiality == nil, HeaderPatterns.confidentiality.matches(text) { header.confidentiality = TextField(headerLine: fragment); return true }
        return false
    }

    /// A symbol with its issuer's code ("/GP-BKHCN", "/HC-CNHC") after at most two tokens of up to five characters
    /// that are no running number ("4€ lj", "ÊđŠ", "46#50"), with its length and where it starts, in scalars. The
    /// number's `text` keeps the tokens; its canonical form is the symbol alone, as a blank draft's.
    static func symbolAfterIllegibleSequence(in text: String) -> (DocumentNumber, Int, Int)? {
        guard let slash = text.firstIndex(of: "/"), slash != text.startIndex else { return nil }
        let tokens = text[..<slash].split(separator: " ")
        guard (1...2).contains(tokens.count), tokens.allSatisfy({ $0.count <= 5 }),
              tokens.contains(where: { $0.contains { !$0.isNumber } }) else { return nil }
        let symbol = String(text[slash...])
        let parsed: (DocumentNumber, Int)?
        if let number = NumberParser.parse(Confusables.fold(symbol), labelled: true) { parsed = (number, symbol.unicodeScalars.count) }
        else { parsed = numberAtStart(of: symbol) }
        // The symbol is read whole: its codes in capitals ("/Qb-UBND" is as garbled as the number before it).
        guard case (var number, let length)? = parsed, number.sequence == nil, number.issuerCode != nil,
              !number.canonical.contains(where: \.isLowercase) else { return nil }
        let start = text[..<slash].unicodeScalars.count
        number.text = String(text.unicodeScalars.prefix(start + length).map(Character.init))
        return (number, length, start)
    }

    /// The number that opens `text` when words follow it that are none of its parts, with its length in scalars:
    /// words are dropped from the end (at most eight), and the marks ".,;:-—_" at the end of what is left.
    static func numberAtStart(of text: String) -> (DocumentNumber, Int)? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 1 || text.last.map({ ".,;:-—_".contains($0) }) == true else { return nil }
        for _ in 0..<min(9, words.count) {
            let joined = words.joined(separator: " ")
            let trimmed = String(joined.reversed().drop { ".,;:-—_ ".contains($0) }.reversed())
            if !trimmed.isEmpty, trimmed.first?.isNumber == true || trimmed.first == "/",
               let number = NumberParser.parse(Confusables.fold(trimmed), labelled: true) {
                return (number, trimmed.unicodeScalars.count)
            }
            words.removeLast()
            if words.isEmpty { break }
        }
        return nil
    }
}
