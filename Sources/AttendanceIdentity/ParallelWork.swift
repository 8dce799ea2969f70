import Dispatch
import Foundation
import Synchronization

/// Work split over the machine's cores, with results in a fixed order so that output never
/// depends on which thread finished first.
package enum ParallelWork {
    /// The threads worth using: the machine's active cores.
    package static var width: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body` for every index of `0..<count` on all cores and returns the results in index order.
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = body(index)
            results.withLock { $0[index] = value }
        }
        return results.withLock { slots in slots.map { $0! } }
    }

    /// Cuts `0..<weights.count` into at most `parts` consecutive ranges of about equal total weight.
    package static func ranges(balancing weights: [Int], into parts: Int) -> [Range<Int>] {
        let total = weights.reduce(0, +)
        guard parts > 1, total > 0 else { return weights.isEmpty ? [] : [0..<weights.count] }
        var ranges: [Range<Int>] = []
        var start = 0
        var sum = 0
        for (index, weight) in weights.enumerated() {
            sum += weight
            if sum * parts >= total * (ranges.count + 1), ranges.count < parts - 1 {
                ranges.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < weights.count { ranges.append(start..<weights.count) }
        return ranges
    }
}
