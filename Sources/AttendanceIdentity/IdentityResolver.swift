import AttendanceModel
/// Decides which records are the same person.
///
/// Pure and deterministic: the same records, decisions and previous ids give the same result.
/// Every tie is broken by the records' positions in the input, never by their ids (which only
/// say when a record was imported): records given in their canonical order
/// (``IdentityRecord/sortCanonically(_:)``, as ``IdentityService`` does) are grouped the same way
/// whatever order their files came in.
/// The steps:
/// 1. Every normalisation rule runs once per record (names, e-mails, CPF, phone, places,
///    governments, sectors).
/// 2. People's `same` decisions join their two sides; `different` decisions mark theirs, and no
///    union ever brings together a cluster holding one side and one holding the other.
/// 3. Deterministic links: the same valid CPF; the same e-mail address with compatible names.
///    An address used by incompatible names is a shared (department) address and proves nothing.
///    A same-CPF link whose names contradict is made and queued as a question; a same-address
///    pair that any evidence contradicts (``ComparisonLevel/isContradiction``) is not linked
///    outright but scored in step 4 with the other pairs.
/// 4. Scored links: records sharing a blocking key are compared field by field
///    (``ScoreBreakdown``); pairs at or above ``MatchWeights/reviewThreshold`` are linked, best
///    first; those below ``MatchWeights/matchThreshold``, and sure ones with contradicting
///    evidence, are queued with the two clusters they joined.
/// 5. Every union is guarded: a cluster never holds two different valid CPFs, never joins
///    what a `different` decision separates, and a scored union is refused when the two
///    clusters' records score below ``MatchWeights/clusterCoherenceFloor`` on average (a
///    homonym bridging two people). A sure pair refused by a guard (not by a decision) is
///    queued once per pair of persons it ends in; answered questions so never return.
/// 6. No person keeps two records that contradict each other strongly (two valid CPFs,
///    governments in different states, given names that cannot be one person's), whatever chain
///    of links joined them: such a person is rebuilt from its links, strongest first, leaving out
///    the links that would join a contradicting pair (``ClusterConsistency``), and asked about.
/// 7. Each cluster keeps the previous person id most of its records had (ties: the smallest);
///    other clusters get new ids from ``Configuration/personIDs``.
///
/// Each step is a method of a `Resolution`, a value holding what the steps before it found, so
/// that each can be run and checked on its own; ``resolve(_:decisions:previous:)`` is their outline.
package struct IdentityResolver: Sendable {
    /// Settings of a resolution.
    package struct Configuration: Sendable, Hashable {
        /// Comparison weights and thresholds.
        package var weights = MatchWeights()
        /// How new person ids are written.
        package var personIDs = PersonIDScheme()
        /// Blocks with more records than this are compared only within a sliding window.
        package var maximumBlockSize = 32
        /// The window, in records, used inside oversized blocks.
        package var windowSize = 10
        /// Members of each cluster sampled by the coherence guard.
        package var coherenceSample = 6
        /// Members of each person compared pairwise by the consistency check (the first in the input).
        package var consistencySample = 48
        /// How weights are learned from the records being resolved.
        package var learning = LearnedWeights.Configuration()

        /// The default settings.
        package init() {}
    }

    /// The reference places used to read cities, UFs and governments.
    package let places: PlaceDirectory
    /// The settings.
    package var configuration: Configuration

    /// Creates a resolver.
    ///
    /// - Parameters:
    ///   - places: The IBGE directory, usually ``PlaceDirectory/bundled()``.
    ///   - configuration: Weights, thresholds and id scheme.
    package init(places: PlaceDirectory, configuration: Configuration = Configuration()) {
        self.places = places
        self.configuration = configuration
    }

    /// Explains how two records compare, outside any resolution.
    ///
    /// No address counts as shared here, since that needs the other records.
    package func explain(_ a: IdentityRecord, _ b: IdentityRecord) -> ScoreBreakdown {
        PairScorer(table: FeatureTable(records: [a, b], places: places), weights: configuration.weights).breakdown(0, 1)
    }

    /// Groups records into persons.
    ///
    /// - Parameters:
    ///   - records: The records; ids must be unique (a repeated id is resolved once, as its first occurrence).
    ///   - decisions: People's decisions; ids not among the records are ignored. A `same` is
    ///     applied even across two valid CPFs (a person may know one is mistyped); a `different`
    ///     decision wins over a `same` that would join the same clusters.
    ///   - previous: The person id each record had in the last run, for stable ids.
    /// - Returns: A person id for every record id, the review queue and counters.
    package func resolve(
        _ records: [IdentityRecord], decisions: [IdentityDecision] = [], previous: [Int64: String] = [:]
    ) -> IdentityResult {
        // 1. Every normalisation rule once per record; then shared addresses, blocking, learned weights.
        var resolution = Resolution(records, places: places, configuration: configuration)
        // 2. People's decisions.
        resolution.apply(decisions)
        // 3. Deterministic links.
        resolution.linkSurePairs()
        resolution.phases.mark("sure links")
        // 4. Scored links, best first, 5. each union guarded.
        resolution.scoreCandidatePairs()
        resolution.phases.mark("scoring")
        resolution.linkScoredPairs()
        // 6. No person keeps records that contradict each other strongly.
        resolution.splitContradictingPersons()
        // 5. Sure pairs refused by a guard, and 4. pairs below the review threshold, asked about.
        resolution.askAboutRefusedPairs()
        resolution.askAboutPossiblePairs()
        resolution.phases.mark("linking")
        // 7. Person ids.
        resolution.assignPersonIDs(previous: previous)
        resolution.phases.mark("person ids")
        return resolution.result
    }

    /// The first steps of a resolution, which explanations share: every record's features,
    /// shared addresses, blocking, and the weights learned from the candidate pairs.
    package func prepare(_ records: [IdentityRecord], phases: inout PhaseClock) -> Resolution {
        let resolution = Resolution(records, places: places, configuration: configuration, phases: phases)
        phases = resolution.phases
        return resolution
    }
}
