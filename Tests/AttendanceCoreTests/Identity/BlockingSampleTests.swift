import Testing

@testable import AttendanceIdentity
@testable import AttendanceModel

/// The sample of candidate pairs the learned weights come from.
@Suite struct BlockingSampleTests {
    let table: FeatureTable
    let blocking: Blocking
    let order: [Int32]

    init() throws {
        // Thousands of records sharing common names: small blocks and oversized, windowed ones.
        let records = SyntheticPeople(count: 3_000, seed: 5).records
        table = FeatureTable(records: records, places: try PlaceDirectory.bundled())
        blocking = Blocking(table: table, maximumBlockSize: 32, windowSize: 10)
        var order = [Int32](repeating: -1, count: records.count)
        for (rank, member) in blocking.membersOfOversizedBlocks.enumerated() { order[Int(member)] = Int32(rank) }
        self.order = order
    }

    func all() -> [[Int]] {
        var pairs: [[Int]] = []
        blocking.forEachCandidatePair(order: order) { pairs.append([$0, $1]) }
        return pairs
    }

    @Test("a stride of one gives every candidate pair, in the same order")
    func strideOne() {
        var sampled: [[Int]] = []
        blocking.forEachSampledPair(stride: 1, order: order) { sampled.append([$0, $1]) }
        #expect(sampled == all())
    }

    @Test("a stride of k gives about one pair in k, each of them a candidate pair")
    func strideK() {
        let every = all()
        let candidates = Set(every)
        var sampled: [[Int]] = []
        blocking.forEachSampledPair(stride: 7, order: order) { sampled.append([$0, $1]) }
        #expect(sampled.allSatisfy(candidates.contains))
        #expect(Set(sampled).count == sampled.count)
        let nominal = blocking.pairsPerBlock.reduce(0, +)
        #expect(sampled.count <= nominal / 7 + blocking.blockCount)
        #expect(sampled.count >= every.count / 7 / 2)
    }
}
