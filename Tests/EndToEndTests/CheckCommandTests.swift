#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// Runs the built `vanban` binary for the `check`, `table` and `rules` tests: through pipes, or with its
/// standard output on a pseudo-terminal (for colour).
enum VanbanProcess {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static let binary: URL = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [dir, dir.deletingLastPathComponent()].map { $0.appendingPathComponent("vanban") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("Corpus/00_kh_SKHCN-QuangNgai_KH-SKHCN_seed.txt").path

    /// The environment of the tests without NO_COLOR, plus `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        return environment.merging(extra) { $1 }
    }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = environment()) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // stderr is read on another thread so neither pipe can fill up and stall the child.
        nonisolated(unsafe) var errData = Data()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); errDone.signal() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs with standard output on a pseudo-terminal; returns what the terminal received, or nil when
    /// this machine has no pseudo-terminals.
    static func runOnTerminal(_ arguments: [String], environment: [String: String]) throws -> String? {
        // posix_openpt and friends are not in the Glibc module (they need _XOPEN_SOURCE): look them up.
        typealias OpenPT = @convention(c) (Int32) -> Int32
        typealias PTName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        func symbol<T>(_ name: String, _: T.Type) throws -> T {
            guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { throw POSIXError(.ENOSYS) }
            return unsafeBitCast(address, to: T.self)
        }
        let posixOpenpt = try symbol("posix_openpt", OpenPT.self)
        let grantpt = try symbol("grantpt", OpenPT.self), unlockpt = try symbol("unlockpt", OpenPT.self)
        let ptsname = try symbol("ptsname", PTName.self)
        let master = posixOpenpt(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        guard grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { close(master); return nil }
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { close(master); return nil }
        defer { close(master) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        close(slave)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }  // EIO once the child has closed the terminal
            received += buffer[0..<n]
        }
        process.waitUntilExit()
        return String(decoding: received, as: UTF8.self)
    }

    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-e2e-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func json(_ text: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
}

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
