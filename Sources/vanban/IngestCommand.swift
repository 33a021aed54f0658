import ArgumentParser
import Foundation
import VanBan
import VanBanRegister

/// `vanban ingest PATH…`: every document under the paths, in parallel, into the SQLite register.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest documents into the SQLite register (sổ đăng ký văn bản đến), checking them against each other.",
        discussion: """
            Walks folders for *.txt files (files named directly are taken whatever their name), parses them in \
            parallel and registers each distinct content once: a rerun skips what is registered and resumes \
            where a killed run stopped. Unreadable or undecodable files are recorded as failed and the run \
            goes on. Cross-document findings (corpus.*) new to the register are printed at the end.
            Exit status: 0 · 1 some documents failed (listed; the rest are kept) · 2 usage or the register \
            cannot be opened.
            """)

    @Argument(help: "Files and folders to ingest.")
    var paths: [String]

    @Option(help: "The SQLite register (created when missing).")
    var db = "vanban.sqlite"

    @Option(help: "Also write each newly registered document as one JSON line to this file ('-': standard output).")
    var ndjson: String?

    @Option(help: "Documents parsed at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "The day date.future compares with (YYYY-MM-DD); default today.")
    var asOf: String?

    @Flag(help: "No progress display.")
    var quiet = false

    /// Which new cross-document findings to print.
    enum ReportLevel: String, ExpressibleByArgument, CaseIterable {
        case info, warning, error, none
        func includes(_ severity: String) -> Bool {
            switch self {
            case .info: true
            case .warning: severity != "info"
            case .error: severity == "error"
            case .none: false
            }
        }
    }

    @Option(help: "Print the new cross-document findings at or above this severity: info, warning, error or none (all are stored).")
    var report: ReportLevel = .info

    func validate() throws {
        if paths.isEmpty { throw ValidationError("ingest wants at least one file or folder") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs wants a number of at least 1, got \(jobs)") }
        if let asOf, CalendarPoint(iso: asOf) == nil { throw ValidationError("--as-of wants YYYY-MM-DD, got \(asOf)") }
    }

    func run() throws {
        let register: Register
        do { register = try Register(path: db) } catch {
            Output.err("vanban: cannot open the register \(db): \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        var lines: FileHandle?
        if let ndjson {
            if ndjson == "-" {
                lines = FileHandle.standardOutput
            } else if FileManager.default.createFile(atPath: ndjson, contents: nil), let handle = FileHandle(forWritingAtPath: ndjson) {
                lines = handle
            } else {
                Output.err("vanban: cannot write \(ndjson)")
                throw ExitCode(ExitStatus.usage)
            }
        }
        let ingestor = Ingestor(register: register, options: .init(jobs: jobs, asOf: asOf.flatMap(CalendarPoint.init(iso:))))
        let display = ProgressDisplay(quiet: quiet)
        var failures: [(path: String, reason: String)] = []
        let summary: Ingestor.Summary
        do {
            summary = try ingestor.run(paths: paths, event: { event in
                switch event {
                case let .registered(_, _, json): lines?.write(Data((json + "\n").utf8))
                case let .failed(path, reason): failures.append((path, reason))
                case .skipped: break
                }
            }, progress: display.update, finding: { finding in
                guard report.includes(finding.severity) else { return }
                display.clear()
                Output.err(finding.compilerStyle)
            })
        } catch {
            display.clear()
            Output.err("vanban: the register \(db) could not be written: \(error) (what was committed is kept; run again to resume)")
            throw ExitCode(ExitStatus.findings)
        }
        display.clear()
        try? lines?.synchronize()
        let counts = summary.progress
        let rate = counts.elapsed > 0 ? Double(counts.done) / counts.elapsed : 0
        Output.err("vanban: ingest: \(counts.done) documents in \(Duration.text(counts.elapsed)) (\(Int(rate.rounded()))/s): "
                   + "\(counts.registered) registered, \(counts.skipped) skipped (already in the register), \(counts.failed) failed")
        for failure in failures { Output.err("vanban: failed: \(failure.path): \(failure.reason)") }
        if summary.corpus.ran {
            let new = summary.corpus.newFindings
            Output.err("vanban: across documents: \(new["error", default: 0]) errors, \(new["warning", default: 0]) warnings, "
                       + "\(new["info", default: 0]) notes new (\(summary.corpus.totalFindings) in the register)")
        }
        if counts.failed > 0 { throw ExitCode(ExitStatus.findings) }
    }
}

/// Progress on standard error: a redrawn bar on a terminal, a plain line every 10 s otherwise.
private final class ProgressDisplay {
    private let quiet: Bool
    private let terminal = isatty(2) != 0
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(quiet: Bool) { self.quiet = quiet }

    func update(_ progress: Ingestor.Progress) {
        guard !quiet else { return }
        let now = Date()
        let finished = progress.done >= progress.total
        if terminal {
            guard now.timeIntervalSince(lastDraw) >= 0.1 || finished else { return }
        } else {
            guard now.timeIntervalSince(lastDraw) >= 10, !finished else { return }
        }
        lastDraw = now
        let rate = progress.elapsed > 0 ? Double(progress.done) / progress.elapsed : 0
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
        let counts = "\(progress.done)/\(progress.total) documents, \(String(format: "%.1f", rate))/s, \(Duration.text(left)) left"
        if terminal {
            let width = 24, filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[2Kingest \(bar) \(Int(fraction * 100))% \(counts)".utf8))
            drawn = true
        } else {
            Output.err("vanban: ingest: \(counts)")
        }
    }

    /// Wipes the bar before other output.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        drawn = false
    }
}

private enum Duration {
    /// "42 s", "3m12s", "1h05m".
    static func text(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if seconds < 10 { return String(format: "%.1f s", seconds) }
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60)m\(s % 60 < 10 ? "0" : "")\(s % 60)s" }
        return "\(s / 3600)h\(s / 60 % 60 < 10 ? "0" : "")\(s / 60 % 60)m"
    }
}
