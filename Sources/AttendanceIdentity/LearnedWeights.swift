import Foundation

/// Comparison weights learned from one resolution's own records (Fellegi–Sunter, estimated
/// by expectation–maximisation over comparison vectors, as fastLink and Splink do), kept near the
/// hand-set weights that serve as priors.
///
/// The candidate pairs blocking finds are sampled; for each, every field's comparison level is
/// taken. EM then estimates, per field and level, m (how often one person's two records reach
/// the level) and u (how often two people's records do), and the share of candidate pairs that
/// are one person, starting from the posteriors the hand-set weights give. A year whose namesakes
/// often share a name and a state learns a weaker name agreement and a stronger disagreement of
/// places; a year of a few hundred records learns little and keeps the priors.
///
/// The weight a resolution uses is the hand-set one moved toward the learned log₂(m/u) by at most
/// ``Configuration/bound`` bits: conditional independence, which EM assumes, does not hold
/// between a name and an address that spells it, so the estimates are evidence about the priors,
/// not a replacement for them. A level seen in fewer than ``Configuration/minimumPairs`` sampled
/// pairs keeps its prior. A CPF is not learned: two valid CPFs that agree or differ decide.
package struct LearnedWeights: Sendable, Hashable {
    /// How the weights are learned.
    package struct Configuration: Sendable, Hashable {
        /// The most a learned weight of evidence for a match moves from its prior, in bits.
        package var bound = 0.5
        /// The most a learned weight of a level that speaks against a match (a conflict of names,
        /// middle names included, of governments, organisations, places or addresses) moves, in bits.
        package var contradictionBound = 2.0
        /// Candidate pairs sampled (evenly over the blocks) for the estimation.
        package var samplePairs = 100_000
        /// Fewer sampled pairs than this learn nothing (a small year keeps the priors).
        package var minimumSample = 2_000
        /// A level seen in fewer sampled pairs keeps its prior.
        package var minimumPairs = 30
        /// EM stops after this many rounds, or earlier once nothing moves by 0.001.
        package var maximumIterations = 30

        /// The default configuration.
        package init() {}
    }

    /// What was learned for one level of one field.
    package struct Level: Sendable, Hashable {
        /// The compared field.
        package var field: ScoreBreakdown.Field
        /// The comparison level.
        package var level: ComparisonLevel
        /// Sampled candidate pairs at this level.
        package var pairs: Int
        /// The estimated probability of the level for two records of one person.
        package var m: Double
        /// The estimated probability of the level for records of two people.
        package var u: Double
        /// The hand-set weight of the level, averaged over the sampled pairs (name weights
        /// depend on the number of words).
        package var prior: Double
        /// What the resolution adds to the hand-set weight: log₂(m/u) − prior, within the bound;
        /// 0 for a level seen too rarely.
        package var adjustment: Double

        /// The learned weight, log₂(m/u).
        package var estimate: Double { log2(m / u) }
    }

    /// The levels learned, by field then level.
    package var levels: [Level]
    /// The estimated share of candidate pairs that are one person.
    package var matchShare: Double
    /// Candidate pairs sampled.
    package var sampledPairs: Int
    /// EM rounds run.
    package var iterations: Int

    /// No learning: every weight is its prior.
    package static let none = LearnedWeights(levels: [], matchShare: 0, sampledPairs: 0, iterations: 0)

    /// What the resolution adds to a level's hand-set weight (0 when nothing was learned for it).
    package func adjustment(_ field: ScoreBreakdown.Field, _ level: ComparisonLevel) -> Double {
        levels.first { $0.field == field && $0.level == level }?.adjustment ?? 0
    }

    /// The fields whose levels are learned.
    static let learnedFields: [ScoreBreakdown.Field] = [.name, .email, .phone, .organization, .place, .source]

    /// Estimates the weights from a sample of candidate pairs.
    ///
    /// - Parameters:
    ///   - scorer: A scorer with the hand-set weights (the priors).
    ///   - pairs: The sampled candidate pairs (record positions).
    ///   - configuration: Bound, sample sizes and rounds.
    static func estimate(
        scorer: PairScorer, pairs: [(Int, Int)], configuration: Configuration
    ) -> LearnedWeights {
        guard pairs.count >= configuration.minimumSample else { return .none }
        let levels = ComparisonLevel.allCases
        let levelCount = levels.count
        let fieldCount = learnedFields.count
        var indexOfLevel: [ComparisonLevel: Int] = [:]
        for (index, level) in levels.enumerated() { indexOfLevel[level] = index }
        let missing = indexOfLevel[.missing] ?? 0

        // Each pair's level per field (missing: no evidence either way, as Splink treats nulls),
        // and the hand-set score, which gives the first posteriors.
        var observed = [Int](repeating: missing, count: pairs.count * fieldCount)
        var priorSum = [Double](repeating: 0, count: fieldCount * levelCount)
        var seen = [Int](repeating: 0, count: fieldCount * levelCount)
        var posterior = [Double](repeating: 0, count: pairs.count)
        let weights = scorer.weights
        let midpoint = (weights.matchThreshold + weights.reviewThreshold) / 2
        for (n, (i, j)) in pairs.enumerated() {
            let evidence = scorer.evidence(i, j)
            let values = [
                evidence.name, evidence.email, evidence.phone, evidence.organization, evidence.place, evidence.source,
            ]
            for (f, value) in values.enumerated() {
                let level = indexOfLevel[value.0] ?? missing
                observed[n * fieldCount + f] = level
                if level != missing {
                    priorSum[f * levelCount + level] += value.1
                    seen[f * levelCount + level] += 1
                }
            }
            posterior[n] = 1 / (1 + exp2(-(evidence.score - midpoint)))
        }

        var m = [Double](repeating: 0, count: fieldCount * levelCount)
        var u = m
        var share = 0.0
        var iterations = 0
        var weight = [Double](repeating: 0, count: fieldCount * levelCount)
        while iterations < configuration.maximumIterations {
            iterations += 1
            // M step: m and u per level from the posteriors, with add-one smoothing over the levels seen.
            var mCount = [Double](repeating: 0, count: fieldCount * levelCount)
            var uCount = mCount
            var total = 0.0
            for n in pairs.indices {
                let p = posterior[n]
                total += p
                for f in 0..<fieldCount {
                    let level = observed[n * fieldCount + f]
                    if level == missing { continue }
                    mCount[f * levelCount + level] += p
                    uCount[f * levelCount + level] += 1 - p
                }
            }
            share = min(max(total / Double(pairs.count), 1e-6), 1 - 1e-6)
            var moved = 0.0
            for f in 0..<fieldCount {
                let range = (f * levelCount)..<((f + 1) * levelCount)
                let observedLevels = Double(range.filter { seen[$0] > 0 }.count)
                let mTotal = range.reduce(0) { $0 + mCount[$1] } + observedLevels
                let uTotal = range.reduce(0) { $0 + uCount[$1] } + observedLevels
                for index in range where seen[index] > 0 {
                    m[index] = (mCount[index] + 1) / mTotal
                    u[index] = (uCount[index] + 1) / uTotal
                    let updated = log2(m[index] / u[index])
                    moved = max(moved, abs(updated - weight[index]))
                    weight[index] = updated
                }
            }
            // E step: each pair's posterior under the current estimates.
            let offset = log2(share / (1 - share))
            for n in pairs.indices {
                var score = offset
                for f in 0..<fieldCount {
                    let level = observed[n * fieldCount + f]
                    if level != missing { score += weight[f * levelCount + level] }
                }
                posterior[n] = 1 / (1 + exp2(-score))
            }
            if moved < 0.001 { break }
        }

        var learned: [Level] = []
        for (f, field) in learnedFields.enumerated() {
            for (l, level) in levels.enumerated() where seen[f * levelCount + l] > 0 {
                let index = f * levelCount + l
                let prior = priorSum[index] / Double(seen[index])
                let bound = level.speaksAgainst ? configuration.contradictionBound : configuration.bound
                let adjustment =
                    seen[index] < configuration.minimumPairs ? 0 : min(max(weight[index] - prior, -bound), bound)
                learned.append(
                    Level(
                        field: field, level: level, pairs: seen[index], m: m[index], u: u[index], prior: prior,
                        adjustment: adjustment))
            }
        }
        return LearnedWeights(levels: learned, matchShare: share, sampledPairs: pairs.count, iterations: iterations)
    }
}

