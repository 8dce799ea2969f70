import AttendanceDemo
import Testing

@testable import AttendanceIdentity
@testable import AttendanceModel
@testable import AttendanceReports

/// Persons depend on what records say, never on when they were imported: shuffled records under
/// new ids (another import order, lines moved within files) are grouped the same way.
@Suite struct CanonicalOrderTests {
    /// The partition of `records` as sets of their original ids.
    static func partition(_ records: [IdentityRecord], original: [Int64: Int64], resolver: IdentityResolver)
        -> Set<Set<Int64>>
    {
        var sorted = records
        IdentityRecord.sortCanonically(&sorted)
        let result = resolver.resolve(sorted)
        return Set(result.recordIDsByPerson.values.map { Set($0.map { original[$0] ?? $0 }) })
    }

    @Test("shuffled and renumbered records give the same persons", arguments: [UInt64(1), 2, 3, 4, 5])
    func shuffledRecords(seed: UInt64) throws {
        let resolver = IdentityResolver(places: try PlaceDirectory.bundled())
        let people = SyntheticPeople(count: 2_000)
        let identity = Dictionary(uniqueKeysWithValues: people.records.map { ($0.id, $0.id) })
        let reference = Self.partition(people.records, original: identity, resolver: resolver)

        var generator = SplitMix64(seed: seed)
        var shuffled = people.records.shuffled(using: &generator)
        var original: [Int64: Int64] = [:]
        for index in shuffled.indices {
            let id = Int64(10_000 + index)
            original[id] = shuffled[index].id
            shuffled[index].id = id
        }
        #expect(Self.partition(shuffled, original: original, resolver: resolver) == reference)
    }

    @Test("the canonical order sorts by content, then by id among identical records")
    func canonicalOrder() {
        let a = IdentityRecord(id: 7, name: "Ana Lima", email: "ana@example.org")
        let b = IdentityRecord(id: 3, name: "Rui Paz")
        let c = IdentityRecord(id: 1, name: "Ana Lima", email: "ana@example.org")
        var records = [a, b, c]
        IdentityRecord.sortCanonically(&records)
        var other = [c, b, a]
        IdentityRecord.sortCanonically(&other)
        #expect(records.map(\.id) == other.map(\.id))
        #expect(records.firstIndex { $0.id == 1 }! + 1 == records.firstIndex { $0.id == 7 }!)
        #expect(a.contentDigest == c.contentDigest)
        #expect(a.contentDigest != b.contentDigest)
        // Fields are delimited: moving a letter from one field to the next changes the digest.
        #expect(
            IdentityRecord(id: 1, name: "ab", email: "c").contentDigest
                != IdentityRecord(id: 1, name: "a", email: "bc").contentDigest)
    }
}
