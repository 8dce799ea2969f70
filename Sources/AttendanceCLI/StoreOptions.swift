import ArgumentParser
import AttendanceCore
import Foundation

/// The `--store` option every command that reads or writes the store shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite store file (default: $ATTENDANCE_STORE, else ./attendance.sqlite).", valueName: "file"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The secret that keys CPFs and e-mails in the store (default: $ATTENDANCE_KEY_FILE, else the store's "
                + "path followed by .key; created when missing). Keep it apart from the store and back it up.",
            valueName: "file"))
    var keyFile: String?

    /// The store path after the environment and the default are applied.
    var path: String {
        store ?? ProcessInfo.processInfo.environment["ATTENDANCE_STORE"] ?? "attendance.sqlite"
    }

    func open() throws -> Store {
        try Store(path: path, keyFile: keyFile ?? ProcessInfo.processInfo.environment["ATTENDANCE_KEY_FILE"])
    }

    /// Opens the store for a command that shows people or figures, and runs `read` on persons
    /// matched from the records as they are now: matched again first when an import was
    /// interrupted before matching or another one is running, if the store may be written.
    func reading<T>(_ read: (Store) throws -> T) throws -> T {
        let store = try open()
        do {
            return try IdentityService(store: store).current { try read(store) }
        } catch let error as StoreError {
            throw advised(error)
        }
    }

    /// Opens the store for a command that decides about people: persons are matched again first
    /// if the store changed since, so that person ids name who they name now.
    func openCurrent() throws -> Store {
        let store = try open()
        do {
            try IdentityService(store: store).bringUpToDate()
        } catch let error as StoreError {
            throw advised(error)
        }
        return store
    }

    /// A store error with the command that mends it.
    func advised(_ error: StoreError) -> CommandFailure {
        switch error {
        case .identityOutOfDate:
            CommandFailure(
                "\(error); run `attendance match --store \(path)` as a user who may write the store "
                    + "(or copy it somewhere writable), then run this command again")
        case .superseded:
            CommandFailure(
                "\(error); other imports kept changing it: run `attendance match --store \(path)` when they end")
        }
    }
}

/// A failure whose message already says what to do; printed as it is, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
