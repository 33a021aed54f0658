import Foundation
import Testing

/// Runs the built `vanban` binary as a user would and checks stdout, stderr and the exit status.
@Suite struct CommandLineTests {
    static let binary = VanbanProcess.binary
    static let seed = VanbanProcess.seed

    func run(_ arguments: [String], stdin: Data? = nil) throws -> VanbanProcess.Run {
        try VanbanProcess.run(arguments, stdin: stdin)
    }

    func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        try VanbanProcess.temporaryFile(bytes, name: name)
    }

    @Test func parsesTheSeedToJSON() throws {
        let r = try run(["parse", Self.seed])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 1)
        #expect(r.stdout.contains("\"canonical\": \"359-KH/TU\""))   // no escaped slash
    }

    @Test func readsStandardInput() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: Self.seed))
        let r = try run(["parse", "--format", "ndjson", "-"], stdin: text)
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    /// `--format tree`: the header's type, number and date, the subject, the enacting authority with its line, then
    /// the outline with line numbers (dev 13: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" on line 17, "Điều 1" on line 54).
    @Test func treeShowsTheHeaderAndTheOutlineWithLineNumbers() throws {
        let decision = VanbanProcess.root.appendingPathComponent("Corpus/13_qd_UBND-LaoCai_1696-QD-UBND_pdftotext-raw.txt").path
        let r = try run(["parse", "--format", "tree", decision])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  Quyết định số 1696/QĐ-UBND ngày 2026-05-15"))
        #expect(lines.contains("  L17 ỦY BAN NHÂN DÂN TỈNH LÀO CAI"))
        #expect(lines.contains { $0.hasPrefix("  L54 article: Điều 1 ") })
    }

    @Test func usageErrorsExit2WithNothingOnStdout() throws {
        let r = try run(["parse", "--format", "yaml", Self.seed])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.isEmpty)
        #expect(try run(["frobnicate"]).status == 2)
    }

    @Test func unreadableInputExits3AndTheOthersAreStillWritten() throws {
        let r = try run(["parse", "--format", "ndjson", "/nonexistent/x.txt", Self.seed])
        #expect(r.status == 3)
        #expect(r.stderr.contains("/nonexistent/x.txt"))
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func invalidUTF8Exits3WithTheOffsetOrIsReplacedWithLossy() throws {
        let path = try temporaryFile(Array("Số: 12/UBND".utf8) + [0xC3, 0x28], name: "bad.txt")
        let r = try run(["parse", path])
        #expect(r.status == 3)
        #expect(r.stderr.contains("byte 13"))
        let lossy = try run(["parse", "--lossy", path])
        #expect(lossy.status == 0)
        #expect(lossy.stdout.contains("text.invalid-bytes"))
    }

    @Test func emptyFileRandomBytesAndUTF16GiveAClearResult() throws {
        #expect(try run(["parse", try temporaryFile([], name: "empty.txt")]).status == 0)
        var generator = SystemRandomNumberGenerator()
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let r = try run(["parse", try temporaryFile(random, name: "random.bin")])
        #expect(r.status == 3 || r.status == 0)
        #expect(r.status == 3 ? r.stdout.isEmpty : !r.stdout.isEmpty)
        let seedText = try String(contentsOfFile: Self.seed, encoding: .utf8)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in seedText.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let u = try run(["parse", try temporaryFile(utf16, name: "utf16.txt")])
        #expect(u.status == 0)
        #expect(u.stdout.contains("\"encoding\": \"utf-16le\""))
        #expect(u.stdout.contains("359-KH/TU"))
    }

    @Test func largeInputFinishes() throws {
        // 5 MB of real text in one document: a linear pipeline handles it in seconds even in debug builds.
        let seedBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.seed)))
        var big: [UInt8] = []
        while big.count < 5_000_000 { big += seedBytes }
        let r = try run(["parse", "--format", "ndjson", try temporaryFile(big, name: "big.txt")])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{"))
    }
}
