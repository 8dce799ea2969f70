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
public struct IdentityResolver: Sendable {
    /// Settings of a resolution.
    public struct Configuration: Sendable, Hashable {
        /// Comparison weights and thresholds.
        public var weights = MatchWeights()
        /// How new person ids are written.
        public var personIDs = PersonIDScheme()
        /// Blocks with more records than this are compared only within a sliding window.
        public var maximumBlockSize = 32
        /// The window, in records, used inside oversized blocks.
        public var windowSize = 10
        /// Members of each cluster sampled by the coherence guard.
        public var coherenceSample = 6
        /// Members of each person compared pairwise by the consistency check (the first in the input).
        public var consistencySample = 48
        /// How weights are learned from the records being resolved.
        public var learning = LearnedWeights.Configuration()

        /// The default settings.
        public init() {}
    }

    /// The reference places used to read cities, UFs and governments.
    public let places: PlaceDirectory
    /// The settings.
    public var configuration: Configuration

    /// Creates a resolver.
    ///
    /// - Parameters:
    ///   - places: The IBGE directory, usually ``PlaceDirectory/bundled()``.
    ///   - configuration: Weights, thresholds and id scheme.
    public init(places: PlaceDirectory, configuration: Configuration = Configuration()) {
        self.places = places
        self.configuration = configuration
    }

