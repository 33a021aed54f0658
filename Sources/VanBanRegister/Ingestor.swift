import Foundation
import VanBan

/// Batch ingest: every document under some paths, parsed in parallel and written to a `Register`.
///
/// Stages: walk (one `FileWalker`, shared) → read, hash, skip if registered, parse (`jobs` worker threads) →
/// put back in walk order → store in batches, one transaction each (the calling thread) → cross-document
/// rules. Memory is bounded whatever the number of files: a worker takes a new file only while fewer than
/// `window` files are between the walk and the batch (in work or waiting for an earlier one), and a
/// worker keeps a `DocumentRecord` (columns and JSON), not the `Document`.
public struct Ingestor {
    /// How to ingest.
    public struct Options: Sendable {
        /// Worker threads parsing at once (default: the number of cores).
        public var jobs: Int
        /// Documents per transaction.
        public var batchSize: Int
        /// Passed to the parser (`date.future`).
        public var asOf: CalendarPoint?
        /// Files in flight per worker (the window is `jobs * inFlightPerJob`).
        public var inFlightPerJob: Int

        public init(jobs: Int? = nil, batchSize: Int = 64, asOf: CalendarPoint? = nil, inFlightPerJob: Int = 4) {
            self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            self.batchSize = max(1, batchSize)
            self.asOf = asOf
            self.inFlightPerJob = max(1, inFlightPerJob)
        }
    }

    /// What happened to one file, reported once its batch is committed.
    public enum Event {
        /// Newly registered as số đến `id`; `json` is the document (compact), for NDJSON.
        case registered(id: Int64, path: String, json: String)
        /// Its content was registered before (by an earlier run, or `original` in this run).
        case skipped(path: String, original: String?)
        /// Recorded as failed.
        case failed(path: String, reason: String)
    }

    /// Counts so far, for a progress display.
    public struct Progress: Sendable {
        /// Files handled (committed) and files found in all.
        public var done: Int
        public var total: Int
        public var registered = 0
        public var skipped = 0
        public var failed = 0
        /// Seconds since the start.
        public var elapsed: Double
    }

    /// The end of a run.
    public struct Summary: Sendable {
        public var progress: Progress
        public var corpus: CorpusCheck
        /// The most files that were read or parsed but not yet written at one time (bounded by the window).
        public var peakInFlight: Int
    }

    public var register: Register
    public var options: Options

    public init(register: Register, options: Options = Options()) {
        self.register = register
        self.options = options
    }

    /// The number of documents the walk will find (walks once, keeps nothing).
    public static func count(paths: [String]) -> Int {
        var walker = FileWalker(paths: paths)
        var count = 0
        while walker.next() != nil { count += 1 }
        return count
    }

    /// Ingests every document under `paths`. `event` is called for each file after its batch is committed,
    /// `progress` after each batch, `finding` for each new cross-document finding; all on the calling thread.
    /// Throws only when the register cannot be written (what was committed stays).
    public func run(paths: [String], event: (Event) -> Void = { _ in }, progress: (Progress) -> Void = { _ in },
                    finding: (Finding) -> Void = { _ in }) throws -> Summary {
        let start = Date()
        var counts = Progress(done: 0, total: Self.count(paths: paths), elapsed: 0)
        let pipeline = Pipeline(walker: FileWalker(paths: paths), window: options.jobs * options.inFlightPerJob)
        let parser = DocumentParser(options: .init(lossy: false, asOf: options.asOf))
        let register = self.register
        for _ in 0..<options.jobs {
            let thread = Thread { pipeline.work { item in Self.process(item, parser: parser, register: register) } }
            thread.stackSize = 16 << 20
            thread.start()
        }
        var batch: [IngestOutcome] = []
        func commit() throws {
            guard !batch.isEmpty else { return }
            let stored = try register.store(batch, ingestedAt: IngestClock.now())
            batch.removeAll(keepingCapacity: true)
            for result in stored {
                counts.done += 1
                switch result {
                case let .registered(id, path, json):
                    counts.registered += 1
                    event(.registered(id: id, path: path, json: json))
                case let .skipped(path):
                    counts.skipped += 1
                    event(.skipped(path: path, original: nil))
                case let .duplicate(path, original):
                    counts.skipped += 1
                    event(.skipped(path: path, original: original))
                case let .failed(path, reason):
                    counts.failed += 1
                    event(.failed(path: path, reason: reason))
                }
            }
            counts.elapsed = Date().timeIntervalSince(start)
            progress(counts)
        }
        do {
            while let outcome = pipeline.nextInOrder() {
                batch.append(outcome)
                if batch.count >= options.batchSize { try commit() }
            }
            try commit()
        } catch {
            pipeline.cancel()
            throw error
        }
        let corpus = try register.checkCorpus(report: finding)
        counts.elapsed = Date().timeIntervalSince(start)
        return Summary(progress: counts, corpus: corpus, peakInFlight: pipeline.peakInFlight)
    }

    /// Read, hash, skip or parse one file (on a worker thread).
    static func process(_ item: FileWalker.Item, parser: DocumentParser, register: Register) -> IngestOutcome {
        if let problem = item.problem { return .failed(path: item.path, sha256: nil, reason: problem) }
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(item.path) } catch { return .failed(path: item.path, sha256: nil, reason: error.description) }
        let sha256 = SHA256.hex(bytes)
        // A failed look-up only costs a parse: the insert still refuses a second copy of one content.
        if (try? register.isRegistered(sha256: sha256)) == true { return .alreadyRegistered(path: item.path, sha256: sha256) }
        do {
            let document = try parser.parse(bytes: bytes, name: item.path)
            var record: DocumentRecord
            switch OutputGuard.check(document) {
            case .valid(let json): record = DocumentRecord(path: item.path, document: document, json: json)
            case .salvaged(let json, let note): record = DocumentRecord(path: item.path, document: document, json: json, notes: [note])
            case .invalid(let problem):
                return .failed(path: item.path, sha256: sha256, reason: "internal error: the document breaks the schema: \(problem)")
            }
            record.sha256 = sha256
            return .parsed(record)
        } catch {
            return .failed(path: item.path, sha256: sha256, reason: error.description)
        }
    }
}
