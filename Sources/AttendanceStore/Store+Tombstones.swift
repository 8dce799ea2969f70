import AttendanceModel
import Foundation
import GRDB

extension Store {
    /// Leaves the tombstone of an erased person: the keyed hashes of what their records said
    /// (``RecordKey``), of their CPFs and of the e-mail addresses only they used. No clear value is
    /// kept; the hashes are useless without the store's key file.
    ///
    /// - Parameter records: The person's record ids, as a SQL list.
    static func leaveTombstone(_ db: Database, person: String, records list: String) throws {
        let at = timestamp()
        let insert = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO erasure_tombstone (kind, key, person_id, erased_at) VALUES (?, ?, ?, ?)")
        for key in try Data.fetchAll(
            db, sql: "SELECT DISTINCT record_key FROM record WHERE id IN (\(list)) AND record_key IS NOT NULL")
        {
            try insert.execute(arguments: ["record", key, person, at])
        }
        for key in try Data.fetchAll(
            db, sql: "SELECT DISTINCT cpf_key FROM record_identity WHERE record_id IN (\(list)) AND cpf_key IS NOT NULL"
        ) {
            try insert.execute(arguments: ["cpf", key, person, at])
        }
        // An address someone else also used (a department's) would erase them too: left out.
        let own = try Data.fetchAll(
            db, sql: "SELECT email_keys FROM record_identity WHERE record_id IN (\(list)) AND email_keys IS NOT NULL")
        var addresses = Set<MatchKey>()
        for keys in own { addresses.formUnion(MatchKey.keys(in: [UInt8](keys))) }
        guard !addresses.isEmpty else { return }
        var others = Set<MatchKey>()
        let rows = try RawRows(
            db,
            sql: """
                SELECT i.email_keys FROM record_identity i JOIN record r ON r.id = i.record_id
                WHERE i.email_keys IS NOT NULL AND r.id NOT IN (\(list)) AND r.erased = 0
                """)
        while try rows.next() {
            if let bytes = rows.blob(0) { others.formUnion(MatchKey.keys(in: bytes)) }
        }
        for address in addresses.subtracting(others).sorted(by: { $0.bytes.lexicographicallyPrecedes($1.bytes) }) {
            try insert.execute(arguments: ["email", Data(address.bytes), person, at])
        }
    }

    /// Erases, as they arrive, the records of a stored file that an erased person's tombstone
    /// knows (the same record, CPF or own e-mail address): a corrected list imported again must
    /// not bring their personal data back. The records keep counting, as the erased person's.
    ///
    /// - Returns: How many records were erased.
    @discardableResult
    static func eraseOnArrival(_ db: Database, source: Int64) throws -> Int {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM erasure_tombstone)") == true else { return 0 }
        var tombstones: [String: [Data: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, key, person_id FROM erasure_tombstone") {
            tombstones[row[0], default: [:]][row[1]] = row[2]
        }
        var erased: [String: [Int64]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.id, r.record_key, i.cpf_key, i.email_keys FROM record r
                JOIN record_identity i ON i.record_id = r.id WHERE r.source_id = ? AND r.erased = 0
                """, arguments: [source])
        for row in rows {
            var person = (row[1] as Data?).flatMap { tombstones["record"]?[$0] }
            person = person ?? (row[2] as Data?).flatMap { tombstones["cpf"]?[$0] }
            if person == nil, let keys = row[3] as Data? {
                person = MatchKey.keys(in: [UInt8](keys)).lazy.compactMap { tombstones["email"]?[Data($0.bytes)] }.first
            }
            if let person { erased[person, default: []].append(row[0]) }
        }
        for (person, ids) in erased.sorted(by: { $0.key < $1.key }) {
            let list = ids.map(String.init).joined(separator: ",")
            let identities = try Row.fetchAll(
                db, sql: "SELECT name, email FROM record_identity WHERE record_id IN (\(list))")
            try blankIdentities(db, records: list)
            try db.execute(
                sql: "UPDATE record SET erased = 1, person_id = ? WHERE id IN (\(list))", arguments: [person])
            try redact(db, Redaction(names: identities.map { $0[0] }, emails: identities.map { $0[1] }), records: list)
            try audit(db, "erase", "\(person): \(ids.count) records erased on arrival (tombstone)")
        }
        return erased.values.reduce(0) { $0 + $1.count }
    }

    /// Blanks the personal fields of records (their keys too; the ``RecordKey`` stays).
    static func blankIdentities(_ db: Database, records list: String) throws {
        try db.execute(
            sql: """
                UPDATE record_identity SET name = '', email = '', cpf = '', phone = '', organization = '',
                    job_title = '', city = '', uf = '', country = '', cpf_key = NULL, email_keys = NULL
                WHERE record_id IN (\(list))
                """)
    }
}
