import JSON
import VanBan

/// What the register keeps of one parsed document: the columns of `documents` and its rows of
/// `references` and `diagnostics`. Made in the worker, so only this (not the `Document`) waits to be written.
struct DocumentRecord: Sendable {
    struct ReferenceRow: Sendable {
        var canonical: String
        var numberKey: String?
        var date: String?
        var issuer: String?
        var issuerKey: String?
        var type: String?
        /// Where it is first mentioned (1-based line, column in Unicode scalars).
        var line: Int
        var column: Int
    }

    struct DiagnosticRow: Sendable {
        var rule: String
        var severity: String
        var message: String
        var line: Int
        var column: Int
    }

    var path: String
    var sha256: String
    var kind: String
    var type: String?
    var number: String?
    var numberKey: String?
    var numberLine: Int?
    var numberColumn: Int?
    var date: String?
    /// The year of the number (legal style) or else of the date, for `corpus.duplicate-number`.
    var year: Int?
    var issuer: String?
    var issuerKey: String?
    var subject: String?
    /// The document's JSON, compact.
    var json: String
    var references: [ReferenceRow]
    var diagnostics: [DiagnosticRow]

    /// The record of `document`, whose JSON (checked by `OutputGuard`) is `json`; `notes` are diagnostics
    /// the check added.
    init(path: String, document: Document, json: JSONValue, notes: [Diagnostic] = []) {
        let header = document.header
        self.path = path
        sha256 = document.source.sha256
        kind = document.kind.rawValue
        type = header.documentType?.name
        number = header.number?.canonical
        numberKey = MatchKeys.number(number)
        numberLine = header.numberSpan?.start.line
        numberColumn = header.numberSpan?.start.column
        date = header.date?.value
        year = header.number?.year ?? header.date?.year
        issuer = header.issuer?.text
        issuerKey = MatchKeys.issuer(issuer)
        subject = header.subject?.text
        self.json = JSONWriter(style: .compact).string(json)
        references = document.references.map { reference in
            let place = reference.mentions.first?.span.start ?? SourceSpan.documentStart.start
            return ReferenceRow(canonical: reference.number.canonical, numberKey: MatchKeys.number(reference.number.canonical),
                                date: reference.date?.value, issuer: reference.issuer, issuerKey: MatchKeys.issuer(reference.issuer),
                                type: reference.documentType, line: place.line, column: place.column)
        }
        diagnostics = (notes + document.diagnostics).map { diagnostic in
            DiagnosticRow(rule: diagnostic.rule, severity: diagnostic.severity.rawValue, message: diagnostic.message,
                          line: diagnostic.span.start.line, column: diagnostic.span.start.column)
        }
    }
}

/// What became of one input file in the worker.
enum IngestOutcome: Sendable {
    /// Parsed; to be registered.
    case parsed(DocumentRecord)
    /// Its content is registered already.
    case alreadyRegistered(path: String, sha256: String)
    /// Could not be read or decoded; `sha256` is nil when not even the bytes could be read.
    case failed(path: String, sha256: String?, reason: String)
}
