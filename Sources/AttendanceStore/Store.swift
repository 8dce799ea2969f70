import AttendanceModel
import Foundation
import GRDB

/// The embedded SQLite store that keeps the catalog, every imported record and the identities.
///
/// Personal data (names, e-mails, CPFs, phones, organisations as typed) lives in the table
/// `record_identity`, apart from `record`, which holds only what counting reads. Erasing a
/// person or exporting aggregates therefore never touches the wrong side.
///
/// The store runs in WAL mode with a busy timeout, so two `attendance import` processes on the
/// same file both succeed, one waiting for the other. Every file import is one transaction.
public final class Store: Sendable {
    let writer: any DatabaseWriter
    /// The store's file path, or `:memory:`.
    public let path: String
    /// The secret behind the CPF and e-mail match keys, kept in a file apart from the store.
    let matchKeys: MatchKeySource

    /// Whether the store was opened for reading only (``StoreAccess/readOnly``, or
    /// ``StoreAccess/readWriteIfPossible`` on a store or folder that cannot be written): anything
    /// that would change it fails.
    package let isReadOnly: Bool

    /// Opens the store at `path` for reading, or for writing too (creating it if needed and
    /// bringing its schema up to date).
    ///
    /// Every opening checks the files first. A store, `-wal` or `-shm` file that users other than
    /// its owner can read or write is refused with the `chmod 600` to run, as is a symbolic link
    /// given as the store and an empty file that belongs to another user. A new store is created
    /// readable and writable by its owner only, whatever the umask, and SQLite's `-wal` and `-shm`
    /// files are kept so. `PRAGMA quick_check` must find every page of an existing store sound, so
    /// that a truncated or garbled store is caught here, with advice, rather than half-way through
    /// an import. Opened to write, the store finishes an erasure that readers held up (see
    /// ``erase(person:author:reason:waitingForReaders:)``).
    ///
    /// Read-only, nothing is created, written or migrated: the store and its folder may belong to
    /// someone else or be read-only (a store in WAL mode in a folder where SQLite cannot make its
    /// `-shm` file is opened as immutable when it has no `-wal` to read).
    ///
    /// The match-key file (see `MatchKeyring`) is read when first needed, and created then
    /// with a new secret if the store has recorded none and is open to write.
    ///
    /// - Parameters:
    ///   - path: The store file.
    ///   - keyFile: The match-key file; by default the store's path followed by `.key`.
    ///   - access: Whether to write, only read, or write when the files allow it.
    /// - Throws: ``StoreError/noStore(path:)`` when there is no store and `access` may not create
    ///   one; ``StoreError/exposedStore(modes:)`` for files other users can read or write;
    ///   ``StoreError/outdatedStore(path:)`` for a store of an earlier version opened read-only;
    ///   another ``StoreError`` saying what is wrong and what to do otherwise: a read-only file or
    ///   folder, a link, a file that is not a store, a damaged store, a full disk, a store in use;
    ///   ``StoreError/keyMismatch(file:expected:found:)`` or `MatchKeyError` when a store made
    ///   before match keys needs its CPFs keyed and the key file is not right.
    public init(path: String, keyFile: String? = nil, access: StoreAccess = .readWrite) throws {
        self.path = path
        let files = try StoreFiles.prepare(path, access: access)
        isReadOnly = files.isReadOnly
        let matchKeys = MatchKeySource(path: keyFile ?? path + ".key", isReadOnly: files.isReadOnly)
        self.matchKeys = matchKeys
        if files.isReadOnly {
            writer = try Self.openReadOnly(files, matchKeys: matchKeys)
            return
        }
        let configuration = Self.configuration(readonly: false)
        // Two processes creating or upgrading the same store race on switching it to WAL (SQLite
        // answers BUSY at once, without the busy handler) and on its migrations (both see one not
        // applied yet): the loser waits a little and opens again, then finds the winner's schema.
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                if !files.isNew { try Self.checkPages(of: pool, path: path) }
                try Store.migrator(matchKeys: matchKeys).migrate(pool)
                StoreFiles.restrictCompanions(of: path)
                try Self.finishPendingErasure(in: pool)
                writer = pool
                return
            } catch let error as DatabaseError {
                attempt += 1
                guard attempt < 50, Self.isCreationRace(error) else { throw Self.storeError(error, path: path) }
                usleep(100_000)
            }
        }
    }

    /// The settings of every connection to a store file.
    ///
    /// `secure_delete` makes SQLite overwrite what it deletes or replaces with zeros, so that
    /// erased personal data does not linger in free space of the file's pages.
    private static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return configuration
    }

    /// Opens a store for reading only, and checks that its schema is the current one.
    private static func openReadOnly(_ files: StoreFiles, matchKeys: MatchKeySource) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(
                path: files.isImmutable ? files.immutableURI : files.path,
                configuration: configuration(readonly: true))
            try checkPages(of: queue, path: files.path)
            let isCurrent = try queue.read { db in
                try Store.migrator(matchKeys: matchKeys).hasCompletedMigrations(db)
            }
            guard isCurrent else { throw StoreError.outdatedStore(path: files.path) }
            return queue
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: files.path)
        }
    }

    /// Whether an error opening a store is another process creating or migrating it at the same
    /// moment: a table or column the other has just added (each migration is one transaction, so
    /// opening again finds it applied).
    private static func isCreationRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: true
        case .SQLITE_ERROR:
            ["already exists", "duplicate column name"].contains { error.message?.contains($0) == true }
        default: false
        }
    }

    /// Reads every page of an existing store through `PRAGMA quick_check` and throws with advice
    /// on the problems it reports (up to five). It costs about 0.25 s on a 126 MB store whose
    /// pages the system has cached, 2.6 s from a cold disk (SECURITY.md).
    private static func checkPages(of pool: some DatabaseReader, path: String) throws {
        let problems = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        guard problems != ["ok"] else { return }
        throw StoreError.damaged(path: path, reason: problems.joined(separator: "; "))
    }

    /// The ``StoreError`` a database error means, with what to do about it.
    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        let sqlite = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notAStore(path: path, reason: sqlite)
        case .SQLITE_CORRUPT: return .damaged(path: path, reason: sqlite)
        case .SQLITE_FULL: return .diskFull(path: path, reason: sqlite)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .notWritable(path: path, reason: sqlite)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: sqlite)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path, reason: sqlite)
        case .SQLITE_IOERR: return .inputOutput(path: path, reason: sqlite)
        default: return .unusable(path: path, reason: sqlite)
        }
    }

    /// `error` as a ``StoreError`` with advice when the store raised it, else `nil`.
    ///
    /// For the command line and the importer, which meet store errors after opening too (a disk
    /// that fills up during an import).
    public func explained(_ error: any Error) -> StoreError? {
        guard let error = error as? DatabaseError else { return nil }
        return Self.storeError(error, path: path)
    }

    /// What `PRAGMA integrity_check` finds wrong with the store: empty when it is sound.
    ///
    /// Slower and more thorough than the check at opening (it also compares every index with its
    /// table); for after a crash, a full disk or a copy from elsewhere.
    package func integrityProblems() throws -> [String] {
        let found = try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        return found == ["ok"] ? [] : found
    }

    /// Opens a private in-memory store, for tests and one-off runs.
    ///
    /// - Parameter keyring: The match keyring; a new random one by default.
    package init(keyring: MatchKeyring = .generated()) throws {
        path = ":memory:"
        isReadOnly = false
        matchKeys = MatchKeySource(keyring: keyring)
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
        let queue = try DatabaseQueue(configuration: configuration)
        writer = queue
        try Store.migrator(matchKeys: matchKeys).migrate(queue)
    }

    /// Creates a store file whose schema stands as `migration` left it, then runs `sql` on it: a
    /// store as an earlier version made it, for the tests of the migrations that follow.
    static func makeStore(at path: String, migratedUpTo migration: String, then sql: String) throws {
        // Private like every store, so that opening it is not refused.
        FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        let queue = try DatabaseQueue(path: path)
        try migrator(matchKeys: MatchKeySource(keyring: .generated())).migrate(queue, upTo: migration)
        try queue.write { try $0.execute(sql: sql) }
    }

    static func migrator(matchKeys: MatchKeySource) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-catalog-records-identities") { db in
            try db.execute(
                sql: """
                    CREATE TABLE event (
                        id TEXT PRIMARY KEY, year INTEGER NOT NULL, kind TEXT NOT NULL,
                        title_pt TEXT NOT NULL, title_en TEXT NOT NULL, dates TEXT NOT NULL,
                        min_minutes INTEGER, headcount INTEGER);
                    CREATE TABLE certification (
                        year INTEGER NOT NULL, level TEXT NOT NULL, name TEXT NOT NULL, uf TEXT NOT NULL,
                        PRIMARY KEY (year, level, name, uf));
                    CREATE TABLE source_file (
                        id INTEGER PRIMARY KEY, path TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES event(id),
                        sha256 TEXT NOT NULL, format TEXT NOT NULL, encoding TEXT NOT NULL, delimiter TEXT NOT NULL,
                        role TEXT NOT NULL, session_date TEXT, imported_at TEXT NOT NULL,
                        record_count INTEGER NOT NULL, issue_count INTEGER NOT NULL,
                        UNIQUE (event_id, path));
                    CREATE INDEX source_file_sha ON source_file(sha256);
                    CREATE TABLE record (
                        id INTEGER PRIMARY KEY,
                        source_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                        line INTEGER NOT NULL CHECK (line >= 1), event_id TEXT NOT NULL, session_date TEXT,
                        kind TEXT NOT NULL, role TEXT NOT NULL, is_registered INTEGER NOT NULL,
                        attended INTEGER, minutes INTEGER, join_minute INTEGER, leave_minute INTEGER,
                        is_public_servant INTEGER, is_guest INTEGER, completion_date TEXT,
                        person_id TEXT, erased INTEGER NOT NULL DEFAULT 0);
                    CREATE INDEX record_source ON record(source_id);
                    CREATE INDEX record_event ON record(event_id);
                    CREATE INDEX record_person ON record(person_id);
                    CREATE TABLE record_identity (
                        record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
                        name TEXT NOT NULL, email TEXT NOT NULL, cpf TEXT NOT NULL, phone TEXT NOT NULL,
                        organization TEXT NOT NULL, job_title TEXT NOT NULL, city TEXT NOT NULL,
                        uf TEXT NOT NULL, country TEXT NOT NULL);
                    CREATE TABLE import_issue (
                        source_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                        line INTEGER NOT NULL, col INTEGER, message TEXT NOT NULL);
                    CREATE TABLE person (
                        id TEXT PRIMARY KEY, sector TEXT, government_level TEXT, government_code TEXT,
                        government_name TEXT, uf TEXT, region TEXT);
                    CREATE TABLE decision (
                        id INTEGER PRIMARY KEY, kind TEXT NOT NULL,
                        a_event TEXT NOT NULL, a_path TEXT NOT NULL, a_line INTEGER NOT NULL,
                        b_event TEXT, b_path TEXT, b_line INTEGER,
                        author TEXT NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL);
                    CREATE TABLE review_item (
                        record_a INTEGER NOT NULL, record_b INTEGER NOT NULL, score REAL NOT NULL,
                        breakdown TEXT NOT NULL, PRIMARY KEY (record_a, record_b));
                    CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("v2-keyed-cpf-and-email") { db in
            try db.execute(
                sql: """
                    ALTER TABLE record_identity ADD COLUMN cpf_key BLOB;
                    ALTER TABLE record_identity ADD COLUMN email_keys BLOB;
                    CREATE INDEX record_identity_cpf_key ON record_identity(cpf_key) WHERE cpf_key IS NOT NULL;
                    CREATE TABLE store_setting (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                    """)
            try keyClearIdentifiers(db, source: matchKeys)
        }
        migrator.registerMigration("v3-identity-generation") { db in try createGenerations(db) }
        migrator.registerMigration("v4-content-fingerprint") { db in
            try db.execute(
                sql: """
                    ALTER TABLE source_file ADD COLUMN content_sha256 TEXT;
                    CREATE INDEX source_file_content ON source_file(event_id, content_sha256);
                    """)
            try backfillContentFingerprints(db)
        }
        migrator.registerMigration("v5-masked-file-names") { db in
            try maskFileNames(db, source: matchKeys)
        }
        migrator.registerMigration("v6-decisions-by-content") { db in
            try keyDecisionsByContent(db, source: matchKeys)
        }
        return migrator
    }
}
