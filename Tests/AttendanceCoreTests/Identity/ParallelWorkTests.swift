import Testing

@testable import AttendanceIdentity

@Suite struct ParallelWorkTests {
    @Test("results come back in index order whatever thread ran them")
    func orderKept() {
        #expect(ParallelWork.map(100) { $0 * $0 } == (0..<100).map { $0 * $0 })
        #expect(ParallelWork.map(0) { $0 } == [])
        #expect(ParallelWork.map(1) { $0 + 7 } == [7])
    }

    @Test("ranges cover every index once, in order, cut at about equal weight")
    func ranges() {
        #expect(ParallelWork.ranges(balancing: [1, 1, 1, 1], into: 2) == [0..<2, 2..<4])
        #expect(ParallelWork.ranges(balancing: [10, 1, 1, 1, 1, 0], into: 2) == [0..<1, 1..<6])
        #expect(ParallelWork.ranges(balancing: [0, 0, 0], into: 4) == [0..<3])
        #expect(ParallelWork.ranges(balancing: [], into: 4) == [])
        #expect(ParallelWork.ranges(balancing: [5, 5, 5], into: 1) == [0..<3])
        let weights = (0..<1000).map { $0 % 7 }
        let cut = ParallelWork.ranges(balancing: weights, into: 16)
        #expect(cut.count == 16)
        #expect(cut.first?.lowerBound == 0 && cut.last?.upperBound == 1000)
        #expect(zip(cut, cut.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
}
