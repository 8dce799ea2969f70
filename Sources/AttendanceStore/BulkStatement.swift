import AttendanceModel
import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement run once per row of a bulk write, its values bound through SQLite's C API.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` array of boxed `DatabaseValue`s for
/// every run and binds them through generic code; storing a year of exports spent five times
/// longer there than in SQLite itself. Here each value goes straight to `sqlite3_bind_*` in the
/// statement's parameter order and `run()` steps and resets the statement; texts are copied into
/// one arena per row and bound without SQLite copying them again. Values are stored as GRDB
/// stores them: `String` and `Day` as text, `Int` and `Bool` (0 or 1) as integers, `nil` as NULL.
/// Every parameter must be bound for every run.
///
/// Valid only inside the database access that prepared it; only used by `Store/`.
struct BulkStatement: ~Copyable {
    private let statement: Statement
    private let connection: SQLiteConnection
    private var parameter: Int32 = 0
    /// The texts of the row being bound, back to back; bound as static (no copy by SQLite) once
    /// the row is complete, because the arena may move while it grows.
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity = 1 << 12
    private var arenaCount = 0
    private var texts: [(parameter: Int32, offset: Int, count: Int, isBlob: Bool)] = []

    /// Prepares `sql` on `db`.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection!
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        arena.deallocate()
    }

    private var handle: SQLiteStatement { statement.sqliteStatement }

    mutating func bind(_ text: String) {
        parameter += 1
        var text = text
        text.withUTF8 { append($0, isBlob: false) }
    }

    /// Binds bytes as a blob, or NULL.
    mutating func bind(blob bytes: [UInt8]?) {
        guard let bytes else { return bindNull() }
        parameter += 1
        bytes.withUnsafeBufferPointer { append($0, isBlob: true) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, isBlob: Bool) {
        if arenaCount + bytes.count > arenaCapacity {
            var capacity = arenaCapacity * 2
            while capacity < arenaCount + bytes.count { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: arena, count: arenaCount)
            arena.deallocate()
            arena = grown
            arenaCapacity = capacity
        }
        if let base = bytes.baseAddress { (arena + arenaCount).update(from: base, count: bytes.count) }
        texts.append((parameter, arenaCount, bytes.count, isBlob))
        arenaCount += bytes.count
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
        // SQLITE_STATIC: SQLite reads the bytes during the step below, and every text is bound
        // again before the next step, so the arena may be reused afterwards.
        let isStatic = unsafeBitCast(0, to: sqlite3_destructor_type.self)
        for text in texts {
            if text.isBlob {
                _ = sqlite3_bind_blob(handle, text.parameter, arena + text.offset, Int32(text.count), isStatic)
            } else {
                let pointer = UnsafeRawPointer(arena + text.offset).assumingMemoryBound(to: CChar.self)
                _ = sqlite3_bind_text(handle, text.parameter, pointer, Int32(text.count), isStatic)
            }
        }
        texts.removeAll(keepingCapacity: true)
        arenaCount = 0
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

/// The rows of a query read through SQLite's C API, column by index, for queries that return a
/// row per record (millions): GRDB's `Row` looks columns up by name and boxes every value.
///
/// Values read as GRDB reads them: integers as `Int`, `Int64` or `Bool` (non-zero is true),
/// text as `String`, NULL as `nil`. Valid only inside the database access that prepared it.
struct RawRows {
    private let statement: Statement
    private let connection: SQLiteConnection

    /// Prepares `sql` and binds `arguments` (`nil` as NULL) to its parameters in order.
    init(_ db: Database, sql: String, arguments: [Int64?] = []) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection!
        sqlite3_reset(statement.sqliteStatement)
        for (index, argument) in arguments.enumerated() {
            if let argument {
                sqlite3_bind_int64(statement.sqliteStatement, Int32(index + 1), argument)
            } else {
                sqlite3_bind_null(statement.sqliteStatement, Int32(index + 1))
            }
        }
    }

    private var handle: SQLiteStatement { statement.sqliteStatement }

    /// Moves to the next row; `false` after the last.
    ///
    /// - Throws: `DatabaseError` with SQLite's code and message.
    func next() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)),
                sql: statement.sql)
        }
        return false
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int? { isNull(column) ? nil : Int(sqlite3_column_int64(handle, column)) }

    func bool(_ column: Int32) -> Bool? { isNull(column) ? nil : sqlite3_column_int64(handle, column) != 0 }

    /// The column's UTF-8 bytes, valid until the next call on this row; `nil` for NULL.
    func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let base = sqlite3_column_text(handle, column) else {
            return isNull(column) ? nil : UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: base, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func string(_ column: Int32) -> String? { text(column).map { String(decoding: $0, as: UTF8.self) } }

    /// The column's bytes as a blob, copied; `nil` for NULL.
    func blob(_ column: Int32) -> [UInt8]? {
        guard !isNull(column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        guard let base = sqlite3_column_blob(handle, column), count > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: base, count: count))
    }
}

/// The value made of a column's text in the previous row, kept while the text repeats.
///
/// Rows come file by file, so event ids, dates and kinds repeat in long runs: each run costs one
/// `String` and one conversion instead of one per row (and equal values share one string).
struct RepeatedText<Value> {
    private var bytes: [UInt8] = []
    private var cached: Value?

    /// The value of `text`, made by `make` from the text as a `String` when it differs from the last.
    mutating func value(of text: UnsafeBufferPointer<UInt8>, _ make: (String) -> Value) -> Value {
        if let cached, bytes.count == text.count,
            bytes.withUnsafeBufferPointer({ old in
                guard let oldBase = old.baseAddress, let newBase = text.baseAddress else { return text.isEmpty }
                return memcmp(oldBase, newBase, text.count) == 0
            })
        {
            return cached
        }
        bytes = Array(text)
        let value = make(String(decoding: text, as: UTF8.self))
        cached = value
        return value
    }
}
