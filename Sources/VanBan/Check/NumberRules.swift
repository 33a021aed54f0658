import Foundation
struct NumberMissing: Rule {
    static let id = "number.missing"
    static let severity = Diagnostic.Severity.warning
    static let summary = "the number slot is blank (\"Số: /KH-SKHCN\")"
    static let example = "Số:       /KH-SKHCN"
    func check(_ c: CheckContext) -> [Diagnostic] {
        let header = c.document.header
        guard let span = header.numberSpan, header.number?.sequence == nil else { return [] }
        // Marks where the running number stands, no blank ("4€ lj /GP-BKHCN"): OCR could not read it.
        if let number = header.number, let slash = number.text.firstIndex(of: "/"),
           number.text[..<slash].contains(where: { $0.isLetter || $0.isNumber }) {
            return [finding("the running number cannot be read (“\(number.text)”)", at: span)]
        }
        return [finding("the number is blank" + (header.number.map { " (\($0.canonical))" } ?? ""), at: span)]
    }
}

/// The type codes that a type name may carry (current, older, and the party's own).
private func codes(forTypeName name: String) -> Set<String> {
    Set(DocumentTypes.all.filter { $0.name == name }.flatMap { [$0.code].compactMap { $0 } + $0.olderCodes })
}

struct NumberTypeMismatch: Rule {
    static let id = "number.type-mismatch"
    static let severity = Diagnostic.Severity.error
    static let summary = "the type code in a number disagrees with the document type named (own header or a citation)"
    static let example = "Kế hoạch số 12/QĐ-UBND"
    /// A văn bản hợp nhất keeps the type name of the act it consolidates ("THÔNG TƯ" over "Số: 5161/VBHN-BLĐTBXH").
    private static let consolidated = "VBHN"

    /// Whether `code`, in a number without a year, is a spelling of `name`'s own code that offices still use:
    /// "Tờ trình số 531/TT-SNV" (Nghị định 30/2020 writes TTr; a Thông tư always carries its year).
    private static func isLocalSpelling(_ code: String, of name: String, _ number: DocumentNumber) -> Bool {
        name == "Tờ trình" && code == "TT" && number.year == nil
    }

    func check(_ c: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let header = c.document.header
        if let number = header.number, let code = number.typeCode, code != Self.consolidated, let type = header.documentType,
           !codes(forTypeName: type.name).isEmpty, !codes(forTypeName: type.name).contains(NumberParser.tableTypeCode(code)) {
            out.append(finding("the number \(number.canonical) carries \(code), but the document is a \(type.name)",
                               at: header.numberSpan ?? type.span, related: [.init(message: "the type name", span: type.span)]))
        }
        for ref in c.document.references {
            guard let code = ref.number.typeCode, code != Self.consolidated, let name = ref.documentType,
                  !Self.isLocalSpelling(code, of: name, ref.number) else { continue }
            let allowed = codes(forTypeName: name)
            let written = NumberParser.tableTypeCode(code)
            // A contract's or plan's code may extend the type's own ("HĐXLCTNH": hợp đồng xử lý chất thải …).
            guard !allowed.isEmpty, !allowed.contains(written),
                  !allowed.contains(where: { $0.count >= 2 && written.count >= $0.count + 2 && written.hasPrefix($0) }) else { continue }
            out.append(finding("\(name) cited with number \(ref.number.canonical), whose type code is \(code)", at: ref.mentions[0].span))
        }
        return out
    }
}

struct NumberIssuerMismatch: Rule {
    static let id = "number.issuer-mismatch"
    static let severity = Diagnostic.Severity.warning
    static let summary = "the issuer code disagrees with the issuer named with it"
    static let example = "Nghị quyết số 71/NQ-CP … của Bộ Công Thương"
    /// Issuer names whose code is certain: the reference table's names (`IssuerCodes.names`).
    /// Folded name (`VietnameseText.foldKey`) → the name as written and its codes.
    private static let known: [String: (name: String, codes: Set<String>)] = Dictionary(
        IssuerCodes.names.map { (VietnameseText.foldKey($0.name), ($0.name, [$0.code])) }, uniquingKeysWith: { first, _ in first })

    func check(_ c: CheckContext) -> [Diagnostic] {
        c.document.references.compactMap { ref in
            guard let issuer = ref.issuer, let code = ref.number.issuerCode else { return nil }
            guard let entry = Self.known[VietnameseText.foldKey(issuer)] else { return nil }
            // "SNN&MT" is SNNMT spelled with its "&" ("Nông nghiệp & Môi trường"); "QĐ-TTG" is TTg in capitals.
            let parts = Set(code.split(separator: "-").map { String($0.prefix { !$0.isNumber }.filter { $0 != "&" }).uppercased() })
            guard parts.isDisjoint(with: entry.codes.map { $0.uppercased() }) else { return nil }
            // Named under its new name with the old one beside it (a ministry merged or renamed).
            if let former = ref.formerIssuer.map(VietnameseText.foldKey),
               let old = Self.known[former], !parts.isDisjoint(with: old.codes.map { $0.uppercased() }) { return nil }
            return finding("\(ref.number.canonical) is cited as issued by \(issuer), whose code is \(entry.codes.sorted().joined(separator: "/"))", at: ref.mentions[0].span)
        }
    }
}

