/// A small seeded pseudo-random generator (SplitMix64) for the demo programme year.
///
/// Every draw the generator makes goes through these methods rather than the standard library's
/// `random(in:using:)` or `shuffled(using:)`, whose algorithms may change between toolchains:
/// the same seed must give the same bytes on every Swift version.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
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

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection); 0 when `bound <= 1`.
    mutating func below(_ bound: Int) -> Int {
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
    mutating func pick(_ items: [String]) -> String {
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
    mutating func sample<T>(_ items: [T], count: Int, weight: (T) -> Double) -> [T] {
        var weights = items.map { max(weight($0), 0) }
        var out: [T] = []
        while out.count < count, weights.contains(where: { $0 > 0 }) {
            let index = weightedIndex(weights)
            out.append(items[index])
            weights[index] = 0
        }
        return out
    }
}
