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
}

/// A failure the command line words itself: a library error with the option or command to use added.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
}

/// Runs `body`, which writes to a path the user chose with `option`; an ``ExportError`` gets the
/// option added, since the library's message names the path but not how it was given.
func writing<T>(option: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExportError {
        throw CommandFailure(description: "\(error) (\(option))")
    }
}
