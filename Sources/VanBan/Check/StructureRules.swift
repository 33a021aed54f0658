import PCRE2
struct StructureNumberingGap: Rule {
    static let id = "structure.numbering-gap"
    static let severity = Diagnostic.Severity.warning
    static let summary = "I, II, IV … or 1, 2, 4 … or a repeated marker at one level"
    static let example = "I. … II. … IV."

    func check(_ c: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func walk(_ nodes: [OutlineNode]) {
            var last: [String: (index: Int, ordinal: Int, node: OutlineNode)] = [:]   // by type + marker shape
            for (index, node) in nodes.enumerated() {
                defer { walk(node.children) }
                guard let ordinal = node.ordinal, let marker = node.marker else { continue }
                let key = node.type.rawValue + shape(marker)
                var remembered = ordinal
                if let previous = last[key], ordinal != previous.ordinal + 1 {
                    // What lies between the two markers: the earlier one's own lines, then any siblings.
                    let between = previous.node.children + nodes[(previous.index + 1)..<index]
                    if Self.latinSuccessor(marker, of: previous.node.marker!, type: node.type) {
                        // d, e, f: the Latin alphabet, not a gap
                    } else if Self.ocrLookalike(marker, expected: previous.ordinal + 1, type: node.type) {
                        remembered = previous.ordinal + 1   // read as the letter it stands for
                    } else if ordinal != 1, !between.contains(where: Self.mayHideAMarker) {
                        // A list that starts again at 1 (or a, I) is a new list, not a gap; a line that
                        // begins with OCR debris may be the missing marker, misread.
                        let p = previous.node.marker!
                        let what = ordinal == previous.ordinal ? "repeats the marker before it" : ordinal > previous.ordinal ? "skips from \(p)" : "goes back from \(p)"
                        out.append(finding("\(marker) \(what)", at: node.span, related: [.init(message: "the previous marker", span: previous.node.span)]))
                    }
                }
                last[key] = (index, remembered, node)
            }
        }
        walk(c.document.body)
        for appendix in c.document.appendices { walk(appendix.body) }
        // In OCR text with split words and debris, missing markers are misreadings more often than gaps. Asked only
        // when there is a gap to report: the test reads every line.
        guard !out.isEmpty, !TextLayerQuality.isNoisyOCR(c.lines) else { return [] }
        return out
    }

    /// Letters OCR confuses in list markers: a "e)" where "c)" belongs, "đ)" for "d)".
    private static let lookalikes: [String: Set<String>] = ["c": ["e"], "e": ["c"], "d": ["đ"], "đ": ["d"], "i": ["l", "1"], "l": ["i", "1"]]

    /// Whether `marker` is an OCR misreading of the marker numbered `expected`.
    static func ocrLookalike(_ marker: String, expected: Int, type: OutlineNode.Kind) -> Bool {
        if type == .section, let roman = RomanNumeral.string(expected), roman != marker, roman.contains("I") {
            // OCR loses strokes of Roman numerals: "II" read for "III", "I" for "II".
            return roman.replacingOccurrences(of: "I", with: "").count == marker.replacingOccurrences(of: "I", with: "").count
                && marker.count < roman.count && roman.hasPrefix(marker.filter { $0 != "I" }) && marker.allSatisfy { "IVX".contains($0) }
        }
        guard type == .point, expected >= 1, expected <= LetterSequence.letters.count else { return false }
        return lookalikes[LetterSequence.letters[expected - 1]]?.contains(marker) ?? false
    }

    /// Many documents letter their points with the Latin alphabet (d, e, f) instead of the Vietnamese
    /// one (d, đ, e, g): a Latin successor is not a gap.
    static func latinSuccessor(_ marker: String, of previous: String, type: OutlineNode.Kind) -> Bool {
        guard type == .point, let a = previous.unicodeScalars.first, let b = marker.unicodeScalars.first,
              previous.count == 1, marker.count == 1, a.isASCII, b.isASCII else { return false }
        return b.value == a.value + 1
    }

