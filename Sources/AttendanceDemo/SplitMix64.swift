/// A small seeded pseudo-random generator (SplitMix64) for the demo programme year, the
/// benchmarks' years and tests that shuffle: the package's one random source.
///
/// Every draw the generator makes goes through these methods rather than the standard library's
/// `random(in:using:)` or `shuffled(using:)`, whose algorithms may change between toolchains:
/// the same seed must give the same bytes on every Swift version.
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one purpose, so that a change in one part of the generator
    /// does not shift the draws of every other part.
    init(seed: UInt64, stream label: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a over the label's UTF-8 bytes
        for byte in label.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(seed: seed ^ hash)
        state = mixer.next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection); 0 when `bound <= 1`.
    package mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let product = next().multipliedFullWidth(by: range)
            if product.low >= threshold { return Int(product.high) }
        }
    }

    /// A uniform integer in a closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform number in `0..<1` with 53 bits of precision.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `true` with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array; `fallback` for an empty one.
    mutating func pick<T>(_ items: [T], or fallback: T) -> T {
        items.isEmpty ? fallback : items[below(items.count)]
    }

    /// One element of a non-empty array of strings (the data lists of the generator).
    package mutating func pick(_ items: [String]) -> String {
        pick(items, or: "")
    }

    /// An index drawn with probability proportional to its weight; 0 when all weights are zero.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var target = unit() * total
        for (index, weight) in weights.enumerated() where weight > 0 {
            target -= weight
            if target < 0 { return index }
        }
        return weights.lastIndex { $0 > 0 } ?? 0  // rounding left a sliver: the last candidate
    }

    /// The array in a uniformly random order (Fisher–Yates).
    mutating func shuffle<T>(_ items: [T]) -> [T] {
        var out = items
        var index = out.count - 1
        while index > 0 {
            out.swapAt(index, below(index + 1))
            index -= 1
        }
        return out
    }

    /// `count` distinct elements (fewer when there are not enough with a positive weight), drawn
    /// one after the other with probability proportional to their weights, in the order drawn.
    ///
    /// Plain arithmetic only (no logarithms), so the draws do not depend on the platform's libm.
    /// Weights that are multiples of ½ (all the generator uses) are drawn through a Fenwick tree in
    /// O(log n) each, so that a benchmark year's tens of thousands of draws among hundreds of
    /// thousands of people stay fast; their sums are exact, so each draw picks the very element
    /// the scan of ``weightedIndex(_:)`` picks, and the bytes of a year do not change. Other
    /// weights take that scan.
    mutating func sample<T>(_ items: [T], count: Int, weight: (T) -> Double) -> [T] {
        let weights = items.map { max(weight($0), 0) }
        guard var tree = WeightTree(weights) else { return sampleByScanning(items, weights: weights, count: count) }
        var out: [T] = []
        while out.count < count, tree.positiveCount > 0 {
            let index = tree.index(below: unit() * tree.total)
            out.append(items[index])
            tree.remove(index)
        }
        return out
    }

    /// ``sample(_:count:weight:)`` by scanning every weight for every draw: O(n) a draw.
    mutating func sampleByScanning<T>(_ items: [T], weights: [Double], count: Int) -> [T] {
        var weights = weights
        var out: [T] = []
        while out.count < count, weights.contains(where: { $0 > 0 }) {
            let index = weightedIndex(weights)
            out.append(items[index])
            weights[index] = 0
        }
        return out
    }
}

/// Non-negative weights in a Fenwick tree: prefix sums and removals in O(log n).
///
/// Only for weights that are multiples of ½ adding up to less than 2⁵⁰: every sum and
/// difference of them is then exact in a `Double`, so the element found for a target is the one
/// a left-to-right scan subtracting each weight finds (the first whose running sum exceeds it).
private struct WeightTree {
    /// 1-based: `nodes[i]` sums the weights of elements `i - (i & -i) ..< i` (0-based).
    private var nodes: [Double]
    private var weights: [Double]
    private(set) var total = 0.0
    private(set) var positiveCount = 0

    init?(_ weights: [Double]) {
        var total = 0.0
        for weight in weights {
            guard weight.isFinite, (weight * 2).rounded() == weight * 2 else { return nil }
            total += weight
        }
        guard total < 0x1p50 else { return nil }
        self.weights = weights
        self.total = total
        positiveCount = weights.reduce(0) { $1 > 0 ? $0 + 1 : $0 }
        nodes = [0] + weights
        for i in 1..<nodes.count {
            let parent = i + (i & -i)
            if parent < nodes.count { nodes[parent] += nodes[i] }
        }
    }

    /// The first element (0-based) whose prefix sum, itself included, exceeds `target` (in `0..<total`).
    func index(below target: Double) -> Int {
        var position = 0
        var rest = target
        var step = 1
        while step * 2 < nodes.count { step *= 2 }
        while step > 0 {
            let next = position + step
            if next < nodes.count, nodes[next] <= rest {
                position = next
                rest -= nodes[next]
            }
            step /= 2
        }
        return position
    }

    /// Sets the weight of element `index` (0-based) to zero.
    mutating func remove(_ index: Int) {
        let weight = weights[index]
        guard weight > 0 else { return }
        weights[index] = 0
        total -= weight
        positiveCount -= 1
        var i = index + 1
        while i < nodes.count {
            nodes[i] -= weight
            i += i & -i
        }
    }
}
