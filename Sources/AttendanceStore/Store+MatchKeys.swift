import AttendanceModel
import Foundation
import GRDB
import Synchronization

/// What the store keeps of a batch's CPF and e-mail fields, record by record, and the key they
/// were made with: worked out while a file is read (in parallel), so that storing it only writes.
package struct KeptIdentifiers: Sendable {
    /// The ``MatchKeyring/fingerprint`` of the keyring that made the keys.
    var fingerprint: String
    /// Each record's CPF as shown (masked) and its key's bytes.
    var cpfs: [(shown: String, key: [UInt8]?)] = []
    /// Each record's e-mail keys, back to back.
    var emailKeys: [[UInt8]?] = []
    /// Each record's ``RecordKey``.
    var recordKeys: [[UInt8]] = []
}

/// Where a store's ``MatchKeyring`` comes from: a key file read (or created) when first needed,
/// or a keyring given outright (in-memory stores, tests).
final class MatchKeySource: Sendable {
    /// The key file, or `nil` for a given keyring.
    let path: String?
    /// Whether the store is open for reading only: the key file is then never created, nor its
    /// fingerprint recorded.
    let isReadOnly: Bool
    private let loaded: Mutex<MatchKeyring?>

    init(path: String, isReadOnly: Bool = false) {
        self.path = path
        self.isReadOnly = isReadOnly
        loaded = Mutex(nil)
    }

    init(keyring: MatchKeyring) {
        path = nil
        isReadOnly = false
        loaded = Mutex(keyring)
    }

    /// The keyring, reading the key file once; creating it only when `mayCreate`.
    ///
    /// - Returns: The keyring, and whether its file was created now.
    func keyring(mayCreate: Bool) throws -> (MatchKeyring, created: Bool) {
        try loaded.withLock { cached in
            if let cached { return (cached, false) }
            guard let path else { preconditionFailure("a source without a path always holds its keyring") }
            let result: (keyring: MatchKeyring, created: Bool)
            if mayCreate {
                result = try MatchKeyring.loadOrCreate(at: path)
            } else {
                result = (try MatchKeyring.load(from: path), false)
            }
            cached = result.keyring
            return (result.keyring, result.created)
        }
    }
}

extension Store {
    /// The key file the store's CPF and e-mail match keys are made with: the one given when
    /// opening, else the store's path followed by `.key`; `nil` for an in-memory store.
    package var keyFilePath: String? { matchKeys.path }

