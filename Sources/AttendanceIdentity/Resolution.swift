import AttendanceModel

/// One resolution in progress: what ``IdentityResolver/resolve(_:decisions:previous:)`` knows
/// after each of its steps, with one method per step.
///
/// Creating one runs the steps that every later one reads and that explanations share
/// (``IdentityResolver/prepare(_:phases:)``): every record's features, the addresses shared by
/// incompatible names, blocking, and the weights learned from the candidate pairs. The linking
/// steps then run in the resolver's order, each reading what the ones before it left:
/// ``apply(_:)``, ``linkSurePairs()``, ``scoreCandidatePairs()``, ``linkScoredPairs()``,
/// ``splitContradictingPersons()``, ``askAboutRefusedPairs()``, ``askAboutPossiblePairs()`` and
/// ``assignPersonIDs(previous:)``. ``phases`` times them between the resolver's marks.
package struct Resolution {
    /// A scored pair of record positions (the first the smaller) and its score.
    typealias Candidate = (score: Double, i: Int32, j: Int32)

    let records: [IdentityRecord]
    let configuration: IdentityResolver.Configuration
    /// Every record's features, addresses used by incompatible names marked as shared.
    let table: FeatureTable
    /// Records by address id.
    let byEmail: [Int32: [Int32]]
    let blocking: Blocking
    /// Each member of an oversized block's rank by name; -1 for the other records.
    let nameOrder: [Int32]
    /// Compares two records with the weights learned from the records.
    package let scorer: PairScorer
    /// The position of every record id (of its first occurrence).
    let indexOfID: [Int64: Int]

    /// How long each step took so far.
    var phases: PhaseClock
    /// Counters so far.
    var statistics: ResolutionStatistics
    /// The persons so far, as unions of record positions.
    var clusters: ClusterSet
    /// The marks of `different` decisions by cluster root: decision number × 2 + side. No union
    /// brings together a cluster holding one side's mark and one holding the other's.
    var marks: [Int: [Int32]] = [:]
    /// Every union made, with the strength of the evidence behind it (a person's decision:
    /// infinity), so that a person holding contradicting records can be split at its weakest link.
    var edges: [ClusterConsistency.Edge] = []
    /// The questions for people, in the order they were raised.
    var reviewQueue: [ReviewItem] = []
    /// The pairs of the same CPF or address, linked or guarded: how complete blocking is.
    var deterministicPairs: [(Int, Int)] = []
    /// Pairs of the same address that other evidence contradicts: scored with the candidate
    /// pairs instead of linked outright.
    var guardedPairs: [Candidate] = []
    /// Pairs scoring at or above ``MatchWeights/reviewThreshold``, to be linked.
    var candidates: [Candidate] = []
    /// Pairs below it whose names and organisation agree, to be asked about.
    var possible: [Candidate] = []
    /// Links refused on the evidence (not by a decision) although they scored as sure: asked
    /// about once the persons are known.
    var refusedSure: [(Int, Int)] = []
    /// The pairs of persons (their roots, the smaller first) already asked about.
    var asked = Set<[Int]>()
    /// The person id of every record id, once assigned.
    var personIDs: [Int64: String] = [:]

    /// Reads the records: their features, the shared addresses, blocking and the learned weights,
    /// marked `features`, `shared addresses`, `blocking` and `learning` on `phases`.
    init(
        _ records: [IdentityRecord], places: PlaceDirectory, configuration: IdentityResolver.Configuration,
        phases: PhaseClock = PhaseClock()
    ) {
        var phases = phases
        var statistics = ResolutionStatistics()
        statistics.records = records.count
        var table = FeatureTable(records: records, places: places)
        phases.mark("features")
        let byEmail = Self.recordsByAddress(table)
        table.isSharedEmail = Self.sharedAddresses(
            table, byEmail: byEmail, weights: configuration.weights, comparisons: &statistics.comparisons)
        statistics.sharedEmails = table.isSharedEmail.filter { $0 }.count
        phases.mark("shared addresses")
        let blocking = Blocking(
            table: table, maximumBlockSize: configuration.maximumBlockSize, windowSize: configuration.windowSize)
        let nameOrder = Self.nameOrder(of: blocking, table: table)
        phases.mark("blocking")
        scorer = Self.learnedScorer(
            table: table, blocking: blocking, nameOrder: nameOrder, configuration: configuration)
        phases.mark("learning")

        self.records = records
        self.configuration = configuration
        self.table = table
        self.byEmail = byEmail
        self.blocking = blocking
        self.nameOrder = nameOrder
        self.phases = phases
        self.statistics = statistics
        indexOfID = Self.positions(of: records)
        clusters = ClusterSet(cpfs: table.records.map(\.cpf))
    }

    /// The outcome, once person ids are assigned.
    var result: IdentityResult {
        IdentityResult(
            personIDs: personIDs, reviewQueue: reviewQueue, statistics: statistics, phases: phases.phases,
            scorer: scorer, indexOfID: indexOfID)
    }

    // MARK: - Reading the records

    /// Record positions by address id, each list in input order.
    static func recordsByAddress(_ table: FeatureTable) -> [Int32: [Int32]] {
        var byEmail: [Int32: [Int32]] = [:]
        for (index, features) in table.records.enumerated() {
            for position in features.emails.indices {
                byEmail[table.emailStorage[position], default: []].append(Int32(index))
            }
        }
        return byEmail
    }

    /// Which addresses are shared: used by names that cannot be one person's, or by more than 40 names.
    ///
    /// A personal mailbox (a provider's domain) is one person's unless given names conflict (a
    /// couple's); an institution's address is shared as soon as any name conflicts.
    ///
    /// - Parameter comparisons: Counts the names compared.
    /// - Returns: A flag for every address id of `table`.
    static func sharedAddresses(
        _ table: FeatureTable, byEmail: [Int32: [Int32]], weights: MatchWeights, comparisons: inout Int
    ) -> [Bool] {
        var shared = table.isSharedEmail
        let scorer = PairScorer(table: table, weights: weights)
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
            let isPersonal = EmailAddress.providerDomains.contains(
                String(table.emails[address].split(separator: "@").last ?? ""))
            outer: for x in 0..<names.count {
                for y in (x + 1)..<names.count {
                    comparisons += 1
                    let (a, b) = (table.records[names[x]], table.records[names[y]])
                    if !scorer.namesAreCompatible(a, b, givenNameOnly: isPersonal) {
                        shared[Int(address)] = true
                        break outer
                    }
                }
            }
        }
        return shared
    }

    /// The rank by name (then input order) of every member of an oversized block, which is
    /// windowed in that order; -1 for the other records.
    static func nameOrder(of blocking: Blocking, table: FeatureTable) -> [Int32] {
        var nameOrder = [Int32](repeating: -1, count: table.records.count)
        let members = blocking.membersOfOversizedBlocks
        // Each distinct word's place in alphabetical order, so names compare as arrays of
        // integers; word by word this is the order of the names written out with spaces (a word
        // that begins another sorts first, as the space would), without a string per record.
        let alphabetical = table.words.strings.indices.sorted { table.words.strings[$0] < table.words.strings[$1] }
        var wordRank = [Int32](repeating: 0, count: alphabetical.count)
        for (rank, word) in alphabetical.enumerated() { wordRank[word] = Int32(rank) }
        let storage = table.wordStorage
        let ranges = members.map { table.records[Int($0)].words.indices }
        func precedes(_ x: Int, _ y: Int) -> Bool {
            let (a, b) = (ranges[x], ranges[y])
            var (i, j) = (a.lowerBound, b.lowerBound)
            while i < a.upperBound && j < b.upperBound {
                let (p, q) = (wordRank[Int(storage[i])], wordRank[Int(storage[j])])
                if p != q { return p < q }
                i += 1
                j += 1
            }
            if a.count != b.count { return a.count < b.count }
            return members[x] < members[y]
        }
        let ranked = members.indices.sorted(by: precedes)
        for (rank, position) in ranked.enumerated() {
            nameOrder[Int(members[position])] = Int32(rank)
        }
        return nameOrder
    }

    /// A scorer with the weights this year's own records support, near the hand-set ones.
    static func learnedScorer(
        table: FeatureTable, blocking: Blocking, nameOrder: [Int32], configuration: IdentityResolver.Configuration
    ) -> PairScorer {
        let learned = LearnedWeights.estimate(
            scorer: PairScorer(table: table, weights: configuration.weights),
            pairs: sample(blocking, order: nameOrder, limit: configuration.learning.samplePairs),
            configuration: configuration.learning)
        return PairScorer(table: table, priorWeights: configuration.weights, learned: learned)
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

    /// The position of every record id; a repeated id counts at its first occurrence.
    static func positions(of records: [IdentityRecord]) -> [Int64: Int] {
        var indexOfID: [Int64: Int] = [:]
        indexOfID.reserveCapacity(records.count)
        for (index, record) in records.enumerated() where indexOfID[record.id] == nil { indexOfID[record.id] = index }
        return indexOfID
    }

    // MARK: - Linking

    /// People's decisions: a `same` joins its sides; a `different` marks its sides, so that no
    /// later union brings them together. Records not among the resolution's are left out.
    mutating func apply(_ decisions: [IdentityDecision]) {
        var merges: [[Int]] = []
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
        for group in merges {
            for other in group.dropFirst() {
                link(group[0], other, rule: .humanMerge, strength: .infinity, checkCPF: false, checkCoherence: false)
            }
        }
    }

    /// Deterministic links, each group linked to its first record.
    ///
    /// The same CPF links even when the names contradict (asked about): a CPF identifies a
    /// person. The same address (not a shared one) links only when nothing contradicts it;
    /// otherwise the pair is guarded, to be scored with the rest, its agreement one piece of
    /// evidence among others (a namesake may type another's address).
    mutating func linkSurePairs() {
        var byCPF: [Int64: Int] = [:]
        for index in records.indices where table.records[index].cpf != 0 {
            let features = table.records[index]
            if let first = byCPF[features.cpf] {
                deterministicPairs.append((first, index))
                let evidence = scorer.evidence(first, index)
                let doubt: ReviewItem.Reason? = evidence.name.0.isContradiction ? .contradictedLink : nil
                link(
                    first, index, rule: .sameCPF, strength: evidence.score, checkCPF: true, checkCoherence: false,
                    askingAs: doubt)
            } else {
                byCPF[features.cpf] = index
            }
        }
        for address in byEmail.keys.sorted(by: { table.emails[$0] < table.emails[$1] })
        where !table.isSharedEmail[Int(address)] {
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
                link(
                    first, other, rule: .sameEmail, strength: evidence.score, checkCPF: true, checkCoherence: false,
                    askingAs: nil)
            }
        }
    }

    /// Scores every pair sharing a blocking key: those at or above the review threshold become
    /// ``candidates``, possible matches below it ``possible``; the guarded pairs join them.
    ///
    /// Scored on every core, a range of blocks each; sorted when linked, so the order found does not matter.
    mutating func scoreCandidatePairs() {
        let (blocking, scorer, nameOrder) = (self.blocking, self.scorer, self.nameOrder)
        let blockRanges = ParallelWork.ranges(balancing: blocking.pairsPerBlock, into: ParallelWork.width * 8)
        let parts = ParallelWork.map(blockRanges.count) { part in
            Self.scoredPairs(blockRanges[part], of: blocking, order: nameOrder, scorer: scorer)
        }
        candidates.reserveCapacity(parts.reduce(0) { $0 + $1.found.count })
        for part in parts {
            candidates += part.found
            possible += part.possible
            statistics.candidatePairs += part.compared
            statistics.comparisons += part.compared
        }
        if !deterministicPairs.isEmpty {
            let covered = deterministicPairs.filter { blocking.shareNameKey($0.0, $0.1) }.count
            statistics.pairsCompleteness = Double(covered) / Double(deterministicPairs.count)
        }
        // A pair also found by blocking is linked once: the second attempt finds it joined.
        for pair in guardedPairs {
            if pair.score >= scorer.weights.reviewThreshold {
                candidates.append(pair)
            } else {
                possible.append(pair)
            }
        }
    }

    /// The candidate pairs of a range of blocks worth linking or asking about, and how many were compared.
    static func scoredPairs(
        _ blocks: Range<Int>, of blocking: Blocking, order: [Int32], scorer: PairScorer
    ) -> (found: [Candidate], possible: [Candidate], compared: Int) {
        var found: [Candidate] = []
        var possible: [Candidate] = []
        var compared = 0
        let threshold = scorer.weights.reviewThreshold
        blocking.forEachCandidatePair(blocks: blocks, order: order) { i, j in
            compared += 1
            let evidence = scorer.evidence(i, j)
            guard !evidence.isBlocked else { return }
            if evidence.score >= threshold {
                found.append((evidence.score, Int32(min(i, j)), Int32(max(i, j))))
            } else if evidence.isPossibleMatch {
                possible.append((evidence.score, Int32(min(i, j)), Int32(max(i, j))))
            }
        }
        return (found, possible, compared)
    }

    /// Links the candidate pairs, best first, each union guarded; asks about those below the
    /// match threshold and sure ones with contradicting evidence, and keeps the sure ones the
    /// evidence refused for ``askAboutRefusedPairs()``.
    mutating func linkScoredPairs() {
        let guardedKeys = Set(guardedPairs.map { Int64($0.i) << 32 | Int64($0.j) })
        candidates.sort { ($0.score, $1.i, $1.j) > ($1.score, $0.i, $0.j) }
        for candidate in candidates {
            let (i, j) = (Int(candidate.i), Int(candidate.j))
            let isSure = candidate.score >= scorer.weights.matchThreshold
            // A guarded address link that still scores as sure is made, and asked about.
            let isDoubted = scorer.evidence(i, j).isContradicted || guardedKeys.contains(Int64(i) << 32 | Int64(j))
            let doubt: ReviewItem.Reason? = !isSure ? .uncertainLink : isDoubted ? .contradictedLink : nil
            let outcome = link(
                i, j, rule: isSure ? .score : .uncertainScore, strength: candidate.score, checkCPF: true,
                checkCoherence: true, askingAs: doubt)
            if isSure, case .refused(let reason) = outcome, reason != .distinctDecision { refusedSure.append((i, j)) }
        }
    }

    /// No person keeps records that contradict each other strongly, whatever chain of links
    /// brought them together: such a person is rebuilt without its weakest links
    /// (``ClusterConsistency``), and asked about.
    mutating func splitContradictingPersons() {
        let consistency = ClusterConsistency(scorer: scorer, sampleLimit: configuration.consistencySample)
        let cut = consistency.weakestLinks(of: edges, clusters: &clusters, count: records.count)
        statistics.comparisons += cut.comparisons
        guard !cut.edges.isEmpty else { return }
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

    /// A sure pair kept apart by the evidence: are the two persons it ends in one?
    mutating func askAboutRefusedPairs() {
        for (i, j) in refusedSure { askWhetherOne(i, j) }
    }

    /// A pair below the review threshold whose names and organisation agree (a person whose
    /// lists carry different middle names or addresses): are the two persons one? Not when a
    /// decision already says they are different, nor twice for the same two persons.
    mutating func askAboutPossiblePairs() {
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
    }
}
