import AttendanceModel
extension IdentityRecord {
    /// A 64-bit FNV-1a digest of everything matching reads of the record, the same in every
    /// process and on every run (Swift's `Hasher` is seeded anew per process).
    ///
    /// The id is left out: it tells when a record was imported, not what it says.
    var contentDigest: UInt64 {
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 {
                digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            // A separator no UTF-8 text holds, so that ("ab", "c") and ("a", "bc") differ.
            digest = (digest ^ 0xFF) &* 0x100_0000_01b3
        }
        add(name)
        add(email)
        add(cpfKey.map { $0.description } ?? cpf)
        add(phone)
        add(organization)
        add(city)
        add(uf)
        add(eventID)
        add(sourceKey)
        return digest
    }

    /// Puts records in an order that depends only on what they say: by event and source file
    /// (``sourceKey``, the file's content hash), then by ``contentDigest``, then by id among
    /// records that say the same thing (interchangeable for matching).
    ///
    /// ``IdentityResolver`` breaks every tie by position, so records given in this order are
    /// grouped the same way whatever order their files were imported in and wherever their lines
    /// stood. A file's records stay together, as they come from the store, which keeps the
    /// matcher's memory accesses local. The records are permuted in place: a million of them are
    /// not copied.
    package static func sortCanonically(_ records: inout [IdentityRecord]) {
        // The files' order: a few dozen distinct (event, file) pairs, ranked once.
        var sourceRank: [String: [String: Int]] = [:]
        for record in records where sourceRank[record.eventID]?[record.sourceKey] == nil {
            sourceRank[record.eventID, default: [:]][record.sourceKey] = 0
        }
        var rank = 0
        for event in sourceRank.keys.sorted() {
            for source in sourceRank[event, default: [:]].keys.sorted() {
                sourceRank[event]?[source] = rank
                rank += 1
            }
        }
        let keys = records.map {
            (source: sourceRank[$0.eventID]?[$0.sourceKey] ?? 0, digest: $0.contentDigest, id: $0.id)
        }
        let order = keys.indices.sorted {
            (keys[$0].source, keys[$0].digest, keys[$0].id) < (keys[$1].source, keys[$1].digest, keys[$1].id)
        }
        // Follows each cycle of the permutation once: position k receives the record at order[k].
        var placed = [Bool](repeating: false, count: records.count)
        for start in records.indices where !placed[start] {
            var position = start
            let first = records[start]
            while true {
                placed[position] = true
                let source = order[position]
                if source == start {
                    records[position] = first
                    break
                }
                records[position] = records[source]
                position = source
            }
        }
    }
}
