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

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
