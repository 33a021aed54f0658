import Foundation
import JSON
import JSONSchema
import Testing

/// Runs the official JSON-Schema-Test-Suite files listed in `SuiteManifest` and prints the number of
/// cases passed per file and in total. The suite lives beside the repository at
/// `<repo>/../shared/jsonschema-test-suite` (or where `VANBAN_JSONSCHEMA_SUITE` says); when it is
/// missing the test fails rather than passing vacuously.
@Suite struct OfficialSuiteTests {
    static var suiteDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["VANBAN_JSONSCHEMA_SUITE"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // This file is <repo>/Tests/JSONSchemaTests/OfficialSuiteTests.swift.
        let repoRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repoRoot.deletingLastPathComponent().appendingPathComponent("shared/jsonschema-test-suite")
    }

    @Test func claimedFilesPassEveryCase() throws {
        let draft = Self.suiteDirectory.appendingPathComponent("draft2020-12")
        guard FileManager.default.fileExists(atPath: draft.path) else {
            Issue.record("JSON-Schema-Test-Suite not found at \(draft.path); set VANBAN_JSONSCHEMA_SUITE to its directory")
            return
        }
        var totalPassed = 0, totalCases = 0, totalSkipped = 0
        var report: [String] = []
        for file in SuiteManifest.claimedFiles {
            let url = draft.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                Issue.record("claimed suite file \(file) is missing")
                continue
            }
            let groups = try #require(try JSONReader().read(data).arrayValue, "\(file) is not an array")
            let skips = SuiteManifest.skippedGroups[file] ?? []
            var passed = 0, cases = 0, skipped = 0
            for group in groups {
                let description = group["description"]?.stringValue ?? "?"
                let tests = group["tests"]?.arrayValue ?? []
                let schemaValue = try #require(group["schema"], "\(file): group '\(description)' has no schema")
                if skips.contains(where: { $0.description == description }) {
                    skipped += tests.count
                    #expect(throws: SchemaError.self, "\(file): skipped group '\(description)' must be refused") {
                        try Schema(schemaValue)
                    }
                    continue
                }
                let schema: Schema
                do {
                    schema = try Schema(schemaValue)
                } catch {
                    cases += tests.count
                    Issue.record("\(file): group '\(description)': schema refused: \(error)")
                    continue
                }
                for test in tests {
                    cases += 1
                    let expected = test["valid"] == .bool(true)
                    let instance = test["data"] ?? .null
                    let errors = schema.validate(instance)
                    let fast = schema.isValid(instance)
                    if errors.isEmpty == expected, fast == expected {
                        passed += 1
                    } else {
                        Issue.record("""
                            \(file): '\(description)' / '\(test["description"]?.stringValue ?? "?")': \
                            expected \(expected ? "valid" : "invalid"), validate() gave \(errors.map(\.description)), \
                            isValid() gave \(fast)
                            """)
                    }
                }
            }
            for skip in skips where !groups.contains(where: { $0["description"]?.stringValue == skip.description }) {
                Issue.record("\(file): skip list names '\(skip.description)', which the file does not contain")
            }
            report.append("  \(file): \(passed)/\(cases) passed" + (skipped > 0 ? ", \(skipped) skipped" : ""))
            totalPassed += passed
            totalCases += cases
            totalSkipped += skipped
        }
        print("JSON-Schema-Test-Suite draft2020-12 (\(SuiteManifest.claimedFiles.count) files):")
        print(report.joined(separator: "\n"))
        print("  total: \(totalPassed)/\(totalCases) passed, \(totalSkipped) skipped")
        #expect(totalCases > 0)
    }
}
