import Foundation
import PCRE2
/// Finds cited documents in running text: the number, the type named before it, the date and the
/// issuer after it. All mentions of one number become one `Reference`.
///
/// Decisions: technical standards ("QCVN 01:2019/BCT") and numbers without a symbol ("Đề án 06") are
/// not references; a number needs a running number or, when blank (a draft), the word "số" before it.
enum ReferenceExtractor {
    private static let code = NumberParser.code
    /// A number in running text, also glued to its "số" ("kế hoạch số12/KH-THTBS"), or to the "s" a text layer left
    /// of it ("Nghị định s20/2008/NĐ-CP"). Up to one space is allowed
    /// around "/" and "-".
    private static let part = NumberParser.part
    static let number = try! Pattern(
        "(?:(?<=[sS]ố)|(?<=\\bs)|(?<![\\p{L}\\d/:.,-]))(?<num>(?:\\d{1,6}(?:\\.\\d{1,4}|[a-z](?=/))?) ?(?:[/-] ?(?:19|20)\\d\\d ?/ ?\(code)(?: ?[-–/] ?\(code))*|- ?\(code) ?/ ?\(code)(?:-\(code))*|//? ?\(code)(?:(?: ?[-–] ?|/ ?)\(part))+|/\(code)(?=[\\s,;.)]|$))|\\d{1,6}\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}/\(code)(?:-\(code))*)(?![\\p{L}\\d/-])")
    /// A symbol of before 1992, the issuer's code after a hyphen and no slash ("số 214-CP ngày 21/11/1970"): read
    /// after "số" only, and only when the code is a state issuer's (`NumberParser.stateHyphen`).
    private static let hyphenOnlyNumber = try! Pattern(#"[sS]ố (?<num>\d{1,6} ?- ?\p{Lu}[\p{Lu}\p{Ll}]{1,6})(?![\p{L}\d/-])"#)

    /// The same after its type's name without "số" ("theo Quyết định 201-CP ngày 01 tháng 7 năm 1980"), the acts of
    /// the Government and its head that were so numbered.
    private static let hyphenOnlyAfterType = try! Pattern(#"(?<!\p{L})(?:Quyết định|Nghị định|Nghị quyết|Chỉ thị|Thông tư) (?<num>\d{1,6} ?- ?\p{Lu}[\p{Lu}\p{Ll}]{1,6})(?![\p{L}\d/-])"#,
                                                           options: .caseless, requiringOneOf: ["định ", "Định ", "ĐỊNH ", "quyết ", "Quyết ", "QUYẾT ", "thị ", "Thị ", "THỊ ", "tư ", "Tư ", "TƯ "])

    /// A number whose slash a web copy lost, a space left in its place ("công văn số 15486 BTC-QLN ngày 02 tháng 11 năm
    /// 2009"): read after "số" only, and only when the code before the hyphen is a state issuer's, the unit's after it.
    private static let slashLostNumber = try! Pattern(#"[sS]ố (?<num>\d{1,6} (?<issuer>\p{Lu}[\p{Lu}\p{Ll}&]{1,8})-\p{Lu}[\p{Lu}\p{Ll}\d&]{0,11})(?![\p{L}\d/-])"#)

    /// The cheap test before `hyphenOnlyNumber` and `slashLostNumber`, on bytes: "ố " and a digit.
    private static func hasDigitAfterSo(_ text: String) -> Bool {
        let so = Array("ố ".utf8)
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            so.withUnsafeBufferPointer { so in
                var from = 0
                while let at = bytes.firstOffset(of: so, from: from) {
                    if at + so.count < bytes.count, (0x30...0x39).contains(bytes[at + so.count]) { return true }
                    from = at + 1
                }
                return false
            }
        } ?? text.containsBytes("ố ")
    }

    /// A word a web copy glued to the end of a number ("02/BC-BPCngày", "46/2010/QH12ngày", the quốc hiệu's
    /// "1073/QĐ-UBNDCỘNG HÒA", "17/HQĐNa-GSQLđề nghị"): the number ends at the capital or digit before it. A code's
    /// own lower-case letters carry no diacritic ("QĐi", "TTr", "HQĐNa"); "ngày", "năm" and "của" may follow one
    /// ("899/QĐ-TTgngày": the code is TTg).
    private static let gluedWord = try! Pattern(#"(?:(?<=[\p{Lu}\d])|(?<=[\p{Lu}]\p{Ll}))(?:ngày|Ngày|năm|của)$|(?<=[\p{Lu}\d])(?!\p{Ll}(?:ngày|năm|của)$)(?:CỘNG|(?=\p{Ll}*[^\x00-\x7F])\p{Ll}{2,})$"#)
    /// A blank draft number after "số": "số    /KH-SKHCN".
    private static let blankNumber = try! Pattern("(?i:số)\\s*:?\\s*(?<num>/ ?(?:(?:19|20)\\d\\d ?/ ?)?\(code)(?: ?- ?\(code))+)(?![\\p{L}\\d/-])")
    /// "số" as written, also as OCR without a Vietnamese model leaves it ("so 66.25/2026/NQ-CP").
    private static let numberWord = try! Pattern(#"\b(?:[sS][ốo]|số hiệu)\s*:?\s*$"#)
    /// "số 1 " / "số I " just before a number: a digit OCR set apart (I and l read for 1).
    private static let ocrSplitDigit = try! Pattern(#"(?<=\b[sS]ố )(?<digit>[1-9Il]) $"#)
    /// " 5" just after "…/QH1", " 13" just after "…/QH": the legislature's term set apart.
    private static let ocrSplitTerm = try! Pattern(#"^ (?<digit>\d{1,2})(?![\d/\p{L}])"#)
    /// "ngày", also as OCR leaves its vowel ("ngây 17 tháng 01 năm 2026", "ngay").
    /// Also "ngy", a text layer that lost its non-ASCII letters ("… số 179/2009/NQ-HND ngy 20/4/2009 ca …").
    static let dayWordSpelling = "(?:" + VietnameseText.dayWordPattern + "|ngy)"
    /// A speck OCR read as a stop may stand between ("15/QĐ-TTg. ngày 30/3/2021"): a stop before "ngày" in small letters
    /// (a sentence would open with "Ngày"). "đề ngày" dates a letter, also as OCR reads it ("để ngày").
    private static let afterNumber = try! Pattern(#"^\s*(?:\.\s*,|[,(]|\.(?=\s*(?-i:ng)))?\s*(?:ban hành\s+|được ban hành\s+|ký\s+|đ[ềể]\s+)?(?="# + dayWordSpelling + #"|\d)"#, options: .caseless)
    private static let issuer = try! Pattern(#"^\s*,?\s*(?:của|do)\s+(?<issuer>\p{Lu}[\p{L}&]*(?:\s+(?!(?:[vV]/[vV]|về|thực|sửa|quy|Quy định|hướng|ban hành|phê|triển|đã|được|và|tại|trong|năm|cho|với|số|ngày|theo|nhằm|để|khóa|khoá|từ|đến|có|là|giao(?! thông)|tổ|ủy quyền|công bố|về việc|đối|đối với|nêu|như|quản lý|chưa|không|cũng|sẽ|cần|phải|đang|vẫn|nên|mà|thì|nay|này|đó|bị|gồm|kèm)\b)[\p{L}.&]+){0,8})"#)

    private static let formerName = try! Pattern(#"^\s*\(\s*(?:trước đây là|nay là|trước là)\s+(?<former>[^)]{3,80})\)"#, options: .caseless)

    /// One raw mention before mentions are grouped.
    struct Mention {
        var number: DocumentNumber
        var text: TextField
        var documentType: String?
        var date: DateMention?
        var issuer: String?
        /// The issuer's other name given beside it ("trước đây là …", "nay là …").
        var formerIssuer: String?
        /// Said in a footnote (`Footnotes`): its date yields to the body's when they disagree.
        var inFootnote = false
    }

    /// The mentions of numbers in `line`; `dates` are the dates already found in it.
    static func mentions(in line: TextLine, dates: [DateMention]) -> [Mention] {
        // A long line holds many dates: each number looks only at those just after it (`dateLaterInClause`).
        let datesByStart = dates.sorted { $0.span.start < $1.span.start }
        let text = line.text
        // A legal-text site's list of related documents, printed above the header or after the closing ("- 1 Công
        // văn 8737/VPCP-KTN năm 2016 tình hình …"): the site's titles, not citations of the document.
        if let first = text.utf8.first(where: { $0 != 0x20 }), first == 0x2D || first == 0xE2, HeaderPatterns.siteRelatedDocument.matches(text) { return [] }
        // Every number has a "/" (state, legal, party), or before 1992 a "-" — a line without either cites nothing.
        let hasSlash = text.containsByte(0x2F)
        guard hasSlash || text.containsByte(0x2D) else { return [] }
        var result: [Mention] = []
        /// Where each of `result` stands in the line's UTF-8 bytes.
        var taken: [(Int, Int)] = []
        let patterns = (hasSlash ? [number, blankNumber] : []) + (Self.hasDigitAfterSo(text) ? [hyphenOnlyNumber, slashLostNumber] : [])
            + [hyphenOnlyAfterType]
        for pattern in patterns {
            for m in pattern.allMatches(in: text) {
                guard let (matchLower, wholeUpper) = m.byteRange(pattern === number ? 0 : pattern.groupNumber(named: "num")!),
                      !taken.contains(where: { $0.0 < wholeUpper && matchLower < $0.1 }),
                      let written = m["num"] else { continue }
                // A word a web copy glued on ("156/2013/NĐ-CPngày 11 tháng 11 năm 2013") is no part of the number.
                let glued = gluedWord.firstMatch(in: String(written))?.byteRange(0)
                let raw = glued.map { String(decoding: written.utf8.prefix($0.0), as: UTF8.self) } ?? String(written)
                // Cyrillic look-alikes typed or OCR'd into a symbol ("06/2022/TT-BТС") read as the Latin letters they
                // show; the mention keeps them as written (`text.confusable` reports them).
                var folded = Confusables.fold(raw)
                if pattern === slashLostNumber {
                    guard let issuer = m["issuer"], NumberParser.isStateIssuer(String(issuer)), let space = folded.firstIndex(of: " ") else { continue }
                    folded.replaceSubrange(space...space, with: "/")
                }
                guard var parsed = NumberParser.parse(folded) else { continue }
                if folded != raw { parsed.text = VietnameseText.collapse(raw) }
                var matchUpper = wholeUpper - (glued.map { $0.1 - $0.0 } ?? 0)
                var upper = matchUpper
                var lower = matchLower
                // OCR split a digit off the running number ("số 1 25/2025/NĐ-CP", "số I 40/2025/NĐ-CP") or off
                // the legislature's term ("58/2024/QH1 5"): rejoined when the pieces can only be one number.
                if pattern === number, let split = ocrSplitDigit.firstMatch(in: String(decoding: text.utf8.prefix(lower), as: UTF8.self)),
                   let digit = split["digit"], let seq = parsed.sequence, seq < 1000, parsed.year != nil,
                   let joined = NumberParser.parse((digit == "I" || digit == "l" ? "1" : String(digit)) + String(raw).filter { $0 != " " }) {
                    lower -= split.byteRange(0)!.1 - split.byteRange(0)!.0
                    parsed = joined
                    parsed.text = String(decoding: text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: lower)..<text.utf8.index(text.utf8.startIndex, offsetBy: upper)], as: UTF8.self)
                }
                if pattern === number, parsed.canonical.hasSuffix("QH1") || parsed.canonical.hasSuffix("QH"),
                   let term = ocrSplitTerm.firstMatch(in: String(decoding: text.utf8.dropFirst(upper), as: UTF8.self)),
                   let digit = term["digit"], let session = Int((parsed.canonical.hasSuffix("QH1") ? "1" : "") + digit), (8...16).contains(session),
                   let joined = NumberParser.parse(parsed.canonical + digit) {
                    let written = parsed.text
                    upper += term.byteRange(0)!.1
                    matchUpper = upper
                    parsed = joined
                    parsed.text = written + " " + digit
                }
                if let (fixed, cut) = NumberParser.strippingFootnote(parsed) {
                    parsed = fixed
                    upper -= cut   // footnote marks are ASCII digits: one byte each
                }
                let before = String(decoding: text.utf8.prefix(lower), as: UTF8.self)
                // A number without a running integer ("66.4/2025/NQ-CP", "10.11/TTr-VMI") needs "số" or its type's
                // name just before it.
                if pattern === number, parsed.sequence == nil, !numberWord.matches(before), !Self.endsWithTypeName(before) { continue }
                if isStandard(before) { continue }
                parsed = NumberParser.splittingLostHyphen(parsed)
                taken.append((lower, upper))
                // What follows the number as written (past a footnote mark that was cut off it).
                let after = String(decoding: text.utf8.dropFirst(matchUpper), as: UTF8.self)
                let span = line.span(utf8: lower..<upper)
                var mention = Mention(number: parsed, text: TextField(text: parsed.text, span: span))
                mention.documentType = typeName(before: before)
                if mention.documentType == "Công văn" { mention.number = NumberParser.readAsLetter(mention.number) }
                var issuerSearch = after
                let lead = afterNumber.firstMatch(in: after).map { String(decoding: after.utf8.dropFirst($0.byteRange(0)!.1), as: UTF8.self) }
                if let lead, let date = Self.date(opening: lead, among: dates, after: span.end), !Self.opensNextClause(date, after: after),
                   !Self.closesAmendedList(before) {
                    mention.date = date
                    if let range = Self.written(date, in: after) { issuerSearch = String(after[range.upperBound...]) }
                }
                if mention.date == nil, let date = dateBefore(lower, in: line, dates: dates) { mention.date = date }
                if let im = issuer.firstMatch(in: issuerSearch), let name = im["issuer"] {
                    var rest = String(issuerSearch[im.range(0)!.upperBound...])
                    var name = String(name)
                    // "của Bộ Tài nguyên và Môi trường": a body whose name has a "và" (a comma, a hyphen) in it
                    // goes on past it, where the pattern stops at a "và" that would join another body.
                    if let longer = Self.bodyNamed(name, goingOn: rest) {
                        rest = String(rest.dropFirst(longer.count - name.count)); name = longer
                    }
                    mention.issuer = VietnameseText.collapse(name).trimmingTrailing(".")
                    // "của Bộ Xây dựng (trước đây là Bộ Giao thông vận tải)": the issuer under its former name.
                    if let f = formerName.firstMatch(in: rest), let former = f["former"] {
                        mention.formerIssuer = VietnameseText.collapse(former)
                    }
                    // "số 13/GCN của Phòng Cảnh sát … ngày 14/6/2021": the date right after the issuer dates the
                    // number; after a comma it opens the next clause ("… của Chính phủ, ngày 17/6/2025 Bộ trưởng …").
                    if mention.date == nil, mention.formerIssuer == nil,
                       let date = Self.date(opening: String(rest.drop { $0 == " " }), among: dates, after: span.end) {
                        mention.date = date
                    }
                }
                if mention.date == nil, let date = Self.dateLaterInClause(after, from: span.end, among: datesByStart) { mention.date = date }
                result.append(mention)
            }
        }
        let order = result.indices.sorted { taken[$0].0 < taken[$1].0 }
        return Self.sharingListedDates(order.map { result[$0] }, at: order.map { taken[$0] }, in: text)
    }

    /// The vowels of "mẫu" and "biểu", in either case.
    private static let formWordVowels: Set<Unicode.Scalar> = ["ẫ", "Ẫ", "ể", "Ể"]

    /// Whether the number after `before` is a technical standard's ("QCVN 01:2019/BCT", "TCVN …") or a form's
    /// code, not a document's.
    private static func isStandard(_ before: String) -> Bool {
        let tail = before.suffix(12).uppercased()
        if tail.containsBytes("QCVN") || tail.containsBytes("TCVN") || tail.containsBytes("QCĐP") || tail.hasSuffix(":") { return true }
        // A form's code ("mẫu số 01/KHBS", "Biểu số 02/BC") names no document. Those words carry "ẫ" or "ể" (the
        // text is NFC): most tails have neither and need no words cut.
        guard before.suffix(16).unicodeScalars.contains(where: { Self.formWordVowels.contains($0) }) else { return false }
        let words = before.suffix(16).lowercased().split(separator: " ").suffix(2).map { $0.trimmingCharacters(in: [":"]) }
        return words.first == "mẫu" || words.first == "biểu" || words.last == "mẫu"
    }

    /// Whether `text` ends with a document type's name ("… theo quy định của Nghị quyết").
    static func endsWithTypeName(_ text: String) -> Bool {
        guard let name = typeName(before: text) else { return false }
        return VietnameseText.foldKey(text).hasSuffix(VietnameseText.foldKey(name))
    }

    /// The document type named just before a number ("Kế hoạch hành động số" → "Kế hoạch").
    static func typeName(before text: String) -> String? {
        // A table's cell ends at its "|": a type name that ends the cell before ("… cấp Giấy chứng nhận | 3380/QĐ-BNNMT")
        // names no number after it, unless it is the whole cell (a column "Loại văn bản": "Quyết định | 12/QĐ-UBND").
        var cell = text
        if let bar = text.utf8.lastIndex(of: UInt8(ascii: "|")) {
            cell = String(text[text.utf8.index(after: bar)...])
            if cell.allSatisfy({ $0 == " " || $0 == "\t" }) {
                let before = text[..<bar]
                let previous = before.utf8.lastIndex(of: UInt8(ascii: "|")).map { String(before[before.utf8.index(after: $0)...]) } ?? String(before)
                if let entry = DocumentTypes.named(previous.trimmingCharacters(in: .whitespaces)) { return entry.name }
            }
        }
        // Only the last words matter: split the tail, not the whole line before the number.
        let tail = cell.utf8.count > 160 ? String(decoding: cell.utf8.suffix(160), as: UTF8.self) : cell
        // Tokens without a letter or digit (OCR debris: "Nghị ` @ định") do not break a name.
        // Split on scalars: a split on characters walks grapheme clusters, many times slower.
        let words = tail.unicodeScalars.split(separator: " ").map(Substring.init).filter { $0.contains { $0.isLetter || $0.isNumber } }
            .suffix(14).map { $0.drop { "(“\"[".contains($0) } }
        guard !words.isEmpty else { return nil }
        // Walk back to the nearest word that starts a known type name.
        let list = Array(words)
        for start in stride(from: list.count - 1, through: 0, by: -1) {
            let firstWord = list[start]
            guard firstWord.first?.isUppercase == true else { continue }
            if start < list.count - 1, list[start..<list.count].contains(where: { $0.hasSuffix(";") || $0.hasSuffix(".") && $0.count > 3 }) { break }
            // Only a word that can begin a type name is worth building candidates from.
            guard DocumentTypes.firstWords.contains(VietnameseText.foldKey(String(firstWord))) else { continue }
            // "Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch …": an office's name, not a document's type.
            if start > 0, Self.officeWords.contains(list[start - 1].lowercased()) { continue }
            for length in (1...min(4, list.count - start)).reversed() {
                let candidate = list[start..<(start + length)].joined(separator: " ")
                guard let entry = DocumentTypes.named(candidate) else { continue }
                guard namesTheNumber(gap: list[(start + length)...]) else { return nil }
                // "Thông báo Kết luận số 2056-TB/TU": a type named right before another is the document's; the
                // second says what it is about.
                if start >= 2, list[start - 2].first?.isUppercase == true,
                   let outer = DocumentTypes.named(list[(start - 2)..<start].joined(separator: " ")) { return outer.name }
                return entry.name
            }
        }
        return nil
    }

    /// Words that make a following type name part of an office's name ("Bộ Kế hoạch và Đầu tư").
    private static let officeWords: Set<String> = ["bộ", "sở", "phòng", "ban", "vụ", "cục", "viện"]

    /// Whether a type name followed by `gap` names the number after the gap: nothing between them
    /// ("Quyết định 123/QĐ-UBND"), "số" last ("Kế hoạch hành động số"), or a title in capitals ("Luật Đất đai
    /// 31/2024/QH15", "Kế hoạch của UBND tỉnh số"). Lower-case words without "số" are a sentence that
    /// lost words, as OCR does ("ban hành Quy chế công 33/CT-TTg"): the type is not this number's.
    private static func namesTheNumber(gap: ArraySlice<Substring>) -> Bool {
        guard let first = gap.first, let last = gap.last else { return true }
        // "số", also as OCR misread its tone or hat ("sô", "so").
        let word = Array(last.lowercased().unicodeScalars.prefix { $0 != ":" })
        let isSo = word.count == 2 && word[0] == "s" && "oóòỏõọôốồổỗộơớờởỡợ".unicodeScalars.contains(word[1])
        return isSo || first.first?.isUppercase == true
    }

    /// The names of bodies with "và", a comma or a hyphen inside (`OrganisationNames.names`), longest first.
    private static let namesGoingOn = OrganisationNames.names
        .filter { $0.contains(" VÀ ") || $0.contains(",") || $0.contains(" - ") }.sorted { $0.count > $1.count }

    /// `name` and as much of `rest` as makes it a body's whole name ("Bộ Tài nguyên" + " và Môi trường, …" →
    /// "Bộ Tài nguyên và Môi trường"), as written; nil when no such name goes on from it.
    static func bodyNamed(_ name: String, goingOn rest: String) -> String? {
        // Only where the issuer pattern stopped at such a joint can a longer name go on.
        guard rest.hasPrefix(" và ") || rest.hasPrefix(", ") || rest.hasPrefix(" - ") || rest.hasPrefix(" – ") else { return nil }
        let written = name + rest.prefix(80)
        let capitals = written.uppercased()
        guard capitals.count == written.count else { return nil }
        for body in namesGoingOn where body.count > name.count && capitals.hasPrefix(body) {
            let end = capitals.index(capitals.startIndex, offsetBy: body.count)
            if end == capitals.endIndex || !capitals[end].isLetter { return String(written.prefix(body.count)) }
        }
        return nil
    }
}
