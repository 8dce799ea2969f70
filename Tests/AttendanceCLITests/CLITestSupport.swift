import ArgumentParser
import Foundation

@testable import AttendanceCLI

/// A fresh temporary folder per test, and a way to run `attendance` in-process.
struct CLISandbox {
    let directory: URL
    var store: String { directory.appendingPathComponent("store.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// Runs `attendance ARGUMENTS` the way `main` does, throwing what the command throws.
    func run(_ arguments: [String]) async throws {
        var command = try AttendanceCommand.parseAsRoot(arguments)
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    }

    /// The exit code `main` would use for an error thrown by `run`.
    static func exitCode(for error: any Error) -> Int32 {
        AttendanceCommand.exitStatus(for: AttendanceCommand.advised(error))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }
}