    /// The keyring for this store, checked against the fingerprint the store recorded when it was
    /// first keyed (recorded now if it was not). For use inside a write transaction.
    ///
    /// - Throws: ``StoreError/missingKeyFile(file:fingerprint:)`` when the key file is missing although
    ///   the store holds keys, ``StoreError/keyMismatch(file:expected:found:)`` when it holds another
    ///   secret than the one the store was keyed with, ``MatchKeyError`` when it cannot be read.
    static func matchKeyring(_ db: Database, source: MatchKeySource) throws -> MatchKeyring {
        let recorded = try String.fetchOne(
            db, sql: "SELECT value FROM store_setting WHERE name = 'match_key_fingerprint'")
        let file = source.path ?? ":memory:"
        if let recorded, let path = source.path, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.missingKeyFile(file: path, fingerprint: recorded)
        }
        let (keyring, created) = try source.keyring(mayCreate: recorded == nil && !source.isReadOnly)
        if source.isReadOnly && recorded == nil { return keyring }
        if let recorded {
            guard recorded == keyring.fingerprint else {
                throw StoreError.keyMismatch(file: file, expected: recorded, found: keyring.fingerprint)
            }
        } else {
            try db.execute(
                sql: "INSERT INTO store_setting (name, value) VALUES ('match_key_fingerprint', ?)",
                arguments: [keyring.fingerprint])
            try audit(
                db, "match-key",
                "\(created ? "created" : "using") key file \(file), fingerprint \(keyring.fingerprint)")
        }
        return keyring
    }

    /// The keyring for this store (see ``matchKeyring(_:source:)``).
    func matchKeyring(_ db: Database) throws -> MatchKeyring {
        try Self.matchKeyring(db, source: matchKeys)
    }

    /// Runs `body` in a write transaction, or in a read one when the store is read-only: for
    /// look-ups that record the key's fingerprint when they may.
    func writeIfPossible<T>(_ body: (Database) throws -> T) throws -> T {
        isReadOnly ? try writer.read(body) : try writer.write(body)
    }

    /// The keyring for this store, checked against the fingerprint the store recorded (and
    /// recorded now if there was none): for a caller that keys records before storing them.
    ///
    /// - Throws: ``StoreError/keyMismatch(file:expected:found:)`` when the key file is not the store's.
    package func matchKeyring() throws -> MatchKeyring {
        try writeIfPossible { db in try matchKeyring(db) }
    }

    /// What the store keeps of a CPF field: the masked form (`***.360.429-**`, stars for text
    /// that is no valid CPF) and the key of the valid CPF in it.
    static func keptCPF(_ text: String, keyring: MatchKeyring) -> (shown: String, key: MatchKey?) {
        guard let cpf = CPF(text) else { return (Masking.cpf(text), nil) }
        return (Masking.cpf(cpf.formatted), keyring.key(for: cpf))
    }

    /// The stored form of an e-mail field's keys: each address's 16 bytes, in order; `nil` for none.
    static func keptEmailKeys(_ text: String, keyring: MatchKeyring) -> [UInt8]? {
        guard !text.isEmpty else { return nil }
        let keys = keyring.emailKeys(in: text)
        return keys.isEmpty ? nil : keys.flatMap(\.bytes)
    }

    /// What the store keeps of each record's CPF and e-mail fields, in record order.
    ///
    /// An export repeats its people's CPFs and addresses (sessions, registrations): each distinct
    /// text is keyed once.
    package static func keptIdentifiers(
        of records: [(record: AttendanceRecord, session: Day?)], eventID: String, keyring: MatchKeyring
    ) -> KeptIdentifiers {
        var cpfs: [String: (shown: String, key: [UInt8]?)] = [:]
        var emails: [String: [UInt8]?] = [:]
        var kept = KeptIdentifiers(fingerprint: keyring.fingerprint)
        kept.cpfs.reserveCapacity(records.count)
        kept.emailKeys.reserveCapacity(records.count)
        for (record, _) in records {
            if let known = cpfs[record.cpf] {
                kept.cpfs.append(known)
            } else {
                let cpf = keptCPF(record.cpf, keyring: keyring)
                let value = (cpf.shown, cpf.key?.bytes)
                cpfs[record.cpf] = value
                kept.cpfs.append(value)
            }
            if let known = emails[record.email] {
                kept.emailKeys.append(known)
            } else {
                let value = keptEmailKeys(record.email, keyring: keyring)
                emails[record.email] = value
                kept.emailKeys.append(value)
            }
            kept.recordKeys.append(
                RecordKey.key(
                    keyring: keyring, eventID: eventID, name: record.name, email: record.email,
                    cpfKey: kept.cpfs[kept.cpfs.count - 1].key, maskedCPF: kept.cpfs[kept.cpfs.count - 1].shown,
                    organization: record.organization, city: record.city, uf: record.uf))
        }
        return kept
    }

    /// Keys every CPF and e-mail stored in clear by a store made before match keys, and masks the
    /// CPFs: the second migration's work.
    static func keyClearIdentifiers(_ db: Database, source: MatchKeySource) throws {
        let hasClear =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM record_identity WHERE cpf != '' OR email != '')") ?? false
        guard hasClear else { return }
        let keyring = try matchKeyring(db, source: source)
        let rows = try Row.fetchAll(
            db, sql: "SELECT record_id, cpf, email FROM record_identity WHERE cpf != '' OR email != ''")
        let update = try db.makeStatement(
            sql: "UPDATE record_identity SET cpf = ?, cpf_key = ?, email_keys = ? WHERE record_id = ?")
        for row in rows {
            let id: Int64 = row[0]
            let cpf = keptCPF(row[1], keyring: keyring)
            let emailKeys = keptEmailKeys(row[2], keyring: keyring)
            try update.execute(
                arguments: [
                    cpf.shown, cpf.key.map { Data($0.bytes) }, emailKeys.map { Data($0) }, id,
                ])
        }
        try audit(db, "match-key", "keyed \(rows.count) records stored before match keys; their CPFs are masked")
    }
}

extension Store {
    /// The records whose CPF field held this CPF, however it was typed: found by its match key.
    ///
    /// - Throws: ``StoreError/keyMismatch(file:expected:found:)`` when the key file is not the store's.
    public func recordIDs(withCPF cpf: CPF) throws -> [Int64] {
        try writeIfPossible { db in
            let key = try matchKeyring(db).key(for: cpf)
            return try Int64.fetchAll(
                db, sql: "SELECT record_id FROM record_identity WHERE cpf_key = ? ORDER BY record_id",
                arguments: [Data(key.bytes)])
        }
    }

    /// The records whose e-mail field held this address (after normalisation): found by its match key.
    ///
    /// - Throws: ``StoreError/keyMismatch(file:expected:found:)`` when the key file is not the store's.
    public func recordIDs(withEmail address: EmailAddress) throws -> [Int64] {
        try writeIfPossible { db in
            let key = try matchKeyring(db).key(for: address)
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT record_id, email_keys FROM record_identity WHERE instr(email_keys, ?) > 0 ORDER BY record_id",
                arguments: [Data(key.bytes)])
            // instr finds bytes anywhere: keep the records where they are one whole key.
            return rows.compactMap { row in
                let keys: Data = row[1]
                return MatchKey.keys(in: keys).contains(key) ? row[0] : nil
            }
        }
    }
}
