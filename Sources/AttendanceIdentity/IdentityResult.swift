/// The outcome of ``IdentityResolver/resolve(_:decisions:previous:)``: a person per record,
/// the pairs a person should review, and counters.
package struct IdentityResult: Sendable {
    /// The person identifier of every record, by record id.
    package let personIDs: [Int64: String]
    /// Links made with a score in the grey zone, and strong links refused by a guard, best score first.
    package let reviewQueue: [ReviewItem]
    /// What the resolution did.
    package let statistics: ResolutionStatistics
    /// How long each step took, in order (features, shared addresses, blocking, learning, sure links,
    /// scoring, linking, person ids).
    package let phases: [IdentityPhase]

    let scorer: PairScorer
    package let indexOfID: [Int64: Int]

    /// The weights learned from the resolved records (``LearnedWeights``), which the resolution used.
    package var learnedWeights: LearnedWeights { scorer.learned }

    /// The record ids of every person, each list in ascending order.
    package var recordIDsByPerson: [String: [Int64]] {
        var result: [String: [Int64]] = [:]
        for (record, person) in personIDs { result[person, default: []].append(record) }
        for key in result.keys { result[key]?.sort() }
        return result
    }

    /// Explains how two records of this resolution compare, field by field.
    ///
    /// - Returns: `nil` when either id was not part of the resolution.
    package func explain(_ a: Int64, _ b: Int64) -> ScoreBreakdown? {
        guard let i = indexOfID[a], let j = indexOfID[b] else { return nil }
        return scorer.breakdown(i, j)
    }
}

/// A pair of records a person should look at.
public struct ReviewItem: Sendable, Hashable {
    /// Why the pair is queued.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The records were linked with a score between the review and match thresholds.
        case uncertainLink = "uncertain_link"
        /// The records scored as a match but were kept apart because their clusters conflict.
        case refusedLink = "refused_link"
        /// The records were linked (by the same e-mail or CPF, or a confident score) although
        /// some of their evidence contradicts it: another government, state or given name.
        case contradictedLink = "contradicted_link"
        /// The records scored below the review threshold, but their given name, surname and
        /// organisation agree: kept apart until a person says they are one.
        case possibleLink = "possible_link"
    }

    /// The first record's id.
    package var a: Int64
    /// The second record's id.
    package var b: Int64
    /// Why the pair is queued.
    package var reason: Reason
    /// The comparison, field by field.
    package var breakdown: ScoreBreakdown
    /// The records on each side when the link was made or refused: the question is whether
    /// these two groups are one person. `a` is in `sideA`, `b` in `sideB`.
    package var sideA: [Int64]
    package var sideB: [Int64]

    /// A queued pair; each side holds at least its record.
    package init(
        a: Int64, b: Int64, reason: Reason, breakdown: ScoreBreakdown, sideA: [Int64]? = nil, sideB: [Int64]? = nil
    ) {
        self.a = a
        self.b = b
        self.reason = reason
        self.breakdown = breakdown
        self.sideA = sideA ?? [a]
        self.sideB = sideB ?? [b]
    }
}

/// Counters of one resolution.
package struct ResolutionStatistics: Sendable, Hashable {
    /// How a link between two records was made.
    package enum LinkRule: String, Sendable, Hashable, Codable, CaseIterable {
        case humanMerge = "human_merge"
        case sameCPF = "same_cpf"
        case sameEmail = "same_email"
        case score
        case uncertainScore = "uncertain_score"
    }

    /// Why a link was refused.
    package enum RefusalReason: String, Sendable, Hashable, Codable, CaseIterable {
        case differentCPF = "different_cpf"
        case distinctDecision = "distinct_decision"
        case incoherentCluster = "incoherent_cluster"
    }

    /// Records resolved.
    package var records = 0
    /// Persons found.
    package var persons = 0
    /// Distinct pairs produced by blocking.
    package var candidatePairs = 0
    /// Pair comparisons made (candidate pairs, cluster checks and compatibility checks).
    package var comparisons = 0
    /// Links that joined two clusters, by rule.
    package var links: [LinkRule: Int] = [:]
    /// Links refused, by reason.
    package var refusals: [RefusalReason: Int] = [:]
    /// Addresses found to be shared by incompatible names.
    package var sharedEmails = 0
    /// Pairs sharing an address that other evidence contradicts: scored, not linked outright.
    package var guardedLinks = 0
    /// Links undone because they joined records that contradict each other strongly.
    package var splitPersons = 0
    /// An estimate of blocking's pairs completeness: of the pairs linked by CPF or e-mail, the
    /// fraction that also share a name-based blocking key (`nil` without such pairs).
    package var pairsCompleteness: Double?
}
