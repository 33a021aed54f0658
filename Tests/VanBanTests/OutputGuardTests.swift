import JSON
import Testing
@testable import VanBan

/// A document that breaks the schema is a bug; the guard leaves out what breaks it rather than lose the
/// document (held-out m01 lost its whole output to two dates).
@Suite struct OutputGuardTests {
    static func document() -> Document {
        DocumentParser(options: .init(asOf: GoldenTests.asOf)).parse(text: try! String(contentsOf: GoldenTests.corpus
            .appendingPathComponent("00_kh_SKHCN-QuangNgai_KH-SKHCN_seed.txt"), encoding: .utf8), name: "seed.txt")
    }

    @Test func aValidDocumentPassesUntouched() {
        let document = Self.document()
        guard case .valid(let json) = OutputGuard.check(document) else { Issue.record("expected valid"); return }
        #expect(json == document.json)
    }

    @Test func itemsThatBreakTheSchemaAreLeftOutAndNamed() throws {
        var document = Self.document()
        let count = document.dates.count
        let bad = DateMention(text: "quý I - quý II/2020", year: 2020, month: 1, end: CalendarPoint(year: 2020, month: 6), role: nil,
                              span: .documentStart)
        document.dates.insert(bad, at: 1)
        document.dates.append(bad)
        guard case .salvaged(let json, let note) = OutputGuard.check(document) else { Issue.record("expected salvaged"); return }
        #expect(OutputGuard.schema.validate(json).isEmpty)
        #expect(json["dates"]?.arrayValue?.count == count)
        #expect(note.rule == "output.salvaged")
        #expect(note.message.contains("/dates/1") && note.message.contains("/dates/\(count + 1)"))
        #expect(json["diagnostics"]?.arrayValue?.first?["rule"]?.stringValue == "output.salvaged")
        #expect(json["header"] == document.json["header"])
    }

    /// A header's date that is a span of time (a caron "nǎm" hid the real one, and "nhiệm kỳ 2012 - 2017" stood
    /// next): the field is set to null and named, and the rest of the document is written.
    @Test func aBrokenNullableFieldIsSetToNullAndNamed() {
        var document = Self.document()
        document.header.date = DateMention(text: "nhiệm kỳ 2012 - 2017", year: 2012, end: CalendarPoint(year: 2017), role: .issue,
                                           span: .documentStart)
        guard case .salvaged(let json, let note) = OutputGuard.check(document) else { Issue.record("expected salvaged"); return }
        #expect(OutputGuard.schema.validate(json).isEmpty)
        #expect(json["header"]?["date"] == .null)
        #expect(note.message.contains("/header/date"))
        #expect(json["header"]?["number"] == document.json["header"]?["number"])
    }

    @Test func aBrokenFieldOutsideAnyListIsRefused() {
        var document = Self.document()
        document.source.sha256 = "not a digest"
        guard case .invalid(let problem) = OutputGuard.check(document) else { Issue.record("expected invalid"); return }
        #expect(problem.contains("/source/sha256"))
    }
}
