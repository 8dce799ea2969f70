import ArgumentParser
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@testable import AttendanceCLI

/// Every command that writes a file says which path failed, why, what to do and which option chose it.
@Suite struct OutputOptionTests {
    /// A sandbox with the fixture programme imported.
    static func imported() async throws -> CLISandbox {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        return sandbox
    }

    func failure(_ sandbox: CLISandbox, _ arguments: [String]) async throws -> String {
        let error = await #expect(throws: CommandError.self) {
            try await sandbox.run(arguments + ["--store", sandbox.store])
        }
        return try #require(error).description
    }

    @Test("--out in a missing folder, for report, export attendances, export people and export person")
    func missingFolder() async throws {
        let sandbox = try await Self.imported()
        let missing = sandbox.path("nope")
        for arguments in [
            ["report", "--year", "2021", "--format", "json", "--out", missing + "/out.file"],
            ["export", "attendances", "--year", "2021", "--out", missing + "/out.file"],
            ["export", "people", "--out", missing + "/out.file"],
            ["review", "--csv", missing + "/out.file"],
        ] {
            #expect(
                try await failure(sandbox, arguments)
                    == "\(missing)/out.file: cannot write the file (No such file or directory): the folder \(missing) "
                    + "does not exist; create it first, or write elsewhere (\(arguments.contains("--csv") ? "--csv" : "--out") FILE)"
            )
        }
    }

    @Test("--out naming a folder")
    func outIsAFolder() async throws {
        let sandbox = try await Self.imported()
        let folder = sandbox.directory.path
        #expect(
            try await failure(sandbox, ["report", "--year", "2021", "--out", folder])
                == "\(folder): cannot write the file (Is a directory): this is a folder; name a file inside it instead "
                + "(--out FILE)")
    }

    @Test("--dir below a file")
    func dirBelowAFile() async throws {
        let sandbox = try await Self.imported()
        try Data("x".utf8).write(to: URL(fileURLWithPath: sandbox.path("Exports")))
        let exports = sandbox.path("Exports")
        #expect(
            try await failure(sandbox, ["export", "--year", "2021", "--dir", exports])
                == "\(exports)/2021: cannot create the folder: \(exports) is a file, not a folder; choose another "
                + "folder, or move the file away (--dir FOLDER)")
    }

    @Test("--dir that does not exist yet is created, with the folders above it")
    func dirIsCreated() async throws {
        let sandbox = try await Self.imported()
        try await sandbox.run(["export", "--year", "2021", "--store", sandbox.store, "--dir", sandbox.path("a/b")])
        #expect(FileManager.default.fileExists(atPath: sandbox.path("a/b/2021/report.json")))
    }

    @Test("the message printed is the one thrown, never NSCocoaErrorDomain")
    func printedMessage() async throws {
        let sandbox = try await Self.imported()
        let error = await #expect(throws: CommandError.self) {
            try await sandbox.run([
                "report", "--year", "2021", "--out", sandbox.path("nope/r.txt"), "--store", sandbox.store,
            ])
        }
        let message = AttendanceCommand.message(for: try #require(error))
        #expect(message.hasPrefix("Error: \(sandbox.path("nope/r.txt")): cannot write the file (No such file"))
        #expect(!message.contains("NSCocoaErrorDomain"))
        #expect(CLISandbox.exitCode(for: try #require(error)) == 4)
    }
}
