import ArgumentParser
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

@testable import AttendanceCLI

/// Commands that only read open the store read-only: they create nothing, and read a store and
/// folder they may not write.
@Suite struct StoreOptionsTests {
    /// Every command that reads the store, with the arguments it needs; `OUT` is a file to write.
    static let readCommands: [[String]] = [
        ["report", "--year", "2021"],
        ["report", "--year", "2021", "--format", "json", "--out", "OUT"],
        ["export", "--year", "2021", "--dir", "OUT"],
        ["export", "attendances", "--year", "2021", "--out", "OUT"],
        ["export", "people", "--out", "OUT"],
        ["export", "person", "P000001", "--out", "OUT"],
        ["events"],
        ["sources", "--issues"],
        ["people"],
        ["explain", "1", "2"],
        ["review"],
        ["review", "--csv", "OUT"],
        ["audit"],
    ]

    @Test("each command opens the store as its use needs")
    func accessPerUse() {
        #expect(StoreOptions.access(for: .reading) == .readOnly)
        #expect(StoreOptions.access(for: .figures) == .readWriteIfPossible)
        #expect(StoreOptions.access(for: .changing) == .readWrite)
    }

    @Test("read commands without a store fail with advice and create nothing", arguments: readCommands)
    func noStore(arguments: [String]) async throws {
        let sandbox = try CLISandbox()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)").path
        let store = sandbox.path("none/store.sqlite")
        let command = arguments.map { $0 == "OUT" ? output : $0 } + ["--store", store]
        await #expect(
            throws: CommandError.store(
                .noStore(path: store), advice: "or give --store (or $ATTENDANCE_STORE) the store's file")
        ) { try await sandbox.run(command) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.directory.path) == [])
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(
            String(describing: CommandError.store(.noStore(path: store), advice: "or give --store the store's file"))
                == "store: no store at \(store); import something first; or give --store the store's file")
    }

    @Test("read commands work on a 0400 store in a 0500 folder")
    func readOnlyStoreAndFolder() async throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.path("kept")
        let store = (folder as NSString).appendingPathComponent("store.sqlite")
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", store, "--quiet"])
        let before = try Store(path: store, access: .readOnly).auditLog().count
        chmod(store, 0o400)
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        for (index, arguments) in Self.readCommands.enumerated() {
            let output = sandbox.path("out-\(index)")
            try await sandbox.run(arguments.map { $0 == "OUT" ? output : $0 } + ["--store", store])
        }
        // Root may write anyway, and then `report` and `export` open to write (Faults/ImportFaultTests run
        // these as another user); none of them changed the store.
        #expect(try Store(path: store, access: .readOnly).auditLog().count == before)
        #expect(try sandbox.read("out-3").hasPrefix("event_id,source_file,source_line"))
        var status = stat()
        #expect(stat(store, &status) == 0 && status.st_mode & 0o777 == 0o400)
    }
}
