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

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    ///
    /// A new store file is created readable and writable by its owner only.
    ///
    /// - Throws: ``ImportError/store(_:)`` when the file is not a valid store or cannot be opened.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            writer = pool
            try Store.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw ImportError.store("\(path) cannot be opened as a store (\(error.message ?? "\(error.resultCode)")); "
                + "if it was damaged, move it aside and import the exports again")
        }
    }

    /// Opens a private in-memory store, for tests and one-off runs.
    public init() throws {
        path = ":memory:"
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
        let queue = try DatabaseQueue(configuration: configuration)
        writer = queue
        try Store.migrator.migrate(queue)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-catalog-records-identities") { db in
            try db.execute(sql: """
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
        return migrator
    }
}
