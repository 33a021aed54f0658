import Foundation
import GRDB
import Testing
import VanBan
@testable import VanBanRegister

@Suite struct IngestTests {
    /// Copies of every document of Corpus/ and of the shared dev corpus, in two subfolders.
    static func corpusFolder() throws -> (root: URL, files: [URL]) {
        let root = try Fixtures.folder()
        var files: [URL] = []
        for (source, name) in [(Fixtures.corpus, "corpus"), (Fixtures.dev, "dev")] {
            let folder = root.appendingPathComponent("docs/\(name)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in Fixtures.textFiles(in: source) {
                let target = folder.appendingPathComponent(file.lastPathComponent)
                try FileManager.default.copyItem(at: file, to: target)
                files.append(target)
            }
        }
        try #require(files.count >= 20, "the corpora are missing")
        return (root, files)
    }

    static func distinctContents(_ files: [URL]) throws -> Int {
        Set(try files.map { SHA256.hex([UInt8](try Data(contentsOf: $0))) }).count
    }

    @Test func ingestingTwiceRegistersNothingNew() throws {
        let (root, files) = try Self.corpusFolder()
        defer { Fixtures.remove(root) }
        let docs = root.appendingPathComponent("docs").path
        let db = root.appendingPathComponent("register.sqlite").path
        let distinct = try Self.distinctContents(files)

        let first = try Ingestor(register: Register(path: db)).run(paths: [docs])
        #expect(first.progress.total == files.count)
        #expect(first.progress.registered == distinct)
        #expect(first.progress.skipped == files.count - distinct)  // the same text in both corpora
        #expect(first.progress.failed == 0)
        #expect(first.corpus.ran)

        var events: [Ingestor.Event] = []
        let second = try Ingestor(register: Register(path: db)).run(paths: [docs], event: { events.append($0) })
        #expect(second.progress.registered == 0)
        #expect(second.progress.skipped == files.count)
        #expect(second.progress.failed == 0)
        #expect(!second.corpus.ran, "nothing changed, so the cross-document rules need not run again")
        #expect(events.count == files.count)
        #expect(try Register(path: db).counts().ok == distinct)
    }

    /// An interrupted run (some files only) then a full run gives the register of one full run, ids included.
    @Test func resumingGivesTheRegisterOfAnUninterruptedRun() throws {
        let (root, files) = try Self.corpusFolder()
        defer { Fixtures.remove(root) }
        let docs = root.appendingPathComponent("docs").path
        let resumed = root.appendingPathComponent("resumed.sqlite").path
        let straight = root.appendingPathComponent("straight.sqlite").path
        let walkOrder = Array(FileWalker(paths: [docs]).map(\.path))
        #expect(walkOrder.count == files.count)
        _ = try Ingestor(register: Register(path: resumed), options: .init(batchSize: 5)).run(paths: Array(walkOrder.prefix(walkOrder.count / 3)))
        _ = try Ingestor(register: Register(path: resumed), options: .init(batchSize: 5)).run(paths: [docs])
        _ = try Ingestor(register: Register(path: straight)).run(paths: [docs])
        func rows(_ path: String) throws -> [String] {
            try Register(path: path).pool.read { db in
                try String.fetchAll(db, sql: "SELECT id || ' ' || sha256 || ' ' || path FROM documents ORDER BY id")
            }
        }
        #expect(try rows(resumed) == rows(straight))
        #expect(try Register(path: resumed).findings(rulePrefix: "corpus.") == Register(path: straight).findings(rulePrefix: "corpus."))
    }

    @Test func unreadableAndUndecodableFilesAreRecordedAsFailed() throws {
        let root = try Fixtures.folder()
        defer { Fixtures.remove(root) }
        try Fixtures.copy(try Fixtures.dev("01_"), to: root)
        let bad = root.appendingPathComponent("bad.txt")
        try Data([0x53, 0xE1, 0xBB, 0x9F, 0x20, 0xC3, 0x28, 0x0A]).write(to: bad)  // "Sở " then an invalid sequence
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/vanban")
        let db = root.appendingPathComponent("register.sqlite").path

        var failedEvents: [String] = []
        let first = try Ingestor(register: Register(path: db)).run(paths: [root.path], event: {
            if case let .failed(path, _) = $0 { failedEvents.append(URL(fileURLWithPath: path).lastPathComponent) }
        })
        #expect(first.progress.registered == 1)
        #expect(first.progress.failed == 2)
        #expect(failedEvents == ["bad.txt", "gone.txt"])
        let failed = try Register(path: db).failedDocuments()
        #expect(failed.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["bad.txt", "gone.txt"])
        #expect(failed[0].reason.contains("UTF-8"))
        #expect(failed[1].reason.localizedCaseInsensitiveContains("no such file"))

        // A rerun tries them again and keeps one row each; a repaired file is then registered.
        let second = try Ingestor(register: Register(path: db)).run(paths: [root.path])
        #expect((second.progress.registered, second.progress.skipped, second.progress.failed) == (0, 1, 2))
        #expect(try Register(path: db).failedDocuments().count == 2)
        try Data("Sở Công Thương\n".utf8).write(to: bad)
        let third = try Ingestor(register: Register(path: db)).run(paths: [root.path])
        #expect((third.progress.registered, third.progress.failed) == (1, 1))
        #expect(try Register(path: db).failedDocuments().map(\.reason).count == 1)
        #expect(try Register(path: db).counts() == (ok: 2, failed: 1))
    }

    @Test func aMissingPathGivenDirectlyIsAFailureNotACrash() throws {
        let root = try Fixtures.folder()
        defer { Fixtures.remove(root) }
        let db = root.appendingPathComponent("register.sqlite").path
        let summary = try Ingestor(register: Register(path: db)).run(paths: [root.appendingPathComponent("nope.txt").path])
        #expect(summary.progress.failed == 1)
    }

    @Test func documentsInFlightStayWithinTheWindow() throws {
        let (root, files) = try Self.corpusFolder()
        defer { Fixtures.remove(root) }
        let db = root.appendingPathComponent("register.sqlite").path
        let summary = try Ingestor(register: Register(path: db), options: .init(jobs: 2, batchSize: 3, inFlightPerJob: 2))
            .run(paths: [root.appendingPathComponent("docs").path])
        #expect(summary.progress.done == files.count)
        #expect(summary.peakInFlight <= 4)
    }

    @Test func theRegisterViewHasTheRegisterColumns() throws {
        let root = try Fixtures.folder()
        defer { Fixtures.remove(root) }
        try Fixtures.copy(try Fixtures.dev("01_"), to: root)
        let db = root.appendingPathComponent("register.sqlite").path
        _ = try Ingestor(register: Register(path: db)).run(paths: [root.path])
        let row = try Register(path: db).pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM register") }
        let columns = try #require(row).columnNames
        #expect(Array(columns) == ["so_den", "ngay_den", "tac_gia", "so_ky_hieu", "ngay_thang", "ten_loai_trich_yeu", "path", "sha256"])
        #expect(row?["so_den"] == 1)
        #expect(row?["so_ky_hieu"] == "4280/SCT-CN")
        #expect(row?["ngay_thang"] == "2026-07-16")
        #expect((row?["ngay_den"] as String?)?.count == 10)
    }
}
