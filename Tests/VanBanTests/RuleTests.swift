import Foundation
import Testing
@testable import VanBan

/// Shared fixtures of the rule tests (`Rule*Tests.swift`, issue 6): real documents of `Corpus/`, one real line
/// changed where a rule needs an inconsistency no corpus document has, and a small công văn built from
/// the real header and closing of Corpus/01 (Sở Công Thương Lào Cai, 4280/SCT-CN of 16/7/2026).
enum RuleFixture {
    static let asOf = CalendarPoint(year: 2026, month: 11, day: 29)

    static func parse(_ text: String, name: String = "snippet.txt") -> Document {
        DocumentParser(options: .init(asOf: asOf)).parse(text: text, name: name)
    }

    /// The text of the corpus document whose file name starts with `prefix` ("01_", "27_kh").
    static func text(_ prefix: String) -> String {
        guard let name = GoldenTests.documents.first(where: { $0.hasPrefix(prefix) }),
              let text = try? String(contentsOf: GoldenTests.corpus.appendingPathComponent(name), encoding: .utf8) else {
            Issue.record("no corpus document \(prefix)*.txt")
            return ""
        }
        return text
    }

    /// The corpus document whose file name starts with `prefix`, parsed.
    static func corpus(_ prefix: String) -> Document { parse(text(prefix), name: prefix) }

    /// `text` with `old` replaced by `new` on line `line` (1-based) only: the one change a test makes to a real
    /// document. Records an issue when `old` is not on that line, so a moved corpus line cannot go unnoticed.
    static func editing(_ text: String, line: Int, _ old: String, _ new: String,
                        sourceLocation: SourceLocation = #_sourceLocation) -> String {
        var lines = text.components(separatedBy: "\n")
        guard line >= 1, line <= lines.count, lines[line - 1].contains(old) else {
            Issue.record("“\(old)” is not on line \(line)", sourceLocation: sourceLocation)
            return text
        }
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
        return lines.joined(separator: "\n")
    }

    /// The corpus document `prefix` with `old` replaced by `new` on line `line`.
    static func corpus(_ prefix: String, line: Int, _ old: String, _ new: String,
                       sourceLocation: SourceLocation = #_sourceLocation) -> Document {
        parse(editing(text(prefix), line: line, old, new, sourceLocation: sourceLocation), name: prefix)
    }

    /// Lines `range` (1-based, inclusive) of the corpus document `prefix`, as written.
    static func lines(_ prefix: String, _ range: ClosedRange<Int>) -> [String] {
        Array(text(prefix).components(separatedBy: "\n")[(range.lowerBound - 1)...(range.upperBound - 1)])
    }

    /// A công văn: Corpus/01's real header (lines 1–18: parent body, quốc hiệu, issuer, tiêu ngữ, số, place and
    /// date, V/v, Kính gửi), then `body`, then 01's real closing (lines 110–122: the closing sentence, Nơi nhận
    /// with "Lưu: VT, BP1C, CN(Khôi).", KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Hoàng Văn Thuân). `header` edits a
    /// header line (`(old, new)`, e.g. the date) — the one thing changed. The body starts on line `bodyLine`.
    static func congVan(_ body: [String], header: (String, String)? = nil, closing: [String]? = nil) -> String {
        var head = lines("01_", 1...18)
        if let (old, new) = header {
            guard let index = head.firstIndex(where: { $0.contains(old) }) else {
                Issue.record("“\(old)” is not in the header of Corpus/01")
                return ""
            }
            head[index] = head[index].replacingOccurrences(of: old, with: new)
        }
        return (head + body + (closing ?? lines("01_", 110...122))).joined(separator: "\n") + "\n"
    }
    static let bodyLine = 19

    /// The 1-based number of the first line of `text` that contains `needle` (0 when none does).
    static func line(of needle: String, in text: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    /// Corpus/01's closing without the line "- Lưu: VT, BP1C, CN(Khôi)." (line 117).
    static var closingWithoutArchive: [String] { lines("01_", 110...116) + lines("01_", 118...122) }
}

/// The findings of rule `id` in `document`.
func findings(_ id: String, in document: Document) -> [Diagnostic] {
    document.diagnostics.filter { $0.rule == id }
}

/// Rule `id` fires exactly on `lines` (the start lines of its spans, in order; empty: it must not fire),
/// each time with the contract's `severity`.
func expectFindings(_ id: String, _ severity: Diagnostic.Severity, lines: [Int], in document: Document,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let found = findings(id, in: document)
    #expect(found.map(\.span.start.line) == lines,
            "\(id): \(found.map { "\($0.span.start.line):\($0.span.start.column) \($0.message)" })",
            sourceLocation: sourceLocation)
    for finding in found {
        #expect(finding.severity == severity, "\(id) at line \(finding.span.start.line)", sourceLocation: sourceLocation)
    }
}

/// Rule `id` does not fire on `document`.
func expectNoFinding(_ id: String, in document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = findings(id, in: document)
    #expect(found.isEmpty, "\(id) fired: \(found.map { "\($0.span.start.line):\($0.span.start.column) \($0.message)" })",
            sourceLocation: sourceLocation)
}
