import PCRE2
/// The pipeline, one direction only:
/// decode → glyph ids (when the layer is written in them) → lines (normalize) → a margin all lines share → leading matter (notes, front
/// matter, a page's chrome) → repair (a layout OCR's box tags, a Word dump's tables put back, long lines, blank interleave, gazette headers, page furniture, signature
/// stamps, inline HTML tags, Markdown, split numbers, letter spacing, split words; accentless keywords on an accentless layer)
/// → header (and a blank number's digits from the signing stamp) → regions (body, closing, appendices) → unbreak + outline → closing (and what follows its signature) →
/// appendices (and the header's date from them when it cannot exist) → extract (dates, references) → check →
/// Document.
public struct DocumentParser: Sendable {
    /// Options of one parse.
    public struct Options: Sendable {
        /// Replace invalid UTF-8 with U+FFFD (and say so in a diagnostic) instead of failing.
        public var lossy = false
        /// The day `date.future` compares against; nil means today.
        public var asOf: CalendarPoint?
        public init(lossy: Bool = false, asOf: CalendarPoint? = nil) { self.lossy = lossy; self.asOf = asOf }
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    /// Parses raw bytes. Throws only when the bytes are not text (`InputError`); every other problem
    /// becomes a diagnostic.
    public func parse(bytes: [UInt8], name: String) throws(InputError) -> Document {
        let decoded = try TextDecoder.decode(bytes, lossy: options.lossy)
        var document = parse(text: decoded.text, name: name, sha256: SHA256.hex(bytes))
        document.source.bytes = bytes.count
        document.source.encoding = decoded.encoding
        if !decoded.replacedOffsets.isEmpty {
            document.diagnostics.insert(Diagnostic(rule: "text.invalid-bytes", severity: .warning,
                message: "\(decoded.replacedOffsets.count) invalid UTF-8 sequence(s) replaced, the first at byte \(decoded.replacedOffsets[0])",
                span: .documentStart), at: 0)
        }
        return document
    }

    /// Parses decoded text (`source.sha256` is then the digest of its UTF-8 bytes).
    public func parse(text: String, name: String) -> Document {
        parse(text: text, name: name, sha256: SHA256.hex(Array(text.utf8)))
    }

