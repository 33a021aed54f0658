import Foundation
import Testing

@Suite struct CheckCommandTests {
    typealias P = VanbanProcess
    static let severities = ["info", "warning", "error"]

    /// The lines of stdout (LF only: the text format never writes CR).
    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func seedPrintsCitedAfterIssueWithItsLineCaretAndNote() throws {
        let r = try P.run(["check", P.seed])
        #expect(r.status == 1)
        let out = lines(r.stdout)
        let index = try #require(out.firstIndex { $0.hasPrefix("\(P.seed):24:43: error: ") && $0.hasSuffix(" [date.cited-after-issue]") })
        #expect(out[index].contains("359-KH/TU"))
        #expect(out[index + 1].hasPrefix("Thực hiện Kế hoạch hành động số 359-KH/TU ngày 29/4/2025"))
        let caret = out[index + 2]
        #expect(caret.hasPrefix(String(repeating: " ", count: 42) + "^~"))
        #expect(caret.trimmingCharacters(in: .whitespaces).allSatisfy { $0 == "^" || $0 == "~" })
        // The note points at the header date, with its own line and caret.
        #expect(out[index + 3].hasPrefix("\(P.seed):10:33: note: "))
        #expect(out[index + 4].hasPrefix("Số:"))
        #expect(out[index + 5].hasPrefix(String(repeating: " ", count: 32) + "^~"))
        #expect(!r.stdout.contains("\u{1B}"))
        // The summary goes to stderr, one line.
        #expect(r.stderr.contains(" errors, ") && r.stderr.hasSuffix(" in 1 document\n"))
        #expect(!r.stdout.contains(" in 1 document"))
    }

