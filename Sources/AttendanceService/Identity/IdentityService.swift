import AttendanceIdentity
import Foundation

/// What an identity run did, in the words the command line prints.
public struct IdentitySummary: Sendable, CustomStringConvertible {
    package var statistics: ResolutionStatistics
    /// Questions about people queued for a person to answer (`attendance review`).
    public var reviewCount: Int
    /// How long each step of the run took, in order; not part of ``description``, which stays
    /// the same for the same store.
    package var phases: [IdentityPhase] = []

    public var description: String {
        let links = statistics.links.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
        var text =
            "people: \(statistics.records) records → \(statistics.persons) persons"
            + (links.isEmpty ? "" : " (links: \(links))")
        text += "; blocking: \(statistics.candidatePairs) candidate pairs"
        if let completeness = statistics.pairsCompleteness {
            text += String(format: ", pairs completeness ≈ %.3f", completeness)
        }
        if reviewCount > 0 { text += "; \(reviewCount) questions to review (attendance review)" }
        return text
    }
}

/// Runs identity matching over everything the store holds and saves the result.
///
/// Runs are incremental in their outcome: a person whose records did not change keeps their
/// id, and human decisions (`merge`, `distinct`, `split`) apply to every run after them.
public struct IdentityService: Sendable {
    package let store: Store
    package let places: PlaceDirectory

    /// - Parameters:
    ///   - store: The store whose records are matched and whose people are kept.
    ///   - places: The IBGE directory; the bundled one by default.
    public init(store: Store, places: PlaceDirectory? = nil) throws {
        self.store = store
        self.places = try places ?? PlaceDirectory.bundled()
    }

    /// Runs attempted before giving up when other processes keep changing the store meanwhile.
    static let attempts = 5

    /// Matches every stored record to a person, saves persons, their derived attributes and the
    /// review queue, in one transaction.
    ///
    /// The records are read in one snapshot and the result is saved only if no other process
    /// changed them in between (`IdentityGeneration`); otherwise the run starts again from the
    /// new state, so that what is saved is always what a serial run would give.
    ///
    /// - Throws: `StoreError/superseded(path:)` when other processes changed the store during
    ///   every one of five runs.
    @discardableResult
    public func run() throws -> IdentitySummary {
        for _ in 1..<Self.attempts {
            do {
                return try runOnce()
            } catch StoreError.superseded {
                continue
            }
        }
        return try runOnce()
    }

    /// Matches people again only if the store changed since they were last matched.
    ///
    /// - Returns: What the run did, or `nil` when the persons were already up to date.
    @discardableResult
    public func bringUpToDate() throws -> IdentitySummary? {
        for _ in 1..<Self.attempts {
            guard try !store.identityGeneration().isCurrent else { return nil }
            do {
                return try runOnce()
            } catch StoreError.superseded {
                continue
            }
        }
        return try store.identityGeneration().isCurrent ? nil : runOnce()
    }

    /// Runs a read of figures on a store whose persons describe its records.
    ///
    /// When the read finds people matched before the store's latest changes (an import that was
    /// interrupted before matching, another process importing now), people are matched again and
    /// the read repeated. A store that cannot be written is never changed: the error stands.
    ///
    /// - Parameter read: Store reads that check the state they read, such as
    ///   `Store/yearlyReport(year:places:)`.
    /// - Throws: `StoreError/identityOutOfDate(path:unmatchedRecords:)` when people cannot be
    ///   brought up to date; any error of `read` or of matching.
    public func current<T>(_ read: () throws -> T) throws -> T {
        for _ in 1..<Self.attempts {
            do {
                return try read()
            } catch StoreError.identityOutOfDate where !store.isReadOnly {
                try bringUpToDate()
            }
        }
        return try read()
    }

