import GRDB
import GRDBSQLite

/// A prepared statement run once per row of a bulk write, its values bound through SQLite's C API.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` array of boxed `DatabaseValue`s for
/// every run and binds them through generic code; storing a year of exports spent five times
/// longer there than in SQLite itself. Here each value goes straight to `sqlite3_bind_*` in the
/// statement's parameter order and `run()` steps and resets the statement. Values are stored as
/// GRDB stores them: `String` and `Day` as text, `Int` and `Bool` (0 or 1) as integers, `nil` as NULL.
///
/// Valid only inside the database access that prepared it; only used by `Store/`.
struct BulkStatement {
    private let statement: Statement
    private let connection: SQLiteConnection
    private var parameter: Int32 = 0

    /// Prepares `sql` on `db`.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection!
    }

    private var handle: SQLiteStatement { statement.sqliteStatement }

    mutating func bind(_ text: String) {
        parameter += 1
        var text = text
        text.withUTF8 { bytes in
            // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
            let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
            if let base = bytes.baseAddress {
                let pointer = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                _ = sqlite3_bind_text(handle, parameter, pointer, Int32(bytes.count), transient)
            } else {
                _ = sqlite3_bind_text(handle, parameter, "", 0, transient)  // empty text, not NULL
            }
        }
    }

    mutating func bind(_ text: String?) {
        if let text { bind(text) } else { bindNull() }
    }

    mutating func bind(_ value: Int64) {
        parameter += 1
        sqlite3_bind_int64(handle, parameter, value)
    }

    mutating func bind(_ value: Int?) {
        if let value { bind(Int64(value)) } else { bindNull() }
    }

    mutating func bind(_ value: Bool?) {
        if let value { bind(Int64(value ? 1 : 0)) } else { bindNull() }
    }

    mutating func bind(_ day: Day?) {
        bind(day?.description)
    }

    mutating func bindNull() {
        parameter += 1
        sqlite3_bind_null(handle, parameter)
    }

    /// Steps the statement with the values bound since the last run, then resets it.
    ///
    /// - Throws: `DatabaseError` with SQLite's code and message (a constraint, a full disk…).
    mutating func run() throws {
        parameter = 0
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)),
                sql: statement.sql)
        }
    }

    /// The rowid of the last row inserted on this connection.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }
}
