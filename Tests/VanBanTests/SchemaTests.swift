import Foundation
import JSON
import JSONSchema
import Testing
@testable import VanBan

/// The schema the library embeds is the one in Schemas/, it loads in our validator, and every golden
/// conforms to it (CI also checks the goldens with Python's jsonschema).
@Suite struct SchemaTests {
    static let root = GoldenTests.corpus.deletingLastPathComponent()

    @Test func embeddedSchemaIsTheFileInSchemas() throws {
        let file = try String(contentsOf: Self.root.appendingPathComponent("Schemas/document.schema.json"), encoding: .utf8)
        #expect(DocumentSchema.text == file, "run `make schema` after editing Schemas/document.schema.json")
    }

    @Test func schemaLoadsAndNamesEveryRule() throws {
        let document = try JSONReader().read(DocumentSchema.text)
        _ = try Schema(document)
        let text = DocumentSchema.text
        for entry in RuleCatalogue.entries {
            #expect(text.contains("\"\(entry.id)\""), "rule \(entry.id) missing from the schema's enum")
        }
    }

    @Test(arguments: GoldenTests.documents) func goldenConforms(_ name: String) throws {
        let golden = GoldenTests.corpus.appendingPathComponent(name).deletingPathExtension().appendingPathExtension("golden.json")
        let value = try JSONReader().read(try String(contentsOf: golden, encoding: .utf8))
        let schema = try Schema(try JSONReader().read(DocumentSchema.text))
        let errors = schema.validate(value)
        #expect(errors.isEmpty, "\(name): \(errors.prefix(3))")
    }

    @Test func aWrongTypeDeepInsideIsReportedWithItsPath() throws {
        let url = GoldenTests.corpus.appendingPathComponent("00_kh_SKHCN-QuangNgai_KH-SKHCN_seed.txt")
        let document = try DocumentParser().parse(bytes: [UInt8](Data(contentsOf: url)), name: "seed")
        guard case var .object(root) = document.json, case var .array(refs)? = root["references"],
              case var .object(first) = refs[0], case var .object(date)? = first["date"] else {
            Issue.record("unexpected shape"); return
        }
        date["value"] = .int(20250429)
        first["date"] = .object(date)
        refs[0] = .object(first)
        root["references"] = .array(refs)
        let errors = try Schema(try JSONReader().read(DocumentSchema.text)).validate(.object(root))
        // The nullable date is an anyOf: the error sits on it and names the deep place that failed.
        #expect(errors.contains { $0.instancePath == "/references/0/date" && $0.message.contains("/references/0/date/value") })
    }
}
