import AttendanceIdentity
import AttendanceModel
import GRDB

/// A record's personal fields with its provenance, as identity matching reads them.
public struct StoredIdentity: Sendable, Hashable {
    /// The record's id in the store.
    public var recordID: Int64
    /// The event the record belongs to.
    public var eventID: String
    package var sourceID: Int64
    /// The file the record was read from, as imported.
    public var sourcePath: String
    /// The line of the file the record starts on.
    public var line: Int
    /// Attendance, registration, completion…
    public var kind: RecordKind
    /// Participant or staff (host, panelist…): staff is recorded, not counted.
    public var role: Role
    /// The name as the list wrote it.
    public var name: String
    /// The e-mail addresses as the list wrote them.
    public var email: String
    /// The CPF as the store keeps it: masked (`***.360.429-**`), never in clear.
    public var cpf: String
    /// The key of the record's valid CPF, if it had one.
    package var cpfKey: MatchKey?
    /// The keys of the record's e-mail addresses, in order.
    package var emailKeys: [MatchKey]
    package var phone: String
    /// The organisation as the list wrote it.
    public var organization: String
    package var jobTitle: String
    /// The city as the list wrote it.
    public var city: String
    /// The state (UF) as the list wrote it.
    public var uf: String
    package var isPublicServant: Bool?
    /// The person the record went to in the last run.
    public var personID: String?
    /// Whether the person's personal data was erased: the record keeps its person, never re-matched.
    package var isErased: Bool
}

extension Store {
    /// Every record with its personal fields, in record order.
    ///
    /// Each record's ``StoredIdentity/personID`` is the one of the last identity run, which may
    /// predate the latest import: read inside ``consistently(_:)`` when persons matter.
    public func identities(recordIDs: [Int64]? = nil) throws -> [StoredIdentity] {
        try read { db in
            var sql = """
                SELECT r.id, r.event_id, r.source_id, s.path, r.line, r.kind, r.role, i.name, i.email, i.cpf, i.phone,
                       i.organization, i.job_title, i.city, i.uf, r.is_public_servant, r.person_id, r.erased,
                       i.cpf_key, i.email_keys
                FROM record r JOIN record_identity i ON i.record_id = r.id JOIN source_file s ON s.id = r.source_id
                """
            if let recordIDs { sql += " WHERE r.id IN (\(recordIDs.map(String.init).joined(separator: ",")))" }
            sql += " ORDER BY r.id"
            let rows = try RawRows(db, sql: sql)
            var events = RepeatedText<String>()
            var paths = RepeatedText<String>()
            var kinds = RepeatedText<RecordKind?>()
            var roles = RepeatedText<Role?>()
            var out: [StoredIdentity] = []
            while try rows.next() {
                guard let kindText = rows.text(5), let kind = kinds.value(of: kindText, RecordKind.init(rawValue:)),
                    let roleText = rows.text(6), let role = roles.value(of: roleText, Role.init(rawValue:))
                else { continue }
                out.append(
                    StoredIdentity(
                        recordID: rows.int64(0), eventID: rows.text(1).map { events.value(of: $0) { $0 } } ?? "",
                        sourceID: rows.int64(2), sourcePath: rows.text(3).map { paths.value(of: $0) { $0 } } ?? "",
                        line: rows.int(4) ?? 0, kind: kind, role: role, name: rows.string(7) ?? "",
                        email: rows.string(8) ?? "", cpf: rows.string(9) ?? "",
                        cpfKey: rows.blob(18).flatMap { MatchKey(bytes: $0) },
                        emailKeys: rows.blob(19).map { MatchKey.keys(in: $0) } ?? [], phone: rows.string(10) ?? "",
                        organization: rows.string(11) ?? "", jobTitle: rows.string(12) ?? "",
                        city: rows.string(13) ?? "",
                        uf: rows.string(14) ?? "", isPublicServant: rows.bool(15), personID: rows.string(16),
                        isErased: rows.bool(17) ?? false))
            }
            return out
        }
    }

