import AttendanceModel
/// Candidate pairs: records that share a blocking key, so that work grows with the number of
/// records rather than with its square.
///
/// Keys: phonetic codes of two name words (the first given name with any later word, the second
/// with the last; unordered, so a swapped "Surname Given" still meets), the same from an e-mail local part
/// (`pedro.cardoso`), the first given name with the government or organisation, the letters of
/// an e-mail local part, the CPF and the phone; and, for a record that carries nothing but a
/// name (a Teams guest, a name-only Zoom row), the event with its given name and with its last
/// word, so a name misspelt in one session (`Kaina`, `Babrosa`) still meets the same person's
/// record of the next session. A block larger than the configured maximum is compared only
/// within a sliding window over its records sorted by name.
struct Blocking {
    enum Kind: Int64 {
        case namePair = 1
        case givenAffiliation = 2
        case localPart = 3
        case cpf = 4
        case phone = 5
        case eventGiven = 6
        case eventSurname = 7
    }

    /// Record → sorted key ids (compressed rows).
    private var recordKeyStart: [Int32] = [0]
    private var recordKeys: [Int32] = []
    /// Key id → member records (compressed rows).
    private var blockStart: [Int32] = []
    private var blockMembers: [Int32] = []
    private var keyKind: [UInt8] = []
    let maximumBlockSize: Int
    let windowSize: Int

    init(table: FeatureTable, maximumBlockSize: Int, windowSize: Int) {
        self.maximumBlockSize = max(2, maximumBlockSize)
        self.windowSize = max(1, windowSize)
        var keyIDs: [Int64: Int32] = [:]
        var keys: [Int64] = []
        keys.reserveCapacity(32)
        var counts: [Int32] = []
        for record in table.records {
            keys.removeAll(keepingCapacity: true)
            Self.keys(of: record, table: table, into: &keys)
            var ids: [Int32] = []
            ids.reserveCapacity(keys.count)
            for key in keys {
                let id: Int32
                if let existing = keyIDs[key] {
                    id = existing
                } else {
                    id = Int32(counts.count)
                    keyIDs[key] = id
                    counts.append(0)
                    keyKind.append(UInt8(key >> 56))
                }
                if !ids.contains(id) { ids.append(id) }
            }
            ids.sort()
            for id in ids { counts[Int(id)] += 1 }
            recordKeys.append(contentsOf: ids)
            recordKeyStart.append(Int32(recordKeys.count))
        }
        blockStart = [Int32](repeating: 0, count: counts.count + 1)
        for (id, count) in counts.enumerated() { blockStart[id + 1] = blockStart[id] + count }
        blockMembers = [Int32](repeating: 0, count: recordKeys.count)
        var fill = Array(blockStart.dropLast())
        for record in 0..<table.records.count {
            for position in Int(recordKeyStart[record])..<Int(recordKeyStart[record + 1]) {
                let key = Int(recordKeys[position])
                blockMembers[Int(fill[key])] = Int32(record)
                fill[key] += 1
            }
        }
    }

    private static func pack(_ kind: Kind, _ a: Int64, _ b: Int64 = 0) -> Int64 {
        (kind.rawValue << 56) | ((a & 0xFFF_FFFF) << 28) | (b & 0xFFF_FFFF)
    }

    private static func keys(of record: RecordFeatures, table: FeatureTable, into keys: inout [Int64]) {
        func phonetic(_ word: Int32) -> Int64 { Int64(table.wordPhonetic[Int(word)]) }
        func pairKeys(_ words: ArraySlice<Int32>) {
            let words = Array(words.prefix(6))
            guard words.count >= 2 else { return }
            func add(_ first: Int, _ second: Int) {
                let (x, y) = (phonetic(words[first]), phonetic(words[second]))
                keys.append(pack(.namePair, min(x, y), max(x, y)))
            }
            // The given name with every later word (middle names dropped or the last one missing),
            // and the second given name with the last word (the second used as the first).
            for second in 1..<words.count { add(0, second) }
            if words.count >= 3 { add(1, words.count - 1) }
        }
        let words = table.words(record.words)
        pairKeys(words)
        pairKeys(table.words(record.localWords))
        if let given = words.first {
            let affiliation: Int64? =
                if let government = record.government {
                    Int64(government.code)
                } else if !record.organizationKeys.isEmpty {
                    10_000_000 + Int64(table.organizationKeyStorage[Int(record.organizationKeys.start)])
                } else if record.institutionalDomain >= 0 { 100_000_000 + Int64(record.institutionalDomain) } else {
                    nil
                }
            if let affiliation { keys.append(pack(.givenAffiliation, phonetic(given), affiliation)) }
        }
        for index in record.emails.indices where table.localKeyBytes[Int(table.localKeyStorage[index])].count >= 3 {
            keys.append(pack(.localPart, Int64(table.localKeyStorage[index])))
        }
        if record.cpf != 0 { keys.append((Kind.cpf.rawValue << 56) | record.cpf) }
        if record.phone >= 0 { keys.append(pack(.phone, Int64(record.phone))) }
        // A name alone has no other key to survive a typo in one of its words: within its event
        // (a few hundred people), the given name or the last word agreeing is enough to compare.
        if record.event >= 0, record.emails.isEmpty, record.cpf == 0, record.phone < 0, words.count >= 2,
            let given = words.first, let last = words.last
        {
            keys.append(pack(.eventGiven, Int64(record.event), phonetic(given)))
            keys.append(pack(.eventSurname, Int64(record.event), phonetic(last)))
        }
    }

    private func keys(of record: Int) -> ArraySlice<Int32> {
        recordKeys[Int(recordKeyStart[record])..<Int(recordKeyStart[record + 1])]
    }