    private func parse(text: String, name: String, sha256: String) -> Document {
        let glyphDecoded = GlyphIdText.decodeIfNeeded(text)
        let read = LineReader.read(glyphDecoded ?? text)
        var lines = read.lines
        var repairs = (glyphDecoded == nil ? [] : [GlyphIdText.id]) + read.repairs
        CommonMargin().run(&lines, repairs: &repairs)
        // A scraper's escaped line wraps first: every later stage reads the words they glue.
        EscapedLineBreaks().run(&lines, repairs: &repairs)
        // An export's comments and header table, before the notes are looked for: their tags are no page chrome.
        HtmlLayoutMarkup().run(&lines, repairs: &repairs)
        OcrBoxTags().run(&lines, repairs: &repairs)
        OcrEdgeDebris().run(&lines, repairs: &repairs)
        // A Word dump's header and signing tables written after the body go back in place, whole, as rows.
        TablesAfterParagraphs().run(&lines, repairs: &repairs)
        // Notes, front matter and a page's chrome above the document, seen before the Markdown repair strips
        // a note's "# ".
        let lastLeadingLine = LeadingMatter.lastLine(in: lines)
        let firstTrailingLine = TrailingMatter.firstLine(in: lines)
        let originalLineCount = lines.count
        LongLines().run(&lines, repairs: &repairs)
        InterleavedBlankLines().run(&lines, repairs: &repairs)
        GazetteHeaders().run(&lines, repairs: &repairs)
        PageFurniture().run(&lines, repairs: &repairs)
        SignatureStamps().run(&lines, repairs: &repairs)
        GluedClosing().run(&lines, repairs: &repairs)
        CrawlerPrefixes().run(&lines, repairs: &repairs)
        WordShapeLabels().run(&lines, repairs: &repairs)
        FontCollisions().run(&lines, repairs: &repairs)
        // Before the Markdown repair, which blanks the lone "|" between a web page's header cells.
        HeaderWraps().run(&lines, repairs: &repairs)
        HtmlInlineTags().run(&lines, repairs: &repairs)
        MarkdownMarkup().run(&lines, repairs: &repairs)
        SplitNumbers().run(&lines, repairs: &repairs)
        LostLineHyphens().run(&lines, repairs: &repairs)
        LetterSpacedWords().run(&lines, repairs: &repairs)
        SplitWords().run(&lines, repairs: &repairs)
        // A footnote of the first page set above the header is the document's: read for citations, not for the header.
        let ownFootnote = LeadingMatter.ownFootnote(in: lines, through: lastLeadingLine)
        // The notes are not the document: the header is read without them (a site's title "# V/v …" would
        // otherwise open the subject).
        // Nor is a law site's matter under it; `source.repairs` says it was set aside.
        if firstTrailingLine != nil { repairs.append(TrailingMatter.id) }
        if lastLeadingLine > 0 || firstTrailingLine != nil {
            let trailing = firstTrailingLine ?? Int.max
            lines = lines.map { line in
                guard !line.isBlank, line.lastLine <= lastLeadingLine || line.firstLine >= trailing else { return line }
                return line.blanked
            }
        }
        let layer = TextLayerQuality.assess(lines)
        UnaccentedKeywords(appliesTo: layer?.kind == .noDiacritics).run(&lines, repairs: &repairs)

        // A document that is only an appendix ("Phụ lục" first, sent apart from its decision) has no header.
        // A collector's note in prose may stand above it.
        let labelAfterNotes = Self.appendixLabel(afterNotesIn: lines)
        let firstText = labelAfterNotes ?? lines.firstIndex { !$0.isBlank } ?? 0
        let appendixOnly = firstText < lines.count && (AppendixParser.opens(lines[firstText]) || Self.opensAttachment(lines, at: firstText))
        var headerResult = appendixOnly
            ? HeaderParser.Result(header: Header(), bodyStart: firstText, splitGluedColumns: false, preambleStart: nil)
            : HeaderParser().parse(lines)
        if headerResult.splitGluedColumns { repairs.append("header-columns") }
        headerResult.header.respellOrganisationNames()
        headerResult.header.respellProvincePlace()
        headerResult.header.splitYearGluedToSequence()
        if !appendixOnly, StampedNumber.fill(&headerResult.header, from: lines[headerResult.bodyStart...]) { repairs.append("stamped-number") }
        let regions = Regions(lines: lines, bodyStart: headerResult.bodyStart, appendixOnly: appendixOnly)
        // From the top: a header that found nothing may have passed over the page's title ("Thông báo Khẩn ngày …" /
        // "Kính gửi: …").
        if !appendixOnly {
            LeadSentence.fill(&headerResult.header, from: Array(lines[..<regions.body.upperBound]))
            TitleBlockHeading.fill(&headerResult.header, from: lines[..<regions.body.upperBound])
        }
        if let subject = headerResult.header.subject {
            // A text that lost every diacritic is not guessed at word by word (`UnaccentedKeywords`). A subject in
            // capitals has its syllables run together cut apart first ("BANHÀNH KẾ HOẠCH …"), where documents write them.
            let body = Array(lines[regions.body])
            let respelled = SubjectSpelling.respelled(GluedSyllables.separatedWhereWritten(subject.text, body: body), body: body,
                                                      commonPairs: layer?.kind != .noDiacritics)
            if respelled != subject.text { headerResult.header.subject = TextField(text: respelled, span: subject.span) }
        }

        // A Markdown table in the body is read as its rows' text; its separator row is markup, which would otherwise
        // join the row under it or open a "-" item.
        let unbroken = UnbreakLines.apply(PipeTableReader.blankingSeparatorRows(Array(lines[regions.body])))
        if unbroken.changed { repairs.append(UnbreakLines.id) }
        if !appendixOnly, headerResult.header.place == nil, headerResult.header.date == nil {
            SigningFormula.fill(&headerResult.header, from: unbroken.lines.suffix(60) + lines[regions.closing])
        }
        var outline = OutlineBuilder()
        for line in unbroken.lines { outline.accept(line) }

        var diagnostics: [Diagnostic] = []
        let closing = ClosingParser().parse(Array(lines[regions.closing]))
        let footnoteLines = Footnotes.lineNumbers(in: lines).union(ownFootnote.flatMap { $0.span.start.line...$0.span.end.line })
        // Text after the signature that no label opened is an attachment too.
        let trailing = TrailingAttachment.lines(in: lines, region: regions.closing, closing: closing, footnotes: footnoteLines,
                                                attachmentFollows: !regions.attachmentStarts.isEmpty)
        let attachmentLines = Array(lines[regions.attachments])
        var appendices = trailing.map { AppendixParser().parse(Array(lines[$0]), starts: [0], diagnostics: &diagnostics) } ?? []
        appendices += AppendixParser().parse(attachmentLines, starts: regions.attachmentStarts.map { $0 - regions.attachments.lowerBound },
                                             diagnostics: &diagnostics)

        OwnDate.recover(&headerResult.header, from: appendices)
        let preamble = min(headerResult.preambleStart ?? regions.body.lowerBound, regions.body.lowerBound)
        if appendixOnly, let appendix = appendices.first {
            // An attachment titled by its own type ("QUY TRÌNH", "KẾ HOẠCH") is that type; any other is a Phụ lục.
            let own = AppendixParser.opens(lines[firstText]) ? nil : DocumentTypes.named(appendix.label)
            headerResult.header.documentType = DocumentTypeField(text: appendix.label, name: own?.name ?? "Phụ lục", code: own?.code, span: lines[firstText].span)
            if let title = appendix.title { headerResult.header.subject = TextField(text: title, span: appendix.titleSpan ?? appendix.span) }
        }
        // A note someone put above the document ("[Bản trích chữ tự động … từ BC 892/BC-SNNMT …]", "# … — BẢN
        // TEXT") is not the document: nothing is cited or dated in it. Those notes were blanked above; a note
        // in prose over an appendix label ends at the label.
        let notes = max(labelAfterNotes ?? 0, lines.prefix(while: \.isBlank).count)
        let extractionLines = UnbreakLines.apply(ownFootnote).lines + Self.joiningCaptions(Array(lines[min(notes, preamble)..<preamble]))
            + UnbreakLines.apply(Array(lines[preamble..<regions.body.lowerBound])).lines
            + unbroken.lines + UnbreakLines.apply(Array(lines[regions.closing])).lines
            + UnbreakLines.apply(attachmentLines).lines
        let extracted = Extraction(lines: extractionLines, header: headerResult.header, appendices: appendices,
                                   footnoteLines: footnoteLines, appendixOnly: appendixOnly)

        var document = Document(
            source: SourceInfo(name: name, sha256: sha256, bytes: text.utf8.count, lines: originalLineCount,
                               encoding: "utf-8", repairs: repairs),
            kind: DocumentKind.of(headerResult.header, attachedTo: appendixOnly ? appendices.first?.attachedTo : nil),
            header: headerResult.header,
            body: outline.finish(),
            closing: closing,
            appendices: appendices,
            references: extracted.references,
            dates: extracted.dates,
            diagnostics: diagnostics)
        if let kind = layer?.kind { UnreliableFields.scrub(&document, layer: kind) }
        document.diagnostics += Checker(asOf: options.asOf ?? CalendarPoint.today, lines: lines, layer: layer).run(on: document)
        document.diagnostics.sort { ($0.span.start, $0.rule) < ($1.span.start, $1.rule) }
        return document
    }
}

extension DocumentParser {
    /// The header's lines with a bracketed attachment caption wrapped over lines joined into one (`WrappedCaption`),
    /// so the citation keeps its date. The other header lines stay as they are: its columns are not sentences.
    static func joiningCaptions(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        var caption = WrappedCaption()
        for line in lines {
            guard !line.isBlank else { result.append(line); continue }
            switch caption.read(line.trimmed().text) {
            case .continues: result[result.count - 1].append(line.trimmed())
            case .opens: result.append(line.trimmed())
            case .outside, .whole: result.append(line)
            }
        }
        return result
    }