extension MatchWeights {
    /// These weights with a resolution's learned adjustments added, level by level.
    func applying(_ learned: LearnedWeights) -> MatchWeights {
        var weights = self
        func shift(_ table: inout [Double], by delta: Double) { table = table.map { $0 + delta } }
        for level in learned.levels where level.adjustment != 0 {
            let delta = level.adjustment
            switch (level.field, level.level) {
            case (.name, .identical): shift(&weights.nameIdentical, by: delta)
            case (.name, .typo): shift(&weights.nameTypo, by: delta)
            case (.name, .shortened): shift(&weights.nameShortened, by: delta)
            // A reordered name weighs as a shortened one plus its own term.
            case (.name, .reordered): weights.nameReordered += delta - learned.adjustment(.name, .shortened)
            case (.name, .middleAsGiven): shift(&weights.nameMiddleAsGiven, by: delta)
            case (.name, .lastSurnameDropped): shift(&weights.nameLastSurnameDropped, by: delta)
            case (.name, .middleConflict): weights.nameMiddleConflict += delta
            case (.name, .givenOnly): weights.nameGivenOnly += delta
            case (.name, .surnameOnly): weights.nameSurnameOnly += delta
            case (.name, .surnameConflict): weights.nameSurnameConflict += delta
            case (.name, .givenConflict): weights.nameGivenConflict += delta
            case (.name, .suffixConflict): weights.nameSuffixConflict += delta
            case (.email, .agree): weights.emailAgree += delta
            case (.email, .sharedAddress): weights.emailShared += delta
            case (.email, .sameLocalPart):
                weights.emailSameLocalPartLong += delta
                weights.emailSameLocalPartShort += delta
            case (.email, .similarLocalPart): weights.emailSimilarLocalPart += delta
            case (.email, .workAndPersonal): weights.emailWorkAndPersonal += delta
            case (.email, .disagree):
                weights.emailDisagree += delta
                weights.emailDisagreeSameDomain += delta
            case (.phone, .agree): weights.phoneAgree += delta
            case (.phone, .disagree): weights.phoneDisagree += delta
            case (.organization, .sameGovernment): weights.governmentAgree += delta
            case (.organization, .differentGovernment):
                weights.governmentDisagree += delta
                weights.governmentInOtherUnit += delta
            case (.organization, .sameOrganization):
                weights.organizationAgree += delta
                weights.domainAgree += delta
            case (.organization, .differentOrganization): weights.organizationDisagree += delta
            case (.place, .sameMunicipality): weights.municipalityAgree += delta
            case (.place, .sameUnit): weights.unitAgree += delta
            case (.place, .differentMunicipality): weights.municipalityDisagree += delta
            case (.place, .differentUnit): weights.unitDisagree += delta
            case (.source, .sameSourceOtherAddress): weights.sameSourceOtherAddress += delta
            case (.source, .sameEventOtherList): weights.sameEventOtherList += delta
            default: break
            }
        }
        return weights
    }
}

extension ComparisonLevel {
    /// Whether the level is evidence against a match: a conflict of some kind, strong
    /// (``isContradiction``) or not (a middle name, an address, an organisation, a municipality).
    var speaksAgainst: Bool {
        switch self {
        case .middleConflict, .disagree, .workAndPersonal, .differentOrganization, .differentMunicipality,
            .sameSourceOtherAddress:
            true
        default: isContradiction
        }
    }
}
