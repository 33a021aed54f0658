import Foundation
import JSON
import Testing
@testable import VanBan

/// Every `Corpus/X.txt` parses to exactly `Corpus/X.golden.json`. Set VANBAN_RECORD_GOLDENS=1 to
/// re-record (`make golden`), then review the diff like code.
@Suite struct GoldenTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    static var documents: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The day goldens are checked as of, so `date.future` does not change with the calendar.
    static let asOf = CalendarPoint(year: 2026, month: 11, day: 29)

    @Test func corpusIsNotEmpty() { #expect(!Self.documents.isEmpty) }

    @Test(arguments: documents) func matchesGolden(_ name: String) throws {
        let input = Self.corpus.appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: input))
        let document = try DocumentParser(options: .init(asOf: Self.asOf)).parse(bytes: bytes, name: name)
        let text = JSONWriter(style: .pretty).string(document.json) + "\n"
        let golden = input.deletingPathExtension().appendingPathExtension("golden.json")
        if ProcessInfo.processInfo.environment["VANBAN_RECORD_GOLDENS"] != nil {
            try text.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if text != expected {
            let a = text.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("\(name) differs from its golden at line \(first + 1): got «\(first < a.count ? a[first] : "")» expected «\(first < b.count ? b[first] : "")» (make golden to re-record)")
        }
    }
}