    private func runOnce() throws -> IdentitySummary {
        // Erased people keep their records and ids (so counts stay reproducible) but are never
        // matched again; their ids are passed on so that no new person takes one.
        var clock = PhaseClock()
        var (input, previous, generation) = try store.identityInput()
        // The same records in the same order, however they came in: files imported in another
        // order, or lines moved within a file, give the same persons.
        IdentityRecord.sortCanonically(&input)
        let records = input
        input = []
        // Decisions by what their records say: kept whatever lines and ids the records have now.
        let decisions = try store.decisions().filter(\.isPlaced).map {
            IdentityDecision($0.kind == .same ? .same : .different, $0.recordsA, $0.recordsB)
        }
        clock.mark("read")
        // What is kept of the result: its feature table goes before the profiles are derived.
        let (personIDs, persons, indexOfID, reviewQueue, statistics, resolving) = {
            let result = IdentityResolver(places: places).resolve(records, decisions: decisions, previous: previous)
            return (
                result.personIDs, Array(result.recordIDsByPerson), result.indexOfID, result.reviewQueue,
                result.statistics, result.phases
            )
        }()
        clock.include(resolving)
        clock.mark("grouping")
        // Profiles on every core, a share of the people each with its own cache of rule results.
        let shares = ParallelWork.ranges(
            balancing: [Int](repeating: 1, count: persons.count), into: ParallelWork.width)
        let derived = ParallelWork.map(shares.count) { [places, indexOfID] share in
            var cache = PersonProfile.RuleCache()
            return persons[shares[share]].map { person, ids in
                (
                    person,
                    PersonAttributes(
                        PersonProfile.derive(
                            from: ids.compactMap { indexOfID[$0].map { records[$0] } }, places: places, cache: &cache))
                )
            }
        }
        var attributes: [String: PersonAttributes] = [:]
        attributes.reserveCapacity(persons.count)
        for share in derived {
            for (person, profile) in share { attributes[person] = profile }
        }
        clock.mark("profiles")
        let questions = ReviewQuestion.questions(
            from: reviewQueue, records: records, personIDs: personIDs, indexOfID: indexOfID)
        var summary = IdentitySummary(statistics: statistics, reviewCount: questions.count)
        try store.saveIdentities(
            persons: personIDs, attributes: attributes, questions: questions,
            summary: summary.description, generation: generation)
        clock.mark("save")
        summary.phases = clock.phases
        return summary
    }

    /// Compares two stored records field by field, as the matcher does.
    ///
    /// - Throws: `StoreError/noRecord(_:)` when a record id is not in the store.
    public func explain(_ a: Int64, _ b: Int64) throws -> ScoreBreakdown {
        try explain(pairs: [(a, b)])[0]
    }

    /// Compares pairs of stored records field by field, as the matcher weighs them: with the
    /// store's name frequencies and the weights learned from its records (the work of reading
    /// them is done once for all pairs).
    ///
    /// - Throws: `StoreError/noRecord(_:)` when a record id is not in the store.
    public func explain(pairs: [(Int64, Int64)]) throws -> [ScoreBreakdown] {
        var (records, _, _) = try store.identityInput()
        IdentityRecord.sortCanonically(&records)
        var phases = PhaseClock()
        let resolver = IdentityResolver(places: places)
        let context = resolver.prepare(records, phases: &phases)
        var position: [Int64: Int] = [:]
        for (index, record) in records.enumerated() { position[record.id] = index }
        return try pairs.map { a, b in
            if let i = position[a], let j = position[b] { return context.scorer.breakdown(i, j) }
            // An erased record is not matched any more; it is explained on its own.
            let stored = try store.identities(recordIDs: [a, b])
            guard let first = stored.first(where: { $0.recordID == a }) else {
                throw StoreError.noRecord(a)
            }
            guard let second = stored.first(where: { $0.recordID == b }) else {
                throw StoreError.noRecord(b)
            }
            return resolver.explain(IdentityService.identityRecord(first), IdentityService.identityRecord(second))
        }
    }

    /// The government a certification names, with its key, report name and region.
    package func resolve(_ certification: Certification) -> ResolvedGovernment? {
        places.government(certified: certification)
    }

    static func identityRecord(_ stored: StoredIdentity) -> IdentityRecord {
        IdentityRecord(
            id: stored.recordID, name: stored.name, email: stored.email, cpf: stored.cpf, cpfKey: stored.cpfKey,
            phone: stored.phone,
            organization: stored.organization, city: stored.city, uf: stored.uf, eventID: stored.eventID,
            sourceKey: String(stored.sourceID))
    }
}

extension PersonAttributes {
    /// The attributes reports use, from a derived profile.
    init(_ profile: PersonProfile) {
        self.init(
            sector: profile.sector?.rawValue, governmentLevel: profile.government?.government.level.rawValue,
            governmentCode: profile.government.map { String($0.government.code) },
            governmentName: profile.government?.displayName, uf: profile.unit?.abbreviation,
            region: profile.region?.rawValue)
    }
}