    /// A paragraph that starts with debris ("¬ Nguồn vốn", "§. Mục tiêu", "„2.Mã số"): a marker OCR mangled.
    private static let debris = try! Pattern(#"^(?:[^\p{L}\p{N}\s“"(\[\-–+•*]{1,2}\s*(?:\p{N}{1,2}|[IVX]{1,4})?\s*[.)]?|[^a-zđ\s\d]\)\s)"#)
    static func mayHideAMarker(_ node: OutlineNode) -> Bool {
        node.type == .paragraph && (node.text.map { debris.matches($0) } ?? false)
    }

    private func shape(_ marker: String) -> String {
        if marker.hasPrefix("Điều") || marker.hasPrefix("Chương") || marker.hasPrefix("Phần") || marker.hasPrefix("Mục") { return "legal" }
        if marker.contains(".") { return "dotted\(marker.split(separator: ".").count)" }
        return marker.first?.isNumber == true ? "arabic" : marker.first?.isUppercase == true ? "roman" : "letter"
    }
}

struct StructureMissingComponent: Rule {
    static let id = "structure.missing-component"
    private static let codeLine = try! Pattern(#"^\s*Mã số\s+[\p{L} ]{0,30}:\s*\S"#)
    static let severity = Diagnostic.Severity.warning
    static let summary = "an NĐ 30/2020 component is missing (quốc hiệu, tiêu ngữ, cơ quan ban hành, số, địa danh/ngày, tên loại, chữ ký, nơi nhận)"
    static let example = "a công văn with no \"Nơi nhận\""
    func check(_ c: CheckContext) -> [Diagnostic] {
        let d = c.document, h = d.header
        // A text with no header block at all (a news copy, an appendix alone) is not judged as a document.
        guard h.nationalTitle != nil || h.motto != nil || h.issuer != nil else { return [] }
        // Treaties follow diplomatic form, not NĐ 30/2020.
        if let type = h.documentType?.name, ["Nghị định thư", "Hiệp định"].contains(type) { return [] }
        // A copy's slip ("SAO Y", "SAO LỤC", "TRÍCH SAO") carries neither quốc hiệu nor tiêu ngữ (NĐ 30/2020, Phụ lục I).
        let isCopy = h.documentType?.code.map { ["SY", "SL", "TrS"].contains($0) } ?? false
        var missing: [String] = []
        if h.nationalTitle == nil, !isCopy { missing.append(d.kind == .party ? "the party title (ĐẢNG CỘNG SẢN VIỆT NAM)" : "the national title (quốc hiệu)") }
        if h.motto == nil && d.kind != .party && !isCopy { missing.append("the motto (tiêu ngữ)") }
        if h.issuer == nil { missing.append("the issuing body (cơ quan ban hành)") }
        // A certificate's form (Giấy chứng nhận đăng ký đầu tư, … doanh nghiệp) identifies it by "Mã số …"
        // under its title, not by a number line.
        let identifiedByCode = h.documentType?.name == "Giấy chứng nhận"
            && c.lines.prefix(40).contains { Self.codeLine.matches($0.text) }
        if h.numberSpan == nil, !identifiedByCode { missing.append("the number (số và ký hiệu)") }
        if h.date == nil { missing.append("the place and date (địa danh, ngày)") }
        if h.documentType == nil && h.subject == nil { missing.append("the type and subject (tên loại, trích yếu)") }
        if d.closing.signatures.isEmpty { missing.append("the signature (chữ ký)") }
        // Acts of the National Assembly, its Standing Committee and the President carry no "Nơi nhận", and the
        // gazette's edition of any document prints none.
        let withoutRecipients: Set<String> = ["Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh", "Lệnh"]
        // A label with no items under it is its own finding (`structure.recipients-empty`), not a missing list.
        if d.closing.recipients.isEmpty, d.closing.recipientsLabel == nil, !withoutRecipients.contains(h.documentType?.name ?? ""),
           !d.source.repairs.contains(GazetteHeaders.id) { missing.append("the recipients (nơi nhận)") }
        return missing.map { finding("\($0) is missing", at: .documentStart) }
    }
}

struct StructureAppendixMissing: Rule {
    static let id = "structure.appendix-missing"
    static let severity = Diagnostic.Severity.warning
    static let summary = "the body refers to an appendix (\"Phụ lục đính kèm\", \"Phụ lục 01\") that is not in the text"
    static let example = "chi tiết tại Phụ lục đính kèm, with no PHỤ LỤC after the signature"
    /// "Phụ lục kèm theo", unless another document is named next ("… kèm theo Kế hoạch số 3898/KH-SCT").
    private static let mention = try! Pattern(#"(?i:phụ lục)(?:\s+(?:số\s+)?(?:[IVX]+|\d{1,2}))?\s+(?:đính kèm|kèm theo)(?!\s+(?:Thông tư|Nghị định|Quyết định|Luật|Nghị quyết|Bộ luật|\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}\s+(?:số|\d)))"#)
    func check(_ c: CheckContext) -> [Diagnostic] {
        guard c.document.appendices.isEmpty else { return [] }
        func first(_ nodes: [OutlineNode]) -> OutlineNode? {
            for node in nodes {
                if let text = (node.text ?? "") + " " + (node.title ?? "") as String?, Self.mention.matches(text) { return node }
                if let hit = first(node.children) { return hit }
            }
            return nil
        }
        guard let node = first(c.document.body) else { return [] }
        return [finding("the text refers to an appendix, but none follows", at: node.span)]
    }
}

struct StructureRecipientsEmpty: Rule {
    static let id = "structure.recipients-empty"
    static let severity = Diagnostic.Severity.warning
    static let summary = "\"Nơi nhận:\" is printed with no items under it"
    static let example = "Nơi nhận: followed directly by the signer's name"
    func check(_ c: CheckContext) -> [Diagnostic] {
        let closing = c.document.closing
        guard closing.recipients.isEmpty, let label = closing.recipientsLabel else { return [] }
        return [finding("“\(label.text)” is printed with no items under it", at: label.span)]
    }
}

struct StructureArchiveMissing: Rule {
    static let id = "structure.archive-missing"
    static let severity = Diagnostic.Severity.info
    static let summary = "\"Nơi nhận\" has no \"Lưu: …\" line"
    static let example = "Nơi nhận: - Như trên; - UBND tỉnh. (no Lưu: VT)"
    func check(_ c: CheckContext) -> [Diagnostic] {
        let closing = c.document.closing
        guard let last = closing.recipients.last, closing.archive == nil else { return [] }
        return [finding("the recipients list has no “Lưu: …” item", at: last.span)]
    }
}

/// NĐ 30/2020, Điều 13: a collective body's document is signed "TM." before the body's name; a head who enacts in
/// person signs without it (in person, or "KT." by a deputy). The enacting authority above the preamble says which.
struct StructureSigningAuthorityMismatch: Rule {
    static let id = "structure.signing-authority-mismatch"
    static let severity = Diagnostic.Severity.warning
    static let summary = "the signature's mode disagrees with the enacting authority above the preamble (TM. for a collective body, none for a head)"
    static let example = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI above the preamble, signed KT. CHỦ TỊCH without TM. ỦY BAN NHÂN DÂN"

