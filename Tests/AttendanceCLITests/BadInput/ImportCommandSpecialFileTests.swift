import ArgumentParser
import AttendanceCSV
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

@testable import AttendanceCLI

/// `import` and `inspect` given what is not an export file on disk (a named pipe, a device), or
/// an export whose last bytes are not text: each ends at once with the reader's message, and no
/// stray byte becomes a person.
@Suite struct ImportCommandSpecialFileTests {

    /// A sandbox whose store holds the fixture programme's catalog.
    static func sandboxWithCatalog() async throws -> CLISandbox {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        return sandbox
    }

    @Test("import and inspect of a named pipe end at once with exit 1 and a message naming it")
    func namedPipe() async throws {
        let sandbox = try await Self.sandboxWithCatalog()
        let pipe = sandbox.path("lista.csv")
        #expect(mkfifo(pipe, 0o600) == 0)
        let filesBefore = try Store(path: sandbox.store).files().count
        // Refused before it is opened, when the import is planned; the reader refuses it too (below).
        let planned = ImportError.notRegularFile(file: pipe, kind: "a FIFO, or named pipe")
        await #expect(throws: planned) {
            try await sandbox.run([
                "import", pipe, "--event", "2021-04-20-oficina", "--store", sandbox.store, "--quiet",
            ])
        }
        #expect(CLISandbox.exitCode(for: planned) == 1)
        #expect(try Store(path: sandbox.store).files().count == filesBefore)

        let expected = CSVError.notRegularFile(file: pipe, kind: "a named pipe (FIFO)")
        await #expect(throws: expected) { try await sandbox.run(["inspect", pipe]) }
        await #expect(throws: expected) { try await sandbox.run(["inspect", pipe, "--records", "--format", "json"]) }
        #expect(CLISandbox.exitCode(for: expected) != 0)
    }

    @Test("import and inspect of /dev/zero end at once with exit 1 and a message naming it")
    func devZero() async throws {
        let sandbox = try await Self.sandboxWithCatalog()
        await #expect(throws: ImportError.notRegularFile(file: "/dev/zero", kind: "a device")) {
            try await sandbox.run([
                "import", "/dev/zero", "--event", "2021-04-20-oficina", "--store", sandbox.store, "--quiet",
            ])
        }
        let expected = CSVError.notRegularFile(file: "/dev/zero", kind: "a character device")
        await #expect(throws: expected) { try await sandbox.run(["inspect", "/dev/zero"]) }
        #expect(CLISandbox.exitCode(for: expected) != 0)
    }

    @Test("a named pipe in an event folder fails alone; the folder's other files go in")
    func pipeInEventFolder() async throws {
        let sandbox = try CLISandbox()
        let folder = try ImportCommandBadInputTests.programme(in: sandbox, adding: [:])
        #expect(mkfifo(folder + "/2021-03-10-webinario/cano.csv", 0o600) == 0)
        let summary = try await Importer(store: try Store(path: sandbox.store)).importPaths([folder])
        let failed = summary.files.filter { if case .failed = $0.outcome { true } else { false } }
        #expect(
            failed.map(ImportProgress.line) == [
                "FAILED   \(folder)/2021-03-10-webinario/cano.csv: a FIFO, or named pipe, not a regular file, so it "
                    + "is not read; put the export itself in its place"
            ])
        #expect(summary.failed == 1)
        #expect(try Store(path: sandbox.store).files().count == 3)
    }

    static let list = "Nome,E-mail\r\nAna Conceição,ana@example.org\r\nBeto Lima,beto@example.org\r\n"

    static func utf16LE(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func utf16BE(_ text: String) -> [UInt8] {
        [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    static let controlZIssue = ":4: end-of-file mark Ctrl-Z (0x1A) ignored"
    static let oddByteIssue = ":4: UTF-16 text ends with half a character (the lone byte 0x41); the byte is ignored"

    /// Encoding, file bytes, and the issue after the file's name.
    static let strayEndings: [(String, [UInt8], String)] = [
        ("utf-8", Array((list + "\u{1A}").utf8), controlZIssue),
        ("windows-1252", list.unicodeScalars.map { UInt8($0.value) } + [0x1A, 0x0D, 0x0A], controlZIssue),
        ("utf-16le", utf16LE(list + "\u{1A}"), controlZIssue),
        ("utf-16le", utf16LE(list) + [0x41], oddByteIssue),
        ("utf-16be", utf16BE(list) + [0x41], oddByteIssue),
    ]

    @Test(
        "a Ctrl-Z end-of-file mark or the odd last byte of UTF-16 is no record: inspect shows two people, import stores two",
        arguments: strayEndings)
    func strayTrailingBytes(encoding: String, bytes: [UInt8], issue: String) async throws {
        let sandbox = try await Self.sandboxWithCatalog()
        let path = sandbox.path("lista.csv")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let json = try InspectCommand.parse([path, "--records", "--format", "json"]).output()
        #expect(
            json == "{\"delimiter\":\",\",\"encoding\":\"\(encoding)\",\"format\":\"generic-list\",\"records\":"
                + "[[\"Nome\",\"E-mail\"],[\"Ana Conceição\",\"ana@example.org\"],[\"Beto Lima\",\"beto@example.org\"]]}\n"
        )
        let store = try Store(path: sandbox.store)
        let summary = try await Importer(store: store).importPaths(
            [path], options: ImportOptions(eventID: "2021-04-20-oficina"))
        #expect(summary.files.map(\.outcome) == [.imported(records: 2, replaced: false)])
        let file = try #require(try store.files().first { $0.path.hasSuffix("lista.csv") })
        #expect(file.recordCount == 2)
        #expect(try store.issues(fileID: file.id).map(\.description) == [path + issue])
    }

    @Test("a field over 64 KiB skips its row with an issue at line and column; the other rows go in")
    func longField() async throws {
        let sandbox = try await Self.sandboxWithCatalog()
        let path = sandbox.path("lista.csv")
        let text =
            "Nome,E-mail\nAna Souza,ana@example.org\n" + String(repeating: "B", count: 1_000_000)
            + ",beto@example.org\nCarla Dias,carla@example.org\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let store = try Store(path: sandbox.store)
        let summary = try await Importer(store: store).importPaths(
            [path], options: ImportOptions(eventID: "2021-04-20-oficina"))
        #expect(summary.files.map(\.outcome) == [.imported(records: 2, replaced: false)])
        let file = try #require(try store.files().first { $0.path.hasSuffix("lista.csv") })
        #expect(
            try store.issues(fileID: file.id).map(\.description) == [
                path + ":3:1: field of 1000000 bytes is longer than the limit of 65536; row skipped"
            ])
    }
}
