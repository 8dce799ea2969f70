import AttendanceModel
import Foundation
import GRDB

/// What a file holds as the store keeps it: one digest per record and, over them, the file's
/// content fingerprint.
///
/// A record's digest covers every value the store keeps of it except where it came from: kind,
/// role, session, registration, presence, minutes, join and leave minutes, public servant, guest,
/// completion day, and the identity fields (name, e-mail, phone, organisation, job title, city,
/// UF, country, and the CPF as its match key, or as its masked text when it is no valid CPF:
/// never the CPF in clear). The line, the file's name, its encoding, byte-order mark, delimiter
/// and line ends are not part of it, so a list saved again by a spreadsheet, moved, renamed or
/// re-downloaded with another "generated on" line has the same records. The fingerprint is the
/// SHA-256 of the record digests sorted, so rows in another order give the same fingerprint,
/// and a record repeated in a file counts each time it occurs.
///
/// Record digests are not stored: they are worked out again from the stored rows when a new
/// file is compared with the files of its event (``Store/storedContent(_:sourceIDs:)``), so the
/// store keeps no per-person hash that would outlive an erasure.
package struct ContentFingerprint: Sendable, Equatable {
    /// One record's SHA-256, as four big-endian words (so that sorting them sorts the bytes).
    struct RecordDigest: Sendable, Hashable, Comparable {
        var words: (UInt64, UInt64, UInt64, UInt64)

        static func == (a: RecordDigest, b: RecordDigest) -> Bool { a.words == b.words }
        static func < (a: RecordDigest, b: RecordDigest) -> Bool { a.words < b.words }

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0)
            hasher.combine(words.1)
            hasher.combine(words.2)
            hasher.combine(words.3)
        }
    }

    /// The records' digests, sorted.
    var recordDigests: [RecordDigest]
    /// The SHA-256 (hex) of ``recordDigests`` back to back.
    var fingerprint: String

    /// The content of `digests`, in any order.
    init(digests: [RecordDigest]) {
        recordDigests = digests.sorted()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(recordDigests.count * 32)
        for digest in recordDigests {
            for word in [digest.words.0, digest.words.1, digest.words.2, digest.words.3] {
                for shift in stride(from: 56, through: 0, by: -8) {
                    bytes.append(UInt8(truncatingIfNeeded: word >> shift))
                }
            }
        }
        fingerprint = SHA256.hex(of: bytes)
    }

    /// The content of a batch about to be stored, with the CPFs and e-mails as the store keeps them.
    package init(records: [(record: AttendanceRecord, session: Day?)], kept: KeptIdentifiers) {
        var writer = FieldWriter()
        var digests: [RecordDigest] = []
        digests.reserveCapacity(records.count)
        for (index, (record, session)) in records.enumerated() {
            let values = StoredValues(
                kind: record.kind.rawValue, role: record.role.rawValue, session: session?.description,
                isRegistered: record.isRegistered, attended: record.attended, minutes: record.minutes,
                joinMinute: record.joinMinute, leaveMinute: record.leaveMinute,
                isPublicServant: record.isPublicServant, isGuest: record.isGuest,
                completionDate: record.completionDate?.description, name: record.name, email: record.email,
                cpf: kept.cpfs[index].shown, cpfKey: kept.cpfs[index].key, phone: record.phone,
                organization: record.organization, jobTitle: record.jobTitle, city: record.city, uf: record.uf,
                country: record.country)
            digests.append(writer.digest(of: values))
        }
        self.init(digests: digests)
    }

    /// Whether `digest` is one of the records.
    func contains(_ digest: RecordDigest) -> Bool {
        var (low, high) = (0, recordDigests.count)
        while low < high {
            let middle = (low + high) / 2
            if recordDigests[middle] < digest { low = middle + 1 } else { high = middle }
        }
        return low < recordDigests.count && recordDigests[low] == digest
    }

    /// How many of `self`'s records are also in `other`, a record repeated counting as often as
    /// both hold it.
    func sharedRecords(with other: ContentFingerprint) -> Int {
        var (i, j, shared) = (0, 0, 0)
        let (a, b) = (recordDigests, other.recordDigests)
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// The values of one record as the tables `record` and `record_identity` hold them.
    struct StoredValues {
        var kind: String
        var role: String
        var session: String?
        var isRegistered: Bool
        var attended: Bool?
        var minutes: Int?
        var joinMinute: Int?
        var leaveMinute: Int?
        var isPublicServant: Bool?
        var isGuest: Bool?
        var completionDate: String?
        var name: String
        var email: String
        /// The CPF as stored: masked.
        var cpf: String
        /// The CPF's match key, for a valid CPF.
        var cpfKey: [UInt8]?
        var phone: String
        var organization: String
        var jobTitle: String
        var city: String
        var uf: String
        var country: String
    }

    /// Serialises a record's values without ambiguity (each one tagged as absent or present with
    /// its length) into one reusable buffer, and hashes it.
    struct FieldWriter {
        private var bytes: [UInt8] = []

        mutating func digest(of values: StoredValues) -> RecordDigest {
            bytes.removeAll(keepingCapacity: true)
            add(values.kind)
            add(values.role)
            add(values.session)
            add(values.isRegistered)
            add(values.attended)
            add(values.minutes)
            add(values.joinMinute)
            add(values.leaveMinute)
            add(values.isPublicServant)
            add(values.isGuest)
            add(values.completionDate)
            add(values.name)
            add(values.email)
            // A valid CPF is its key (its masked text would say too little); other text as masked.
            if let key = values.cpfKey {
                bytes.append(2)
                add(length: key.count)
                bytes.append(contentsOf: key)
            } else {
                add(values.cpf)
            }
            add(values.phone)
            add(values.organization)
            add(values.jobTitle)
            add(values.city)
            add(values.uf)
            add(values.country)
            // Straight from the buffer to the digest's words: no array per record.
            return RecordDigest(words: bytes.withUnsafeBytes { SHA256.words(of: $0) })
        }

        private mutating func add(length: Int) {
            for shift in stride(from: 24, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: length >> shift))
            }
        }

        private mutating func add(_ text: String?) {
            guard var text else { return bytes.append(0) }
            bytes.append(1)
            text.withUTF8 { utf8 in
                add(length: utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        private mutating func add(_ value: Int?) {
            add(value.map(String.init))
        }

        private mutating func add(_ value: Bool?) {
            add(value.map { $0 ? "1" : "0" })
        }
    }
}

extension Store {
    /// The content of each stored file in `sourceIDs`, worked out from its stored rows: files
    /// without records get the content of no records.
    static func storedContent(_ db: Database, sourceIDs: [Int64]) throws -> [Int64: ContentFingerprint] {
        guard !sourceIDs.isEmpty else { return [:] }
        var digests: [Int64: [ContentFingerprint.RecordDigest]] = [:]
        for id in sourceIDs { digests[id] = [] }
        let list = sourceIDs.map(String.init).joined(separator: ",")
        try recordDigests(db, where: "r.source_id IN (\(list))") { id, digest in
            digests[id, default: []].append(digest)
        }
        return digests.mapValues { ContentFingerprint(digests: $0) }
    }

    /// The digests of a stored file's records, for at most `limit` of them spread evenly over the
    /// file (by record id, which follows the file's order): a quick look before working out all.
    static func sampledDigests(
        _ db: Database, sourceID: Int64, limit: Int
    ) throws -> [ContentFingerprint.RecordDigest] {
        guard
            let bounds = try Row.fetchOne(
                db, sql: "SELECT min(id), max(id) FROM record WHERE source_id = ?", arguments: [sourceID]),
            let low = bounds[0] as Int64?, let high = bounds[1] as Int64?
        else { return [] }
        let count = Int64(limit)
        let ids = Set((0..<count).map { low + (high - low) * $0 / max(1, count - 1) })
        var digests: [ContentFingerprint.RecordDigest] = []
        try recordDigests(
            db, where: "r.source_id = \(sourceID) AND r.id IN (\(ids.map(String.init).joined(separator: ",")))"
        ) { _, digest in digests.append(digest) }
        return digests
    }

    /// Calls `body` with the file id and digest of each stored record that `condition` (SQL over
    /// `record r`) selects.
    private static func recordDigests(
        _ db: Database, where condition: String,
        _ body: (Int64, ContentFingerprint.RecordDigest) throws -> Void
    ) throws {
        var writer = ContentFingerprint.FieldWriter()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT r.source_id, r.kind, r.role, r.session_date, r.is_registered, r.attended, r.minutes,
                    r.join_minute, r.leave_minute, r.is_public_servant, r.is_guest, r.completion_date,
                    i.name, i.email, i.cpf, i.cpf_key, i.phone, i.organization, i.job_title, i.city, i.uf, i.country
                FROM record r LEFT JOIN record_identity i ON i.record_id = r.id
                WHERE \(condition)
                """)
        while let row = try rows.next() {
            let values = ContentFingerprint.StoredValues(
                kind: row[1], role: row[2], session: row[3], isRegistered: row[4], attended: row[5],
                minutes: row[6], joinMinute: row[7], leaveMinute: row[8], isPublicServant: row[9],
                isGuest: row[10], completionDate: row[11], name: row[12] ?? "", email: row[13] ?? "",
                cpf: row[14] ?? "", cpfKey: (row[15] as Data?).map { Array($0) }, phone: row[16] ?? "",
                organization: row[17] ?? "", jobTitle: row[18] ?? "", city: row[19] ?? "", uf: row[20] ?? "",
                country: row[21] ?? "")
            try body(row[0], writer.digest(of: values))
        }
    }

    /// Sets the content fingerprint of every stored file that has none: the fourth migration's work.
    ///
    /// Done once, in the migration, rather than lazily at the next import: the duplicate check
    /// then reads one indexed column for every stored file, and a store that is only read (a
    /// report) shows fingerprints too. It reads every stored record once, in batches of files.
    static func backfillContentFingerprints(_ db: Database) throws {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM source_file WHERE content_sha256 IS NULL ORDER BY id")
        let update = try db.makeStatement(sql: "UPDATE source_file SET content_sha256 = ? WHERE id = ?")
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + 50, ids.count)])
            for (id, content) in try storedContent(db, sourceIDs: chunk) {
                try update.execute(arguments: [content.fingerprint, id])
            }
            start += chunk.count
        }
    }
}
