import AttendanceModel
import GRDB

/// Everything the store holds about one person: what they are given when they ask (LGPD art. 18).
public struct PersonalDataExport: Sendable, Hashable, Codable {
    package struct Entry: Sendable, Hashable, Codable {
        package var eventID: String
        package var eventTitle: String
        package var session: String?
        package var sourceFile: String
        package var sourceLine: Int
        package var kind: String
        package var role: String
        package var attended: Bool?
        package var minutes: Int?
        package var name: String
        package var email: String
        /// The CPF as the store keeps it: masked; the whole number is only kept as a keyed hash.
        package var cpf: String
        package var phone: String
        package var organization: String
        package var jobTitle: String
        package var city: String
        package var uf: String
    }

    package var personID: String
    package var records: [Entry]
    /// How the store keeps what it cannot give back in clear.
    package var notes: [String] = [
        "CPFs are kept only masked (the middle six digits) and as a keyed hash (HMAC-SHA256) used to match records; "
            + "the whole number is not stored.",
        "E-mail addresses are kept as written, and also as keyed hashes used to match records.",
    ]
}

extension Store {
    /// Everything held about `person`, unmasked: for the person themselves.
    ///
    /// - Throws: ``StoreError/noPerson(_:)`` when no record belongs to that person.
    public func personalData(of person: String) throws -> PersonalDataExport {
        try consistentRead { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.event_id, e.title_pt, r.session_date, s.path, r.line, r.kind, r.role, r.attended, r.minutes,
                           i.name, i.email, i.cpf, i.phone, i.organization, i.job_title, i.city, i.uf
                    FROM record r JOIN record_identity i ON i.record_id = r.id JOIN source_file s ON s.id = r.source_id
                    JOIN event e ON e.id = r.event_id WHERE r.person_id = ? ORDER BY r.event_id, s.path, r.line
                    """, arguments: [person])
            guard !rows.isEmpty else { throw StoreError.noPerson(person) }
            return PersonalDataExport(
                personID: person,
                records: rows.map { row in
                    PersonalDataExport.Entry(
                        eventID: row[0], eventTitle: row[1], session: row[2], sourceFile: row[3], sourceLine: row[4],
                        kind: row[5], role: row[6], attended: row[7], minutes: row[8], name: row[9], email: row[10],
                        cpf: row[11], phone: row[12], organization: row[13], jobTitle: row[14], city: row[15],
                        uf: row[16])
                })
        }
    }

    /// Erases a person's personal data everywhere in the store while the counts stay as they were.
    ///
    /// Names, e-mails, CPFs (masked form and match key), e-mail match keys, phones,
    /// organisations, jobs and places of the person's records are blanked; the records keep their
    /// person id and are never matched again, so every figure computed before is computed the same
    /// after. The review queue loses the person's questions and the audit log records the erasure
    /// (by person id only). A tombstone of keyed hashes (what the records said, the person's CPFs,
    /// the addresses only they used) erases the same person's records arriving later, in a
    /// corrected list or a new event, as they are stored; they count as this person. The person's name and addresses are also taken out of the names of the
    /// files that listed them, the audit log, decision reasons and those files' issues (as `***`).
    ///
    /// The erasure is then written through the store's files: SQLite overwrites what it replaces
    /// with zeros (`secure_delete`), copies the `-wal` into the store file and empties it
    /// (`wal_checkpoint(TRUNCATE)`), so the erased values are in neither file. Another program
    /// reading the store can hold that up: after `waitingForReaders` the erasure is returned as
    /// pending (``Erasure/isPending``), recorded as such, and the next opening that may write
    /// finishes it.
    ///
    /// - Parameters:
    ///   - person: The id of the person to erase.
    ///   - author: Who asked for the erasure, written to the audit log.
    ///   - reason: Why, written to the audit log.
    ///   - waitingForReaders: How long to wait for readers to let go of the store.
    /// - Returns: The number of records erased, and whether the erasure is pending.
    /// - Throws: ``StoreError/noPerson(_:)`` when no record belongs to that person;
    ///   ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` when people were not matched since
    ///   the store last changed.
    @discardableResult
    public func erase(
        person: String, author: String, reason: String, waitingForReaders: Duration = .seconds(5)
    ) throws -> Erasure {
        let count = try writer.write { db in
            // A person id names records only while persons describe the records as they are.
            try requireCurrentIdentity(db)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM record WHERE person_id = ?", arguments: [person])
            guard !ids.isEmpty else { throw StoreError.noPerson(person) }
            let list = ids.map(String.init).joined(separator: ",")
            let identities = try Row.fetchAll(
                db, sql: "SELECT name, email FROM record_identity WHERE record_id IN (\(list))")
            let redaction = Redaction(names: identities.map { $0[0] }, emails: identities.map { $0[1] })
            try Store.leaveTombstone(db, person: person, records: list)
            try Store.blankIdentities(db, records: list)
            try db.execute(sql: "UPDATE record SET erased = 1 WHERE id IN (\(list))")
            try db.execute(
                sql: """
                    DELETE FROM review_question WHERE id IN
                        (SELECT question_id FROM review_question_side WHERE record_id IN (\(list)))
                    """)
            try Store.redact(db, redaction, records: list)
            try Store.audit(db, "erase", "\(person): \(ids.count) records, by \(author): \(reason)")
            try db.execute(
                sql: "INSERT OR REPLACE INTO store_setting (name, value) VALUES ('erasure_pending', ?)",
                arguments: ["erasure of \(person) at \(Store.timestamp())"])
            return ids.count
        }
        let isWritten = try Self.writeErasureThrough(writer, waitingForReaders: waitingForReaders)
        return Erasure(records: count, isPending: !isWritten)
    }

    /// Finishes an erasure that readers held up (or the masking of file names by a migration), when
    /// the store is opened to write: logged in the audit log. Still held up, it stays pending (after a
    /// second's wait) for the next opening.
    static func finishPendingErasure(in writer: any DatabaseWriter) throws {
        let pending = try writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM store_setting WHERE name = 'erasure_pending'")
        }
        guard let pending else { return }
        _ = try writeErasureThrough(
            writer, waitingForReaders: .seconds(1),
            logging: "the \(pending) is now written through the store's files (no old page of it is left)")
    }

    /// Copies the `-wal` into the store file and empties it, then forgets the pending erasure
    /// (writing `note` to the audit log).
    ///
    /// - Returns: Whether it could (no reader held it up).
    private static func writeErasureThrough(
        _ writer: any DatabaseWriter, waitingForReaders wait: Duration, logging note: String? = nil
    ) throws -> Bool {
        try writer.writeWithoutTransaction { db in
            guard try checkpoint(db, waiting: wait) else { return false }
            try db.inTransaction {
                try db.execute(sql: "DELETE FROM store_setting WHERE name = 'erasure_pending'")
                if let note { try Store.audit(db, "erase", note) }
                return .commit
            }
            // Only the setting's page is in the -wal now: held up again, nothing erased is in it.
            _ = try checkpoint(db, waiting: wait)
            return true
        }
    }

    /// Runs `PRAGMA wal_checkpoint(TRUNCATE)`, waiting at most `wait` for readers and writers.
    ///
    /// - Returns: Whether every page of the `-wal` went into the store file and the `-wal` was emptied.
    private static func checkpoint(_ db: Database, waiting wait: Duration) throws -> Bool {
        let milliseconds = wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000
        try db.execute(sql: "PRAGMA busy_timeout = \(max(0, milliseconds))")
        defer { try? db.execute(sql: "PRAGMA busy_timeout = 60000") }
        let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        return (row?[0] as Int?) == 0
    }

    /// The audit log, oldest first: imports, re-imports, forgets, identity runs, decisions, erasures.
    public func auditLog() throws -> [(at: String, action: String, detail: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT at, action, detail FROM audit_log ORDER BY id").map {
                ($0[0], $0[1], $0[2])
            }
        }
    }
}

extension Store {
    /// Logs that a person's personal data was shown in clear: who asked and why, in the audit log
    /// (the detail masked like every other, `maskedAuditDetail(_:)`).
    ///
    /// - Throws: The store's error when it cannot be written.
    public func logReveal(person: String, author: String, reason: String) throws {
        try writer.write { db in try Store.audit(db, "reveal", "\(person), by \(author): \(reason)") }
    }
}