    /// Whether the text opens as an attachment sent on its own, without a "PHỤ LỤC" label: up to four lines of
    /// title in capitals, then its caption in brackets ("QUY TRÌNH" / "NỘI BỘ, LIÊN THÔNG GIẢI QUYẾT …" /
    /// "(Kèm theo Quyết định số …)"). A header's lines (quốc hiệu, "Số:") never stand above such a caption.
    static func opensAttachment(_ lines: [TextLine], at first: Int) -> Bool {
        var titleLines = 0
        for line in lines[first...].prefix(8) where !line.isBlank {
            let text = line.trimmed().text
            if AppendixParser.isBracketedCaption(text) { return titleLines > 0 }
            guard titleLines < 4, VietnameseText.isUppercase(text), !HeaderPatterns.nationalTitleStart.matches(text),
                  !HeaderPatterns.motto.matches(text), !text.contains("|") else { return false }
            titleLines += 1
        }
        return false
    }

    /// The line of an appendix label ("PHỤ LỤC II") that opens the text after at most three lines of prose
    /// (a collector's note: "BẢN TRÍCH CHỮ BẰNG OCR (tesseract …) — Phụ lục II kèm QĐ …"), or nil. Lines in
    /// capitals, short lines and header components are no note (a page number on the first line is): a document
    /// with them has a header.
    static func appendixLabel(afterNotesIn lines: [TextLine]) -> Int? {
        var notes = 0
        for (i, line) in lines.prefix(40).enumerated() where !line.isBlank {
            if AppendixParser.opens(line) { return notes > 0 ? i : nil }
            notes += 1
            let text = line.text
            // A page number left above it ("11": a page cut from a longer file).
            let t = line.trimmed().text
            if notes == 1, (1...3).contains(t.utf8.count), t.allSatisfy(\.isNumber) { continue }
            guard notes <= 3, text.count >= 40, !VietnameseText.isUppercase(text),
                  !HeaderPatterns.nationalTitleStart.matches(text), !HeaderPatterns.motto.matches(text) else { return nil }
        }
        return nil
    }
}

extension DocumentKind {
    /// Party when the number or the header says so; legal when the number carries a year (unless its type is
    /// never a legal act) or the type is one only legal acts bear (treaties included); administrative otherwise.
    /// A document that is only an appendix, with no number of its own, is of the kind of the document it is
    /// attached to ("Kèm theo Nghị định số 30/2020/NĐ-CP": legal).
    static func of(_ header: Header, attachedTo parent: Reference? = nil) -> DocumentKind {
        if let title = header.nationalTitle?.text, HeaderPatterns.partyTitle.matches(title) { return .party }
        if header.number == nil, let parent {
            return of(number: parent.number, typeName: parent.documentType)
        }
        return of(number: header.number, typeName: header.documentType?.name)
    }

