import PCRE2
/// Reads a document number and symbol in any of the three styles from its written form.
///
/// Accepts the shapes of the wild: spaces around "/" and "-" ("4280 /SCT - CN"), a blank running number
/// in drafts ("/KH-SKHCN"), OCR'd Roman-looking digits in the running number ("II /2026/QĐ-UBND").
enum NumberParser {
    /// One code: letters (Đ and lowercase allowed: QĐi, TTr) and digits (QH15); a unit numbered in
    /// Roman after a dot ("8138/VPCP-V.I": Vụ I of the Government Office), or a second code after a dot in older
    /// or joint symbols ("01/1999/QĐ.UB", "06/QC-TT.HĐND-UBND"); a unit in brackets glued to it, as Hà Nội's
    /// departments write theirs ("43/TTr-SXD(KTXD)"). A unit's "&" may come after a space a web copy put there
    /// ("103/BKH-KTĐP &LT").
    static let code = #"\p{Lu}[\p{Lu}\p{Ll}\d&]{0,11}(?: &\p{Lu}[\p{Lu}\d]{0,7})?(?: ?\.(?:[IVX]{1,4}(?![\p{L}\d])|\p{Lu}[\p{Lu}\d&]{1,11}(?![\p{Ll}])))?(?:\(\p{Lu}[\p{Lu}\d&]{1,9}\))?"#
    /// A running number: digits (a dotted one, "10.11", in some agencies' registers; one with a letter, "30c/NQ-CP", "35A/THB-TV"),
    /// or OCR look-alikes of digits.
    static let sequence = #"(?:\d{1,6}(?:\.\d{1,4}|[a-zA-Z](?=\s*[/-]))?|[IlO]{1,2}(?=\s*[/-]))"#
    /// A later part of a symbol: a code, or a year or number closing a contract symbol ("244/HĐNT/A2/2026").
    static let part = "(?:\(code)|\\d{2,4})"