    /// What an identity run reads, in one snapshot: every record not erased as matching sees it,
    /// in record order, the person every record (erased ones too) went to in the last run, and the
    /// data generation these describe (``IdentityGeneration``).
    ///
    /// A record's source is keyed by its file's content hash, not its row id, so that the same
    /// files give the same input whatever order they were imported in.
    ///
    /// Read straight into those values: a million rows as ``StoredIdentity`` values first would
    /// hold both forms at once, hundreds of megabytes more at the run's peak.
    package func identityInput() throws -> (records: [IdentityRecord], previous: [Int64: String], generation: Int64) {
        try writer.read { db in
            let generation = try Store.generation(db).data
            let rows = try RawRows(
                db,
                sql: """
                    SELECT r.id, r.event_id, COALESCE(s.content_sha256, s.sha256), i.name, i.email, i.cpf, i.phone, i.organization, i.city,
                           i.uf, r.person_id, r.erased, i.cpf_key
                    FROM record r JOIN record_identity i ON i.record_id = r.id JOIN source_file s ON s.id = r.source_id
                    ORDER BY r.id
                    """)
            var events = RepeatedText<String>()
            var sources = RepeatedText<String>()
            var persons = RepeatedText<String>()
            var records: [IdentityRecord] = []
            var previous: [Int64: String] = [:]
            while try rows.next() {
                let id = rows.int64(0)
                if let person = rows.text(10) { previous[id] = persons.value(of: person) { $0 } }
                guard rows.bool(11) != true else { continue }
                records.append(
                    IdentityRecord(
                        id: id, name: rows.string(3) ?? "", email: rows.string(4) ?? "", cpf: rows.string(5) ?? "",
                        cpfKey: rows.blob(12).flatMap { MatchKey(bytes: $0) }, phone: rows.string(6) ?? "",
                        organization: rows.string(7) ?? "", city: rows.string(8) ?? "", uf: rows.string(9) ?? "",
                        eventID: rows.text(1).map { events.value(of: $0) { $0 } } ?? "",
                        sourceKey: rows.text(2).map { sources.value(of: $0) { $0 } } ?? ""))
            }
            return (records, previous, generation)
        }
    }

    /// Saves the result of an identity run in one transaction: each record's person, each
    /// person's derived attributes and the review queue.
    ///
    /// - Parameter generation: The data generation the result was matched from
    ///   (``IdentityGeneration``); saved as the identity generation.
    /// - Throws: ``StoreError/superseded(path:)``, saving nothing, when the store's records,
    ///   decisions or erasures changed since that generation.
    package func saveIdentities(
        persons: [Int64: String], attributes: [String: PersonAttributes],
        questions: [ReviewQuestion], summary: String, generation: Int64
    ) throws {
        try writer.write { db in
            guard try Store.generation(db).data == generation else { throw StoreError.superseded(path: path) }
            try db.execute(sql: "UPDATE store_state SET identity_generation = ?", arguments: [generation])
            // Read in full before writing (the rows would change under the cursor), as compact
            // pairs: GRDB rows for millions of records took gigabytes. Erased records keep their person.
            var changes: [(id: Int64, person: String?)] = []
            let current = try RawRows(db, sql: "SELECT id, person_id FROM record WHERE erased = 0")
            while try current.next() {
                let id = current.int64(0)
                let new = persons[id]
                let unchanged: Bool
                if let text = current.text(1) {
                    unchanged = new.map { $0.utf8.elementsEqual(text) } ?? false
                } else {
                    unchanged = new == nil
                }
                if !unchanged { changes.append((id, new)) }
            }
            var update = try BulkStatement(db, sql: "UPDATE record SET person_id = ? WHERE id = ?")
            for change in changes {
                update.bind(change.person)
                update.bind(change.id)
                try update.run()
            }
            try db.execute(sql: "DELETE FROM person WHERE id NOT IN (SELECT person_id FROM record WHERE erased = 1)")
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO person (id, sector, government_level, government_code, government_name, uf, region)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            // Erased people's rows were kept above; everyone else's are written anew.
            let kept = Set(try String.fetchAll(db, sql: "SELECT id FROM person"))
            for (id, person) in attributes.sorted(by: { $0.key < $1.key }) where !kept.contains(id) {
                try insert.execute(arguments: [
                    id, person.sector, person.governmentLevel, person.governmentCode,
                    person.governmentName, person.uf, person.region,
                ])
            }
            try Store.saveQuestions(db, questions)
            try Store.audit(db, "identity", summary)
        }
    }

    /// The record ids of a person.
    public func records(ofPerson person: String) throws -> [Int64] {
        try consistentRead { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM record WHERE person_id = ? ORDER BY id", arguments: [person])
        }
    }
}

extension Store {
    /// How many identity questions are open: doubtful matches no human has answered yet. Published
    /// figures can still move by as many people until they are answered (`attendance review`).
    package func openQuestionCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_question") ?? 0 }
    }
}
