import Testing

@testable import AttendanceDemo

@Suite struct SplitMix64Tests {
    @Test("the first outputs of seed 0 are SplitMix64's published ones")
    func referenceOutputs() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test(
        "sampling through the tree draws exactly what scanning every weight draws",
        arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func treeMatchesScan(seed: UInt64) {
        var setup = SplitMix64(seed: seed)
        // Weights like the generator's: 1 + events so far, times 3 or 2, times 2.5 or 1; some zero.
        let governments: [Double] = [1, 2, 3]
        let areas: [Double] = [1, 2.5]
        var weights: [Double] = []
        for _ in 0..<(50 + setup.below(400)) {
            let weight = Double(1 + setup.below(6)) * governments[setup.below(3)] * areas[setup.below(2)]
            weights.append(setup.chance(0.1) ? 0 : weight)
        }
        let items = Array(weights.indices)
        for count in [1, 7, weights.count / 2, weights.count + 5] {
            var tree = SplitMix64(seed: seed &* 31)
            var scan = tree
            let drawn = tree.sample(items, count: count) { weights[$0] }
            #expect(drawn == scan.sampleByScanning(items, weights: weights, count: count))
            #expect(tree.next() == scan.next())  // the same number of draws
            #expect(Set(drawn).count == drawn.count)
            #expect(drawn.allSatisfy { weights[$0] > 0 })
        }
    }

    @Test("weights that are not multiples of one half are drawn by scanning, with the same result")
    func otherWeightsScan() {
        let weights = [0.3, 1.7, 0, 2.25, 0.1]
        var sampler = SplitMix64(seed: 9)
        var scan = sampler
        #expect(
            sampler.sample(Array(weights.indices), count: 4) { weights[$0] }
                == scan.sampleByScanning(Array(weights.indices), weights: weights, count: 4))
    }
}
