extension Resolution {
    /// Gives each cluster the previous id most of its records had, else a new id from
    /// ``IdentityResolver/Configuration/personIDs``, and counts the persons.
    ///
    /// Clusters are numbered by their root and counted in arrays: a million records would
    /// otherwise build a dictionary of votes per cluster.
    mutating func assignPersonIDs(previous: [Int64: String]) {
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
        personIDs = result
        statistics.persons = Set(result.values).count
    }
}
