import PCRE2
/// Reads "Nơi nhận" and the signature blocks from the lines after the body.
///
/// In layout text the signature stands beside "Nơi nhận" on the same lines; `ColumnSplitter` separates
/// them, and each fragment is read on its own: recipient items start with "-", signature blocks with a
/// mode (TM., KT., TL., TUQ., Q., T/M) or a position line, and end with the signer's name.
struct ClosingParser {
    /// "Nơi nhận:", also as OCR leaves it (".Nới nhận:", "Nơi nhân:"); with its colon, any vowel OCR made
    /// of its marks ("Noi nhQn:", "N(ri nhdn:"); in Markdown emphasis ("*Nơi nhận:*", "_Nơi nhận:_"); its last
    /// letter misread with the colon after it ("Noi nhậm:").
    static let recipientsLead = try! Pattern(#"^[.,'`*_\s]*(?:N[ơớờo]i\s+nh[ậâaấ]n\s*:?|N\S{1,2}i\s+nh\S{1,2}[nm]\s*:)\s*"#, options: .caseless)
    /// A mode takes its dot ("KT.", "Q."), so "Q UẢN LÝ" in OCR text is not "Q."; the slashed "T/M", "K/T", "T/L" need none,
    /// nor the older dotted "T.M", "K.T." and "T.L."; a slash before a space stands for the dot ("KT/ BỘ TRƯỞNG").
    static let mode = try! Pattern(#"^(?:(?<mode>TM|KT|TL|TUQ|Q|T/M|T\.M|K\.T|T\.L|K/T|T/L)(?:\s*[.:]|/(?=\s)|(?<=/[MTL])|(?<=T\.M|T\.L|K\.T)|(?<=TM|KT|TL|TUQ)(?=\s+\p{Lu}\p{Lu}))|(?<full>THAY MẶT|KÝ THAY|THỪA LỆNH|THỪA [ỦU]Y QUYỀN)\s)\s*(?<rest>\p{Lu}.*)$"#)

    /// The mode's code from a `mode` match: "T/M" and "T.M" as TM, and the words written out in treaties
    /// and some party documents ("THAY MẶT CHÍNH PHỦ …" as TM, "KÝ THAY" KT, "THỪA LỆNH" TL, "THỪA ỦY QUYỀN" TUQ).
    static func code(of m: Match) -> String {
        if let short = m["mode"] { return String(short).replacingOccurrences(of: "/", with: "").replacingOccurrences(of: ".", with: "") }
        switch m["full"].map(String.init) ?? "" {
        case "THAY MẶT": return "TM"
        case "KÝ THAY": return "KT"
        case "THỪA LỆNH": return "TL"
        default: return "TUQ"
        }
    }
    /// A signer's office line (a school's, a bank's, a command's too); "PHÓ VĂN PHÒNG" only alone on its line ("VĂN PHÒNG UBND …" is a body).
    /// "P." abbreviates "PHÓ" ("P. GIÁM ĐỐC").
    static let position = try! Pattern(#"^(?:PHÓ VĂN PHÒNG\s*$|(?:PHÓ\s+|P\.\s*|TỔNG\s+|KT\.\s*)?(?:GIÁM ĐỐC|CHỦ TỊCH|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|BÍ THƯ|PHÓ BÍ THƯ|CỤC TRƯỞNG|PHÓ CỤC TRƯỞNG|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|CHÁNH THANH TRA|VIỆN TRƯỞNG|CHÁNH ÁN|TRƯỞNG ĐOÀN|TỔNG BÍ THƯ|CHỦ NHIỆM|GIÁM ĐỐC SỞ|TRƯỞNG BAN QUẢN LÝ|THỦ TRƯỞNG|KẾ TOÁN|NGƯỜI LẬP|ỦY VIÊN|THƯ KÝ|CHỦ TRÌ|CHỦ TỌA|CHỦ TOẠ|NGƯỜI GHI BIÊN BẢN|NGƯỜI LẬP BIÊN BẢN|NGƯỜI CHỨNG KIẾN|NGƯỜI VI PHẠM|HIỆU TRƯỞNG|HIỆU PHÓ|VỤ TRƯỞNG|CHI CỤC TRƯỞNG|HẠT TRƯỞNG|ĐỘI TRƯỞNG|TỔ TRƯỞNG|TRƯỞNG TRẠM|TRƯỞNG KHOA|TRƯỞNG TIỂU BAN|TRƯỞNG CHI NHÁNH|THỐNG ĐỐC|KIỂM TOÁN TRƯỞNG|TỔNG KIỂM TOÁN|TỔNG THANH TRA|TƯ LỆNH|CHÍNH ỦY|CHÍNH UỶ|CHỈ HUY TRƯỞNG)\b.*)$"#)
    /// A position in ordinary case, as web copies print the signer's ("Thủ tướng", "Bộ trưởng", "KT. Bộ trưởng").
    static func isOrdinaryCasePosition(_ text: String) -> Bool {
        text.count <= 40 && !VietnameseText.isUppercase(text) && !text.hasSuffix(".") && position.matches(text.uppercased())
    }
    /// "ĐẠI DIỆN SỞ CÔNG THƯƠNG", "ĐẠI DIỆN" alone above the body's name: a party signing a biên bản.
    static let representative = try! Pattern(#"^ĐẠI DIỆN\b\s*(?<body>.*)$"#)

    /// A line that heads a signature block: a mode, a position, or a party's representative.
    static func isSignatureHead(_ text: String) -> Bool {
        mode.matches(text) || representative.matches(text) || position.matches(text) && VietnameseText.isUppercase(text)
    }

    static let signedNote = try! Pattern(#"^\(?\s*(?:Đã ký|đã ký|Chữ ký số|Ký số|ký|Ký|Signature|Signed)\b.*$"#)
    /// OCR's specks after a closing's line as words of their own ("Hoàng Trung Hải ˆ", "PHÓ THỦ TƯỚNG `"): quotes,
    /// carets, bars and underscores. Not every word without letters: a stop, comma or semicolon ends an item, a dash
    /// joins it to the next line ("Bộ Lao động -" / "Thương binh …"), a bracket closes what it opened. A stroke
    /// glued to a position's last capital goes too.
    static func withoutTrailingSpecks(_ line: TextLine) -> TextLine {
        let specks = "ˆ^|`'\"‘’“”_~¬".unicodeScalars
        var end = line.scalarCount
        let scalars = Array(line.text.unicodeScalars)
        while end > 0 {
            var start = end
            while start > 0, specks.contains(scalars[start - 1]) { start -= 1 }
            guard start < end, start > 0, scalars[start - 1] == " " else { break }
            end = start
            while end > 0, scalars[end - 1] == " " { end -= 1 }
        }
        let cut = end == line.scalarCount || end == 0 ? line : line.slice(0..<end)
        // A stamp's stroke glued to a position's last capital ("PHÓ THỦ TƯỚNGy]"): the position without it.
        if cut.text.utf8.count <= 80, let m = Self.gluedSpeck.firstMatch(in: cut.text), let lower = m.byteRange(0)?.0 {
            let kept = cut.slice(0..<cut.scalarOffset(utf8: lower))
            if VietnameseText.isUppercase(kept.text), position.matches(kept.trimmed().text) { return kept }
        }
        return cut
    }
    private static let gluedSpeck = try! Pattern(#"(?<=\p{Lu})[\p{Ll}\[\]|]{1,2}$"#)

    /// The most signers that wait for their names at once: a grid of signers in raw reading order (a biên bản's
    /// rows of two or three, a joint document's issuers) is far narrower.
    static let widestGrid = 16
    /// Characters of the longest line in capitals a signature block holds (an authority of three offices, a body's long name).
    static let longestSignatureLine = 56

    /// A signer's name, after a rank if any; a stamp's speck may stand before it ("*Nguyen Đức Chi").
    static let name = try! Pattern(#"^[*•]?\s*(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$"#)
    /// A military or police rank written before a signer's name ("Thượng tướng Nguyễn Văn Gấu").
    static let rank = try! Pattern(#"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)\s+"#)
    static let archive = try! Pattern(#"^L[ưu]u\b\s*:?"#, options: .caseless)
    /// What stands before a recipient: its dash or bullet, a Word cell separator "/", OCR's "~" for "-".
    static let itemDebris = String(ListBullet.marks) + "/~|* "

    func parse(_ allLines: [TextLine]) -> Closing {
        let lines = Self.beforeEnclosedDocument(allLines)
        var closing = Closing()
        var items: [TextLine] = []
        var blocks: [[TextLine]] = []
        var inRecipients = false
        var bulletAlone = false   // a Markdown bullet seen alone, opening the next recipient
        // Blocks still waiting for their signer's name, in order: one normally; several when raw reading order
        // runs the signers of a grid together ("KT. BỘ TRƯỞNG" / "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / "THỨ TRƯỞNG" /
        // two names): titles and names then go to the waiting blocks in turn. Kept as blocks come and take their
        // names, and never more than `widestGrid`: the oldest gives up waiting, so a closing of many signers costs
        // its length, not its length times its signers.
        var waiting: [Int] = []
        var nameTaken: Bool { waiting.isEmpty }   // every block has its name (none waits)
        func open(_ block: [TextLine]) {
            blocks.append(block)
            waiting.append(blocks.count - 1)
            if waiting.count > Self.widestGrid { waiting.removeFirst() }
        }
        func name(_ block: Int) { waiting.removeAll { $0 == block } }
        var titledInGrid = Set<Int>()   // in a grid, the blocks that took a position line
        var orphanNames: [TextLine] = []   // names no block took: raw order ran them ahead of their block, or OCR lost the title
        // A name run onto a recipient after its comma ("- Các sở, ban, ngành, Nguyễn Thành Sinh"): taken only if the
        // waiting block finds no name of its own, since a recipient may end by naming a person.
        var namesAfterComma: [(block: Int, name: TextLine)] = []

        // Columns come from the layout's gaps only; a line cut where raw order glued two columns together
        // keeps its reading order (its pieces have no place on the page to group by).
        let pageOpeners = PageFurniture.pageOpeners(lines)
        let fragmentLines = Self.joiningLoneWords(RunTogetherSigners.unfolded(lines.filter { !$0.isBlank })).map { ColumnSplitter.fragments(of: $0) }
        for read in SignatureGrid.ordered(fragmentLines, isHead: Self.isSignatureHead).flatMap(Self.splitEmbeddedSignature) {
            let whole = Self.withoutTrailingSpecks(read)
            var fragment = whole
            // OCR glues the signer's position onto a recipient beside it ("- Như trên, LÓ CỤC TRƯỞNG"):
            // a block that has only its mode takes the office that ends the line.
            // The authority's second office glued likewise ("KT. BỘ TRƯỞNG," / "- PTTg Hoàng Trung CHỦ NHIỆM").
            if inRecipients, let last = blocks.last, last.count == 1, !nameTaken, last[0].text.hasSuffix(","),
               Self.mode.matches(last[0].text), let office = PositionTitle.office(ending: whole.text), office.start > 0 {
                blocks[blocks.count - 1].append(whole.slice(office.start..<whole.scalarCount))
                fragment = whole.slice(0..<office.start).trimmed()
            } else if inRecipients, let last = blocks.last, !nameTaken, let (code, authority) = SignatureBlock.awaitingTitle(last),
               Self.endsInCapitals(whole.text), !Self.isSignatureHead(whole.text),
               let office = PositionTitle.reading(whole.text, mode: code, authority: authority, atEnd: true),
               office.start > 0 {
                blocks[blocks.count - 1].append(whole.slice(office.start..<whole.scalarCount))
                fragment = whole.slice(0..<office.start).trimmed()
            }
            // So it glues the signer's name after a recipient's ";" ("thuộc BQP (73); Phạm Hoài Nam"): a block that
            // has its title (a mode line and the title, or a title alone: "THỦ TƯỚNG") and waits for its name takes
            // a name there that opens with a family name.
            if inRecipients, let last = blocks.last, last.count >= 2 || !Self.mode.matches(last[0].text), !nameTaken {
                if let cut = SignatureBlock.gluedName(in: fragment) {
                    blocks[blocks.count - 1].append(fragment.slice(cut..<fragment.scalarCount).trimmed())
                    name(blocks.count - 1)
                    fragment = fragment.slice(0..<cut).trimmed()
                } else if let cut = SignatureBlock.gluedName(in: fragment, after: [","]) {
                    namesAfterComma.append((blocks.count - 1, fragment.slice(cut..<fragment.scalarCount).trimmed()))
                }
            }
            let text = fragment.text
            // A web page's comments or related pages under the document: the closing has ended.
            if HeaderPatterns.siteFooterHeading.matches(text) { break }
            // Capitals opening the page after the list's "Lưu: …" that are no signer's mode, office or name: an
            // attachment whose label OCR lost ("THÁP LUẬT ĐỀ XUẤT SỬA ĐỔI …"), not the signer's title.
            if closing.archive != nil, pageOpeners.contains(whole.firstLine), whole.firstLine == read.firstLine,
               VietnameseText.isUppercase(text), !Self.mode.matches(text), !Self.position.matches(text),
               !Self.representative.matches(text), !Self.name.matches(text) { break }
            if let m = Self.recipientsLead.firstMatch(in: text) {
                inRecipients = true
                if closing.recipientsLabel == nil {
                    // The label from its "N" to its colon, without OCR's specks or Markdown's emphasis around it.
                    let matched = fragment.slice(0..<fragment.scalarOffset(utf8: m.byteRange(0)!.1))
                    let lead = matched.text.unicodeScalars.prefix { ".,'`*_ \t".unicodeScalars.contains($0) }.count
                    let tail = matched.text.unicodeScalars.reversed().prefix { "*_ \t".unicodeScalars.contains($0) }.count
                    let label = matched.slice(lead..<max(lead, matched.scalarCount - tail))
                    closing.recipientsLabel = TextField(text: label.text, span: label.span)
                }
                let rest = fragment.slice(fragment.scalarOffset(utf8: m.byteRange(0)!.1)..<fragment.scalarCount).trimmed()
                let debris = rest.text.unicodeScalars.prefix { Self.itemDebris.unicodeScalars.contains($0) }.count
                let undashed = rest.slice(debris..<rest.scalarCount)
                if Self.mode.matches(rest.text) {
                    open([rest])
                } else if Self.position.matches(undashed.text), VietnameseText.isUppercase(undashed.text) {
                    // The signer's office beside "Nơi nhận:", OCR's dash between ("Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM").
                    open([undashed])
                } else if let office = PositionTitle.garbled(beside: undashed) {
                    // The office as OCR left it there ("Nơi nhận: TỎNG CỤC TRƯỞNG", "Nơi nhận: ,CỤC TRƯỞNG").
                    open([office])
                } else if !rest.isBlank, ListBullet.opens(rest.text) {
                    items.append(rest)
                    // The whole list in one cell beside "Nơi nhận:", its "Lưu: …" last, is closed already.
                    if let last = Self.splitRunTogether(rest).last, Self.archive.matches(last.text.trimmingLeading(Self.itemDebris)) {
                        closing.archive = TextField(text: "", span: last.span)
                    }
                }
                continue
            }
            if Self.mode.matches(text), !nameTaken, let last = blocks.last, last.count < 3,
               !Self.startsAnotherSigner(text, after: last) {
                blocks[blocks.count - 1].append(fragment); continue
            }
            if Self.mode.matches(text) || Self.representative.matches(text)
                || (Self.position.matches(text) && VietnameseText.isUppercase(text) && (nameTaken || blocks.isEmpty)) {
                if let last = blocks.last, !nameTaken, last.count < 4, Self.position.matches(text),
                   !(Self.mode.matches(text) && Self.startsAnotherSigner(text, after: last)) {
                    blocks[blocks.count - 1].append(fragment)
                } else {
                    open([fragment])
                }
                continue
            }
            if !blocks.isEmpty, !nameTaken {
                // A type name alone on its line opens the document attached after the signature ("TM. ỦY BAN NHÂN
                // DÂN" / "QUY CHẾ" / "HOẠT ĐỘNG CỦA TỔ CÔNG TÁC …"): the closing has ended.
                if text.utf8.count <= 40, VietnameseText.isUppercase(text), DocumentTypes.named(text) != nil { break }
                if VietnameseText.isUppercase(text) && !ListBullet.opens(text) {
                    // Capitals that spell no word ("\"LH -", "HH" of a page OCR read rotated) are debris.
                    if !Self.spellsAWord(text) { continue }
                    // A title too long for any office or body under a block still waiting for its signer ("QUẢN LÝ, VẬN
                    // HÀNH VÀ SỬ DỤNG HỆ THỐNG PHẦN MỀM MỘT CỬA …"): the attached regulation's, whose type line a web
                    // copy dropped. The closing has ended.
                    if text.count >= Self.longestSignatureLine, !Self.position.matches(text), !Self.mode.matches(text),
                       !Self.representative.matches(text) { break }
                    // In a grid a position goes to the first waiting signer without one; an agency's name
                    // printed over its stamp belongs to no block.
                    if waiting.count > 1 {
                        if Self.position.matches(text),
                           let target = Self.sharingAWord(text, among: waiting, of: blocks)
                            ?? waiting.first(where: { blocks[$0].count == 1 && Self.mode.matches(blocks[$0][0].text) }) {
                            blocks[target].append(fragment)
                            titledInGrid.insert(target)
                        }
                        continue
                    }
                    if blocks[blocks.count - 1].count < SignatureBlock.linesBeforeName(blocks[blocks.count - 1]) {
                        blocks[blocks.count - 1].append(fragment); continue
                    }
                }
                // A web copy's office in ordinary case under its mode line ("TM. Ủy ban nhân dân tỉnh" / "Chủ tịch").
                if waiting.count == 1, Self.isOrdinaryCasePosition(text),
                   blocks[blocks.count - 1].count < SignatureBlock.linesBeforeName(blocks[blocks.count - 1]) {
                    blocks[blocks.count - 1].append(fragment); continue
                }
                if Self.signedNote.matches(text) { continue }
                if Self.name.matches(text) {
                    // Names come in the order of the positions above them: the first waiting signer that took a
                    // position in the grid, else the first still waiting.
                    let target = waiting.first(where: titledInGrid.contains) ?? waiting.first ?? blocks.count - 1
                    blocks[target].append(fragment)
                    name(target)
                    continue
                }
            }
            if Self.name.matches(text), !inRecipients || closing.archive != nil { orphanNames.append(fragment) }
            // A site's list of related documents after the closing ("- 1 Công văn 5384/BHXH-BC về … do … ban hành")
            // names no recipient and ends the list.
            if inRecipients, ListBullet.opens(text), HeaderPatterns.siteRelatedDocument.matches(text) {
                inRecipients = false
                continue
            }
            if inRecipients, closing.archive == nil {
                // OCR's "~" stands for the dash or before it ("~ Tòa án …", "~- Văn phòng Quốc hội;").
                // A Markdown list item ("*   Ban Bí thư …"): its bullet, set apart by spaces, is a fragment of its own.
                if text == "*" { bulletAlone = true; continue }
                let dashed = ListBullet.opens(text) || text.hasPrefix("~ ") || text.hasPrefix("~-")
                    || text.hasPrefix("* ") || bulletAlone
                bulletAlone = false
                // A heading inside the list ("Gửi bản điện tử:", "Gửi bản giấy:") is no recipient.
                if !dashed, text.hasSuffix(":"), text.count <= 40, Self.copyHeading.matches(text) { continue }
                // OCR's scrap of a stamp or a signature that spells no word ("jgyy", "^/cụcTKyt\&v") is no recipient
                // where it would open one; after an item that runs on it is left to that item.
                let lastEnded = items.last.map { Self.endsAnItem($0.text) } ?? true
                if !dashed, lastEnded, text.count <= 20, !text.contains(where: \.isNumber), !Self.spellsAWord(text) { continue }
                if dashed || items.isEmpty {
                    items.append(fragment)
                } else if !lastEnded || Self.isDashList(items) && !Self.archive.matches(text) {
                    // A line without a dash in a list of dashed items wraps the item above, even after
                    // its ";" ("- Công báo; Cổng thông tin điện tử Chính phủ;" / "Cổng thông tin … Bộ Công Thương;").
                    items[items.count - 1].append(fragment)
                } else if !Self.name.matches(text) {
                    items.append(fragment)
                }
                // "Lưu: VT, …" closes the list, with or without its dash.
                if let last = items.last, Self.archive.matches(last.text.trimmingLeading(Self.itemDebris)) {
                    closing.archive = TextField(text: "", span: last.span)
                }
            }
        }
        // A lone name is the signer; names that ran ahead of their blocks go, in order, to the blocks left
        // without one, so no signer's name is lost.
        if blocks.isEmpty, let name = orphanNames.last {
            // A web copy's position in ordinary case just above the name or its "(Đã ký)".
            let above = lines.filter { !$0.isBlank && $0.span.start < name.span.start && !Self.signedNote.matches($0.trimmed().text) }.last
            blocks = [above.map { Self.isOrdinaryCasePosition($0.trimmed().text) ? [$0.trimmed(), name] : [name] } ?? [name]]
        } else {
            for (block, name) in zip(waiting, orphanNames) { blocks[block].append(name) }
            // Two such names leave the signer to a name line of its own: neither is taken.
            if orphanNames.isEmpty, namesAfterComma.count == 1, let (block, name) = namesAfterComma.first, waiting.contains(block),
               let item = items.lastIndex(where: { $0.text.hasSuffix(", " + name.text) || $0.text.contains(", " + name.text + " ") }) {
                blocks[block].append(name)
                items[item] = Self.without(name.text, in: items[item])
            }
        }
        closing.recipients = Self.recipients(from: items)
        closing.archive = closing.recipients.last { Self.archive.matches($0.text) }
        // A position printed under a signer's name ("Hoàng Văn Thuân" / "PHÓ GIÁM ĐỐC" / "SỞ CÔNG THƯƠNG")
        // is that signer's other office, not a second signature: a block with neither mode nor name
        // after a signed block is dropped. A party's representative ("ĐẠI DIỆN …") who left no name still signs.
        var signed = false
        blocks = blocks.filter { block in
            let hasMode = Self.mode.matches(block[0].text) || Self.representative.matches(block[0].text)
            let hasName = block.count > 1 && Self.name.matches(block[block.count - 1].text)
            defer { signed = signed || hasName }
            return hasMode || hasName || !signed
        }
        closing.signatures = blocks.map(SignatureBlock.reading)
        return closing
    }

    /// Whether a recipient's text ends its item: ";", "." or ":".
    static func endsAnItem(_ text: String) -> Bool { text.hasSuffix(";") || text.hasSuffix(".") || text.hasSuffix(":") }

    /// Whether `text` has a word of two letters or more that is a Vietnamese syllable.
    static func spellsAWord(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 2 && VietnameseSyllable.isValid(String($0)) }
    }

    /// The closing's lines up to the header of a document that follows it: a scan that bundles a letter
    /// with what it encloses (a licence, minutes) goes on after the letter's signature with another quốc
    /// hiệu, whose signers are not this document's. (Extraction still reads those lines.)
    static func beforeEnclosedDocument(_ lines: [TextLine]) -> [TextLine] {
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return lines }
        let end = lines[(first + 1)...].firstIndex { line in
            HeaderPatterns.nationalTitleStart.matches(line.text) || HeaderPatterns.motto.matches(line.text)
        }
        return end.map { Array(lines[..<$0]) } ?? lines
    }

    /// Whether the last word of `text` is in capitals (two letters or more): where a glued office could end.
    static func endsInCapitals(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return VietnameseText.isUppercase(last)
    }

    /// A mode line right under another that starts a second signer rather than combining with it: the
    /// same mode again ("KT." under "KT.", "THAY MẶT …" under "THAY MẶT …": one signs for each). "TM. …" /
    /// "KT. …" and "TL. …" / "KT. …" combine.
    static func startsAnotherSigner(_ text: String, after block: [TextLine]) -> Bool {
        guard let first = block.first, let m = mode.firstMatch(in: first.text), let n = mode.firstMatch(in: text) else { return false }
        return code(of: n) == code(of: m) || VietnameseText.collapse(first.text) == VietnameseText.collapse(text)
    }

    /// A mode alone on its line ("TL." over "BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm" in a web copy, a party
    /// letter's "K/T" over "TRƯỞNG BAN") goes with the line under it.
    static let loneMode = try! Pattern(#"^\s*(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)\.?\s*$"#)
    /// The first word of a deputy's title alone on its line, as a web copy wraps it ("THỨ" / "TRƯỞNG", "PHÓ" /
    /// "GIÁM ĐỐC"): it goes with the line under it too.
    /// So does a unit's or head's first word ("VỤ" / "TRƯỞNG", "VỤ" / "LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ", "CỤC" / "TRƯỞNG").
    static let loneTitleWord = try! Pattern(#"^\s*(?:THỨ|PHÓ|VỤ|CỤC)\s*$"#)
    /// A deputy's first word alone: never the last word of a mode line wrapped before it.
    private static let loneDeputyWord = try! Pattern(#"^\s*(?:THỨ|PHÓ)\s*$"#)
    /// A mode line cut after a word that names no one alone ("TL. BỘ" / "TRƯỞNG"): the word on the next line ends it.
    private static let modeCutAfterBody = try! Pattern(#"\s(?:BỘ|VỤ|CỤC)\s*$"#)
    private static let oneWordInCapitals = try! Pattern(#"^\s*\p{Lu}+\s*\|?\s*$"#)

    /// A line that is one word in capitals of at most four letters ("VỤ", "TRỰC"), a web copy's cell border after
    /// it or not: the word, or nil.
    private static func wrappedWord(_ line: TextLine) -> TextLine? {
        let word = line.trimmed()
        let letters = word.text.hasSuffix("|") ? word.slice(0..<(word.scalarCount - 1)).trimmed() : word
        guard (2...4).contains(letters.scalarCount), VietnameseText.isUppercase(letters.text),
              letters.text.allSatisfy(\.isLetter) else { return nil }
        return letters
    }

    /// A capital letter alone on its line over the rest of a person's name in small letters: "N" / "guyễn Cao Lục".
    static func isNameCutAfterItsFirstLetter(_ letter: TextLine, _ rest: TextLine) -> Bool {
        let capital = letter.trimmed().text
        guard capital.unicodeScalars.count == 1, capital.first?.isUppercase == true,
              rest.text.first?.isLowercase == true else { return false }
        return SignatureBlock.isPersonsName(capital + VietnameseText.collapse(rest.trimmed().text))
    }

    /// `lines` with a lone mode or a lone first word of a title joined to the line under it, a mode line with
    /// its wrapped last word, and a name cut after its first letter made whole.
    static func joiningLoneWords(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            if i + 1 < lines.count, loneMode.matches(lines[i].text) || loneTitleWord.matches(lines[i].text),
               lines[i + 1].text.first?.isUppercase == true {
                result.append(lines[i].trimmed().joined(with: lines[i + 1].trimmed()))
                i += 2
            } else if i + 1 < lines.count, modeCutAfterBody.matches(lines[i].text), mode.matches(lines[i].trimmed().text),
                      oneWordInCapitals.matches(lines[i + 1].text), !loneDeputyWord.matches(lines[i + 1].text) {
                result.append(lines[i].trimmed().joined(with: lines[i + 1].trimmed()))
                i += 2
            } else if i + 1 < lines.count, Self.isNameCutAfterItsFirstLetter(lines[i], lines[i + 1]) {
                // A web copy cut the signer's name after its first letter ("N" / "guyễn Cao Lục").
                result.append(lines[i].trimmed().joined(with: lines[i + 1].trimmed(), separator: ""))
                i += 2
            } else if i + 1 < lines.count, let word = wrappedWord(lines[i + 1]), !loneDeputyWord.matches(word.text),
                      mode.matches(lines[i].trimmed().text) {
                // A mode line wrapped before its last word, in a web copy's cell ("TM. BAN THƯỜNG" / "VỤ |"): no title
                // or name is one word ("THỨ" / "TRƯỞNG" under "KT. BỘ TRƯỞNG" is the title's first word).
                result.append(lines[i].trimmed().joined(with: word))
                i += 2
            } else {
                result.append(lines[i])
                i += 1
            }
        }
        return result
    }

    /// The waiting block whose head shares a word with a position ("TRƯỞNG ĐOÀN" under "ĐẠI DIỆN ĐOÀN THANH
    /// TRA"), words of three letters or more that name no rank or body in general.
    static func sharingAWord(_ position: String, among waiting: [Int], of blocks: [[TextLine]]) -> Int? {
        let generic: Set<Substring> = ["ĐẠI", "DIỆN", "PHÓ", "NHÂN", "DÂN", "TRƯỞNG"]
        let words = Set(position.split(separator: " ").filter { $0.count >= 3 && !generic.contains($0) })
        return waiting.first { i in blocks[i][0].text.split(separator: " ").contains { words.contains($0) } }
    }
}