    /// The three shapes, most specific first. Named groups: seq, year, type, issuer, first, rest. A legal
    /// number of 2001–2002 joins the year with a hyphen ("18-2001/CT-TTg"). Codes may be joined by an en dash as typed
    /// in Word ("13/2016/TTLT – BYT – BGDĐT", party "69 – HD/BTGTW"). A slash typed twice after the year ("24/2026//NQ-CP") is
    /// read as one, and one OCR lost there ("19/2026NQ-CP") as one. The canonical number keeps a doubled slash as written
    /// and gives a lost one back ("19/2026/NQ-CP"), as `partyGlued` gives back a lost hyphen.
    static let legal = try! Pattern("^(?<seq>\(sequence))?\\s*[/-]\\s*(?<year>(?:19|20)\\d\\d)\\s*/{0,2}\\s*(?<first>\(code))(?:\\s*[-–/]\\s*(?<rest>\(code)(?:\\s*[-–]\\s*\(code))*))?$")
    static let party = try! Pattern("^(?<seq>\(sequence))?\\s*[-–]\\s*(?<first>\(code))\\s*/\\s*(?<rest>\(code)(?:\\s*[-–]\\s*\(code))*)$")
    /// The Government's symbol before 2000, a hyphen and the issuer with no slash ("101-CP", "64-TTg"): read
    /// only when the code is a state issuer's.
    static let stateHyphen = try! Pattern(#"^(?<seq>\d{1,6})\s*-\s*(?<first>\p{Lu}[\p{Lu}\p{Ll}]{1,6})$"#)
    /// A party number whose hyphen was lost ("11CT/TU"): read only when the glued code is a type code.
    static let partyGlued = try! Pattern("^(?<seq>\\d{1,6})(?<first>\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4})/(?<rest>\(code)(?:-\(code))*)$")
    /// A state symbol's parts may be joined by an en dash as typed in Word ("4144/GDĐT – VP"); a slash typed
    /// twice stays as written ("263//KQTĐ-SXD").
    static let state = try! Pattern("^(?<seq>\(sequence))?\\s*//?\\s*(?<first>\(code))(?:\\s*[-–/]\\s*(?<rest>\(part)(?:\\s*[-–/]\\s*\(part))*))?$")

    /// Codes that name a type though the table lists them only in notes or as lost-diacritic forms.
    static let variantTypeCodes: [String: String] = ["HDLN": "HD", "QD": "QĐ", "ND": "NĐ", "HDDT": "HD"]
    /// Codes whose Đ extraction lost, given back in `typeCode` and `canonical`.
    static let restoredDiacritics: [String: String] = ["QD": "QĐ", "ND": "NĐ"]

    /// A draft's running number left as dots or underscores to be filled in at signing ("Số: ……/KH-UBND",
    /// "Số: ..../QĐ-UBND", "Số: ___-KH/TU"): a blank like "Số: /KH-UBND".
    private static let placeholder = try! Pattern(#"^(?:[.…_]\s*)+(?=[/-])"#)

    /// The number written as `text` (already cut to the number itself), or nil when it is not one. A draft's
    /// dotted running number is read as a blank one, and left out of `text`.
    /// `labelled`: the text stood after "Số:", which makes an older hyphen-only symbol a number whatever its code
    /// ("Số: 133-BT", "Số: 61-HĐBT"; codes of bodies of that time that the reference table does not list).
    static func parse(_ text: String, labelled: Bool = false) -> DocumentNumber? {
        var written = VietnameseText.collapse(text)
        if let first = written.utf8.first, first == 0x2E || first == 0x5F || first == 0xE2,
           let dots = placeholder.firstMatch(in: written), let range = dots.range(0) {
            written = String(written[range.upperBound...])
        }
        if let m = legal.firstMatch(in: written) { return make(m, written, .legal) }
        if let m = party.firstMatch(in: written) {
            // A state body's symbol before 1992 put its code first and the type after the slash ("808-BYT/QĐ", 1961):
            // the party's order is type first, so a state issuer before a type that is no party body's is the state's.
            if let first = m["first"], let rest = m["rest"], isStateIssuer(String(first)), !isTypeCode(String(first)),
               isTypeCode(String(rest)), IssuerCodes.entry(String(rest)) == nil, var number = make(m, written, .party) {
                number.style = .state
                number.typeCode = String(rest)
                number.issuerCode = String(first)
                return number
            }
            // Before 1992 the state's collective bodies numbered their acts so too ("38-LCT/HĐNN", "388-NQ/HĐNN8").
            if let rest = m["rest"], let body = IssuerCodes.entry(String(rest)),
               IssuerCodes.formerStateBodies.contains(where: { $0.code == body.code }), var number = make(m, written, .party) {
                number.style = .state
                return number
            }
            return make(m, written, .party)
        }
        if let m = state.firstMatch(in: written) { return make(m, written, .state) }
        if let m = stateHyphen.firstMatch(in: written), let first = m["first"], labelled || isStateIssuer(String(first)),
           var number = make(m, written, .state) {
            // The code after the hyphen names the issuer ("166-CT": the Chủ tịch Hội đồng Bộ trưởng), not the type.
            number.typeCode = nil
            number.issuerCode = String(first)
            return number
        }
        if let m = partyGlued.firstMatch(in: written), let first = m["first"], isTypeCode(String(first)) {
            // A state body's older symbol glued the type to the number as well ("01NQ/UBTVQH9"): kept as written.
            if let rest = m["rest"], isStateIssuer(String(rest)) { return make(m, written, .state) }
            guard var number = make(m, written, .party) else { return nil }
            number.canonical = String(m["seq"]!) + "-" + number.canonical.dropFirst(m["seq"]!.count)
            return number
        }
        return nil
    }

    private static func make(_ m: Match, _ written: String, _ style: DocumentNumber.Style) -> DocumentNumber? {
        let seqText = m["seq"].map(String.init)
        let sequence = seqText.flatMap { $0.contains(".") ? nil : $0 }.flatMap { Int($0.mappingScalars { $0 == "I" || $0 == "l" ? "1" : $0 == "O" ? "0" : $0 }) }
        let respelled = m["rest"] == nil ? written : undoubledTypeCode(m["first"], in: written)
        // A type code is undoubled only where a code follows it: alone, "QĐĐBN" may be an issuer's code.
        let first = m["rest"] == nil ? String(m["first"] ?? "") : undoubled(String(m["first"] ?? ""))
        let rest = m["rest"].map { String($0).mappingScalars { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" ? nil : $0 } }
        var typeCode: String?
        var issuerCode: String?
        switch style {
        case .party:
            typeCode = first
            issuerCode = rest
        case .legal, .state:
            if isTypeCode(first) || rest != nil && isCaseSlippedTypeCode(first) {
                typeCode = first
                issuerCode = rest
            } else if rest == nil || style == .state {
                // "45/2019/QH14": the code is the issuer; "4280/SCT-CN": công văn, issuer then unit.
                issuerCode = first
            } else {
                typeCode = first
                issuerCode = rest
            }
        }
        // An older symbol joined the type and the issuer with a dot ("11/1998/QĐ.UB", "01/1999/QĐ .UB").
        if typeCode == nil, rest == nil, let dot = first.firstIndex(of: "."),
           case let type = first[..<dot].trimmingCharacters(in: .whitespaces), isTypeCode(type) {
            typeCode = type
            issuerCode = first[first.index(after: dot)...].trimmingCharacters(in: .whitespaces)
        }
        guard style != .state || typeCode != nil || rest != nil || first.count >= 2 else { return nil }
        if let code = typeCode, let fixed = restoredDiacritics[code] {
            typeCode = fixed   // "QD" where extraction lost the Đ of "QĐ"
        }
        // No spaces, and the en or em dash Word typed for a hyphen is the hyphen: "69 – HD/BTGTW" is 69-HD/BTGTW.
        var canonical = respelled.mappingScalars { $0 == " " ? nil : $0 == "–" || $0 == "—" ? "-" : $0 }
        if style == .legal, let year = m["year"] {
            let code = first.mappingScalars { $0 == " " ? nil : $0 }
            if let glued = canonical.range(of: year + code) { canonical.replaceSubrange(glued, with: year + "/" + code) }
        }
        if let code = typeCode, first != code {
            canonical = canonical.replacingOccurrences(of: "/" + first + "-", with: "/" + code + "-")
                .replacingOccurrences(of: "-" + first + "/", with: "-" + code + "/")
        }
        if let seqText, let sequence, String(sequence) != seqText, !seqText.allSatisfy(\.isNumber) {
            canonical = String(sequence) + canonical.dropFirst(seqText.count)
        }
        if canonical.containsBytes("QH") {
            canonical = legislatureTermsRead(canonical)
            issuerCode = issuerCode.map(legislatureTermsRead)
        }
        return DocumentNumber(text: written, canonical: canonical, sequence: sequence,
                              year: m["year"].flatMap { Int($0) }, typeCode: typeCode, issuerCode: issuerCode, style: style)
    }

    /// The National Assembly's code and its term ("QH15", "UBTVQH14"), with the "1" OCR reads as "I" or "l" before
    /// or inside the term ("QHI5", "QHI12", "UBTVQHl4"): the term is read back when only one reading is a term
    /// (1 to `lastTerm`), either the letter as "1" or the letter dropped. Other codes are left as written.
    static func legislatureTermsRead(_ code: String) -> String {
        let matches = termSlip.allMatches(in: code)
        guard !matches.isEmpty else { return code }
        var result = "", copied = code.startIndex
        for m in matches {
            guard let range = m.range(named: "slip"), let digits = m["digits"] else { continue }
            let readings = ["1" + digits, String(digits)].filter { Int($0).map { (1...lastTerm).contains($0) } ?? false }
            guard let term = readings.first else { continue }
            result += code[copied..<range.lowerBound] + term
            copied = range.upperBound
        }
        return result + code[copied...]
    }

    /// The latest term of the National Assembly (XVI, from 2026).
    static let lastTerm = 16
    private static let termSlip = try! Pattern(#"(?<=QH)(?<slip>[Il](?<digits>\d{1,2}))(?![\p{L}\d])"#)

    /// OCR doubles a letter of a type code ("555/QĐÐ-BCT", Ð read as Đ): the code without the second of
    /// two equal letters, when only that spelling is a type code. Otherwise `code` as written; so is a run of three
    /// ("3183/TTT-TTTP" for a tờ trình is no doubled TT of a thông tư).
    static func undoubled(_ code: String) -> String {
        guard !isTypeCode(code) else { return code }
        let letters = Array(code)
        for i in letters.indices.dropFirst() where letters[i] == letters[i - 1] && letters[i].isLetter
            && !(i >= 2 && letters[i - 2] == letters[i]) && !(i + 1 < letters.count && letters[i + 1] == letters[i]) {
            var fewer = letters
            fewer.remove(at: i)
            if isTableTypeCode(String(fewer)) { return String(fewer) }   // no case slip on top
        }
        return code
    }

    /// `written` with its type code (`first`, followed by "-") undoubled.
    private static func undoubledTypeCode(_ first: Substring?, in written: String) -> String {
        guard let first, case let fixed = undoubled(String(first)), fixed != first,
              let range = written.range(of: first + "-") ?? written.range(of: first + " -") else { return written }
        return written.replacingCharacters(in: range.lowerBound..<written.index(range.lowerBound, offsetBy: first.count), with: fixed)
    }

    /// A state issuer's code, a legislature's term number after it or not ("UBTVQH9", "CP").
    static func isStateIssuer(_ code: String) -> Bool { IssuerCodes.entry(code)?.family == "state" }

    /// Whether `code` is a document type code (table, older codes, known variants), also one with a small letter whose
    /// case slipped ("Ttr").
    static func isTypeCode(_ code: String) -> Bool {
        isTableTypeCode(code) || code.contains(where: \.isLowercase) && isCaseSlippedTypeCode(code)
    }

    /// Whether `code` is a type code of the table (its own, an older one or a known variant), as written.
    private static func isTableTypeCode(_ code: String) -> Bool { DocumentTypes.allCodes.contains(tableTypeCode(code)) }

    /// Whether `code` is a code written with small letters, typed with its case slipped ("Ttr", "TTR" for "TTr").
    static func isCaseSlippedTypeCode(_ code: String) -> Bool {
        mixedCaseCodes[code.uppercased()].map { $0 != code } == true
    }

    /// The codes written with small letters ("TTr", "CTr", "QĐi"), by their capitals: typed with their case slipped
    /// ("76/Ttr-MNTL") they are still the type's code, kept as written; in capitals only before an issuer's code
    /// ("63/TTR-UBND"): alone ("18/TTH") a body's code may be so.
    private static let mixedCaseCodes: [String: String] = Dictionary(
        DocumentTypes.allCodes.filter { $0.contains { $0.isLowercase } }.map { ($0.uppercased(), $0) }, uniquingKeysWith: { a, _ in a })

    /// What a joint act adds to its type's code when the table has no code of its own for it: "PH" (phối hợp:
    /// "01/QCPH/UBND-UBMTTQ", a Quy chế phối hợp; "CTrPH"), "LT" (liên tịch: "NQLT"). ("LN", liên ngành, only in
    /// the variants: "TCLN" is the Tổng cục Lâm nghiệp's code, no Thông cáo.)
    static let jointSuffixes = ["PH", "LT"]

    /// The table's code that `code` stands for: itself when the table lists it ("TTLT"), a known variant's ("QD" →
    /// QĐ, "HDLN" → HD), or a joint act's type ("QCPH" → QC); `code` itself when none.
    static func tableTypeCode(_ code: String) -> String {
        if DocumentTypes.allCodes.contains(code) { return code }
        if let variant = variantTypeCodes[code] { return variant }
        if let suffix = jointSuffixes.first(where: { code.hasSuffix($0) && code.count > $0.count }),
           case let stem = String(code.dropLast(suffix.count)), DocumentTypes.allCodes.contains(stem) { return stem }
        return code
    }

    /// Whether `code` is a joint act's ("TTLT", "HDLN", "QCPH"): its issuers stand side by side in the header.
    static func isJointTypeCode(_ code: String) -> Bool {
        (jointSuffixes + ["LN"]).contains { code.hasSuffix($0) } && isTypeCode(code)
    }
}

extension NumberParser {
    /// A number cited as a công văn's: a state công văn's symbol has no type code, so its first code is its issuer's
    /// ("Công văn số 577/CT-THNVDT" of a Cục Thuế), unless a known issuer follows it ("Công văn số 12/QĐ-UBND": a
    /// decision called a letter, which number.type-mismatch reports).
    static func readAsLetter(_ number: DocumentNumber) -> DocumentNumber {
        guard number.style == .state, let type = number.typeCode, type != "CV" else { return number }
        let next = number.issuerCode.flatMap { $0.split(separator: "-").first }.map(String.init)
        return next.flatMap(IssuerCodes.entry) == nil ? asIssuerCodes(number) : number
    }

    /// `number` read as a công văn's: every code after the running number names the issuer and its unit.
    static func asIssuerCodes(_ number: DocumentNumber) -> DocumentNumber {
        guard let type = number.typeCode else { return number }
        var read = number
        read.typeCode = nil
        read.issuerCode = [type, number.issuerCode].compactMap { $0 }.joined(separator: "-")
        return read
    }

    /// How the codes of the bodies that issue legal acts begin.
    private static let legalIssuerStarts = ["B", "UB", "HĐ", "CP", "TTG", "NHNN", "VPCP", "TTCP", "KTNN", "TAND", "VKS", "QH", "CTN"]

    /// "23/2024/TTBCT" → "23/2024/TT-BCT": a hyphen lost at a line break, restored when the code is a
    /// known type code followed by a known issuer code.
    static func splittingLostHyphen(_ number: DocumentNumber) -> DocumentNumber {
        // A legal symbol reads its first code as the type: one that is no type may be a type glued to its issuer
        // ("05/2003/TTLTBGDĐT-BNV-BTC").
        if number.style == .legal, let type = number.typeCode, !isTypeCode(type) {
            var unread = number
            unread.typeCode = nil
            unread.issuerCode = [type, number.issuerCode].compactMap { $0 }.joined(separator: "-")
            let split = splittingLostHyphen(unread)
            return split.typeCode == nil ? number : split
        }
        guard number.typeCode == nil, let glued = number.issuerCode, IssuerCodes.entry(glued) == nil else { return number }
        for length in stride(from: min(4, glued.count - 2), through: 2, by: -1) {
            let type = String(glued.prefix(length)), issuer = String(glued.dropFirst(length))
            // A legal act's symbol always names its type ("19/2017/TTBNNPTNT"), and the bodies that issue legal acts
            // are few: a ministry ("B…"), a people's council or committee, the Government and its head, the State
            // Bank, the court, the procuracy, the Assembly. There the issuer need not be in the table.
            let firstIssuerPart = issuer.prefix { $0 != "-" }
            let legalIssuer = number.style == .legal && firstIssuerPart.count >= 3 && firstIssuerPart.allSatisfy(\.isUppercase)
                && legalIssuerStarts.contains { firstIssuerPart.hasPrefix($0) }
            guard isTypeCode(type), IssuerCodes.entry(issuer) != nil || legalIssuer else { continue }
            var fixed = number
            fixed.typeCode = type
            fixed.issuerCode = issuer
            fixed.canonical = number.canonical.replacingOccurrences(of: "/" + glued, with: "/" + type + "-" + issuer)
            return fixed
        }
        return number
    }
}

extension NumberParser {
    /// A footnote mark glued to the end of a number ("42/2024/QH151", "105/2025/NĐ-CP2"): the digits
    /// after a code that is known without them. Returns the number without them and how many scalars
    /// were cut, or nil when the end is not a footnote.
    static func strippingFootnote(_ number: DocumentNumber) -> (DocumentNumber, Int)? {
        guard let issuer = number.issuerCode, let lastPart = issuer.split(separator: "-").last,
              lastPart.last?.isNumber == true else { return nil }
        let letters = String(lastPart.prefix { !$0.isNumber })
        let digits = lastPart.dropFirst(letters.count)
        guard !letters.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        let cut: Int
        var fixed = number
        if letters == "QH" || letters == "UBTVQH" {
            guard digits.count > 2 else { return nil }   // QH15 is a term; QH151 is QH15 and footnote 1
            cut = digits.count - 2
        } else if IssuerCodes.all.contains(where: { $0.code == letters }), digits.count <= 2 {
            cut = digits.count                             // "NĐ-CP2"
        } else if number.style == .legal, number.typeCode == nil, !issuer.contains("-"), isTypeCode(letters), digits.count <= 2 {
            cut = digits.count                             // "105/2025/NĐ3": the issuer was lost, the type stays
            fixed.typeCode = letters
            fixed.issuerCode = nil
            fixed.canonical = String(number.canonical.dropLast(cut))
            fixed.text = String(number.text.dropLast(cut))
            return (fixed, cut)
        } else {
            return nil
        }
        fixed.issuerCode = String(issuer.dropLast(cut))
        fixed.canonical = String(number.canonical.dropLast(cut))
        fixed.text = String(number.text.dropLast(cut))
        return (fixed, cut)
    }
}

extension NumberParser {
    /// OCR sets a number's digits apart ("Số:8 5 2 0/BCT-KHCN") or reads a speck after them ("Số: 566./TB-UBND"):
    /// single digits one space apart before the symbol are one number, and a full stop before its "/" goes.
    private static let ocrRunningNumber = try! Pattern(#"^(?:(?:\d ){1,5}\d(?=\s*/)|\d{1,5}\.(?=/))"#)

    static func tidyingRunningNumber(_ candidate: String) -> String {
        guard let m = ocrRunningNumber.firstMatch(in: candidate), let r = m.range(0) else { return candidate }
        return candidate.replacingCharacters(in: r, with: candidate[r].filter { $0 != " " && $0 != "." })
    }
}