struct NumberStyleMismatch: Rule {
    static let id = "number.style-mismatch"
    static let severity = Diagnostic.Severity.warning
    static let summary = "party style (`-` first) with a state issuer or the reverse"
    static let example = "12-KH/UBND"
    func check(_ c: CheckContext) -> [Diagnostic] {
        var numbers: [(DocumentNumber, SourceSpan)] = c.document.references.map { ($0.number, $0.mentions[0].span) }
        if let own = c.document.header.number, let span = c.document.header.numberSpan { numbers.append((own, span)) }
        return numbers.compactMap { number, span in
            guard let code = number.issuerCode?.split(separator: "-").first.map(String.init),
                  let entry = IssuerCodes.entry(code) else { return nil }
            if number.style == .party, entry.family == "state" {
                return finding("\(number.canonical) is written in party style but \(code) is a state issuer", at: span)
            }
            if number.style != .party, entry.family == "party" {
                return finding("\(number.canonical) is written in state style but \(code) is a party issuer", at: span)
            }
            return nil
        }
    }
}

struct NumberConflictingCitation: Rule {
    static let id = "number.conflicting-citation"
    static let severity = Diagnostic.Severity.warning
    static let summary = "one number cited as two different document types or issuers"
    static let example = "Kế hoạch số 359-KH/TU … Nghị quyết số 359-KH/TU"
    func check(_ c: CheckContext) -> [Diagnostic] {
        c.document.references.flatMap { ref in
            ref.conflicts.map { conflict in
                let first = conflict.kind == .type ? ref.documentType ?? "?" : ref.issuer ?? "?"
                let what = conflict.kind == .type ? "a \(conflict.value)" : "issued by \(conflict.value)"
                return finding("\(ref.number.canonical) is cited here as \(what), elsewhere as \(conflict.kind == .type ? "a " : "issued by ")\(first)",
                               at: conflict.span, related: [.init(message: "the other mention", span: ref.mentions[0].span)])
            }
        }
    }
}

struct NumberFormat: Rule {
    static let id = "number.format"
    static let severity = Diagnostic.Severity.info
    static let summary = "spaces inside a number/symbol, or a missing leading zero; a Nghị định or Thông tư cited without its year, an act cited without its type code"
    static let example = "Số: 4280 /SCT - CN"

    /// Types whose symbol has carried the year since 2002 (Luật ban hành văn bản quy phạm pháp luật): a Nghị định, a
    /// Thông tư, a Thông tư liên tịch cited without it is mistyped ("Nghị định số 178/NĐ-CP ngày 01/7/2025").
    private static let yearedTypes: Set<String> = ["NĐ", "TT", "TTLT"]
    private static let yearedNames: Set<String> = ["Nghị định", "Thông tư", "Thông tư liên tịch"]

    func check(_ c: CheckContext) -> [Diagnostic] {
        var out = yearlessCitations(c.document.references) + typelessCitations(c.document.references)
        guard let number = c.document.header.number, let span = c.document.header.numberSpan else { return out }
        // A blank or illegible running number is no part of the written number: its symbol is.
        let written = number.sequence == nil ? number.text.drop { $0 != "/" } : Substring(number.text)
        if written.contains(" ") { out.append(finding("spaces inside the number “\(number.text)”", at: span)) }
        if let seq = number.sequence, seq < 10, !number.canonical.hasPrefix("0") {
            out.append(finding("numbers below 10 are written with a leading zero (0\(seq))", at: span))
        }
        return out
    }

    /// Mentions of an act written without its type code beside its full number ("21/2010/BTNMT-BQP" of
    /// 21/2010/TTLT-BTNMT-BQP).
    private func typelessCitations(_ references: [Reference]) -> [Diagnostic] {
        references.flatMap { ref in
            ref.typelessMentions.map { finding("\($0.text) is cited without its type code; elsewhere \(ref.number.canonical)", at: $0.span) }
        }
    }

    /// Citations of a Nghị định or Thông tư of 2002 or later whose symbol lacks its year: the mentions of an act also
    /// cited with it ("178/NĐ-CP" beside "178/2025/NĐ-CP"), and acts only ever cited without it.
    private func yearlessCitations(_ references: [Reference]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for ref in references {
            // The type named with it says which act it is: Hà Nội's departments write a Tờ trình "TT" ("531/TT-SNV").
            guard let code = ref.number.typeCode, Self.yearedTypes.contains(NumberParser.tableTypeCode(code)),
                  let name = ref.documentType, Self.yearedNames.contains(name) else { continue }
            if let year = ref.number.year, year >= 2002 {
                for mention in ref.yearlessMentions {
                    out.append(finding("\(mention.text) is cited without its year; elsewhere \(ref.number.canonical)", at: mention.span))
                }
            } else if ref.number.year == nil, ref.number.style == .state, let dated = ref.date?.year, dated >= 2002 {
                out.append(finding("\(ref.number.canonical) is dated \(dated) but cited without the year a Nghị định or Thông tư carries", at: ref.mentions[0].span))
            }
        }
        return out
    }
}

struct NumberLegacyCode: Rule {
    static let id = "number.legacy-code"
    static let severity = Diagnostic.Severity.info
    static let summary = "a type code of the old Thông tư 01/2011 (GN, TTh, UQ, NP)"
    static let example = "05/UQ-UBND (now GUQ)"
    func check(_ c: CheckContext) -> [Diagnostic] {
        var numbers: [(DocumentNumber, SourceSpan)] = c.document.references.map { ($0.number, $0.mentions[0].span) }
        if let own = c.document.header.number, let span = c.document.header.numberSpan { numbers.append((own, span)) }
        return numbers.compactMap { number, span in
            guard let code = number.typeCode, DocumentTypes.legacyCodes.contains(code) else { return nil }
            return finding("\(code) is a type code of Thông tư 01/2011; NĐ 30/2020 uses another", at: span)
        }
    }
}