    /// Bodies that decide collectively and sign "TM.": the Government and a people's committee. A council's or the
    /// National Assembly's resolution is signed by its chair in person, and is left out.
    private static let collective = try! Pattern(#"^(?:CHÍNH PHỦ|[ỦU][YỶ] BAN NHÂN DÂN)\b"#)

    func check(_ c: CheckContext) -> [Diagnostic] {
        guard let authority = c.document.header.enactingAuthority, let signature = c.document.closing.signatures.first,
              signature.mode != nil || signature.title != nil else { return [] }
        let text = authority.text
        let related: [Diagnostic.Related] = [.init(message: "the enacting authority", span: authority.span)]
        if Self.collective.matches(text), signature.mode != "TM" {
            return [finding("“\(text)” enacts this document as a body, but the signature has no “TM.” (\(Self.describe(signature)))",
                            at: signature.span, related: related)]
        }
        if ClosingParser.position.matches(text), signature.mode == "TM" {
            return [finding("“\(text)” enacts this document in person, but it is signed “TM.” for a body (\(Self.describe(signature)))",
                            at: signature.span, related: related)]
        }
        return []
    }

    private static func describe(_ s: Signature) -> String {
        [s.mode.map { $0 + "." }, s.authority, s.title].compactMap { $0 }.joined(separator: " ")
    }
}
