import PCRE2
/// Reads the header block from the first lines of a document.
///
/// The two header columns reach us in three shapes — alternating line by line, side by side on one line
/// (split at wide gaps by `ColumnSplitter`), or glued ("Số: /KH-SKHCN Quảng Ngãi, ngày …", split at the
/// place-and-date). Each fragment is recognised on its own; the parser then walks: organisations and
/// number → type name → subject → "Kính gửi" → preamble ("Căn cứ …") → body.
struct HeaderParser {
    struct Result {
        var header: Header
        /// Index of the first line after the header (and preamble).
        var bodyStart: Int
        /// True when a glued column had to be split.
        var splitGluedColumns: Bool
    }

    private enum State { case top, subject, addressees, preamble }

    func parse(_ lines: [TextLine]) -> Result {
        var header = Header()
        var organisations: [TextLine] = []
        var subjectLines: [TextLine] = []
        var addressees: [TextLine] = []
        var bases: [TextLine] = []
        var state = State.top
        var didSplitGlued = false
        var sawAnchor = false   // number, date or type name seen
        var index = 0
        let limit = min(lines.count, 60)

        lineLoop: while index < limit {
            let line = lines[index]
            if line.isBlank {
                if state == .subject, !subjectLines.isEmpty, header.documentType != nil || subjectIsVv(subjectLines) { state = .top }
                if state == .addressees, !addressees.isEmpty { state = .top; if header.subject != nil || sawAnchor { index += 1; break } }
                index += 1
                continue
            }
            var fragments = ColumnSplitter.fragments(of: line)
            if fragments.count == 1, let split = splitGlued(fragments[0]) { fragments = split; didSplitGlued = true }

            for fragment in fragments {
                let text = fragment.text
                switch state {
                case .preamble:
                    if HeaderPatterns.enactingLine.matches(text) { index += 1; break lineLoop }
                    if HeaderPatterns.basisLead.matches(text) || bases.isEmpty { bases.append(fragment) }
                    else if let last = bases.last, !last.text.hasSuffix(";"), !last.text.hasSuffix(".") || VietnameseText.startsLowercase(text) {
                        bases[bases.count - 1] = last.joined(with: fragment)
                    } else if HeaderPatterns.bodyOpener.matches(text) && !HeaderPatterns.basisLead.matches(text) { break lineLoop }
                    else { bases.append(fragment) }
                    continue
                case .addressees:
                    if let lead = HeaderPatterns.addresseeLead.firstMatch(in: text) { _ = lead; continue }
                    if text.hasPrefix("-") || text.hasPrefix("+") || text.hasPrefix("•") {
                        addressees.append(fragment); continue
                    }
                    if let last = addressees.last, !last.text.hasSuffix(";"), !last.text.hasSuffix("."),
                       VietnameseText.startsLowercase(text) || !last.text.hasSuffix(",") && line.indent >= 8 {
                        addressees[addressees.count - 1] = last.joined(with: fragment); continue
                    }
                    if let last = addressees.last, last.text.hasSuffix(","), line.indent >= 8 || !HeaderPatterns.bodyOpener.matches(text) && text.count < 60 {
                        addressees.append(fragment); continue
                    }
                    break lineLoop
                case .subject:
                    if classify(fragment, into: &header, organisations: &organisations) { continue }
                    if HeaderPatterns.addresseeLead.matches(text) { startAddressees(fragment, &addressees); state = .addressees; continue }
                    if HeaderPatterns.basisLead.matches(text) { state = .preamble; bases.append(fragment); continue }
                    if continuesSubject(text, after: subjectLines) { subjectLines.append(fragment); continue }
                    if VietnameseText.isUppercase(text), header.documentType != nil, HeaderPatterns.organisationStart.matches(text) || text.count < 60 {
                        // The issuing authority repeated above a decision's preamble ("ỦY BAN NHÂN DÂN TỈNH …").
                        state = .top; continue
                    }
                    break lineLoop
                case .top:
                    if classify(fragment, into: &header, organisations: &organisations) {
                        if header.number != nil || header.date != nil { sawAnchor = true }
                        continue
                    }
                    if let lead = HeaderPatterns.subjectLead.firstMatch(in: text) {
                        let (_, upper) = lead.byteRange(0)!
                        subjectLines = [fragment.slice(fragment.scalarOffset(utf8: upper)..<fragment.scalarCount)]
                        state = .subject; continue
                    }
                    if let type = typeName(fragment) {
                        header.documentType = type.field
                        sawAnchor = true
                        if let rest = type.rest { subjectLines = [rest] } else { subjectLines = [] }
                        state = .subject; continue
                    }
                    if HeaderPatterns.addresseeLead.matches(text) { startAddressees(fragment, &addressees); state = .addressees; continue }
                    if HeaderPatterns.basisLead.matches(text) { state = .preamble; bases.append(fragment); continue }
                    if VietnameseText.isUppercase(text), !sawAnchor || HeaderPatterns.organisationStart.matches(text) && header.documentType == nil {
                        organisations.append(fragment); continue
                    }
                    if isPartySubject(text), sawAnchor {
                        subjectLines = [fragment]; state = .subject; continue
                    }
                    if sawAnchor || index > 12 { break lineLoop }
                    // Unrecognised line before any anchor (news lead, stamp text): the document has no header here.
                    if !VietnameseText.isUppercase(text) && text.count > 50 { break lineLoop }
                }
            }
            index += 1
        }
        if index >= limit && !sawAnchor { index = 0 }

        assignOrganisations(organisations, to: &header)
        if !subjectLines.isEmpty {
            let joined = subjectLines.dropFirst().reduce(subjectLines[0]) { $0.joined(with: $1) }
            let text = VietnameseText.collapse(joined.text)
            if !text.isEmpty { header.subject = TextField(text: text, span: joined.span) }
        }
        header.addressees = addressees.map { field($0, stripping: "-+• ") }
        header.legalBases = bases.map { field($0, stripping: "") }
        return Result(header: header, bodyStart: min(index, lines.count), splitGluedColumns: didSplitGlued)
    }

