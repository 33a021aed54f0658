import GRDB

/// The cross-document rules, which one-document tools cannot run:
/// - each reference is resolved to the registered document it cites (same number key; issuers compatible
///   when both are known; a candidate whose date agrees is preferred, then the earliest registered);
/// - `corpus.citation-date-mismatch` (error): the cited date differs from the cited document's own date;
/// - `corpus.duplicate-number` (warning): an earlier registered document of the same issuer and year has the
///   same number (reported on the later one);
/// - `corpus.cited-not-registered` (info): a cited number that no registered document carries.
/// Findings are stored as diagnostics of the document they are about, recomputed over the whole register
/// in one transaction whenever the set of registered documents changed.
public enum CorpusRules {
    /// Stable rule ids.
    public static let citationDateMismatch = "corpus.citation-date-mismatch"
    public static let duplicateNumber = "corpus.duplicate-number"
    public static let citedNotRegistered = "corpus.cited-not-registered"
}

/// The outcome of one pass of the cross-document rules.
public struct CorpusCheck: Sendable, Equatable {
    /// False when the register had not changed since the last pass (nothing was recomputed).
    public var ran: Bool
    /// Findings that were not there before this pass, by severity (`error`, `warning`, `info`).
    public var newFindings: [String: Int]
    /// All `corpus.*` findings in the register after the pass.
    public var totalFindings: Int
}

extension Register {
    /// Runs the cross-document rules if the register changed since the last pass (or `force`), handing each
    /// finding that is new to `report`, in path and line order.
    public func checkCorpus(force: Bool = false, report: (Finding) -> Void) throws -> CorpusCheck {
        try pool.write { db in
            let fingerprint = try String.fetchOne(db, sql: "SELECT count(*) || ':' || ifnull(max(id), 0) FROM documents WHERE status = 'ok'") ?? ""
            let checked = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'corpus-checked'")
            if !force && checked == fingerprint {
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM diagnostics WHERE rule LIKE 'corpus.%'") ?? 0
                return CorpusCheck(ran: false, newFindings: [:], totalFindings: total)
            }
            try resolveReferences(db)
            try db.execute(sql: """
                DROP TABLE IF EXISTS temp.previous_findings;
                CREATE TEMP TABLE previous_findings AS
                    SELECT document_id, rule, message, line, "column" FROM diagnostics WHERE rule LIKE 'corpus.%';
                CREATE INDEX temp.previous_findings_by_document ON previous_findings(document_id);
                DELETE FROM diagnostics WHERE rule LIKE 'corpus.%';
                """)
            try insertFindings(db)
            var newFindings: [String: Int] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT d.path, g.line, g."column", g.severity, g.message, g.rule
                FROM diagnostics g JOIN documents d ON d.id = g.document_id
                WHERE g.rule LIKE 'corpus.%' AND NOT EXISTS (
                    SELECT 1 FROM temp.previous_findings p
                    WHERE p.document_id = g.document_id AND p.rule = g.rule AND p.message = g.message
                      AND p.line = g.line AND p."column" = g."column")
                ORDER BY d.path, g.line, g."column", g.rule
                """)
            while let row = try cursor.next() {
                let finding = Finding(path: row[0], line: row[1], column: row[2], severity: row[3], message: row[4], rule: row[5])
                newFindings[finding.severity, default: 0] += 1
                report(finding)
            }
            try db.execute(sql: "DROP TABLE temp.previous_findings")
            try db.execute(sql: "INSERT OR REPLACE INTO state (key, value) VALUES ('corpus-checked', ?)", arguments: [fingerprint])
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM diagnostics WHERE rule LIKE 'corpus.%'") ?? 0
            return CorpusCheck(ran: true, newFindings: newFindings, totalFindings: total)
        }
    }

    /// Sets `references.cited_document_id`, touching only the rows whose resolution changed.
    private func resolveReferences(_ db: Database) throws {
        let candidate = """
            SELECT d.id FROM documents d
            WHERE d.number_key = r2.number_key AND d.status = 'ok' AND d.id <> r2.document_id
              AND issuers_compatible(r2.issuer_key, d.issuer_key)
            """
        try db.execute(sql: """
            UPDATE "references" AS r SET cited_document_id = resolved.target
            FROM (
                SELECT r2.id AS reference_id,
                       CASE WHEN r2.number_key IS NULL OR r2.number_key IS c.number_key THEN NULL
                            ELSE coalesce(
                                (\(candidate) AND dates_agree(r2.date, d.date) ORDER BY d.id LIMIT 1),
                                (\(candidate) ORDER BY d.id LIMIT 1))
                       END AS target
                FROM "references" r2 JOIN documents c ON c.id = r2.document_id
            ) AS resolved
            WHERE r.id = resolved.reference_id AND r.cited_document_id IS NOT resolved.target
            """)
    }

    private func insertFindings(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO diagnostics (document_id, rule, severity, message, line, "column")
            SELECT r.document_id, '\(CorpusRules.citationDateMismatch)', 'error',
                   printf('%s is cited as dated %s, but the registered document (số đến %d, %s) is dated %s',
                          r.canonical, r.date, d.id, d.path, d.date),
                   r.line, r."column"
            FROM "references" r JOIN documents d ON d.id = r.cited_document_id
            WHERE NOT dates_agree(r.date, d.date);

            INSERT INTO diagnostics (document_id, rule, severity, message, line, "column")
            SELECT d.id, '\(CorpusRules.duplicateNumber)', 'warning',
                   printf('%s of %d is also the number of số đến %d (%s), from the same issuer', d.number, d.year, f.id, f.path),
                   coalesce(d.number_line, 1), coalesce(d.number_column, 1)
            FROM documents d JOIN documents f ON f.id = (
                SELECT x.id FROM documents x
                WHERE x.number_key = d.number_key AND x.id < d.id AND x.status = 'ok' AND x.year = d.year
                  AND issuers_compatible(x.issuer_key, d.issuer_key)
                ORDER BY x.id LIMIT 1)
            WHERE d.status = 'ok' AND d.year IS NOT NULL AND d.number_key GLOB '[0-9]*';

            INSERT INTO diagnostics (document_id, rule, severity, message, line, "column")
            SELECT r.document_id, '\(CorpusRules.citedNotRegistered)', 'info',
                   printf('%s is not in the register', r.canonical),
                   r.line, r."column"
            FROM "references" r JOIN documents c ON c.id = r.document_id
            WHERE r.cited_document_id IS NULL AND c.status = 'ok' AND r.number_key GLOB '[0-9]*'
              AND r.number_key IS NOT c.number_key;
            """)
    }
}

extension MatchKeys {
    /// Whether two ISO dates agree at the precision both have ("2025-04" and "2025-04-29" do); nil agrees.
    static func datesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        let length = min(a.utf8.count, b.utf8.count)
        return a.utf8.prefix(length).elementsEqual(b.utf8.prefix(length))
    }
}
