import Foundation
import PCRE2

/// The header lines cut into column fragments, with the pieces that extraction scattered put back:
/// a place-and-date broken over lines ("Lào Cai, ngày" / "tháng" / "năm 2026"), a number whose slot is
/// on another line ("Số:" … "/KH-UBND"), a symbol that runs on ("…-BYT-" … "BCT-BTC-…").
struct HeaderFragments {
    struct Fragment {
        var line: TextLine
        /// Index of the (repaired) line it came from.
        var index: Int
        /// The fragment's line indentation in the layout.
        var indent: Int
    }

    private(set) var fragments: [Fragment] = []
    /// True when a line that glued two columns together had to be split.
    private(set) var splitGluedColumns = false

    private static let danglingDate = try! Pattern(#"(?:ngày|tháng|năm)\s*[\d.…]*\s*$"#, options: .caseless)
    /// A piece of a wrapped date: "tháng …", "năm …", a day with or without its month ("12" / "tháng 09 …" in a
    /// web page's cell), a year.
    private static let datePiece = try! Pattern(#"^(?:tháng|năm|\d{1,2}(?:\s+(?:tháng|năm)|\s*$)|\d{4})"#, options: .caseless)
    /// A place and its comma alone on a line, the date wrapped onto the next: "Quảng Bình," / "ngày 25 …".
    private static let placeAlone = try! Pattern(#"^(?:TP\.\s*)?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*){0,4}\s*,$"#)
    /// A place cut inside its name ("TP Hồ Chí" / "Minh, ngày …", "TP." / "Hồ Chí Minh, ngày …").
    private static let placeHead = try! Pattern(#"^(?:(?:TP\.?|Tp\.|Thành phố)(?:\s+|$))?(?:\p{Lu}\p{Ll}*(?:(?: | ?[-–] ?)\p{Lu}\p{Ll}*){0,3})?$"#)
    private static let placeTail = try! Pattern(#"^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}\s*,\s*ngày"#)

    /// Whether `text` and `next` are one place-and-date line wrapped: after the place's comma ("Quảng Bình," /
    /// "ngày …") or inside the place's name ("TP Hồ Chí" / "Minh, ngày …").
    private static func cutsPlaceDate(_ text: String, _ next: String) -> Bool {
        if next.hasPrefix("ngày") { return text.utf8.last == 0x2C && placeAlone.matches(text) }
        guard !text.isEmpty, text.utf8.count <= 40, next.containsBytes("ngày") else { return false }
        return placeHead.matches(text) && placeTail.matches(next)
    }
    /// The quốc hiệu's opening words, cut after any of them ("CỘNG", "CỘNG HÒA XÃ", "CỘNG HÒA XÃ HỘI CHỦ").
    static let titleStart = try! Pattern(#"^C[ỘO]NG(?:\s*H[OÒ][AÀ](?:\s+X[ÃA](?:\s+H[ỘO]I(?:\s+CH[ỦU](?:\s+NGH[ĨI]A)?)?)?)?)?$"#, options: .caseless)
    private static let emptyNumber = try! Pattern(#"^(?:Số|SỐ)\s*:?\s*$"#)
    private static let numberTail = try! Pattern(#"^[\p{Lu}\p{Cyrillic}\d][\p{Lu}\p{Ll}\p{Cyrillic}\d&]*(?:-[\p{Lu}\p{Cyrillic}\d][\p{Lu}\p{Ll}\p{Cyrillic}\d&]*)*$"#)

    /// A symbol's code: two letters or more in capitals without a mark but "Đ", digits and "&" ("QLVTPTNL",
    /// "KT&KĐCLGD"); a word of a name ("TỈNH") has its marks.
    private static func isCode(_ text: String) -> Bool {
        text.unicodeScalars.count >= 2 && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "Đ" || $0 == "&" }
            && text.unicodeScalars.filter({ ("A"..."Z").contains($0) || $0 == "Đ" }).count >= 2
    }

    init(_ lines: ArraySlice<TextLine>) {
        for (index, line) in zip(lines.indices, lines) where !line.isBlank {
            var pieces = ColumnSplitter.fragments(of: line).compactMap(Self.withoutLeadingRule)
            pieces = pieces.flatMap { piece -> [TextLine] in
                guard let split = Self.splitAllGlued(piece) else { return [piece] }
                splitGluedColumns = true
                return split.compactMap(Self.withoutLeadingRule)
            }
            fragments += pieces.map { Fragment(line: $0, index: index, indent: line.indent) }
        }
        rejoinScatteredPieces()
    }

    /// The fragment among the next three with letters that completes the banner `text` opens (a column's rule,
    /// "-------", between them is no text).
    private static func bannerEnd(of text: String, in fragments: [Fragment], after i: Int) -> Int? {
        fragments.indices.dropFirst(i + 1).lazy.filter { fragments[$0].line.text.contains(where: \.isLetter) }
            .prefix(3).first { completesBanner(text, fragments[$0].line.text) }
    }

    private mutating func rejoinScatteredPieces() {
        var i = 0
        while i < fragments.count {
            if i + 1 < fragments.count, Self.cutsPlaceDate(fragments[i].line.text, fragments[i + 1].line.text) {
                fragments[i].line = fragments[i].line.joined(with: fragments[i + 1].line)
                fragments.remove(at: i + 1)
            }
            let text = fragments[i].line.text
            if HeaderPatterns.placeDate.matches(text) || text.hasPrefix("ngày") {
                // "Lào Cai, ngày" / "tháng" / "năm 2026": join following date pieces until the year.
                var joined = fragments[i].line
                var j = i + 1
                while !containsYear(joined.text), Self.danglingDate.matches(joined.text) || joined.text.hasSuffix(","),
                      j < fragments.count, j <= i + 4 {
                    if Self.datePiece.matches(fragments[j].line.text) {
                        joined = joined.joined(with: fragments[j].line)
                        fragments.remove(at: j)
                    } else {
                        j += 1
                    }
                }
                fragments[i].line = joined
            }
            if Self.opensBanner(text),
               let j = Self.bannerEnd(of: text, in: fragments, after: i) {
                // "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM", cut after any other word ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA
                // VIỆT NAM", OCR's "… VIỆT" / "NAM"), or the party's "ĐẢNG CỘNG SẢN" / "VIỆT NAM": a layout or a web
                // page's cell wraps the banner; the rest may come a few fragments later when the columns alternate.
                fragments[i].line = fragments[i].line.joined(with: fragments[j].line)
                fragments.remove(at: j)
            }
            if Self.emptyNumber.matches(text) {
                // "Số:" alone: its number is the next fragment that is a number and nothing else.
                for j in (i + 1)..<min(fragments.count, i + 5) where NumberParser.parse(fragments[j].line.text) != nil {
                    fragments[i].line = fragments[i].line.joined(with: fragments[j].line)
                    fragments.remove(at: j)
                    break
                }
            } else if HeaderPatterns.number.matches(text), text.hasSuffix("-") {
                // "Số: 24 /HDLN-BCA-BQP-BYT-" … "ВСТ-ВТC-VKSNDTC-TANDTC": the symbol runs on; on the very next line
                // also as one code its cell wrapped ("Số: 2760 /SGTVT-" / "QLVTPTNL", "… /SGD&ĐT-" / "KT&KĐCLGD").
                for j in (i + 1)..<min(fragments.count, i + 14) where Self.numberTail.matches(fragments[j].line.text)
                    && (fragments[j].line.text.contains("-") || j == i + 1 && Self.isCode(fragments[j].line.text)) {
                    fragments[i].line = fragments[i].line.joined(with: fragments[j].line, separator: "")
                    fragments.remove(at: j)
                    break
                }
            }
            i += 1
        }
    }

    /// "--------------Hà Nội, ngày …": a header rule glued to the text before it.
    /// A rule, or a page's list bullet ("• BỘ GIÁO DỤC VÀ ĐÀO TẠO"), before a header line; a dash glued to "Số"
    /// ("-Số: 04/2013/TT-NHNN"); a party header's "*" before the date ("* Hà Nội, ngày …"); a document site's
    /// page mark glued to the issuer ("(1)NGÂN HÀNG NHÀ NƯỚC", "Trang 1UỶ BAN NHÂN DÂN").
    private static let leadingRule = try! Pattern(#"^(?:[-–—_=*~.]{3,}(?:[oO0]{3}[-–—_=*~.]*)?|[•▪●◦*](?=\s)|[-–](?=Số)|(?:\(\d{1,2}\)|Trang\s*\d{1,3})(?=\p{Lu}{2}))\s*"#)
    private static let listNumber = try! Pattern(#"^\s*\d{1,2}\.\s+"#)
    /// A rule after a header line, also glued to it ("TỈNH AN GIANG******").
    private static let trailingRule = try! Pattern(#"(?:\s+|(?<=\p{Lu}))[-–—_=*~]{3,}$"#)
    /// "--------------Hà Nội, ngày …", "VĂN PHÒNG CHÍNH PHỦ -------": header rules glued to the text.
    private static func withoutLeadingRule(_ line: TextLine) -> TextLine? {
        var line = line
        if let m = leadingRule.firstMatch(in: line.text) {
            let start = line.scalarOffset(utf8: m.byteRange(0)!.1)
            if start < line.scalarCount { line = line.slice(start..<line.scalarCount) }
        }
        // A Word list's number before the issuer's first line ("1. UBND TỈNH NINH THUẬN").
        if let first = line.text.utf8.first(where: { $0 != 0x20 }), first >= 0x30 && first <= 0x39,
           let m = listNumber.firstMatch(in: line.text), let end = m.byteRange(0)?.1,
           HeaderPatterns.startsOrganisation(String(decoding: line.text.utf8.dropFirst(end), as: UTF8.self)) {
            line = line.slice(line.scalarOffset(utf8: end)..<line.scalarCount)
        }
        if let last = line.text.unicodeScalars.last, "-–—_=*~".unicodeScalars.contains(last), let m = trailingRule.firstMatch(in: line.text) {
            let end = line.scalarOffset(utf8: m.byteRange(0)!.0)
            if end > 0 { line = line.slice(0..<end) }
        }
        return line
    }

    private static let year = try! Pattern(#"năm\s*\d{4}|/\d{4}"#, options: .caseless)
    /// The party's banner cut after any word ("ĐẢNG", "ĐẢNG CỘNG SẢN").
    private static let partyBannerStart = try! Pattern(#"^Đ[ẢA]NG(?:\s+C[ỘO]NG(?:\s+S[ẢA]N(?:\s+VI[ỆE]T)?)?)?$"#, options: .caseless)

    /// The opening words of a banner that a cell or a layout cut: the quốc hiệu's (OCR's slips included) or the
    /// party's.
    private static func opensBanner(_ text: String) -> Bool {
        switch text.utf8.first {
        case 0x43, 0x63: titleStart.matches(text) || HeaderPatterns.truncatedTitle.matches(text)
        case 0xC4: partyBannerStart.matches(text)
        default: false
        }
    }

    /// The enacting authorities whose name goes on with the quốc hiệu ("QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
    private static let authoritiesOfTheNation = ["QUỐC HỘI NƯỚC", "CHỦ TỊCH NƯỚC"]

    /// Whether `rest` is what the banner's opening words `start` lack, and nothing more.
    private static func completesBanner(_ start: String, _ rest: String) -> Bool {
        let joined = start + " " + rest
        return [HeaderPatterns.nationalTitle, HeaderPatterns.partyTitle].contains { pattern in
            guard let range = pattern.firstMatch(in: joined)?.byteRange(0) else { return false }
            return range.0 == 0 && range.1 == joined.utf8.count
        }
    }

    private func containsYear(_ text: String) -> Bool {
        Self.year.matches(text)
    }

    /// "Số: 3479/VPCP-NN V/v xây dựng …": the subject glued after the number.
    /// Also glued to a code in capitals, the number's last ("Số: 2597/VPCP-NCV/v tổ chức …"), or followed by a
    /// colon ("Số: 2428/BXD-QLN V/v: Hỗ trợ …").
    private static let vvInside = try! Pattern(#"(?:(?<=\s)|(?<=\p{Lu}{2}))(?:V/v|V/V):?\s"#, requiringOneOf: ["V/v", "V/V"])

    /// Splits a fragment that glues two header columns: "Số: /KH-SKHCN Quảng Ngãi, ngày …",
    /// "UBND TỈNH X CỘNG HÒA XÃ HỘI …", "TỈNH Y Độc lập - Tự do - Hạnh phúc".
    static func splitGlued(_ fragment: TextLine) -> [TextLine]? {
        let text = fragment.text
        var cut: Range<String.Index>?
        let place = HeaderPatterns.placeDate.firstMatch(in: text)?.range(0) ?? GarbledPlaceDate.start(in: text).map { $0..<text.endIndex }
        if let r = place, r.lowerBound > text.startIndex,
           text[..<r.lowerBound].contains(where: { $0 == "/" || $0 == ":" || $0.isUppercase }) { cut = r }
        else {
            // The first title or motto that does not open the fragment: "UBND TỈNH X CỘNG HÒA …", and
            // "CỘNG HÒA … VIỆT NAM Độc lập - Tự do - Hạnh phúc" in one Markdown cell (cut before the motto).
            // A banner in ordinary case inside prose is a name in a sentence ("… Chủ tịch Quốc hội nước Cộng hòa Xã hội
            // Chủ nghĩa Việt Nam;"): a column's banner is in capitals, or follows a column in capitals.
            let banners = [HeaderPatterns.nationalTitle, HeaderPatterns.partyTitle, HeaderPatterns.nationalTitleStart]
                .compactMap { $0.firstMatch(in: text)?.range(0) }
                .filter { $0.lowerBound > text.startIndex
                    && (VietnameseText.isUppercase(String(text[$0])) || VietnameseText.isUppercase(String(text[..<$0.lowerBound]))) }
            let motto = HeaderPatterns.motto.firstMatch(in: text)?.range(0).flatMap { $0.lowerBound > text.startIndex ? $0 : nil }
            cut = (banners + [motto].compactMap { $0 }).min { $0.lowerBound < $1.lowerBound }
            // The banner that ends the enacting authority of a law or an order ("… NĂM 1991 QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI
            // CHỦ NGHĨA VIỆT NAM Xét thấy …", a flattened copy): the cut falls before the authority, not inside it. In a
            // heading's "CỦA QUỐC HỘI NƯỚC …" the banner still ends the line's first part.
            if let c = cut, case let head = String(text[..<c.lowerBound]).trimmingTrailing(" "),
               let authority = Self.authoritiesOfTheNation.first(where: { head.hasSuffix(" " + $0) && !head.hasSuffix("CỦA " + $0) }) {
                let start = text.index(text.startIndex, offsetBy: head.count - authority.count)
                cut = start..<start
            }
        }
        // The motto with the next column's text after it: "Độc lập – Tự do – Hạnh phúcHà Nội, ngày …", "… Hạnh
        // phúc Số: 05/2019/QĐ-UBND …".
        if cut == nil, text.utf8.first == 0xC4, let r = HeaderPatterns.motto.firstMatch(in: text)?.range(0), r.lowerBound == text.startIndex,
           let next = text[r.upperBound...].first(where: { $0 != " " }), next.isUppercase { cut = r.upperBound..<r.upperBound }
        if cut == nil, let m = vvInside.firstMatch(in: text), let r = m.range(0), r.lowerBound > text.startIndex { cut = r }
        // The quốc hiệu opening the fragment with the left column's next line after it: "CỘNG HÒA XÃ HỘI CHỦ
        // NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO", "… VIỆT NAM Số: 1171/SGDĐT-GDTrH" (columns interleaved in one line).
        if cut == nil, text.utf8.first == 0x43 || text.utf8.first == 0x63, let r = HeaderPatterns.nationalTitle.firstMatch(in: text)?.range(0),
           r.lowerBound == text.startIndex, r.upperBound < text.endIndex, Self.opensLeftColumnLine(text[r.upperBound...].trimmingCharacters(in: .whitespaces)) {
            cut = r.upperBound..<r.upperBound
        }
        // A web copy flattens the whole header into a line or two: after the date's year comes the type
        // name (or "Kính gửi", also glued to the year: "… năm 2016Kính gửi: …"), before "Kính gửi" the
        // subject; a page title sentence runs into the issuer ("… ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM").
        if cut == nil, place?.lowerBound == text.startIndex, let m = Self.afterDate.firstMatch(in: text), let r = m.range(named: "gap") { cut = r }
        // Then the type name and subject in capitals run into the enacting authority and the first "Căn cứ":
        // "QUYẾT ĐỊNH BAN HÀNH … TỈNH TRÀ VINH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật …".
        if cut == nil, text.utf8.count > 120, let r = Self.titleBlockEnd(text) { cut = r }
        // A rule between two columns' text: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND".
        if cut == nil, text.utf8.count > 20, Self.hasRuleRun(text), let r = Self.ruleInside.firstMatch(in: text)?.range(0) {
            cut = r.lowerBound..<r.lowerBound
        }
        // The issuer with its number after it, the left column read across: "CHÍNH PHỦ Số: 101-CP".
        if cut == nil, text.containsBytes("Số"), let m = HeaderPatterns.numberAfterName.firstMatch(in: text), let r = m.range(named: "number"),
           HeaderPatterns.startsOrganisation(String(text[..<r.lowerBound])) { cut = r.lowerBound..<r.lowerBound }
        if cut == nil, HeaderPatterns.subjectLead.matches(text), let m = Self.addresseeInside.firstMatch(in: text), let r = m.range(0) { cut = r }
        if cut == nil, Self.sentenceThenCapital(text), let m = Self.sentenceThenCapitals.firstMatch(in: text), let r = m.range(0),
           text[..<r.lowerBound].contains(where: \.isLowercase), HeaderPatterns.startsOrganisation(String(text[r.upperBound...])) { cut = r }
        guard let cut else { return nil }
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: cut.lowerBound)
        let left = fragment.slice(0..<offset).trimmed(), right = fragment.slice(offset..<fragment.scalarCount).trimmed()
        guard !left.isBlank, !right.isBlank else { return nil }
        return [left, right]
    }

    /// Whether `text` opens a line of the left column: an organisation's name, its territory's line ("THÀNH PHỐ
    /// HỘI AN" under "UỶ BAN NHÂN DÂN"), or the number ("VIỆT NAM VÀ CHÍNH PHỦ …" in a treaty's subject does not).
    private static func opensLeftColumnLine(_ text: String) -> Bool {
        HeaderPatterns.startsOrganisation(text) || territoryLine.matches(text) || HeaderPatterns.number.matches(text) && text.hasPrefix("Số")
    }
    private static let territoryLine = try! Pattern(#"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\p{Lu}"#)

    /// Splits `fragment` at every glued column, at most `depth` times.
    static func splitAllGlued(_ fragment: TextLine, depth: Int = 6) -> [TextLine]? {
        guard let pieces = splitGlued(fragment) else { return nil }
        guard depth > 1 else { return pieces }
        return pieces.flatMap { splitAllGlued($0, depth: depth - 1) ?? [$0] }
    }

    /// The cheap test before `sentenceThenCapitals`: a full stop, a space, then a capital (or a letter outside ASCII).
    private static func sentenceThenCapital(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if previous == (0x2E, 0x20), byte >= 0x41 && byte <= 0x5A || byte >= 0xC3 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The end of a whole date with more text after it, in a place-and-date fragment: "Kon Tum, ngày 04 tháng
    /// 5 năm 2020 QUYẾT ĐỊNH …".
    private static let afterDate = try! Pattern(#"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}(?<gap>\s+(?=\S)|(?=K[íi]nh\s+g[ửu]i))"#)
    /// The body or office that enacts a decision, as it closes a title block. Narrower than `startsOrganisation`,
    /// whose "BAN" would cut "… ỦY" / "BAN NHÂN DÂN …" in two.
    static let enactingAuthority = try! Pattern(#"^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|CHÍNH PHỦ|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BỘ CHÍNH TRỊ|BAN BÍ THƯ|ĐOÀN CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|THỐNG ĐỐC|VIỆN TRƯỞNG|CHÁNH ÁN)(?!\p{L})"#)

    /// Whether the preamble's "Căn cứ …" follows an enacting authority at `position` whose document lost its type line:
    /// at once, or after a council's term line ("KHÓA XVII - KỲ HỌP THỨ BA"), false; after the body's name wrapped under
    /// the office ("CHỦ TỊCH HỘI ĐỒNG TRUNG ƯƠNG" / "LIÊN HIỆP CÁC HỘI KHOA HỌC …"), true: that line is passed over too.
    /// Nil when no "Căn cứ" follows so.
    static func authorityWrapBeforeBasis(_ fragments: [Fragment], after position: Int) -> Bool? {
        if basisFollows(fragments, after: position) { return false }
        guard position + 1 < fragments.count, isAuthorityWrap(fragments[position + 1].line.text),
              basisFollows(fragments, after: position + 1) else { return nil }
        return true
    }

    /// A body's name in capitals wrapped under its office: no number, no term line, no "Căn cứ".
    private static func isAuthorityWrap(_ text: String) -> Bool {
        VietnameseText.isUppercase(text) && text.count <= 80 && text.first?.isLetter == true
            && !HeaderPatterns.isConferenceOrTerm(text) && !HeaderPatterns.basisLead.matches(text)
    }

    /// Whether the preamble's "Căn cứ …" comes next after the fragment at `position`, or after a council's term
    /// line under it.
    private static func basisFollows(_ fragments: [Fragment], after position: Int) -> Bool {
        var next = position + 1
        if next < fragments.count, HeaderPatterns.isConferenceOrTerm(fragments[next].line.text) { next += 1 }
        return next < fragments.count && HeaderPatterns.basisLead.matches(fragments[next].line.text)
    }
    /// Where a flattened title block in capitals ends: before its enacting authority ("ỦY BAN NHÂN DÂN …",
    /// "BỘ TRƯỞNG BỘ Y TẾ") when one closes it, else before "Căn cứ". Nil unless the block opens with a type name
    /// of two words in capitals.
    private static func titleBlockEnd(_ text: String) -> Range<String.Index>? {
        guard text.containsBytes(" Căn cứ "), let basis = text.range(of: " Căn cứ "), basis.lowerBound > text.startIndex else { return nil }
        let block = text[..<basis.lowerBound]
        let typeName = String(block.prefix { $0 != " " }) + " " + String(block.split(separator: " ").dropFirst().first ?? "")
        guard VietnameseText.isUppercase(typeName), DocumentTypes.named(typeName) != nil else { return nil }
        // The type name in capitals and the subject in sentence case: the block ends before "Căn cứ".
        guard VietnameseText.isUppercase(String(block)) else { return basis.lowerBound..<basis.lowerBound }
        // The authority: the longest tail of the block, two to twelve words, that opens with an enacting body or
        // office ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "BỘ TRƯỞNG BỘ Y TẾ").
        let words = block.split(separator: " ")
        for count in stride(from: min(12, words.count - 3), through: 2, by: -1) {
            let tail = words.suffix(count).joined(separator: " ")
            if enactingAuthority.matches(tail), let r = block.range(of: " " + tail, options: .backwards) {
                return r.lowerBound..<r.lowerBound
            }
        }
        return basis.lowerBound..<basis.lowerBound
    }

    /// The cheap test before `ruleInside`: three rule characters in a row.
    private static func hasRuleRun(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte == 0x2D || byte == 0x5F || byte == 0x3D || byte == 0x7E ? run + 1 : 0
            if run == 3 { return true }
        }
        return text.containsBytes("–––") || text.containsBytes("———")
    }

    private static let ruleInside = try! Pattern(#"(?<=\S)\s+[-–—_=~]{5,}\s+(?=\S)"#)
    /// "V/v hướng dẫn … Kính gửi: …": the addressees after a subject.
    private static let addresseeInside = try! Pattern(#"(?<=\S)\s+(?="# + HeaderPatterns.addresseeWords + #"(?!\p{L}))"#)
    /// A sentence, then capitals to the line's end: cut there when they name an issuing body ("Công văn
    /// 19046/BTC-TCHQ. BỘ TÀI CHÍNH") and the sentence has a word in lower case ("KT. BỘ TRƯỞNG" is no sentence).
    private static let sentenceThenCapitals = try! Pattern(#"(?<=[\p{L}\d]\.)\s+(?=[^\p{Ll}]*$)"#)
}
