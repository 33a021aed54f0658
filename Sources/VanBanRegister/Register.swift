import Foundation
import GRDB

/// The SQLite register of incoming documents (sổ đăng ký văn bản đến): one file, WAL journal, every write
/// a transaction, so a killed process leaves every committed batch and a sound database.
public final class Register: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens the register at `path`, creating it when missing, and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL + NORMAL: a commit survives the death of the process (not of the machine's power).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            db.add(function: DatabaseFunction("issuers_compatible", argumentCount: 2, pure: true) { values in
                MatchKeys.issuersCompatible(String.fromDatabaseValue(values[0]), String.fromDatabaseValue(values[1]))
            })
            db.add(function: DatabaseFunction("dates_agree", argumentCount: 2, pure: true) { values in
                MatchKeys.datesAgree(String.fromDatabaseValue(values[0]), String.fromDatabaseValue(values[1]))
            })
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try RegisterSchema.migrator.migrate(pool)
    }

    /// Whether a document with this content is registered (status ok).
    func isRegistered(sha256: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE sha256 = ? AND status = 'ok'", arguments: [sha256]) ?? false
        }
    }

    /// What became of one outcome in the register.
    enum Stored: Sendable {
        case registered(id: Int64, path: String, json: String)
        case skipped(path: String)
        /// The same content came twice in one run; `original` is the path registered.
        case duplicate(path: String, original: String)
        case failed(path: String, reason: String)
    }

    /// Writes one batch in one transaction. `ingestedAt` is the ngày đến (ISO 8601 with offset).
    func store(_ outcomes: [IngestOutcome], ingestedAt: String) throws -> [Stored] {
        try pool.write { db in
            let deleteFailed = try db.cachedStatement(sql: "DELETE FROM documents WHERE status = 'failed' AND path = ?")
            let insertDocument = try db.cachedStatement(sql: """
                INSERT INTO documents (sha256, path, status, reason, kind, type, number, number_key, number_line, number_column,
                                       date, year, issuer, issuer_key, subject, json, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sha256) DO NOTHING
                """)
            let insertReference = try db.cachedStatement(sql: """
                INSERT INTO "references" (document_id, canonical, number_key, date, issuer, issuer_key, type, line, "column")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertDiagnostic = try db.cachedStatement(sql: """
                INSERT INTO diagnostics (document_id, rule, severity, message, line, "column") VALUES (?, ?, ?, ?, ?, ?)
                """)
            var results: [Stored] = []
            results.reserveCapacity(outcomes.count)
            for outcome in outcomes {
                switch outcome {
                case let .alreadyRegistered(path, _):
                    results.append(.skipped(path: path))
                case let .failed(path, sha256, reason):
                    try deleteFailed.execute(arguments: [path])
                    try insertDocument.execute(arguments: [sha256, path, "failed", reason, nil, nil, nil, nil, nil, nil,
                                                           nil, nil, nil, nil, nil, nil, ingestedAt])
                    results.append(.failed(path: path, reason: reason))
                case let .parsed(record):
                    try deleteFailed.execute(arguments: [record.path])
                    try insertDocument.execute(arguments: [
                        record.sha256, record.path, "ok", nil, record.kind, record.type, record.number, record.numberKey,
                        record.numberLine, record.numberColumn, record.date, record.year, record.issuer, record.issuerKey,
                        record.subject, record.json, ingestedAt])
                    guard db.changesCount > 0 else {
                        let original = try String.fetchOne(db, sql: "SELECT path FROM documents WHERE sha256 = ?", arguments: [record.sha256])
                        results.append(.duplicate(path: record.path, original: original ?? "?"))
                        continue
                    }
                    let id = db.lastInsertedRowID
                    for reference in record.references {
                        try insertReference.execute(arguments: [id, reference.canonical, reference.numberKey, reference.date,
                                                                reference.issuer, reference.issuerKey, reference.type,
                                                                reference.line, reference.column])
                    }
                    for diagnostic in record.diagnostics {
                        try insertDiagnostic.execute(arguments: [id, diagnostic.rule, diagnostic.severity, diagnostic.message,
                                                                 diagnostic.line, diagnostic.column])
                    }
                    results.append(.registered(id: id, path: record.path, json: record.json))
                }
            }
            return results
        }
    }
}