    // MARK: - Fragments

    /// Recognises fragments that can appear anywhere in the header; true when it took the fragment.
    private func classify(_ fragment: TextLine, into header: inout Header, organisations: inout [TextLine]) -> Bool {
        let text = fragment.text
        if header.nationalTitle == nil, let m = HeaderPatterns.nationalTitle.firstMatch(in: text) ?? HeaderPatterns.partyTitle.firstMatch(in: text) {
            header.nationalTitle = TextField(text: VietnameseText.collapse(m[0]!), span: fragment.span(m.range(0)!))
            return true
        }
        if header.motto == nil, let m = HeaderPatterns.motto.firstMatch(in: text) {
            header.motto = TextField(text: VietnameseText.collapse(m[0]!), span: fragment.span(m.range(0)!))
            return true
        }
        if header.number == nil, let m = HeaderPatterns.number.firstMatch(in: text), let raw = m["num"] {
            let candidate = String(raw)
            if let number = NumberParser.parse(candidate) {
                header.number = number
                header.numberSpan = fragment.span(m.range(named: "num")!)
                return true
            }
            if candidate.isEmpty || candidate.allSatisfy({ $0 == "." || $0 == "…" || $0 == " " || $0 == "/" }) {
                header.numberSpan = fragment.span
                return true
            }
        }
        if header.date == nil, let m = HeaderPatterns.placeDate.firstMatch(in: text), m.range(0)!.lowerBound == text.startIndex {
            let dates = DateExtractor.dates(in: fragment)
            if var date = dates.first {
                date.role = .issue
                header.date = date
                if let place = m["place"] { header.place = TextField(text: VietnameseText.collapse(place), span: fragment.span(m.range(named: "place")!)) }
                return true
            }
        }
        if HeaderPatterns.separator.matches(text) { return true }
        if header.urgency == nil, HeaderPatterns.urgency.matches(text) { header.urgency = field(fragment, stripping: ""); return true }
        if header.confidentiality == nil, HeaderPatterns.confidentiality.matches(text) { header.confidentiality = field(fragment, stripping: ""); return true }
        return false
    }