    /// Explains how two records compare, outside any resolution.
    ///
    /// No address counts as shared here, since that needs the other records.
    public func explain(_ a: IdentityRecord, _ b: IdentityRecord) -> ScoreBreakdown {
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
    public func resolve(
        _ records: [IdentityRecord], decisions: [IdentityDecision] = [], previous: [Int64: String] = [:]
    ) -> IdentityResult {
        var phases = PhaseClock()
        let context = prepare(records, phases: &phases)
        let (table, scorer, blocking, nameOrder) = (context.table, context.scorer, context.blocking, context.nameOrder)
        let (byEmail, shared, weights, count) = (
            context.byEmail, context.table.isSharedEmail, scorer.weights, records.count
        )
        var statistics = context.statistics
        var indexOfID: [Int64: Int] = [:]
        indexOfID.reserveCapacity(records.count)
        for (index, record) in records.enumerated() where indexOfID[record.id] == nil { indexOfID[record.id] = index }

        // Decisions: a `same` joins its sides first; a `different` marks its sides, and no union
        // brings together a cluster holding one side's mark and one holding the other's.
        var merges: [[Int]] = []
        // By root: decision number × 2 + side.
        var marks: [Int: [Int32]] = [:]
        var differentCount: Int32 = 0
        for decision in decisions {
            let a = decision.sideA.compactMap { indexOfID[$0] }
            let b = decision.sideB.compactMap { indexOfID[$0] }
            guard !a.isEmpty, !b.isEmpty else { continue }
            switch decision.kind {
            case .same: merges.append(a + b)
            case .different:
                for i in a { marks[i, default: []].append(differentCount * 2) }
                for j in b { marks[j, default: []].append(differentCount * 2 + 1) }
                differentCount += 1
            }
        }

        var clusters = ClusterSet(cpfs: table.records.map(\.cpf))
        var reviewQueue: [ReviewItem] = []
        /// Links refused on the evidence (not by a decision) although they scored as sure: asked
        /// about once the persons are known.
        var refusedSure: [(Int, Int)] = []
        /// Every union made, with the strength of the evidence behind it (a person's decision:
        /// infinity), so that a person holding contradicting records can be split at its weakest link.
        var edges: [ClusterConsistency.Edge] = []

        /// The record ids of a cluster, for a question about it.
        func side(_ root: Int) -> [Int64] {
            clusters.members(ofRoot: root, limit: 512).sorted().map { records[$0].id }
        }

        /// Tries to join the clusters of `i` and `j`.
        func link(
            _ i: Int, _ j: Int, rule: ResolutionStatistics.LinkRule, strength: Double, checkCPF: Bool,
            checkCoherence: Bool
        ) -> LinkOutcome {
            let (a, b) = (clusters.root(i), clusters.root(j))
            if a == b { return .alreadyJoined }
            if areKeptApart(a, b) {
                statistics.refusals[.distinctDecision, default: 0] += 1
                return .refused(.distinctDecision)
            }
            if checkCPF && !clusters.cpfsAreCompatible(a, b) {
                statistics.refusals[.differentCPF, default: 0] += 1
                return .refused(.differentCPF)
            }
            if checkCoherence && (clusters.size(ofRoot: a) > 1 || clusters.size(ofRoot: b) > 1) {
                // The members first in the input, so that the check does not depend on how members were found.
                func sample(_ root: Int) -> [Int] {
                    clusters.members(ofRoot: root, limit: 512).sorted()
                        .prefix(configuration.coherenceSample).map { $0 }
                }
                let left = sample(a)
                let right = sample(b)
                var total = 0.0
                for x in left {
                    for y in right { total += scorer.score(x, y) }
                }
                statistics.comparisons += left.count * right.count
                if total / Double(left.count * right.count) < weights.clusterCoherenceFloor {
                    statistics.refusals[.incoherentCluster, default: 0] += 1
                    return .refused(.incoherentCluster)
                }
            }
            let joinedMarks = (marks.removeValue(forKey: a) ?? []) + (marks.removeValue(forKey: b) ?? [])
            clusters.union(roots: a, b)
            if !joinedMarks.isEmpty { marks[clusters.root(a)] = joinedMarks }
            edges.append(ClusterConsistency.Edge(i: Int32(i), j: Int32(j), strength: strength))
            statistics.links[rule, default: 0] += 1
            return .joined
        }

        /// Links `i` and `j`, queueing the link as a question when it is `doubtful`: the
        /// question is whether the two clusters it joins are one person.
        func link(
            _ i: Int, _ j: Int, rule: ResolutionStatistics.LinkRule, strength: Double, checkCPF: Bool,
            checkCoherence: Bool, askingAs reason: ReviewItem.Reason?
        ) -> LinkOutcome {
            let (a, b) = (clusters.root(i), clusters.root(j))
            guard a != b else { return .alreadyJoined }
            var reason = reason
            var shown = (i, j)
            // A sure scored link can still bring together records that contradict each other (a
            // namesake's list without places joined first): asked about, with the contradicting pair.
            if reason == nil && checkCoherence && (clusters.size(ofRoot: a) > 1 || clusters.size(ofRoot: b) > 1),
                let pair = contradictingPair(a, b)
            {
                reason = .contradictedLink
                shown = pair
            }
            guard let reason else {
                return link(
                    i, j, rule: rule, strength: strength, checkCPF: checkCPF, checkCoherence: checkCoherence)
            }
            let sides = (side(a), side(b))
            let outcome = link(
                i, j, rule: rule, strength: strength, checkCPF: checkCPF, checkCoherence: checkCoherence)
            if outcome == .joined {
                reviewQueue.append(
                    ReviewItem(
                        a: records[shown.0].id, b: records[shown.1].id, reason: reason,
                        breakdown: scorer.breakdown(shown.0, shown.1), sideA: sides.0, sideB: sides.1))
            }
            return outcome
        }

        /// Whether a `different` decision keeps the two clusters apart.
        func areKeptApart(_ a: Int, _ b: Int) -> Bool {
            guard let marksA = marks[a], let marksB = marks[b] else { return false }
            let other = Set(marksB.map { $0 ^ 1 })
            return marksA.contains(where: other.contains)
        }

        /// A pair of records, one from each cluster, whose evidence contradicts their being one
        /// person; among the members first in the input, as the coherence guard samples them.
        func contradictingPair(_ a: Int, _ b: Int) -> (Int, Int)? {
            let left = clusters.members(ofRoot: a, limit: 512).sorted().prefix(configuration.coherenceSample)
            let right = clusters.members(ofRoot: b, limit: 512).sorted().prefix(configuration.coherenceSample)
            for x in left {
                for y in right where scorer.evidence(x, y).isContradicted { return (x, y) }
            }
            return nil
        }

        for group in merges {
            for other in group.dropFirst() {
                _ = link(
                    group[0], other, rule: .humanMerge, strength: .infinity, checkCPF: false, checkCoherence: false)
            }
        }

        // Deterministic links, each group linked to its first record. The same CPF links even when
        // the names contradict (asked about): a CPF identifies a person. The same e-mail address
        // links only when nothing contradicts it; otherwise the pair is scored with the rest,
        // its agreement one piece of evidence among others (a namesake may type another's address).
        var deterministicPairs: [(Int, Int)] = []
        typealias Candidate = (score: Double, i: Int32, j: Int32)
        var guardedPairs: [Candidate] = []
        var byCPF: [Int64: Int] = [:]
        for index in records.indices where table.records[index].cpf != 0 {
            let features = table.records[index]
            if let first = byCPF[features.cpf] {
                deterministicPairs.append((first, index))
                let evidence = scorer.evidence(first, index)
                let doubt: ReviewItem.Reason? = evidence.name.0.isContradiction ? .contradictedLink : nil
                _ = link(
                    first, index, rule: .sameCPF, strength: evidence.score, checkCPF: true, checkCoherence: false,
                    askingAs: doubt)
            } else {
                byCPF[features.cpf] = index
            }
        }
        for address in byEmail.keys.sorted(by: { table.emails[$0] < table.emails[$1] }) where !shared[Int(address)] {
            let members = byEmail[address, default: []].map(Int.init).sorted()
            guard let first = members.first else { continue }
            for other in members.dropFirst() {
                deterministicPairs.append((first, other))
                let evidence = scorer.evidence(first, other)
                // Different middle names contradict an address too: a namesake may type another's.
                if evidence.isContradicted || evidence.name.0 == .middleConflict {
                    statistics.guardedLinks += 1
                    guardedPairs.append((evidence.score, Int32(first), Int32(other)))
                    continue
                }
                _ = link(
                    first, other, rule: .sameEmail, strength: evidence.score, checkCPF: true, checkCoherence: false,
                    askingAs: nil)
            }
        }

        phases.mark("sure links")
        // Scored links from blocking.
        // Scored on every core, a range of blocks each; sorted below, so the order found does not matter.
        let blockRanges = ParallelWork.ranges(balancing: blocking.pairsPerBlock, into: ParallelWork.width * 8)
        let parts = ParallelWork.map(blockRanges.count) { [blocking, scorer, records, weights, nameOrder] part in
            var found: [Candidate] = []
            var possible: [Candidate] = []
            var pairs = 0
            var compared = 0
            blocking.forEachCandidatePair(blocks: blockRanges[part], order: nameOrder) { i, j in
                pairs += 1
                compared += 1
                let evidence = scorer.evidence(i, j)
                guard !evidence.isBlocked else { return }
                if evidence.score >= weights.reviewThreshold {
                    found.append((evidence.score, Int32(min(i, j)), Int32(max(i, j))))
                } else if evidence.isPossibleMatch {
                    possible.append((evidence.score, Int32(min(i, j)), Int32(max(i, j))))
                }
            }
            return (found: found, possible: possible, pairs: pairs, compared: compared)
        }
        var candidates: [Candidate] = []
        var possible: [Candidate] = []
        candidates.reserveCapacity(parts.reduce(0) { $0 + $1.found.count })
        for part in parts {
            candidates += part.found
            possible += part.possible
            statistics.candidatePairs += part.pairs
            statistics.comparisons += part.compared
        }
        if !deterministicPairs.isEmpty {
            let covered = deterministicPairs.filter { blocking.shareNameKey($0.0, $0.1) }.count
            statistics.pairsCompleteness = Double(covered) / Double(deterministicPairs.count)
        }
        // Guarded deterministic pairs join the scored ones (a pair also found by blocking is
        // linked once: the second attempt finds it joined).
        let guardedKeys = Set(guardedPairs.map { Int64($0.i) << 32 | Int64($0.j) })
        for pair in guardedPairs {
            if pair.score >= weights.reviewThreshold {
                candidates.append(pair)
            } else {
                possible.append(pair)
            }
        }
        phases.mark("scoring")
        candidates.sort { ($0.score, $1.i, $1.j) > ($1.score, $0.i, $0.j) }
        for candidate in candidates {
            let (i, j) = (Int(candidate.i), Int(candidate.j))
            let isSure = candidate.score >= weights.matchThreshold
            // A guarded address link that still scores as sure is made, and asked about.
            let isDoubted = scorer.evidence(i, j).isContradicted || guardedKeys.contains(Int64(i) << 32 | Int64(j))
            let doubt: ReviewItem.Reason? = !isSure ? .uncertainLink : isDoubted ? .contradictedLink : nil
            let outcome = link(
                i, j, rule: isSure ? .score : .uncertainScore, strength: candidate.score, checkCPF: true,
                checkCoherence: true, askingAs: doubt)
            if isSure, case .refused(let reason) = outcome, reason != .distinctDecision { refusedSure.append((i, j)) }
        }
        // No person keeps records that contradict each other strongly, whatever chain of links
        // brought them together: such a person is split at its weakest links, and asked about.
        var asked = Set<[Int]>()
        /// Asks, once per pair of persons, whether the persons of `i` and `j` (kept apart) are one.
        func askWhetherOne(_ i: Int, _ j: Int) {
            let (a, b) = (clusters.root(i), clusters.root(j))
            guard a != b, asked.insert([min(a, b), max(a, b)]).inserted else { return }
            reviewQueue.append(
                ReviewItem(
                    a: records[i].id, b: records[j].id, reason: .refusedLink, breakdown: scorer.breakdown(i, j),
                    sideA: side(a), sideB: side(b)))
        }
        let consistency = ClusterConsistency(scorer: scorer, sampleLimit: configuration.consistencySample)
        let cut = consistency.weakestLinks(of: edges, clusters: &clusters, count: count)
        statistics.comparisons += cut.comparisons
        if !cut.edges.isEmpty {
            statistics.splitPersons = cut.edges.count
            let removed = Set(cut.edges.map { [$0.i, $0.j] })
            clusters.reset(cpfs: table.records.map(\.cpf))
            for edge in edges where !removed.contains([edge.i, edge.j]) {
                clusters.union(roots: clusters.root(Int(edge.i)), clusters.root(Int(edge.j)))
            }
            // A question raised by a link that no longer holds now asks about two persons.
            for index in reviewQueue.indices where reviewQueue[index].reason != .possibleLink {
                let item = reviewQueue[index]
                if let x = indexOfID[item.a], let y = indexOfID[item.b], clusters.root(x) != clusters.root(y) {
                    reviewQueue[index].reason = .refusedLink
                }
            }
            for edge in cut.edges { askWhetherOne(Int(edge.i), Int(edge.j)) }
        }
        // A sure pair kept apart by the evidence: are the two persons it ends in one?
        for (i, j) in refusedSure { askWhetherOne(i, j) }
        // A pair below the review threshold whose names and organisation agree (a person whose
        // lists carry different middle names or addresses): are the two persons one? Not when a
        // decision already says they are different.
        possible.sort { ($0.score, $1.i, $1.j) > ($1.score, $0.i, $0.j) }
        for candidate in possible {
            let (i, j) = (Int(candidate.i), Int(candidate.j))
            let (a, b) = (clusters.root(i), clusters.root(j))
            guard a != b, !areKeptApart(a, b), asked.insert([min(a, b), max(a, b)]).inserted else { continue }
            reviewQueue.append(
                ReviewItem(
                    a: records[i].id, b: records[j].id, reason: .possibleLink, breakdown: scorer.breakdown(i, j),
                    sideA: side(a), sideB: side(b)))
        }

        phases.mark("linking")
        // Person ids.
        let personIDs = assignPersonIDs(records: records, indexOfID: indexOfID, clusters: &clusters, previous: previous)
        statistics.persons = Set(personIDs.values).count
        phases.mark("person ids")
        return IdentityResult(
            personIDs: personIDs, reviewQueue: reviewQueue, statistics: statistics, phases: phases.phases,
            scorer: scorer, indexOfID: indexOfID)
    }

    /// The first steps of a resolution, which explanations share: every record's features,
    /// shared addresses, blocking, and the weights learned from the candidate pairs.
    package func prepare(_ records: [IdentityRecord], phases: inout PhaseClock) -> MatchContext {
        var table = FeatureTable(records: records, places: places)
        phases.mark("features")
        let count = records.count
        var statistics = ResolutionStatistics()
        statistics.records = count

        // Shared addresses: used by names that cannot be one person's.
        var byEmail: [Int32: [Int32]] = [:]
        for (index, features) in table.records.enumerated() {
            for position in features.emails.indices {
                byEmail[table.emailStorage[position], default: []].append(Int32(index))
            }
        }
        var shared = table.isSharedEmail
        do {
            let scorer = PairScorer(table: table, weights: configuration.weights)
            for (address, members) in byEmail where members.count > 1 {
                var names: [Int] = []
                var seen = Set<ArraySlice<Int32>>()
                for member in members where seen.insert(table.words(table.records[Int(member)].words)).inserted {
                    names.append(Int(member))
                }
                if names.count > 40 {
                    shared[Int(address)] = true
                    continue
                }
                // A personal mailbox is one person's unless given names conflict (a couple's);
                // an institution's address is shared as soon as any name conflicts.
                let isPersonal = EmailAddress.providerDomains.contains(
                    String(table.emails[address].split(separator: "@").last ?? ""))
                outer: for x in 0..<names.count {
                    for y in (x + 1)..<names.count {
                        statistics.comparisons += 1
                        let (a, b) = (table.records[names[x]], table.records[names[y]])
                        if !scorer.namesAreCompatible(a, b, givenNameOnly: isPersonal) {
                            shared[Int(address)] = true
                            break outer
                        }
                    }
                }
            }
        }
        table.isSharedEmail = shared
        statistics.sharedEmails = shared.filter { $0 }.count

        let blocking = Blocking(
            table: table, maximumBlockSize: configuration.maximumBlockSize, windowSize: configuration.windowSize)
        // Oversized blocks are windowed in name order (then input order), ranked once for all their members.
        var nameOrder = [Int32](repeating: -1, count: count)
        do {
            let members = blocking.membersOfOversizedBlocks
            let names = members.map { index in
                table.words(table.records[Int(index)].words).map { table.words[$0] }.joined(separator: " ")
            }
            let ranked = names.indices.sorted { (names[$0], members[$0]) < (names[$1], members[$1]) }
            for (rank, position) in ranked.enumerated() {
                nameOrder[Int(members[position])] = Int32(rank)
            }
        }
        phases.mark("blocking")
        // The weights this year's own records support, near the hand-set ones.
        let learned = LearnedWeights.estimate(
            scorer: PairScorer(table: table, weights: configuration.weights),
            pairs: Self.sample(blocking, order: nameOrder, limit: configuration.learning.samplePairs),
            configuration: configuration.learning)
        let scorer = PairScorer(table: table, priorWeights: configuration.weights, learned: learned)
        phases.mark("learning")
        return MatchContext(
            table: table, byEmail: byEmail, blocking: blocking, nameOrder: nameOrder, scorer: scorer,
            statistics: statistics)
    }

    /// About `limit` candidate pairs spread evenly over every block (every k-th pair in block
    /// order), so the sample depends only on the records.
    static func sample(_ blocking: Blocking, order: [Int32], limit: Int) -> [(Int, Int)] {
        let total = blocking.pairsPerBlock.reduce(0, +)
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(min(total, limit) + 1)
        blocking.forEachSampledPair(stride: (total + limit - 1) / max(1, limit), order: order) { i, j in
            pairs.append((i, j))
        }
        return pairs
    }

    /// Gives each cluster the previous id most of its records had, else a new id.
    ///
    /// Clusters are numbered by their root and counted in arrays: a million records would
    /// otherwise build a dictionary of votes per cluster.
    private func assignPersonIDs(
        records: [IdentityRecord], indexOfID: [Int64: Int], clusters: inout ClusterSet, previous: [Int64: String]
    ) -> [Int64: String] {
        var rootOf = [Int](repeating: 0, count: records.count)
        var smallest = [Int64](repeating: .max, count: records.count)
        // Votes as (root, previous id's number) packed in one integer, counted after sorting.
        var oldIDs: [String] = []
        var numberOfOldID: [String: Int64] = [:]
        var ballots: [Int64] = []
        ballots.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            let root = clusters.root(index)
            rootOf[index] = root
            smallest[root] = min(smallest[root], record.id)
            if indexOfID[record.id] == index, let old = previous[record.id] {
                let number: Int64
                if let known = numberOfOldID[old] {
                    number = known
                } else {
                    number = Int64(oldIDs.count)
                    oldIDs.append(old)
                    numberOfOldID[old] = number
                }
                ballots.append(Int64(root) << 32 | number)
            }
        }
        ballots.sort()
        // Claims: (cluster, previous id, votes); strongest first, then the smaller id, then the older cluster.
        var claims: [(root: Int, id: String, votes: Int)] = []
        var position = 0
        while position < ballots.count {
            var end = position + 1
            while end < ballots.count && ballots[end] == ballots[position] { end += 1 }
            claims.append((Int(ballots[position] >> 32), oldIDs[Int(ballots[position] & 0xFFFF_FFFF)], end - position))
            position = end
        }
        claims.sort { x, y in
            if x.votes != y.votes { return x.votes > y.votes }
            if x.id != y.id { return x.id < y.id }
            return smallest[x.root] < smallest[y.root]
        }
        var assigned = [String?](repeating: nil, count: records.count)
        var taken = Set<String>()
        for claim in claims where assigned[claim.root] == nil && !taken.contains(claim.id) {
            assigned[claim.root] = claim.id
            taken.insert(claim.id)
        }
        let scheme = configuration.personIDs
        var nextNumber = max(scheme.firstNumber, (previous.values.compactMap(scheme.number(of:)).max() ?? 0) + 1)
        let fresh = Set(rootOf).filter { assigned[$0] == nil }.sorted { smallest[$0] < smallest[$1] }
        for root in fresh {
            var id = scheme.identifier(nextNumber)
            while taken.contains(id) {
                nextNumber += 1
                id = scheme.identifier(nextNumber)
            }
            assigned[root] = id
            taken.insert(id)
            nextNumber += 1
        }
        var result: [Int64: String] = [:]
        result.reserveCapacity(records.count)
        for (index, record) in records.enumerated() where result[record.id] == nil {
            if let id = assigned[rootOf[index]] { result[record.id] = id }
        }
        return result
    }
}

/// What became of a link.
enum LinkOutcome: Equatable {
    case joined, alreadyJoined
    case refused(ResolutionStatistics.RefusalReason)
}

/// What a resolution works on once every record is read: features, shared addresses, blocking
/// and the scorer with the learned weights.
struct MatchContext {
    let table: FeatureTable
    /// Records by address id.
    let byEmail: [Int32: [Int32]]
    let blocking: Blocking
    /// Each member of an oversized block's rank by name.
    let nameOrder: [Int32]
    let scorer: PairScorer
    /// Counters so far.
    let statistics: ResolutionStatistics
}
