import ArgumentParser
import AttendanceService
import Foundation

/// The `--store` option every command that reads or writes the store shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite store file (default: $ATTENDANCE_STORE, else ./attendance.sqlite); created by commands that "
                + "change it, read-only for the others.", valueName: "file"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The secret that keys CPFs and e-mails in the store (default: $ATTENDANCE_KEY_FILE, else the store's "
                + "path followed by .key; created when missing by a command that changes the store). Keep it apart from the "
                + "store and back it up.",
            valueName: "file"))
    var keyFile: String?

    /// The store path after the environment and the default are applied.
    var path: String {
        store ?? ProcessInfo.processInfo.environment["ATTENDANCE_STORE"] ?? "attendance.sqlite"
    }

    /// What a command does with the store, which decides how it is opened (``access(for:)``).
    enum Use {
        /// Lists what is stored, changing nothing and showing no person: `events`, `sources`,
        /// `audit`.
        case reading
        /// Computes figures or shows people (`report`, `export`, `people`, `explain`, `review`
        /// without `--apply`, `export person`): it matches people first when the store changed since
        /// and it may write the store (``reading(_:)``), and still reads a store it may not change.
        case figures
        /// Changes the store, creating it when there is none: `import`, `forget`, `merge`,
        /// `distinct`, `split`, `erase`, `review --apply`.
        case changing
    }

    /// How each use opens the store: the one place that decides which commands may write it.
    static func access(for use: Use) -> StoreAccess {
        switch use {
        case .reading: .readOnly
        case .figures: .readWriteIfPossible
        case .changing: .readWrite
        }
    }

    /// Opens the store for `use`; a missing store gets the advice to name one.
    func open(for use: Use) throws -> Store {
        do {
            return try Store(
                path: path, keyFile: keyFile ?? ProcessInfo.processInfo.environment["ATTENDANCE_KEY_FILE"],
                access: Self.access(for: use))
        } catch let error as StoreError {
            if case .noStore = error {
                throw CommandError.store(error, advice: Self.storeAdvice)
            }
            throw error
        }
    }

    /// Opens the store for a command that shows people or figures, and runs `read` on persons
    /// matched from the records as they are now: matched again first when an import was
    /// interrupted before matching or another one is running, if the store may be written.
    func reading<T>(_ use: Use = .figures, _ read: (Store) throws -> T) throws -> T {
        try current(try open(for: use), read)
    }

    /// Runs `read` on `store` once its persons describe its records, as ``reading(_:_:)`` does.
    func current<T>(_ store: Store, _ read: (Store) throws -> T) throws -> T {
        do {
            return try IdentityService(store: store).current { try read(store) }
        } catch let error as StoreError {
            throw advised(error)
        }
    }

    /// Opens the store for a command that decides about people: persons are matched again first
    /// if the store changed since, so that person ids name who they name now.
    func openCurrent() throws -> Store {
        let store = try open(for: .changing)
        do {
            try IdentityService(store: store).bringUpToDate()
        } catch let error as StoreError {
            throw advised(error)
        }
        return store
    }

    /// What a missing store's message adds: the options that name another one.
    static let storeAdvice = "or give --store (or $ATTENDANCE_STORE) the store's file"

    /// What a message about the key file adds: the options that choose it.
    static let keyFileAdvice = "the key file is chosen with --key-file (or $ATTENDANCE_KEY_FILE)"

    /// A store error with the command or option that mends it; as ``AttendanceCommand/advised(_:)``
    /// advises it when no command does.
    func advised(_ error: StoreError) -> any Error {
        switch error {
        case .identityOutOfDate:
            CommandError.storeState(
                error,
                advice: "run `attendance match --store \(path)` as a user who may write the store "
                    + "(or copy it somewhere writable), then run this command again")
        case .superseded:
            CommandError.storeState(
                error, advice: "other imports kept changing it: run `attendance match --store \(path)` when they end")
        default:
            AttendanceCommand.advised(error)
        }
    }
}

/// Runs `body`, which writes to a path the user chose with `option`; an ``ExportError`` gets the
/// option added, since the library's message names the path but not how it was given.
func writing<T>(option: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExportError {
        throw CommandError.output(error, option: option)
    }
}
