import GRDB

/// Which state of the store the saved persons describe.
///
/// Every change to what identity reads (a file stored, replaced or forgotten, a decision, an
/// erasure) adds one to the store's *data generation*, by triggers in the schema, so that no
/// write path can forget it. An identity run reads the records and the generation in one
/// snapshot, and saves its persons only if the generation is still the one it read, recording it
/// as the *identity generation*. Persons and review queue therefore always describe exactly one
/// state of the records, and a reader compares the two numbers to know whether they do so for the
/// records it sees.
package struct IdentityGeneration: Sendable, Hashable {
    /// Changes to records, decisions and erasures so far.
    package var data: Int64
    /// The data generation the saved persons were matched from.
    package var identity: Int64

    /// Whether the persons describe the records as they are.
    package var isCurrent: Bool { data == identity }
}

extension Store {
    /// The store's data and identity generations.
    package func identityGeneration() throws -> IdentityGeneration {
        try read { db in try Store.generation(db) }
    }

    static func generation(_ db: Database) throws -> IdentityGeneration {
        guard let row = try Row.fetchOne(db, sql: "SELECT data_generation, identity_generation FROM store_state")
        else { return IdentityGeneration(data: 0, identity: 0) }
        return IdentityGeneration(data: row[0], identity: row[1])
    }

    /// Throws ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` unless the persons
    /// describe the records as they are in `db`'s snapshot.
    func requireCurrentIdentity(_ db: Database) throws {
        guard try !Store.generation(db).isCurrent else { return }
        let unmatched =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM record WHERE person_id IS NULL AND erased = 0") ?? 0
        throw StoreError.identityOutOfDate(path: path, unmatchedRecords: unmatched)
    }

    /// Reads in one snapshot whose persons describe its records, so that every figure computed
    /// in `body` comes from one consistent state of the store.
    ///
    /// - Throws: ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` when people were not
    ///   matched since the last change (``IdentityService/current(_:)`` brings them up to date
    ///   first).
    package func consistentRead<T>(_ body: (Database) throws -> T) throws -> T {
        try read { db in
            try requireCurrentIdentity(db)
            return try body(db)
        }
    }

    /// Runs several reads of the store in one snapshot whose persons describe its records.
    ///
    /// Every read of this store made inside `body` (``identities(recordIDs:)``,
    /// `reviewItems()`, `yearlyReport(year:places:)`…) sees the same state, so that what is
    /// shown together was true together.
    ///
    /// - Throws: ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` when people were not
    ///   matched since the store last changed; any error of `body`.
    public func consistently<T>(_ body: () throws -> T) throws -> T {
        try consistentRead { _ in try body() }
    }

    /// Runs `body` in one read transaction: the enclosing one when called inside
    /// ``consistentRead(_:)`` (so that a report's several reads see one snapshot), else its own.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.unsafeReentrantRead { db in try Store.joiningTransaction(.deferred, db, body) }
    }

    /// Runs `body` in one write transaction: the enclosing one when called inside another write
    /// of this store (so that steps compose into one all-or-nothing change), else its own.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.unsafeReentrantWrite { db in try Store.joiningTransaction(.immediate, db, body) }
    }

    /// Runs `body` in the transaction `db` is in, or in a new one of `kind`.
    private static func joiningTransaction<T>(
        _ kind: Database.TransactionKind, _ db: Database, _ body: (Database) throws -> T
    ) throws -> T {
        if db.isInsideTransaction { return try body(db) }
        var result: T?
        try db.inTransaction(kind) {
            result = try body(db)
            return .commit
        }
        // `inTransaction` commits only after `body` returned, and rethrows what `body` throws.
        guard let result else { preconditionFailure("a transaction committed without its body") }
        return result
    }

    /// The schema of the generations: one row of two counters and the triggers that move the first.
    ///
    /// Records come in and go with their file (`source_file` rows), so its inserts, deletes and
    /// changes stand for theirs: a trigger per record would cost every import. Deleting records
    /// alone, erasing and changing personal fields are rare and counted per row.
    static func createGenerations(_ db: Database) throws {
        let bump = "UPDATE store_state SET data_generation = data_generation + 1"
        try db.execute(
            sql: """
                CREATE TABLE store_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    data_generation INTEGER NOT NULL, identity_generation INTEGER NOT NULL);
                INSERT INTO store_state (id, data_generation, identity_generation)
                    SELECT 1, 1, CASE WHEN EXISTS (SELECT 1 FROM record) THEN 0 ELSE 1 END;
                CREATE TRIGGER source_file_added AFTER INSERT ON source_file BEGIN \(bump); END;
                CREATE TRIGGER source_file_removed AFTER DELETE ON source_file BEGIN \(bump); END;
                CREATE TRIGGER source_file_changed AFTER UPDATE OF event_id, sha256 ON source_file BEGIN \(bump); END;
                CREATE TRIGGER record_removed AFTER DELETE ON record BEGIN \(bump); END;
                CREATE TRIGGER record_erased AFTER UPDATE OF erased, event_id ON record BEGIN \(bump); END;
                CREATE TRIGGER record_identity_changed AFTER UPDATE OF name, email, cpf, cpf_key, email_keys, phone,
                    organization, city, uf ON record_identity BEGIN \(bump); END;
                CREATE TRIGGER decision_added AFTER INSERT ON decision BEGIN \(bump); END;
                CREATE TRIGGER decision_removed AFTER DELETE ON decision BEGIN \(bump); END;
                CREATE TRIGGER decision_changed AFTER UPDATE ON decision BEGIN \(bump); END;
                """)
    }
}
