import ArgumentParser
import AttendanceFormats
import AttendanceModel
import AttendanceService
import AttendanceStore
import Foundation
import Testing

@testable import AttendanceCLI

/// The library's errors name no option; the command line adds the option that helps, and keeps
/// their exit codes.
@Suite struct CommandErrorTests {
    static let keyAdvice = "; the key file is chosen with --key-file (or $ATTENDANCE_KEY_FILE)"

    @Test("a key file with another secret: the library's advice, then the option, exit 3")
    func keyMismatchGetsOption() async throws {
        let sandbox = try CLISandbox()
        let year = try ImportFolderMessagesTests.programme(in: sandbox)
        try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        let recorded = try MatchKeyring.load(from: sandbox.store + ".key").fingerprint
        let other = sandbox.path("other.key")
        let found = try MatchKeyring.loadOrCreate(at: other).keyring.fingerprint
        let error = await #expect(throws: StoreError.keyMismatch(file: other, expected: recorded, found: found)) {
            try await sandbox.run(["import", year, "--store", sandbox.store, "--key-file", other, "--quiet"])
        }
        #expect(
            AttendanceCommand.message(for: try #require(error))
                == "Error: match key \(other): this key's fingerprint is \(found), but the store's CPFs and e-mails "
                + "are keyed with the key whose fingerprint is \(recorded): give the key file the store was made with"
                + Self.keyAdvice)
        #expect(CLISandbox.exitCode(for: try #require(error)) == 3)
    }

    @Test("a missing key file of a keyed store: restore it or give its path, with the option, exit 3")
    func missingKeyFileGetsOption() async throws {
        let sandbox = try CLISandbox()
        let year = try ImportFolderMessagesTests.programme(in: sandbox)
        try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        let recorded = try MatchKeyring.load(from: sandbox.store + ".key").fingerprint
        let missing = sandbox.path("missing.key")
        let error = await #expect(throws: StoreError.missingKeyFile(file: missing, fingerprint: recorded)) {
            try await sandbox.run(["import", year, "--store", sandbox.store, "--key-file", missing, "--quiet"])
        }
        #expect(
            AttendanceCommand.message(for: try #require(error))
                == "Error: match key \(missing): no such key file, and this store's CPFs and e-mails are keyed with "
                + "the key whose fingerprint is \(recorded): restore that key file from your backup, or give the "
                + "path where it is kept" + Self.keyAdvice)
        #expect(CLISandbox.exitCode(for: try #require(error)) == 3)
    }

    @Test("a key file others can read: chmod, or a disk with permissions, chosen with the option, exit 3")
    func exposedKeyFileGetsOption() async throws {
        let sandbox = try CLISandbox()
        let year = try ImportFolderMessagesTests.programme(in: sandbox)
        let key = sandbox.path("open.key")
        _ = FileManager.default.createFile(
            atPath: key, contents: Data((String(repeating: "ab", count: 32) + "\n").utf8),
            attributes: [.posixPermissions: 0o644])
        let error = await #expect(throws: MatchKeyError.exposed(file: key, mode: 0o644)) {
            try await sandbox.run(["import", year, "--store", sandbox.store, "--key-file", key, "--quiet"])
        }
        #expect(
            AttendanceCommand.message(for: try #require(error))
                == "Error: match key \(key): the key file can be read by other users (mode 644); run chmod 600 "
                + "'\(key)', or on a disk without permissions (FAT, a share) keep it on one that has them"
                + Self.keyAdvice)
        #expect(CLISandbox.exitCode(for: try #require(error)) == 3)
    }

    @Test("no store where a command is told to read one: the options that name the store, exit 1")
    func noStoreGetsOption() {
        let error = StoreError.noStore(path: "none.sqlite")
        #expect(
            AttendanceCommand.message(for: error)
                == "Error: store: no store at none.sqlite; import something first; "
                + "or give --store (or $ATTENDANCE_STORE) the store's file")
        #expect(CLISandbox.exitCode(for: error) == 1)
    }

    @Test(
        "a store error that no option mends is printed as the library words it",
        arguments: [
            (StoreError.busy(path: "s.sqlite", reason: "database is locked"), Int32(3)),
            (StoreError.readOnly(path: "s.sqlite", reason: "Permission denied"), Int32(3)),
            (StoreError.damaged(path: "s.sqlite", reason: "row 3 missing from index"), Int32(3)),
            (StoreError.outdatedStore(path: "s.sqlite"), Int32(1)),
            (StoreError.noEvent(year: 2030), Int32(1)),
            (StoreError.noPerson("P000009"), Int32(1)),
        ])
    func storeErrorWithoutOption(error: StoreError, code: Int32) {
        #expect(AttendanceCommand.message(for: error) == "Error: \(error)")
        #expect(!AttendanceCommand.message(for: error).contains("--"))
        #expect(CLISandbox.exitCode(for: error) == code)
    }

    @Test("an export the library could read as a list: the mapping it suggests, given with --map, exit 1")
    func unrecognisedGetsMapOption() {
        let error = FormatError.unrecognised(
            file: "lista.csv", line: 1, headers: ["Participante X", "Contato"], nearest: nil,
            suggestion: "name=Participante X,email=Contato")
        #expect(
            AttendanceCommand.message(for: error)
                == "Error: lista.csv:1: not an export format this tool knows, and no column of names; headers found: "
                + "'Participante X', 'Contato'; to read it as a list, give it the column mapping "
                + "'name=Participante X,email=Contato'; try --map 'name=Participante X,email=Contato'")
        #expect(CLISandbox.exitCode(for: error) == 1)
    }

    @Test("a failed file's import line adds --map when a mapping would read it")
    func importLineGetsMapOption() {
        let error = FormatError.unrecognised(
            file: "2021/e/lista.csv", line: 1, headers: ["Participante X"], nearest: nil,
            suggestion: "name=Participante X")
        let report = FileReport(
            path: "2021/e/lista.csv", eventID: "e", format: nil, outcome: .failed(error.description), issues: [],
            recordsByKind: [:], formatError: error)
        #expect(
            ImportProgress.line(report)
                == "FAILED   2021/e/lista.csv:1: not an export format this tool knows, and no column of names; "
                + "headers found: 'Participante X'; to read it as a list, give it the column mapping "
                + "'name=Participante X'; try --map 'name=Participante X'")
    }

    @Test("importing a file a mapping would read: its report carries the error, its line the --map option")
    func importedFileGetsMapOption() async throws {
        let sandbox = try CLISandbox()
        let year = try ImportFolderMessagesTests.programme(in: sandbox)
        try ImportFolderMessagesTests.write(
            "Código,Participante X,Contato\n1,Helena Souza,helena@exemplo.org\n2,Igor Prates,igor@exemplo.org\n",
            to: year + "/2021-03-10-webinario/lista.csv")
        let summary = try await Importer(store: try Store(path: sandbox.store)).importPaths([year])
        let failed = try #require(summary.files.first { $0.path.hasSuffix("lista.csv") })
        guard case .unrecognised(_, _, _, _, let suggestion?) = failed.formatError else {
            Issue.record("no suggested mapping: \(String(describing: failed.formatError))")
            return
        }
        #expect(ImportProgress.line(failed).hasSuffix("; try --map '\(suggestion)'"))
    }
}
