import Foundation

/// The shared state of the workers and the writer: the walk, the window, the finished outcomes waiting for
/// their turn. Every field is touched only under `condition`, hence `@unchecked Sendable`.
final class Pipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var walker: FileWalker
    private let window: Int
    /// Sequence number of the next file to take from the walk, and of the next outcome to hand to the writer.
    private var taken = 0
    private var handed = 0
    private var finished: [Int: IngestOutcome] = [:]
    private var walkEnded = false
    private var cancelled = false
    private var peak = 0

    /// The most files ever taken from the walk and not yet handed to the writer.
    var peakInFlight: Int {
        condition.lock()
        defer { condition.unlock() }
        return peak
    }

    init(walker: FileWalker, window: Int) {
        self.walker = walker
        self.window = max(1, window)
    }

    /// A worker's loop: take the next file while the window has room, process it, hand it back.
    func work(_ process: (FileWalker.Item) -> IngestOutcome) {
        while true {
            condition.lock()
            while taken - handed >= window && !cancelled { condition.wait() }
            guard !cancelled, !walkEnded, let item = walker.next() else {
                walkEnded = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let sequence = taken
            taken += 1
            peak = max(peak, taken - handed)
            condition.unlock()

            let outcome = process(item)

            condition.lock()
            finished[sequence] = outcome
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The writer's side: the next outcome in walk order, waiting for it; nil once all are handed.
    func nextInOrder() -> IngestOutcome? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let outcome = finished.removeValue(forKey: handed) {
                handed += 1
                condition.broadcast()
                return outcome
            }
            if walkEnded && handed == taken { return nil }
            condition.wait()
        }
    }

    /// Stops the workers taking new files (those in work finish and are dropped).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
