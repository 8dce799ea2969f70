import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceIdentity
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct IdentityResolverTests {
    let resolver: IdentityResolver
    let people: [(record: IdentityRecord, person: String)]

    init() throws {
        resolver = IdentityResolver(places: try PlaceDirectory.bundled())
        let text = try String(contentsOfFile: try Fixture.path("identity/people.csv"), encoding: .utf8)
        people = text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 11, let id = Int64(cells[0]) else { return nil }
            let record = IdentityRecord(
                id: id, name: cells[2], email: cells[3], cpf: cells[4], phone: cells[5], organization: cells[6],
                city: cells[7], uf: cells[8], eventID: cells[9], sourceKey: cells[10])
            return (record, cells[1])
        }
    }

    var records: [IdentityRecord] { people.map(\.record) }

    @Test("the fixture's persons are found: same person together, different people apart")
    func fixturePersons() {
        #expect(people.count == 34)
        let result = resolver.resolve(records)
        for x in people where x.person != "?" {
            for y in people where y.person != "?" && x.record.id < y.record.id {
                let together = result.personIDs[x.record.id] == result.personIDs[y.record.id]
                #expect(together == (x.person == y.person), "records \(x.record.id) and \(y.record.id)")
            }
        }
        // The guest may join either namesake, but must not bridge them.
        #expect(result.personIDs[20] != nil)
        #expect(result.personIDs[16] != result.personIDs[17])
    }

    @Test("every record gets a person id from the default scheme")
    func identifiers() {
        let result = resolver.resolve(records)
        #expect(result.personIDs.count == records.count)
        #expect(result.personIDs.values.allSatisfy { PersonIDScheme().number(of: $0) != nil })
        #expect(result.personIDs[1] == "P000001")
        #expect(result.statistics.persons == Set(result.personIDs.values).count)
    }

    @Test("the result is the same for the records in another order, once put in their canonical order")
    func orderIndependentGrouping() {
        var forward = records
        var backward = Array(records.reversed())
        IdentityRecord.sortCanonically(&forward)
        IdentityRecord.sortCanonically(&backward)
        let first = resolver.resolve(forward).recordIDsByPerson.values.map { Set($0) }
        let second = resolver.resolve(backward).recordIDsByPerson.values.map { Set($0) }
        #expect(Set(first) == Set(second))
    }

    @Test("two different valid CPFs never join, even through a bridging record")
    func cpfGuard() {
        let bridge = IdentityRecord(id: 100, name: "Fernanda Lima", email: "fernanda.lima@unifesp.br")
        let other = IdentityRecord(
            id: 101, name: "Fernanda Lima", email: "fernanda.lima@unifesp.br", cpf: "98765432100")
        let result = resolver.resolve(records + [bridge, other])
        #expect(result.personIDs[13] != result.personIDs[14])
        #expect(result.personIDs[13] != result.personIDs[101] || result.personIDs[14] != result.personIDs[101])
        #expect(result.statistics.refusals[.differentCPF, default: 0] > 0)
    }

    @Test("a same decision joins, a different decision separates, a split isolates")
    func decisions() {
        let merged = resolver.resolve(records, decisions: [.merge(a: 23, b: 24)])
        #expect(merged.personIDs[23] == merged.personIDs[24])
        #expect(merged.statistics.links[.humanMerge] == 1)

        let separated = resolver.resolve(records, decisions: [.distinct(a: 1, b: 3)])
        #expect(separated.personIDs[1] != separated.personIDs[3])
        #expect(separated.statistics.refusals[.distinctDecision, default: 0] > 0)

        // A split is `different` between the record and the rest of its person.
        let together = resolver.resolve(records).personIDs
        let rest = records.map(\.id).filter { $0 != 4 && together[$0] == together[4] }
        let split = resolver.resolve(records, decisions: [IdentityDecision(.different, [4], rest)])
        #expect(Set(records.map(\.id).filter { split.personIDs[$0] == split.personIDs[4] }) == [4])

        let acrossCPFs = resolver.resolve(records, decisions: [.merge(a: 13, b: 14)])
        #expect(acrossCPFs.personIDs[13] == acrossCPFs.personIDs[14])

        let both = resolver.resolve(records, decisions: [.merge(a: 9, b: 10), .distinct(a: 9, b: 10)])
        #expect(both.personIDs[9] != both.personIDs[10])
    }

    @Test("previous ids are kept: the one most records had, ties to the smallest")
    func stableIdentifiers() {
        let previous: [Int64: String] = [
            1: "P000900", 2: "P000900", 3: "P000007", 6: "P000050", 7: "P000040", 9: "P000500", 10: "P000500",
        ]
        let result = resolver.resolve(records, previous: previous)
        #expect(result.personIDs[1] == "P000900")
        #expect(result.personIDs[6] == "P000040")
        // Records 9 and 10 were one person and are two now: one keeps the id, the other gets a new one.
        #expect(Set([result.personIDs[9], result.personIDs[10]]).contains("P000500"))
        #expect(result.personIDs[9] != result.personIDs[10])
        let fresh = result.personIDs.values.compactMap { PersonIDScheme().number(of: $0) }.filter { $0 > 900 }
        #expect(fresh.min() == 901)
    }

    @Test("new ids follow the caller's scheme")
    func scheme() {
        var configuration = IdentityResolver.Configuration()
        configuration.personIDs = PersonIDScheme(prefix: "X", digits: 3, firstNumber: 50)
        let result = IdentityResolver(places: resolver.places, configuration: configuration).resolve(records)
        #expect(result.personIDs[1] == "X050")
    }

    @Test("counters describe the work")
    func statistics() {
        let result = resolver.resolve(records)
        let statistics = result.statistics
        #expect(statistics.records == 34)
        #expect(statistics.candidatePairs > 0)
        #expect(statistics.comparisons >= statistics.candidatePairs)
        #expect(statistics.links[.sameCPF, default: 0] >= 2)
        #expect(statistics.links[.sameEmail, default: 0] >= 3)
        #expect(statistics.sharedEmails == 1)
        #expect(statistics.pairsCompleteness == 1)
    }

    @Test("uncertain links are queued for review with their breakdown")
    func reviewQueue() throws {
        let result = resolver.resolve(records)
        let item = try #require(result.reviewQueue.first { Set([$0.a, $0.b]) == [27, 28] })
        #expect(item.reason == .uncertainLink)
        #expect(item.breakdown.score >= MatchWeights().reviewThreshold)
        #expect(item.breakdown.score < MatchWeights().matchThreshold)
        #expect(item.breakdown[.name]?.level == .middleAsGiven)
    }

    @Test("explain gives each field's level and weight, summing to the score")
    func explain() throws {
        let result = resolver.resolve(records)
        let breakdown = try #require(result.explain(16, 17))
        #expect(breakdown.comparisons.map(\.field) == ScoreBreakdown.Field.allCases)
        #expect(breakdown[.name]?.level == .middleConflict)
        // A work address against a personal one.
        #expect(breakdown[.email]?.level == .workAndPersonal)
        #expect(breakdown[.organization]?.level == .differentGovernment)
        #expect(breakdown[.place]?.level == .differentUnit)
        #expect(abs(breakdown.score - breakdown.comparisons.map(\.weight).reduce(0, +)) < 1e-9)
        #expect(breakdown.description.split(separator: "\n").count == ScoreBreakdown.Field.allCases.count + 1)
        #expect(result.explain(1, 999) == nil)

        let blocked = try #require(result.explain(13, 14))
        #expect(blocked.isBlocked)
        #expect(blocked[.cpf]?.level == .disagree)
    }

    @Test("another list of the same event is evidence; another row of the same list with another address is not")
    func context() throws {
        let result = resolver.resolve(records)
        #expect(result.explain(33, 34)?[.source]?.level == .sameEventOtherList)
        #expect(result.explain(23, 24)?[.source]?.level == .sameSourceOtherAddress)
        #expect(result.explain(4, 8)?[.source]?.level == .sameEventOtherList)
        #expect(result.explain(1, 2)?[.source]?.level == .missing)
        let elsewhere = resolver.explain(
            IdentityRecord(id: 1, name: "Daniela Saraiva", email: "daniela.saraiva@esteio.rs.gov.br", eventID: "a"),
            IdentityRecord(
                id: 2, name: "Daniela Veronica Machado Saraiva", email: "daniela_saraiva@outlook.com", eventID: "b"))
        #expect(elsewhere.score < MatchWeights().reviewThreshold)
    }

    @Test("explaining two records outside a resolution")
    func explainRecords() {
        let a = IdentityRecord(id: 1, name: "Raquel Maria Nakamura", email: "raquel.nakamura@dourados.ms.gov.br")
        let b = IdentityRecord(id: 2, name: "Raqeul Maria Nakamura (Guest)")
        let breakdown = resolver.explain(a, b)
        #expect(breakdown[.name]?.level == .typo)
        #expect(breakdown[.email]?.level == .missing)
        #expect(breakdown.score >= MatchWeights().matchThreshold)
    }

    @Test("a name-only guest misspelt in one session joins the same name in the event's next session")
    func misspeltGuestAcrossSessions() {
        let records = [
            // Teams guests of one event: the given name misspelt in the first session's list.
            IdentityRecord(id: 1, name: "Kaina Hernández (Guest)", eventID: "seminar", sourceKey: "day-1"),
            IdentityRecord(id: 2, name: "Karina Hernández (Guest)", eventID: "seminar", sourceKey: "day-2"),
            // The surname misspelt (`Babrosa`), and a colleague of the same surname who is someone else.
            IdentityRecord(id: 3, name: "Tadeu Babrosa", eventID: "seminar", sourceKey: "day-1"),
            IdentityRecord(id: 4, name: "Tadeu Barbosa", eventID: "seminar", sourceKey: "day-2"),
            IdentityRecord(id: 5, name: "Helena Barbosa", eventID: "seminar", sourceKey: "day-2"),
        ]
        let result = resolver.resolve(records)
        #expect(result.personIDs[1] == result.personIDs[2])
        #expect(result.personIDs[3] == result.personIDs[4])
        #expect(result.personIDs[4] != result.personIDs[5])
        #expect(Set(result.personIDs.values).count == 3)
    }

    @Test("blocking keeps the work near-linear when thousands share one common name")
    func commonNames() {
        let records = (0..<3_000).map {
            IdentityRecord(id: Int64($0), name: "Maria Silva", email: "maria.silva\($0)@gmail.com")
        }
        let result = resolver.resolve(records)
        #expect(result.statistics.candidatePairs <= records.count * (IdentityResolver.Configuration().windowSize + 1))
        #expect(Set(result.personIDs.values).count > 2_000)
    }

    @Test("generated records are resolved close to the truth")
    func generated() {
        let people = SyntheticPeople(count: 3_000)
        let result = resolver.resolve(people.records)
        var truePairs = 0
        var foundPairs = 0
        var correctPairs = 0
        let byPerson = Dictionary(grouping: people.records.map(\.id)) { people.truth[$0, default: -1] }
        for ids in byPerson.values { truePairs += ids.count * (ids.count - 1) / 2 }
        for ids in result.recordIDsByPerson.values {
            foundPairs += ids.count * (ids.count - 1) / 2
            for (offset, a) in ids.enumerated() {
                for b in ids.dropFirst(offset + 1) where people.truth[a] == people.truth[b] { correctPairs += 1 }
            }
        }
        let precision = Double(correctPairs) / Double(max(1, foundPairs))
        let recall = Double(correctPairs) / Double(max(1, truePairs))
        #expect(precision > 0.9)
        #expect(recall > 0.9)
    }
}
