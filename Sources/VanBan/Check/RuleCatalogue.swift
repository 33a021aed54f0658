/// Every rule, in one place: `vanban check`, `docs/rules.md` and the schema's enum of ids come from here.
public enum RuleCatalogue {
    static let rules: [any Rule] = [
        DateInvalid(), DateCitedAfterIssue(), DateSelfReferenceMismatch(), DateConflictingCitation(),
        DateFuture(), DateFormat(),
        ScheduleWeekend(), ScheduleBeforeIssue(), ScheduleOrder(),
        NumberMissing(), NumberTypeMismatch(), NumberIssuerMismatch(), NumberStyleMismatch(),
        NumberConflictingCitation(), NumberFormat(), NumberLegacyCode(),
        StructureNumberingGap(), StructureMissingComponent(), StructureAppendixMissing(), StructureRecipientsEmpty(), StructureArchiveMissing(), StructureSigningAuthorityMismatch(),
        TextBrokenLayer(), TextMixedToneStyle(), TextConfusable(), TextRepeatedWord(),
    ]

    /// A row of the catalogue, for documentation and the schema.
    public struct Entry: Sendable {
        public var id: String
        public var severity: Diagnostic.Severity
        public var summary: String
        public var example: String
    }

    /// The consistency rules, plus the diagnostics the reader itself raises.
    public static let entries: [Entry] = rules.map { rule in
        let type = type(of: rule)
        return Entry(id: type.id, severity: type.severity, summary: type.summary, example: type.example)
    } + [
        Entry(id: "text.invalid-bytes", severity: .warning, summary: "invalid UTF-8 bytes were replaced (--lossy)", example: "a byte 0xFF in a UTF-8 file"),
        // Raised by `OutputGuard` when a document broke the schema (a bug): the items left out.
        Entry(id: "output.salvaged", severity: .warning, summary: "items that broke the document schema were left out (a bug in vanban)", example: "a date with an end and no role, at /dates/26"),
        Entry(id: "table.unreadable", severity: .info, summary: "a table whose rows could not be rebuilt with confidence is kept as paragraphs", example: "a TT/STT header with no numbered rows after it"),
        Entry(id: "table.cells-joined", severity: .info, summary: "a table's rows were rebuilt from their numbering, but the cells after the row number could not be told apart and are kept as one", example: "pdftotext -raw: \"1 Rà soát … Sở Công Thương Quý I/2026\" under \"TT Nội dung Đơn vị chủ trì Thời gian\""),
        Entry(id: "table.cells-unplaced", severity: .info, summary: "a table's cells came column by column (pdftotext reading order): its rows are known from their numbers, and the cells whose place could not be proved are kept as paragraphs", example: "\"TT\" / \"1\" … \"5\" / \"Nội dung\" / five wrapped cells / \"Đơn vị thực hiện\" …"),
        // Across documents: raised by `vanban ingest` against the register (VanBanRegister/CorpusRules.swift).
        Entry(id: "corpus.citation-date-mismatch", severity: .error, summary: "a cited document's date differs from that document's own date in the register", example: "cites 2170/QĐ-UBND ngày 23/6/2026, registered as dated 22/6/2026"),
        Entry(id: "corpus.duplicate-number", severity: .warning, summary: "two different documents in the register share one number, issuer and year", example: "two texts both numbered 1696/QĐ-UBND of 2026"),
        Entry(id: "corpus.cited-not-registered", severity: .info, summary: "a cited number that no registered document carries", example: "cites 57-NQ/TW, not in the register"),
    ]
}

/// Runs every rule of the catalogue.
struct Checker {
    let asOf: CalendarPoint
    let lines: [TextLine]
    let layer: TextLayerQuality.Verdict?

    func run(on document: Document) -> [Diagnostic] {
        let context = CheckContext(document: document, lines: lines, asOf: asOf, layer: layer)
        // On a broken text layer every field is suspect: say so once, and judge nothing else.
        let broken = TextBrokenLayer().check(context)
        if !broken.isEmpty { return broken }
        return RuleCatalogue.rules.flatMap { $0.check(context) }
    }
}
