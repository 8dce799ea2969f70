/// The last guard of a resolution: no person holds two records that contradict each other
/// strongly, whatever chain of links brought them together.
///
/// Links are made pair by pair, and each is checked against a sample of the two clusters, so a
/// chain (a namesake with no place, then the other namesake) can still end in one person holding
/// a Porto Alegre civil servant and a Manaus one. This check looks at every person once all links
/// are made: when two of its records contradict strongly (``isStrongContradiction(_:)``), the
/// person is rebuilt from its links, strongest first, leaving out each link that would bring a
/// contradicting pair back together. What is left out is the person's weakest evidence, and
/// the result depends only on the links' strengths and the records' positions, not on the order
/// the links were made in. Links made by a person's decision are never left out.
struct ClusterConsistency {
    /// A union made during a resolution.
    struct Edge: Sendable, Hashable {
        var i: Int32
        var j: Int32
        /// The score of the evidence behind the link; infinity for a person's decision.
        var strength: Double
    }

    let scorer: PairScorer
    /// Members of a person compared pairwise (the first in the input); larger persons are sampled.
    let sampleLimit: Int

    /// Whether two records cannot be one person's: two valid CPFs, governments in different
    /// states, or given names that cannot be one person's (Gabriel and Gabriela, Paulo and Maria,
    /// a Filho and a Neto). The same valid CPF outweighs the rest.
    func isStrongContradiction(_ i: Int, _ j: Int) -> Bool {
        let evidence = scorer.evidence(i, j)
        switch evidence.cpf.0 {
        case .agree: return false
        case .disagree: return true
        default: break
        }
        if let x = scorer.table.records[i].government, let y = scorer.table.records[j].government, x != y {
            return true
        }
        return evidence.name.0 == .givenConflict || evidence.name.0 == .suffixConflict
    }

    /// The links to leave out so that no person holds a strongly contradicting pair.
    ///
    /// - Parameters:
    ///   - edges: Every union of the resolution.
    ///   - clusters: The clusters those unions made.
    ///   - count: The number of records.
    /// - Returns: The links to leave out, and how many pairs were compared.
    func weakestLinks(of edges: [Edge], clusters: inout ClusterSet, count: Int) -> (edges: [Edge], comparisons: Int) {
        // Persons worth a look: those whose members disagree on a first name word, a CPF or a
        // government. Most persons agree on all three and cost one pass over their members.
        let table = scorer.table
        // For each person, its first member with a name, a government and a CPF (positions, not
        // copies: a million records); a member that differs from one makes the person suspect.
        var withWord = [Int32](repeating: -1, count: count)
        var withGovernment = [Int32](repeating: -1, count: count)
        var withCPF = [Int32](repeating: -1, count: count)
        var suspect = [Bool](repeating: false, count: count)
        func firstWord(_ index: Int) -> Int32 { table.wordStorage[Int(table.records[index].words.start)] }
        for index in 0..<count {
            let root = clusters.root(index)
            let features = table.records[index]
            if features.suffix != nil { suspect[root] = true }
            if !features.words.isEmpty {
                if withWord[root] < 0 {
                    withWord[root] = Int32(index)
                } else if firstWord(Int(withWord[root])) != firstWord(index) {
                    suspect[root] = true
                }
            }
            if let government = features.government {
                if withGovernment[root] < 0 {
                    withGovernment[root] = Int32(index)
                } else if table.records[Int(withGovernment[root])].government != government {
                    suspect[root] = true
                }
            }
            if features.cpf != 0 {
                if withCPF[root] < 0 {
                    withCPF[root] = Int32(index)
                } else if table.records[Int(withCPF[root])].cpf != features.cpf {
                    suspect[root] = true
                }
            }
        }
        var comparisons = 0
        // Contradicting pairs, by person.
        var conflicts: [Int: [(Int32, Int32)]] = [:]
        for root in 0..<count where suspect[root] && clusters.root(root) == root {
            let members = clusters.members(ofRoot: root, limit: 4096).sorted().prefix(sampleLimit)
            let list = Array(members)
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    comparisons += 1
                    if isStrongContradiction(list[x], list[y]) {
                        conflicts[root, default: []].append((Int32(list[x]), Int32(list[y])))
                    }
                }
            }
        }
        if conflicts.isEmpty { return ([], comparisons) }
        // Each contradicting person rebuilt from its links, strongest first.
        var byRoot: [Int: [Edge]] = [:]
        for edge in edges {
            let root = clusters.root(Int(edge.i))
            if conflicts[root] != nil { byRoot[root, default: []].append(edge) }
        }
        var removed: [Edge] = []
        for root in conflicts.keys.sorted() {
            let pairs = conflicts[root] ?? []
            var links = byRoot[root] ?? []
            links.sort { ($0.strength, $1.i, $1.j) > ($1.strength, $0.i, $0.j) }
            var parts = LocalUnion()
            for edge in links {
                let (a, b) = (parts.root(edge.i), parts.root(edge.j))
                if a == b { continue }
                let apart = pairs.contains { pair in
                    let (x, y) = (parts.root(pair.0), parts.root(pair.1))
                    return (x == a && y == b) || (x == b && y == a)
                }
                if apart && edge.strength != .infinity {
                    removed.append(edge)
                } else {
                    parts.union(a, b)
                }
            }
        }
        return (removed, comparisons)
    }
}

/// A small union–find over record positions, for rebuilding one person.
private struct LocalUnion {
    private var parent: [Int32: Int32] = [:]

    mutating func root(_ element: Int32) -> Int32 {
        var root = element
        while let up = parent[root], up != root { root = up }
        var current = element
        while let up = parent[current], up != root {
            parent[current] = root
            current = up
        }
        return root
    }

    mutating func union(_ a: Int32, _ b: Int32) {
        let (x, y) = (root(a), root(b))
        if x != y { parent[max(x, y)] = min(x, y) }
    }
}