    /// Splits a fragment that glues two header columns: "Số: /KH-SKHCN Quảng Ngãi, ngày …",
    /// "UBND TỈNH X CỘNG HÒA XÃ HỘI …", "SỞ Y Độc lập - Tự do - Hạnh phúc".
    private func splitGlued(_ fragment: TextLine) -> [TextLine]? {
        let text = fragment.text
        var cut: Range<String.Index>?
        if let m = HeaderPatterns.placeDate.firstMatch(in: text), let r = m.range(0), r.lowerBound > text.startIndex,
           text[..<r.lowerBound].contains(where: { $0 == "/" || $0 == ":" || $0.isUppercase }) { cut = r }
        else if let m = HeaderPatterns.nationalTitle.firstMatch(in: text) ?? HeaderPatterns.partyTitle.firstMatch(in: text) ?? HeaderPatterns.motto.firstMatch(in: text),
                let r = m.range(0), r.lowerBound > text.startIndex { cut = r }
        guard let cut else { return nil }
        let offset = fragment.text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: cut.lowerBound)
        let left = fragment.slice(0..<offset).trimmed(), right = fragment.slice(offset..<fragment.scalarCount).trimmed()
        guard !left.isBlank else { return nil }
        return [left, right]
    }

    private func typeName(_ fragment: TextLine) -> (field: DocumentTypeField, rest: TextLine?)? {
        let text = fragment.text
        guard VietnameseText.isUppercase(text.prefix(while: { $0 != ":" })) else { return nil }
        let cleaned = VietnameseText.collapse(text.replacingOccurrences(of: ":", with: " "))
        if let entry = DocumentTypes.named(cleaned) {
            return (DocumentTypeField(text: cleaned, name: entry.name, code: entry.code, span: fragment.span), nil)
        }
        return nil
    }

    private func startAddressees(_ fragment: TextLine, _ addressees: inout [TextLine]) {
        guard let m = HeaderPatterns.addresseeLead.firstMatch(in: fragment.text) else { return }
        let start = fragment.scalarOffset(utf8: m.byteRange(0)!.1)
        let rest = fragment.slice(start..<fragment.scalarCount).trimmed()
        if !rest.isBlank { addressees.append(rest) }
    }

    private func continuesSubject(_ text: String, after lines: [TextLine]) -> Bool {
        if HeaderPatterns.bodyOpener.matches(text) { return false }
        guard let last = lines.last else { return true }   // first line under the type name
        if VietnameseText.startsLowercase(text) { return true }
        let lastText = last.text
        if lastText.hasSuffix(".") || lastText.hasSuffix(";") || lastText.hasSuffix(":") { return false }
        let lastWord = lastText.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["của", "và", "về", "tại", "số", "cho", "với", "trên", "theo", "các", "đối", "năm", "thuộc", "giai", "đoạn", "vụ", "tỉnh", "huyện", "xã"].contains(lastWord)
            || text.count < 40 && text.first?.isNumber == true
    }

    private func subjectIsVv(_ lines: [TextLine]) -> Bool { !lines.isEmpty }

    /// Party documents put the subject under the number as "về việc …" (lowercase, no "V/v").
    private func isPartySubject(_ text: String) -> Bool {
        text.hasPrefix("về ") || text.hasPrefix("Về việc") || text.hasPrefix("về việc")
    }

    /// Left-column organisation lines: all but the last organisation are the parent authority.
    private func assignOrganisations(_ lines: [TextLine], to header: inout Header) {
        var groups: [TextLine] = []
        for line in lines {
            if let last = groups.last, !HeaderPatterns.organisationStart.matches(line.text) {
                groups[groups.count - 1] = last.joined(with: line)
            } else {
                groups.append(line)
            }
        }
        guard let issuer = groups.last else { return }
        header.issuer = field(issuer, stripping: "")
        if groups.count > 1 {
            let parent = groups.dropLast().dropFirst().reduce(groups[0]) { $0.joined(with: $1) }
            header.parentAuthority = field(parent, stripping: "")
        }
    }

    private func field(_ line: TextLine, stripping leading: String) -> TextField {
        var text = VietnameseText.collapse(line.text)
        while let first = text.first, leading.contains(first) { text.removeFirst() }
        return TextField(text: VietnameseText.collapse(text), span: line.span)
    }
}