    private func size(ofBlock key: Int32) -> Int { Int(blockStart[Int(key) + 1] - blockStart[Int(key)]) }

    /// The key that owns a pair: the first shared key (in id order) whose block is compared in
    /// full, else the first shared key. Each pair is reported from its owner block only.
    private func owningKey(_ i: Int, _ j: Int) -> Int32? {
        let a = keys(of: i)
        let b = keys(of: j)
        var x = a.startIndex
        var y = b.startIndex
        var firstOversized: Int32?
        while x < a.endIndex && y < b.endIndex {
            if a[x] == b[y] {
                if size(ofBlock: a[x]) <= maximumBlockSize { return a[x] }
                if firstOversized == nil { firstOversized = a[x] }
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        return firstOversized
    }

    /// Whether two records share a key built from names (not from CPF, e-mail or phone).
    func shareNameKey(_ i: Int, _ j: Int) -> Bool {
        let b = keys(of: j)
        return keys(of: i).contains { key in
            (keyKind[Int(key)] == UInt8(Kind.namePair.rawValue)
                || keyKind[Int(key)] == UInt8(Kind.givenAffiliation.rawValue))
                && b.contains(key)
        }
    }

    /// The number of blocks; ``forEachCandidatePair(blocks:order:_:)`` takes ranges of them.
    var blockCount: Int { blockStart.count - 1 }

    /// The pairs each block compares (all of a block up to the maximum size, else its window's).
    var pairsPerBlock: [Int] {
        (0..<blockCount).map { key in
            let size = size(ofBlock: Int32(key))
            return size <= maximumBlockSize ? size * (size - 1) / 2 : size * windowSize
        }
    }

    /// Every record that belongs to a block larger than the maximum, once, in record order: the
    /// records whose window order ``forEachCandidatePair(blocks:order:_:)`` needs.
    var membersOfOversizedBlocks: [Int32] {
        var isMember = [Bool](repeating: false, count: recordKeyStart.count - 1)
        for key in 0..<blockCount where size(ofBlock: Int32(key)) > maximumBlockSize {
            for member in blockMembers[Int(blockStart[key])..<Int(blockStart[key + 1])] { isMember[Int(member)] = true }
        }
        return isMember.indices.filter { isMember[$0] }.map(Int32.init)
    }

    /// Calls `body` once for every candidate pair (`i < j`) owned by the blocks in `blocks`
    /// (all by default): a range per thread covers every pair once.
    ///
    /// An oversized block is compared within a sliding window over its members sorted by
    /// `order` (each member of ``membersOfOversizedBlocks`` has a distinct rank there). A pair
    /// sharing only oversized blocks is reported when it falls within the window of the first of
    /// them; pairs that are neighbours only in a later oversized block are not compared.
    func forEachCandidatePair(blocks: Range<Int>? = nil, order: [Int32], _ body: (Int, Int) -> Void) {
        for key in blocks ?? 0..<blockCount {
            let members = blockMembers[Int(blockStart[key])..<Int(blockStart[key + 1])]
            guard members.count >= 2 else { continue }
            if members.count <= maximumBlockSize {
                for (offset, first) in members.enumerated() {
                    for second in members.dropFirst(offset + 1) {
                        let (i, j) = (Int(min(first, second)), Int(max(first, second)))
                        if owningKey(i, j) == Int32(key) { body(i, j) }
                    }
                }
            } else {
                let sorted = members.sorted { order[Int($0)] < order[Int($1)] }
                for (offset, first) in sorted.enumerated() {
                    for second in sorted[(offset + 1)..<min(sorted.count, offset + 1 + windowSize)] {
                        let (i, j) = (Int(min(first, second)), Int(max(first, second)))
                        if owningKey(i, j) == Int32(key) { body(i, j) }
                    }
                }
            }
        }
    }

    /// Calls `body` for every `stride`-th candidate pair, counting pairs in block order as
    /// ``forEachCandidatePair(blocks:order:_:)`` visits them, without visiting the others: a
    /// sample of a million records' tens of millions of pairs costs as much as the pairs it keeps.
    ///
    /// A pair is counted in every block that holds it but reported only by the block that owns
    /// it, so slightly fewer than one pair in `stride` are reported.
    func forEachSampledPair(stride: Int, order: [Int32], _ body: (Int, Int) -> Void) {
        let stride = max(1, stride)
        var passed = 0
        for key in 0..<blockCount {
            let members = blockMembers[Int(blockStart[key])..<Int(blockStart[key + 1])]
            let n = members.count
            guard n >= 2 else { continue }
            let isWindowed = n > maximumBlockSize
            let pairs = isWindowed ? n * windowSize : n * (n - 1) / 2
            var p = (stride - passed % stride) % stride
            passed += pairs
            guard p < pairs else { continue }
            let list = isWindowed ? members.sorted { order[Int($0)] < order[Int($1)] } : Array(members)
            while p < pairs {
                var first = 0
                var second = 0
                if isWindowed {
                    first = p / windowSize
                    second = first + 1 + p % windowSize
                } else {
                    // Row `first` holds the pairs (first, first + 1 …); rows before it hold the rest.
                    var before = 0
                    while before + (n - 1 - first) <= p {
                        before += n - 1 - first
                        first += 1
                    }
                    second = first + 1 + (p - before)
                }
                if second < n {
                    let (i, j) = (Int(min(list[first], list[second])), Int(max(list[first], list[second])))
                    if owningKey(i, j) == Int32(key) { body(i, j) }
                }
                p += stride
            }
        }
    }
}
