import Foundation
import JSON
import Testing
@testable import VanBanRegister

@Suite struct CorpusRulesTests {
    /// Dev 17 cites "2170/QĐ-UBND ngày 23/6/2026", which is dev 15. A copy of 17 with another date is
    /// caught; the finding appears when the cited document arrives, in a later run.
    @Test func aPlantedCitationDateIsReported() throws {
        let root = try Fixtures.folder()
        defer { Fixtures.remove(root) }
        let first = root.appendingPathComponent("first"), later = root.appendingPathComponent("later")
        for folder in [first, later] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let planted = try Fixtures.copy(try Fixtures.dev("17_"), to: first, as: "planted.txt") { text in
            text.replacingOccurrences(of: "2170/QĐ-UBND ngày 23/6/2026", with: "2170/QĐ-UBND ngày 25/6/2026")
        }
        #expect(try String(contentsOf: planted, encoding: .utf8).contains("ngày 25/6/2026"))
        try Fixtures.copy(try Fixtures.dev("17_"), to: first)
        let db = root.appendingPathComponent("register.sqlite").path

        var reported: [Finding] = []
        _ = try Ingestor(register: Register(path: db)).run(paths: [first.path], finding: { reported.append($0) })
        #expect(reported.contains { $0.rule == CorpusRules.citedNotRegistered && $0.message.hasPrefix("2170/QĐ-UBND") })
        #expect(!reported.contains { $0.rule == CorpusRules.citationDateMismatch })

        try Fixtures.copy(try Fixtures.dev("15_"), to: later)
        reported = []
        let summary = try Ingestor(register: Register(path: db)).run(paths: [later.path], finding: { reported.append($0) })
        let mismatches = reported.filter { $0.rule == CorpusRules.citationDateMismatch }
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.path == planted.path)
        #expect(mismatches.first?.severity == "error")
        #expect(mismatches.first?.message.contains("2026-06-25") == true)
        #expect(mismatches.first?.message.contains("2026-06-23") == true)
        #expect(summary.corpus.newFindings["error"] == 1)

        let stored = try Register(path: db).findings(rulePrefix: "corpus.")
        #expect(stored.filter { $0.rule == CorpusRules.citationDateMismatch } == mismatches)
        #expect(!stored.contains { $0.rule == CorpusRules.citedNotRegistered && $0.message.hasPrefix("2170/") },
                "2170/QĐ-UBND is registered now")
        #expect(mismatches.first?.compilerStyle.hasSuffix(": error: \(mismatches[0].message) [corpus.citation-date-mismatch]") == true)
    }

    @Test func aDuplicateNumberIsReported() throws {
        let root = try Fixtures.folder()
        defer { Fixtures.remove(root) }
        let original = try Fixtures.copy(try Fixtures.dev("01_"), to: root)
        let copy = try Fixtures.copy(original, to: root, as: "zz-copy.txt") { $0 + "\nBản sao lưu.\n" }
        let db = root.appendingPathComponent("register.sqlite").path
        _ = try Ingestor(register: Register(path: db)).run(paths: [root.path])
        let duplicates = try Register(path: db).findings(rulePrefix: CorpusRules.duplicateNumber)
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.path == copy.path)
        #expect(duplicates.first?.severity == "warning")
        #expect(duplicates.first?.message.contains("4280/SCT-CN") == true)
        #expect(duplicates.first?.message.contains(original.path) == true)
    }

    @Test func citesAndShowReadTheRegister() throws {
        let root = try Fixtures.folder()
        defer { Fixtures.remove(root) }
        let cited = try Fixtures.copy(try Fixtures.dev("15_"), to: root)
        let citing = try Fixtures.copy(try Fixtures.dev("17_"), to: root)
        let db = root.appendingPathComponent("register.sqlite").path
        _ = try Ingestor(register: Register(path: db)).run(paths: [root.path])
        let register = try Register(path: db)

        let shown = try register.documents(number: "2170 / qđ-ubnd")
        #expect(shown.map(\.path) == [cited.path])
        let json = try #require(try shown.first?.jsonWithCorpusFindings())
        #expect(json["header"]?["number"]?["canonical"]?.stringValue == "2170/QĐ-UBND")
        #expect(json["source"]?["sha256"]?.stringValue == shown.first?.sha256)

        let citations = try register.citations(of: "2170/QD-UBND")
        #expect(citations.map(\.path) == [citing.path])
        #expect(citations.first?.resolvedID == shown.first?.id)
        #expect(citations.first?.citedDate == "2026-06-23")

        #expect(try register.documents(number: "9999/XX-YY").isEmpty)
        #expect(try register.citations(of: "9999/XX-YY").isEmpty)
    }
}
