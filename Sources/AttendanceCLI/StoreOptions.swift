import ArgumentParser
import AttendanceCore
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
        /// Lists, looks up or exports what is stored, changing nothing: `events`, `sources`,
        /// `people`, `explain`, `review` without `--apply`, `audit`, `export person`.
        case reading
        /// Computes figures (`report`, `export`): it may bring what it reads up to date when it can
        /// write the store, and still reads a store it may not change.
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
        } catch let error as ImportError {
            if case .noStore = error {
                throw CommandError.store(error, advice: "or give --store (or $ATTENDANCE_STORE) the store's file")
            }
            throw error
        }
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
