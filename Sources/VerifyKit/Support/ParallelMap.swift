import Dispatch
import Foundation

/// Maps items on every core, in order: results come back in the order of the input, so a
/// run's output does not depend on the core count. `VERIFY_JOBS=N` caps the workers.
package enum ParallelMap {
    /// Workers to use: `VERIFY_JOBS` when set to a positive number, else one per core.
    package static var workerLimit: Int {
        if let text = ProcessInfo.processInfo.environment["VERIFY_JOBS"], let jobs = Int(text), jobs > 0 { return jobs }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Applies `transform` to every item. Each worker first builds its own state with
    /// `makeState` (for components that are not thread-safe, such as ICU iterators).
    package static func map<Item: Sendable, State, Result: Sendable>(
        _ items: [Item], makeState: @escaping @Sendable () -> State,
        _ transform: @escaping @Sendable (inout State, Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(workerLimit, items.count))
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = makeState()
            var index = worker
            while index < items.count {
                results.set(index, transform(&state, items[index]))
                index += workers
            }
        }
        return results.values()
    }
}

/// Slots written once each from several threads, read after all writers are done.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
