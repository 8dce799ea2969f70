/// Union–find over record indices, keeping for each cluster its members (a circular list), its
/// size and its valid CPF, so that a union can be refused before it happens.
struct ClusterSet {
    private var parent: [Int32]
    /// Next member in the cluster's circular list.
    private var next: [Int32]
    private var sizes: [Int32]
    /// The cluster's CPF: 0 none, a CPF, or -1 when a person's merge decision joined several.
    private var cpfs: [Int64]

    init(cpfs: [Int64]) {
        let count = cpfs.count
        parent = (0..<Int32(count)).map { $0 }
        next = parent
        sizes = [Int32](repeating: 1, count: count)
        self.cpfs = cpfs
    }

    /// Every element alone again, with its CPF, reusing the storage.
    mutating func reset(cpfs: [Int64]) {
        for index in parent.indices {
            parent[index] = Int32(index)
            next[index] = Int32(index)
            sizes[index] = 1
            self.cpfs[index] = cpfs[index]
        }
    }

    mutating func root(_ element: Int) -> Int {
        var root = element
        while parent[root] != Int32(root) { root = Int(parent[root]) }
        var current = element
        while parent[current] != Int32(root) {
            let following = Int(parent[current])
            parent[current] = Int32(root)
            current = following
        }
        return root
    }

    func size(ofRoot root: Int) -> Int { Int(sizes[root]) }

    /// Whether the two clusters' CPFs allow a union (at most one valid CPF per cluster).
    func cpfsAreCompatible(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (cpfs[a], cpfs[b])
        return x == 0 || y == 0 || (x == y && x != -1)
    }

    /// Up to `limit` members of the cluster, starting at its root.
    func members(ofRoot root: Int, limit: Int = .max) -> [Int] {
        var result = [root]
        var current = Int(next[root])
        while current != root && result.count < limit {
            result.append(current)
            current = Int(next[current])
        }
        return result
    }

    /// Joins two clusters (given by their roots); the larger root stays root.
    mutating func union(roots a: Int, _ b: Int) {
        guard a != b else { return }
        let (big, small) = sizes[a] >= sizes[b] ? (a, b) : (b, a)
        parent[small] = Int32(big)
        sizes[big] += sizes[small]
        let cpf: Int64 =
            if cpfs[big] == 0 { cpfs[small] } else if cpfs[small] == 0 || cpfs[small] == cpfs[big] { cpfs[big] } else {
                -1
            }
        cpfs[big] = cpf
        next.swapAt(big, small)
    }
}