    private static func of(number: DocumentNumber?, typeName: String?) -> DocumentKind {
        // A party-style symbol with a state body's code after the slash is the state's, as the central bodies
        // numbered their acts into the 2000s ("28-L/CTN", the President's order of 1993 promulgating a Pháp lệnh).
        if number?.style == .party, IssuerCodes.entry(number?.issuerCode ?? "")?.family != "state" { return .party }
        // A party committee's symbol in state style ("1547/1999/QĐ-TU"): the issuer code says party.
        if let issuer = number?.issuerCode, IssuerCodes.entry(issuer)?.family == "party" { return .party }
        if number?.style == .legal, !namesAdministrativeType(number, typeName) { return .legal }
        if let typeName, DocumentTypes.onlyLegalNames.contains(typeName) { return .legal }
        // A code only legal acts bear, a year in the symbol or not ("7566/VBHN-BKHĐT", a consolidated text).
        if let code = number?.typeCode.map(NumberParser.tableTypeCode), DocumentTypes.onlyLegalCodes.contains(code) { return .legal }
        return .administrative
    }

    /// A year in the symbol of a type that is never a legal act ("05/2015/TB-LPQT", a Thông báo): neither its
    /// type code nor its type name belongs to a legal act.
    private static func namesAdministrativeType(_ number: DocumentNumber?, _ typeName: String?) -> Bool {
        guard let written = number?.typeCode else { return false }
        let code = NumberParser.tableTypeCode(written)   // "HDLN": a joint Hướng dẫn
        // A Chỉ thị was a legal act under the laws on legal documents of 1996 and 2008, until the law of 2015 took
        // effect in July 2016; the year in "01/2009/CT-VKSTC" says it was issued as one.
        if code == "CT", let year = number?.year, year <= 2016 { return false }
        let legal = DocumentTypes.all.filter { $0.family == "legal" }
        let codeIsLegal = legal.contains { $0.code == code || $0.olderCodes.contains(code) }
        let nameIsLegal = typeName.map { name in legal.contains { $0.name == name } } ?? false
        return !codeIsLegal && !nameIsLegal && DocumentTypes.all.contains { $0.code == code }
    }
}
