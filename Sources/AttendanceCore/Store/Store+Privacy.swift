import GRDB

/// Everything the store holds about one person: what they are given when they ask (LGPD art. 18).
public struct PersonalDataExport: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public var eventID: String
        public var eventTitle: String
        public var session: String?
        public var sourceFile: String
        public var sourceLine: Int
        public var kind: String
        public var role: String
        public var attended: Bool?
        public var minutes: Int?
        public var name: String
        public var email: String
        /// The CPF as the store keeps it: masked; the whole number is only kept as a keyed hash.
        public var cpf: String
        public var phone: String
        public var organization: String
        public var jobTitle: String
        public var city: String
        public var uf: String
    }

    public var personID: String
    public var records: [Entry]
    /// How the store keeps what it cannot give back in clear.
    public var notes: [String] = [
        "CPFs are kept only masked (the middle six digits) and as a keyed hash (HMAC-SHA256) used to match records; "
            + "the whole number is not stored.",
        "E-mail addresses are kept as written, and also as keyed hashes used to match records.",
    ]
}

extension Store {
    /// Everything held about `person`, unmasked: for the person themselves.
    ///
    /// - Throws: ``ImportError/notFound(_:)`` when no record belongs to that person.
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
            guard !rows.isEmpty else { throw ImportError.notFound("person \(person)") }
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
    /// organisations, jobs and places of the person's records are blanked; the records keep their person id and are never matched again, so every figure
    /// computed before is computed the same after. The review queue loses the person's pairs and
    /// the audit log records the erasure (by person id only).
    ///
    /// - Returns: The number of records whose personal data was erased.
    /// - Throws: ``ImportError/notFound(_:)`` when no record belongs to that person;
    ///   ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` when people were not matched since
    ///   the store last changed.
    @discardableResult
    public func erase(person: String, author: String, reason: String) throws -> Int {
        try writer.write { db in
            // A person id names records only while persons describe the records as they are.
            try requireCurrentIdentity(db)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM record WHERE person_id = ?", arguments: [person])
            guard !ids.isEmpty else { throw ImportError.notFound("person \(person)") }
            let list = ids.map(String.init).joined(separator: ",")
            try db.execute(
                sql: """
                    UPDATE record_identity SET name = '', email = '', cpf = '', phone = '', organization = '',
                        job_title = '', city = '', uf = '', country = '', cpf_key = NULL, email_keys = NULL
                    WHERE record_id IN (\(list))
                    """)
            try db.execute(sql: "UPDATE record SET erased = 1 WHERE id IN (\(list))")
            try db.execute(sql: "DELETE FROM review_item WHERE record_a IN (\(list)) OR record_b IN (\(list))")
            try Store.audit(db, "erase", "\(person): \(ids.count) records, by \(author): \(reason)")
            return ids.count
        }
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
