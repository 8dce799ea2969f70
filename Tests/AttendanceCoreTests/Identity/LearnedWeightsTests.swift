import Testing

@testable import AttendanceIdentity
@testable import AttendanceModel

/// Weights learned from each resolution's own records (Fellegi–Sunter EM) stay near the
/// hand-set priors, and move the way the records say.
@Suite struct LearnedWeightsTests {
    let resolver: IdentityResolver

    init() throws {
        resolver = IdentityResolver(places: try PlaceDirectory.bundled())
    }

    /// The synthetic year, plus for every fifth person a namesake: another person with the same
    /// name, another government in another state, another address.
    static func withNamesakes(_ people: SyntheticPeople) -> [IdentityRecord] {
        var records = people.records
        var next = Int64(records.count + 1)
        var seen = Set<Int>()
        for record in people.records {
            guard let person = people.truth[record.id], person % 5 == 0, seen.insert(person).inserted else { continue }
            for copy in 0..<2 {
                records.append(
                    IdentityRecord(
                        id: next, name: record.name, email: "namesake\(person)@saude.ba.gov.br",
                        organization: "Secretaria da Saúde do Estado da Bahia", city: "Salvador", uf: "BA",
                        eventID: "event\(copy)", sourceKey: "namesakes\(copy)"))
                next += 1
            }
        }
        return records
    }

    @Test("a year of thousands of records learns every common level, within the bounds")
    func learnsWithinBounds() throws {
        let records = SyntheticPeople(count: 6_000).records
        let learned = resolver.resolve(records).learnedWeights
        let configuration = LearnedWeights.Configuration()
        #expect(learned.sampledPairs >= configuration.minimumSample)
        #expect(learned.iterations >= 1 && learned.iterations <= configuration.maximumIterations)
        #expect(learned.matchShare > 0 && learned.matchShare < 1)
        for level in learned.levels {
            let bound = level.level.speaksAgainst ? configuration.contradictionBound : configuration.bound
            #expect(abs(level.adjustment) <= bound + 1e-9, "\(level.field) \(level.level)")
            if level.pairs < configuration.minimumPairs { #expect(level.adjustment == 0) }
            #expect(level.m > 0 && level.m < 1 && level.u > 0 && level.u < 1)
        }
        #expect(learned.levels.contains { $0.field == .name && $0.level == .identical })
        #expect(!learned.levels.contains { $0.field == .cpf })
    }

    @Test("the same records learn the same weights")
    func deterministic() {
        let records = SyntheticPeople(count: 3_000, seed: 7).records
        #expect(resolver.resolve(records).learnedWeights == resolver.resolve(records).learnedWeights)
    }

    @Test("a few records learn nothing: every weight is its prior")
    func smallYearKeepsPriors() throws {
        let records = SyntheticPeople(count: 60).records
        let result = resolver.resolve(records)
        #expect(result.learnedWeights == .none)
        #expect(MatchWeights().applying(result.learnedWeights) == MatchWeights())
    }

    @Test("a year full of namesakes learns that an agreeing name says less")
    func namesakesWeakenNames() throws {
        let people = SyntheticPeople(count: 4_000, seed: 11)
        let plain = resolver.resolve(people.records).learnedWeights
        let crowded = resolver.resolve(Self.withNamesakes(people)).learnedWeights
        func estimate(_ learned: LearnedWeights) throws -> Double {
            try #require(learned.levels.first { $0.field == .name && $0.level == .identical }).estimate
        }
        #expect(try estimate(crowded) < estimate(plain) - 0.5)
    }

    @Test("explain shows the prior and what was learned for each field")
    func explainShowsLearning() throws {
        let people = SyntheticPeople(count: 4_000, seed: 11)
        let result = resolver.resolve(people.records)
        let (a, b) = try #require(
            people.records.lazy.compactMap { first -> (Int64, Int64)? in
                guard
                    let other = people.records.first(where: {
                        $0.id > first.id && $0.email == first.email && !first.email.isEmpty
                    })
                else { return nil }
                return (first.id, other.id)
            }.first)
        let breakdown = try #require(result.explain(a, b))
        let email = try #require(breakdown[.email])
        #expect(email.level == .agree)
        #expect(email.learned == result.learnedWeights.adjustment(.email, .agree))
        #expect(abs(email.prior - MatchWeights().emailAgree) < 1e-9)
        if email.learned != 0 { #expect(breakdown.description.contains("learned")) }
    }
}