    @Test func everyFindingHasALocationLineThenItsSourceAndCaret() throws {
        let r = try P.run(["check", "--fail-on", "info", P.seed])
        let out = lines(r.stdout)
        let headers = out.indices.filter { out[$0].hasPrefix(P.seed + ":") }
        #expect(!headers.isEmpty)
        for i in headers {
            #expect(out[i].range(of: #"^.+:\d+:\d+: (error|warning|info|note): .+"#, options: .regularExpression) != nil)
            if !out[i].contains(": note: ") { #expect(out[i].range(of: #" \[[a-z]+\.[a-z-]+\]$"#, options: .regularExpression) != nil) }
            #expect(out[i + 2].contains("^"))
        }
    }

    @Test func failOnDecidesTheExitStatus() throws {
        #expect(try P.run(["check", P.seed]).status == 1)                             // default: error
        #expect(try P.run(["check", "--fail-on", "error", P.seed]).status == 1)
        let empty = try P.temporaryFile([], name: "empty.txt")
        #expect(try P.run(["check", "--fail-on", "info", empty]).status == 0)
        // For several documents and every threshold: 1 exactly when a finding is at or above it.
        let files = [P.seed, P.root.appendingPathComponent("Corpus").path]
            .flatMap { path -> [String] in
                guard path.hasSuffix("Corpus") else { return [path] }
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                return names.filter { $0.hasSuffix(".txt") }.sorted().prefix(4).map { path + "/" + $0 }
            }
        for file in files {
            let json = try P.run(["check", "--format", "json", file])
            let findings = try #require(P.json(json.stdout) as? [[String: Any]])
            let worst = findings.compactMap { Self.severities.firstIndex(of: $0["severity"] as? String ?? "") }.max() ?? -1
            for (rank, threshold) in Self.severities.enumerated() {
                let status = try P.run(["check", "--fail-on", threshold, file]).status
                #expect(status == (worst >= rank ? 1 : 0), "\(file) --fail-on \(threshold)")
            }
        }
    }

    @Test func jsonIsOneArrayOfFindingsWithTheirPath() throws {
        let r = try P.run(["check", "--format", "json", P.seed, P.seed])
        #expect(r.status == 1)
        #expect(r.stderr.isEmpty)
        let findings = try #require(P.json(r.stdout) as? [[String: Any]])
        #expect(findings.count % 2 == 0 && !findings.isEmpty)
        for finding in findings {
            #expect(Set(finding.keys) == ["path", "rule", "severity", "message", "span", "related"])
            #expect(finding["path"] as? String == P.seed)
        }
        let cited = try #require(findings.first { $0["rule"] as? String == "date.cited-after-issue" })
        let start = (cited["span"] as? [String: Any])?["start"] as? [String: Int]
        #expect(start == ["line": 24, "column": 43])
        #expect((cited["related"] as? [Any])?.isEmpty == false)
    }

    @Test func sarifIsVersion210WithTheCatalogueAndTheFindings() throws {
        let r = try P.run(["check", "--format", "sarif", "--fail-on", "info", P.seed])
        #expect(r.status == 1)
        let log = try #require(P.json(r.stdout) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "vanban")
        #expect(driver["informationUri"] is String)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.contains("date.cited-after-issue") && ids.contains("schedule.weekend") && Set(ids).count == ids.count)
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
        }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        let json = try #require(P.json(try P.run(["check", "--format", "json", P.seed]).stdout) as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == json.map { $0["rule"] as? String })
        for result in results {
            let ruleId = try #require(result["ruleId"] as? String)
            #expect(ids[result["ruleIndex"] as? Int ?? -1] == ruleId)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] is String)
        }
        let cited = try #require(results.first { $0["ruleId"] as? String == "date.cited-after-issue" })
        #expect(cited["level"] as? String == "error")
        let physical = try #require(((cited["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(uri?.removingPercentEncoding == "file://" + P.seed)
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region["startLine"] == 24 && region["startColumn"] == 43 && region["endLine"] != nil && region["endColumn"] != nil)
        #expect((cited["relatedLocations"] as? [[String: Any]])?.isEmpty == false)
        if let tone = results.first(where: { $0["ruleId"] as? String == "text.mixed-tone-style" }) {
            #expect(tone["level"] as? String == "note")
        }
    }

    @Test func sarifKeepsARelativePathRelative() throws {
        let r = try P.run(["check", "--format", "sarif", "Corpus/00_kh_SKHCN-QuangNgai_KH-SKHCN_seed.txt"],
                          environment: P.environment())
        // Run from the package root when the tests are (swift test does); otherwise only check the shape.
        guard FileManager.default.currentDirectoryPath == P.root.path else { return }
        #expect(r.stdout.contains("\"uri\": \"Corpus/00_kh_SKHCN-QuangNgai_KH-SKHCN_seed.txt\""))
    }

    @Test func anUnreadableInputExits3AndTheOthersAreStillChecked() throws {
        let r = try P.run(["check", "/nonexistent/x.txt", P.seed])
        #expect(r.status == 3)
        #expect(r.stderr.contains("/nonexistent/x.txt"))
        #expect(r.stdout.contains("[date.cited-after-issue]"))
        #expect(r.stderr.contains("1 input unreadable"))
        let sarif = try P.run(["check", "--format", "sarif", "/nonexistent/x.txt", P.seed])
        #expect(sarif.status == 3)
        #expect(sarif.stdout.contains("\"executionSuccessful\": false"))
    }

    @Test func usageErrorsExit2WithNothingOnStdout() throws {
        for arguments in [["check", "--fail-on", "fatal", P.seed], ["check", "--format", "xml", P.seed],
                          ["check", "--as-of", "15/5/2025", P.seed]] {
            let r = try P.run(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stdout.isEmpty)
            #expect(!r.stderr.isEmpty)
        }
    }

    @Test func asOfDecidesDateFuture() throws {
        let text = try String(contentsOfFile: P.seed, encoding: .utf8)
        let r = try P.run(["check", "--format", "json", "--as-of", "2024-01-01", "-"], stdin: Data(text.utf8))
        #expect(r.stdout.contains("\"date.future\""))
        let later = try P.run(["check", "--format", "json", "--as-of", "2030-01-01", "-"], stdin: Data(text.utf8))
        #expect(!later.stdout.contains("\"date.future\""))
    }

    @Test func standardInputIsShownAsStdin() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: P.seed))
        let r = try P.run(["check", "-"], stdin: text)
        #expect(r.status == 1)
        #expect(r.stdout.contains("<stdin>:24:43: error: "))
        let json = try P.run(["check", "--format", "json"], stdin: text)
        #expect(json.stdout.contains("\"path\": \"-\""))
    }

    /// CRLF and CR line ends number lines like LF; a tab stays a tab in the caret line; decomposed (NFD)
    /// text is printed as it is, and the caret still stands under the same letter.
    @Test func caretsLineUpWithCRLFTabsAndDecomposedText() throws {
        let text = try String(contentsOfFile: P.seed, encoding: .utf8)
        var seedLines = text.components(separatedBy: "\n")
        if seedLines.last == "" { seedLines.removeLast() }

        let crlf = try P.temporaryFile(Array(seedLines.joined(separator: "\r\n").utf8), name: "crlf.txt")
        let crlfOut = lines(try P.run(["check", crlf]).stdout)
        let c = try #require(crlfOut.firstIndex { $0.hasPrefix("\(crlf):24:43: error: ") })
        #expect(crlfOut[c + 2].hasPrefix(String(repeating: " ", count: 42) + "^"))
        #expect(!crlfOut[c + 1].contains("\r"))

        var tabbed = seedLines
        tabbed[23] = "\t" + tabbed[23]
        let tab = try P.temporaryFile(Array(tabbed.joined(separator: "\n").utf8), name: "tab.txt")
        let tabOut = lines(try P.run(["check", tab]).stdout)
        let t = try #require(tabOut.firstIndex { $0.hasPrefix("\(tab):24:44: error: ") && $0.contains("359-KH/TU") })
        #expect(tabOut[t + 1].hasPrefix("\tThực hiện"))
        #expect(tabOut[t + 2].hasPrefix("\t" + String(repeating: " ", count: 42) + "^"))

        let nfd = text.decomposedStringWithCanonicalMapping
        let nfdFile = try P.temporaryFile(Array(nfd.utf8), name: "nfd.txt")
        let nfdOut = lines(try P.run(["check", nfdFile]).stdout)
        let n = try #require(nfdOut.firstIndex { $0.hasPrefix("\(nfdFile):24:") && $0.contains("[date.cited-after-issue]") })
        let originalLine24 = nfd.components(separatedBy: "\n")[23]
        #expect(nfdOut[n + 1] == originalLine24)                       // the raw (decomposed) line
        #expect(nfdOut[n + 2].hasPrefix(String(repeating: " ", count: 42) + "^"))
        #expect(nfdOut[n].contains(":24:") && !nfdOut[n].contains(":24:43:"))  // columns count every scalar
    }

    @Test func controlCharactersInTheSourceNeverReachTheTerminal() throws {
        var text = try String(contentsOfFile: P.seed, encoding: .utf8).components(separatedBy: "\n")
        text[23] = "\u{1B}[2J" + text[23]           // an escape sequence that would clear the screen
        let file = try P.temporaryFile(Array(text.joined(separator: "\n").utf8), name: "esc.txt")
        let r = try P.run(["check", file])
        #expect(!r.stdout.contains("\u{1B}"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNO_COLOR() throws {
        #expect(!(try P.run(["check", P.seed]).stdout.contains("\u{1B}")))      // a pipe: no colour
        guard let terminal = try P.runOnTerminal(["check", P.seed], environment: P.environment()) else {
            print("no pseudo-terminal on this machine: colour on a terminal not tested")
            return
        }
        #expect(terminal.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(terminal.contains("[date.cited-after-issue]"))
        let noColour = try P.runOnTerminal(["check", P.seed], environment: P.environment(["NO_COLOR": "1"]))
        #expect(noColour?.contains("[date.cited-after-issue]") == true)
        #expect(noColour?.contains("\u{1B}") == false)
        let json = try P.runOnTerminal(["check", "--format", "json", P.seed], environment: P.environment())
        #expect(json?.contains("\u{1B}") == false)
        #expect(json.flatMap { P.json($0.replacingOccurrences(of: "\r\n", with: "\n")) } != nil)
    }

    @Test func docsRulesMarkdownIsWhatTheCatalogueGenerates() throws {
        let r = try P.run(["rules", "--markdown"])
        #expect(r.status == 0, "`vanban rules` is not registered in VanBanCommand")
        let committed = try String(contentsOf: P.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(committed == r.stdout, "docs/rules.md is stale: run `swift run vanban rules --markdown > docs/rules.md`")
        // Every rule the SARIF driver lists is documented.
        let sarif = try P.run(["check", "--format", "sarif", try P.temporaryFile([], name: "empty.txt")])
        let log = try #require(P.json(sarif.stdout) as? [String: Any])
        let rules = (((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        for id in (rules ?? []).compactMap({ $0["id"] as? String }) { #expect(committed.contains("| `\(id)` |")) }
    }
}
