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

    /// The store path after the environment and the default are applied.
    var path: String {
        store ?? ProcessInfo.processInfo.environment["ATTENDANCE_STORE"] ?? "attendance.sqlite"
    }

    func open() throws -> Store {
        try Store(path: path)
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
