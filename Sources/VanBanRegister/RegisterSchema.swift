import GRDB

/// The register's tables, built by migrations: a later change of schema is a new migration appended here,
/// never an edit of an old one (GRDB records which ones a database has run).
enum RegisterSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, references, diagnostics, register") { db in
            // One row per distinct content (sha256), or per unreadable path (sha256 NULL).
            // AUTOINCREMENT: an id (số đến) is never reused, even after a failed row is retried.
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sha256 TEXT UNIQUE,
                    path TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
                    reason TEXT,
                    kind TEXT,
                    type TEXT,
                    number TEXT,
                    number_key TEXT,
                    number_line INTEGER,
                    number_column INTEGER,
                    date TEXT,
                    year INTEGER,
                    issuer TEXT,
                    issuer_key TEXT,
                    subject TEXT,
                    json TEXT,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX documents_by_number ON documents(number_key, id);
                CREATE INDEX documents_by_path ON documents(path);

                CREATE TABLE "references" (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    canonical TEXT NOT NULL,
                    number_key TEXT,
                    date TEXT,
                    issuer TEXT,
                    issuer_key TEXT,
                    type TEXT,
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    cited_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL
                );
                CREATE INDEX references_by_document ON "references"(document_id);
                CREATE INDEX references_by_number ON "references"(number_key);
                CREATE INDEX references_by_cited ON "references"(cited_document_id);

                CREATE TABLE diagnostics (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    rule TEXT NOT NULL,
                    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
                    message TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL
                );
                CREATE INDEX diagnostics_by_document ON diagnostics(document_id);
                CREATE INDEX diagnostics_by_rule ON diagnostics(rule);

                -- Bookkeeping: e.g. the highest document id the cross-document rules have seen.
                CREATE TABLE state (key TEXT PRIMARY KEY, value) WITHOUT ROWID;

                -- Sổ đăng ký văn bản đến (NĐ 30/2020/NĐ-CP, Phụ lục IV): số đến, ngày đến, tác giả,
                -- số và ký hiệu, ngày tháng, tên loại và trích yếu nội dung.
                CREATE VIEW register AS
                SELECT id AS so_den,
                       substr(ingested_at, 1, 10) AS ngay_den,
                       issuer AS tac_gia,
                       number AS so_ky_hieu,
                       date AS ngay_thang,
                       trim(coalesce(type, '') || CASE WHEN type IS NOT NULL AND subject IS NOT NULL THEN ': ' ELSE '' END
                            || coalesce(subject, '')) AS ten_loai_trich_yeu,
                       path,
                       sha256
                FROM documents WHERE status = 'ok' ORDER BY id;
                """)
        }
        return migrator
    }
}
