import GRDB

/// A registered document, as `vanban show` prints it.
public struct RegisteredDocument: Sendable {
    /// Số đến: the row id.
    public var id: Int64
    public var path: String
    public var sha256: String
    public var number: String?
    public var date: String?
    /// The document's JSON as parsed (compact).
    public var json: String
    /// The findings of the cross-document rules (`corpus.*`) about it.
    public var corpusFindings: [Finding]
}

/// One diagnostic stored in the register, printable compiler style.
public struct Finding: Sendable, Equatable {
    public var path: String
    /// 1-based line and column (Unicode scalars) in the original text.
    public var line: Int
    public var column: Int
    public var severity: String
    public var message: String
    public var rule: String

    /// `path:line:col: severity: message [rule]`.
    public var compilerStyle: String { "\(path):\(line):\(column): \(severity): \(message) [\(rule)]" }
}

/// A registered document that cites a number.
public struct Citation: Sendable {
    /// Số đến and fields of the citing document.
    public var citingID: Int64
    public var path: String
    public var number: String?
    public var date: String?
    public var issuer: String?
    /// The number as cited, and the date and issuer given with it.
    public var citedAs: String
    public var citedDate: String?
    public var citedIssuer: String?
    /// Where it is first mentioned in the citing document.
    public var line: Int
    public var column: Int
    /// The registered document it was resolved to, if any (số đến).
    public var resolvedID: Int64?
}

extension Register {
    /// The registered documents with this number (spaces, case, Đ/D and leading zeros do not matter), oldest first.
    public func documents(number: String) throws -> [RegisteredDocument] {
        guard let key = MatchKeys.number(number) else { return [] }
        return try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, path, sha256, number, date, json FROM documents
                WHERE number_key = ? AND status = 'ok' ORDER BY id
                """, arguments: [key])
            return try rows.map { row in
                let id: Int64 = row["id"]
                let path: String = row["path"]
                let findings = try Row.fetchAll(db, sql: """
                    SELECT line, "column", severity, message, rule FROM diagnostics
                    WHERE document_id = ? AND rule LIKE 'corpus.%' ORDER BY line, "column", rule
                    """, arguments: [id]).map { finding in
                    Finding(path: path, line: finding["line"], column: finding["column"], severity: finding["severity"],
                            message: finding["message"], rule: finding["rule"])
                }
                return RegisteredDocument(id: id, path: path, sha256: row["sha256"], number: row["number"], date: row["date"],
                                          json: row["json"], corpusFindings: findings)
            }
        }
    }

    /// The registered documents that cite this number, in register order.
    public func citations(of number: String) throws -> [Citation] {
        guard let key = MatchKeys.number(number) else { return [] }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.id, d.path, d.number, d.date, d.issuer, r.canonical, r.date AS cited_date, r.issuer AS cited_issuer,
                       r.line, r."column", r.cited_document_id
                FROM "references" r JOIN documents d ON d.id = r.document_id
                WHERE r.number_key = ? AND d.status = 'ok'
                ORDER BY d.id, r.line, r."column"
                """, arguments: [key]).map { row in
                Citation(citingID: row["id"], path: row["path"], number: row["number"], date: row["date"], issuer: row["issuer"],
                         citedAs: row["canonical"], citedDate: row["cited_date"], citedIssuer: row["cited_issuer"],
                         line: row["line"], column: row["column"], resolvedID: row["cited_document_id"])
            }
        }
    }

    /// Counts by status, for summaries and tests.
    public func counts() throws -> (ok: Int, failed: Int) {
        try pool.read { db in
            let ok = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE status = 'ok'") ?? 0
            let failed = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE status = 'failed'") ?? 0
            return (ok, failed)
        }
    }
}

/// A file the register holds as failed, with the reason.
public struct FailedDocument: Sendable, Equatable {
    public var path: String
    public var reason: String
}

extension Register {
    /// The stored findings whose rule starts with `rulePrefix` (e.g. `corpus.`), in path and line order.
    public func findings(rulePrefix: String) throws -> [Finding] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, g.line, g."column", g.severity, g.message, g.rule
                FROM diagnostics g JOIN documents d ON d.id = g.document_id
                WHERE substr(g.rule, 1, length(?1)) = ?1
                ORDER BY d.path, g.line, g."column", g.rule
                """, arguments: [rulePrefix]).map { row in
                Finding(path: row[0], line: row[1], column: row[2], severity: row[3], message: row[4], rule: row[5])
            }
        }
    }

    /// The files recorded as failed, in path order.
    public func failedDocuments() throws -> [FailedDocument] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT path, reason FROM documents WHERE status = 'failed' ORDER BY path").map { row in
                FailedDocument(path: row[0], reason: row[1] ?? "")
            }
        }
    }
}
