import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// `attendance import` when the world misbehaves: killed half-way, a read-only store or
/// folder, a disk that fills up. Each runs the built executable as a child process.
@Suite(.enabled(if: AttendanceProcess.unavailable == nil, Comment(rawValue: AttendanceProcess.unavailable ?? "")))
struct ImportFaultTests {
    let sandbox: CLISandbox

    init() throws {
        sandbox = try CLISandbox()
    }

    /// (path, records) of every stored file, with each file's records counted in the record table.
    ///
    /// Read without persons: after a kill, matching may not have run for the last files.
    static func contents(of store: Store) throws -> [String: Int] {
        let counted = Dictionary(grouping: try store.identities(), by: \.sourcePath).mapValues(\.count)
        var stored: [String: Int] = [:]
        for file in try store.files() {
            #expect(
                counted[file.path, default: 0] == file.recordCount, "\(file.path): record_count against the records")
            stored[file.path] = file.recordCount
        }
        return stored
    }

    @Test("SIGKILL in the middle of an import leaves a sound store of whole files; importing again completes it")
    func killedMidImport() async throws {
        let programme = try GeneratedProgramme(in: sandbox.directory, files: 150, rows: 60)
        let store = sandbox.path("killed.sqlite")
        let pipe = Pipe()
        let child = try AttendanceProcess.start(
            ["import", programme.folder, "--store", store],
            output: pipe.fileHandleForWriting)
        try pipe.fileHandleForWriting.close()
        // One line per stored file; kill once a dozen files are in (output arrives in blocks).
        var printed = ""
        while printed.components(separatedBy: "imported ").count <= 12 {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        try #require(
            child.terminationReason == .uncaughtSignal, "the import ended before the kill: \(printed.suffix(300))")

        let opened = try Store(path: store)  // the check at opening passes
        #expect(try opened.integrityProblems().isEmpty)
        let survived = try Self.contents(of: opened)
        #expect(survived.count > 0 && survived.count < programme.files, "\(survived.count) files stored at the kill")
        #expect(survived.values.allSatisfy { $0 == programme.rows }, "a file stored in part")
        // Killed before matching its last files: no figure from that state, and a reader that may
        // write matches first, giving what one import of the surviving files gives.
        #expect(try !opened.identityGeneration().isCurrent)
        #expect(throws: StoreError.self) { try opened.yearlyReport(year: 2021) }
        let partial = try AttendanceProcess.run(["report", "--year", "2021", "--format", "json", "--store", store])
        #expect(partial.status == 0, Comment(rawValue: partial.output))
        let survivors = sandbox.path("survivors")
        try FileManager.default.copyItem(atPath: programme.folder, toPath: survivors)
        for path in try FileManager.default.subpathsOfDirectory(atPath: survivors)
        where path.hasSuffix(".csv") && path != "events.csv" && survived[path] == nil {
            try FileManager.default.removeItem(atPath: (survivors as NSString).appendingPathComponent(path))
        }
        let serial = sandbox.path("survivors.sqlite")
        try await sandbox.run(["import", survivors, "--store", serial, "--quiet"])
        let expected = try AttendanceProcess.run(["report", "--year", "2021", "--format", "json", "--store", serial])
        #expect(partial.output == expected.output)

        try await sandbox.run(["import", programme.folder, "--store", store, "--quiet"])
        let clean = sandbox.path("clean.sqlite")
        try await sandbox.run(["import", programme.folder, "--store", clean, "--quiet"])
        let resumed = try Store(path: store)
        let reference = try Store(path: clean)
        #expect(try Self.contents(of: resumed) == Self.contents(of: reference))
        #expect(try Self.contents(of: resumed).count == programme.files)
        let figures = try resumed.yearlyReport(year: 2021)
        let cleanFigures = try reference.yearlyReport(year: 2021)
        #expect(figures.participations == cleanFigures.participations)
        #expect(figures.uniqueParticipants == cleanFigures.uniqueParticipants)
        #expect(try resumed.integrityProblems().isEmpty)
    }

    /// A store with the fixture programme in it, and its folder, given to `nobody` when root.
    func importedStore(in folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = (folder as NSString).appendingPathComponent("store.sqlite")
        let outcome = try AttendanceProcess.run(["import", try Fixture.path("programme"), "--store", store, "--quiet"])
        try #require(outcome.status == 0, Comment(rawValue: outcome.output))
        try AttendanceProcess.giveToNobody(folder)
        return store
    }

    @Test("a read-only store file: exit 3 (store unusable), and the message says to make it writable")
    func readOnlyStoreFile() throws {
        let store = try importedStore(in: sandbox.path("read-only-file"))
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: store)
        let outcome = try AttendanceProcess.run(
            ["import", try Fixture.path("programme"), "--store", store, "--quiet"], asNobody: true)
        #expect(outcome.status == 3)
        #expect(
            outcome.output.contains(
                "store: \(store) is read-only (Permission denied): make it writable (chmod u+w '\(store)')"))
    }

    @Test("a read-only folder: import fails saying what SQLite needs; sources reads the store, or says there is none")
    func readOnlyFolder() throws {
        let folder = sandbox.path("read-only-folder")
        let store = try importedStore(in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let new = (folder as NSString).appendingPathComponent("new.sqlite")
        for path in [store, new] {
            let outcome = try AttendanceProcess.run(
                ["import", try Fixture.path("programme"), "--store", path, "--quiet"], asNobody: true)
            #expect(outcome.status == 3)
            #expect(
                outcome.output.contains(
                    "store: the folder \(folder) is read-only (Permission denied), and the store \(path) needs its -wal and -shm files beside it: make the folder writable"
                ))
        }
        let listed = try AttendanceProcess.run(["sources", "--store", store], asNobody: true)
        #expect(listed.status == 0, Comment(rawValue: listed.output))
        #expect(listed.output.contains("participants.csv"))
        let missing = try AttendanceProcess.run(["sources", "--store", new], asNobody: true)
        #expect(missing.status == 1)
        #expect(
            missing.output.contains(
                "store: no store at \(new); import something first; or give --store (or $ATTENDANCE_STORE) the store's file"
            ))
        #expect(!FileManager.default.fileExists(atPath: new))
    }

    @Test("a 0400 store in a 0500 folder of another user's: every read command works and leaves no file behind")
    func readOnlyStoreAndFolder() throws {
        let folder = sandbox.path("kept")
        let store = try importedStore(in: folder)
        let out = sandbox.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try AttendanceProcess.giveToNobody(out)
        chmod(store, 0o400)
        chmod(folder, 0o500)
        defer { chmod(folder, 0o755) }
        let commands: [[String]] = [
            ["sources"], ["events"], ["people"], ["audit"], ["review"], ["report", "--year", "2021"],
            ["export", "attendances", "--year", "2021", "--out", (out as NSString).appendingPathComponent("a.csv")],
            ["export", "--year", "2021", "--dir", out],
        ]
        for command in commands {
            let outcome = try AttendanceProcess.run(command + ["--store", store], asNobody: true)
            #expect(outcome.status == 0, Comment(rawValue: "\(command): \(outcome.output)"))
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "store.sqlite", "store.sqlite.key",
            ])
        let written = try String(contentsOfFile: (out as NSString).appendingPathComponent("a.csv"), encoding: .utf8)
        #expect(written.split(separator: "\r\n").count == 12)
    }

    @Test("a disk that fills up during an import: exit 3, 'the disk is full', and a sound store of whole files")
    func fullDisk() throws {
        let programme = try GeneratedProgramme(in: sandbox.directory, files: 40, rows: 200)
        let disk = sandbox.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = AttendanceProcess.isRoot && Self.shell("mount -t tmpfs -o size=1m tmpfs '\(disk)'")
        defer { if mounted { _ = Self.shell("umount '\(disk)'") } }
        let store = (disk as NSString).appendingPathComponent("store.sqlite")
        // Without a tmpfs to fill, a 1 MiB limit on the size of any file the child writes.
        let limit = mounted ? nil : "trap '' XFSZ; ulimit -f 2048; exec \"$0\" \"$@\""
        let outcome = try AttendanceProcess.run(
            ["import", programme.folder, "--store", store, "--quiet"], shell: limit)
        #expect(outcome.status == 3)
        #expect(
            outcome.output.contains("is full (database or disk is full); free some space and run the command again")
                || outcome.output.contains("could not be read or written"), Comment(rawValue: outcome.output))

        // Look at what was stored from a copy on a disk with room.
        let copy = sandbox.path("copy")
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: store + suffix) {
            try FileManager.default.copyItem(
                atPath: store + suffix, toPath: (copy as NSString).appendingPathComponent("store.sqlite" + suffix))
        }
        let opened = try Store(path: (copy as NSString).appendingPathComponent("store.sqlite"))
        #expect(try opened.integrityProblems().isEmpty)
        let stored = try Self.contents(of: opened)
        #expect(stored.count < programme.files)
        #expect(stored.values.allSatisfy { $0 == programme.rows })
    }

    /// Runs a shell command; whether it succeeded.
    static func shell(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
