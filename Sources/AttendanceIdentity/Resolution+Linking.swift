/// What became of a link.
enum LinkOutcome: Equatable {
    case joined, alreadyJoined
    case refused(ResolutionStatistics.RefusalReason)
}

extension Resolution {
    /// Links the clusters of `i` and `j`, queueing the link as a question when it is doubted
    /// (`reason` is not `nil`): whether the two clusters it joins are one person.
    ///
    /// A sure link checked for coherence can still bring together records that contradict each
    /// other (a namesake's list without places joined first): it is asked about, with the
    /// contradicting pair shown.
    @discardableResult
    mutating func link(
        _ i: Int, _ j: Int, rule: ResolutionStatistics.LinkRule, strength: Double, checkCPF: Bool,
        checkCoherence: Bool, askingAs reason: ReviewItem.Reason?
    ) -> LinkOutcome {
        let (a, b) = (clusters.root(i), clusters.root(j))
        guard a != b else { return .alreadyJoined }
        var reason = reason
        var shown = (i, j)
        if reason == nil && checkCoherence && (clusters.size(ofRoot: a) > 1 || clusters.size(ofRoot: b) > 1),
            let pair = contradictingPair(a, b)
        {
            reason = .contradictedLink
            shown = pair
        }
        guard let reason else {
            return link(i, j, rule: rule, strength: strength, checkCPF: checkCPF, checkCoherence: checkCoherence)
        }
        let sides = (side(a), side(b))
        let outcome = link(i, j, rule: rule, strength: strength, checkCPF: checkCPF, checkCoherence: checkCoherence)
        if outcome == .joined {
            reviewQueue.append(
                ReviewItem(
                    a: records[shown.0].id, b: records[shown.1].id, reason: reason,
                    breakdown: scorer.breakdown(shown.0, shown.1), sideA: sides.0, sideB: sides.1))
        }
        return outcome
    }

    /// Joins the clusters of `i` and `j` unless a guard refuses: a `different` decision, two
    /// valid CPFs (`checkCPF`), or clusters whose first members score below
    /// ``MatchWeights/clusterCoherenceFloor`` on average (`checkCoherence`).
    @discardableResult
    mutating func link(
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
            let left = sample(a)
            let right = sample(b)
            var total = 0.0
            for x in left {
                for y in right { total += scorer.score(x, y) }
            }
            statistics.comparisons += left.count * right.count
            if total / Double(left.count * right.count) < scorer.weights.clusterCoherenceFloor {
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

    /// Whether a `different` decision keeps the two clusters (given by their roots) apart.
    func areKeptApart(_ a: Int, _ b: Int) -> Bool {
        guard let marksA = marks[a], let marksB = marks[b] else { return false }
        let other = Set(marksB.map { $0 ^ 1 })
        return marksA.contains(where: other.contains)
    }

    /// The members of a cluster the guards compare: those first in the input, so that a check
    /// does not depend on how the members were found.
    func sample(_ root: Int) -> [Int] {
        Array(clusters.members(ofRoot: root, limit: 512).sorted().prefix(configuration.coherenceSample))
    }

    /// A pair of records, one from each cluster, whose evidence contradicts their being one
    /// person; among the members the coherence guard samples.
    func contradictingPair(_ a: Int, _ b: Int) -> (Int, Int)? {
        let (left, right) = (sample(a), sample(b))
        for x in left {
            for y in right where scorer.evidence(x, y).isContradicted { return (x, y) }
        }
        return nil
    }

    /// The record ids of a cluster (up to 512, ascending), for a question about it.
    func side(_ root: Int) -> [Int64] {
        clusters.members(ofRoot: root, limit: 512).sorted().map { records[$0].id }
    }

    /// Asks, once per pair of persons, whether the persons of `i` and `j` (kept apart) are one.
    mutating func askWhetherOne(_ i: Int, _ j: Int) {
        let (a, b) = (clusters.root(i), clusters.root(j))
        guard a != b, asked.insert([min(a, b), max(a, b)]).inserted else { return }
        reviewQueue.append(
            ReviewItem(
                a: records[i].id, b: records[j].id, reason: .refusedLink, breakdown: scorer.breakdown(i, j),
                sideA: side(a), sideB: side(b)))
    }
}
