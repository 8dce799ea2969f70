import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// Two real `attendance import` processes on one store: both must succeed (one waits for the
/// other's transaction), and no file may be lost or counted twice.
@Suite struct ConcurrentImportTests {
    /// The `attendance` binary next to the test bundle's build products, when it was built.
    static var binary: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for folder in [".build/debug", ".build/release"] {
            let url = root.appendingPathComponent(folder).appendingPathComponent("attendance")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test(
        "two import processes on the same store both succeed and every file is stored once",
        .enabled(if: binary != nil, "needs the attendance binary (swift build)"))
    func twoProcesses() throws {
        let sandbox = try CLISandbox()
        // Two copies of the programme year with different event folders' files, so both have work to do.
        let first = sandbox.directory.appendingPathComponent("a")
        let second = sandbox.directory.appendingPathComponent("b")
        try FileManager.default.copyItem(atPath: try Fixture.path("programme"), toPath: first.path)
        try FileManager.default.copyItem(atPath: try Fixture.path("programme"), toPath: second.path)
        for index in 0..<30 {
            let text =
                "Nome,E-mail\nPessoa \(index) A,pa\(index)@example.org\nPessoa \(index) B,pb\(index)@example.org\n"
            try Data(text.utf8).write(to: first.appendingPathComponent("2021-03-10-webinario/a\(index).csv"))
            try Data(text.replacingOccurrences(of: "Pessoa", with: "Gente").utf8)
                .write(to: second.appendingPathComponent("2021-03-10-webinario/b\(index).csv"))
        }
        let processes = try [first, second].map { folder in
            try AttendanceProcess.start(["import", folder.path, "--store", sandbox.store, "--quiet"])
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let store = try Store(path: sandbox.store)
        // The three catalog files are the same content in both copies: stored once.
        #expect(try store.files().count == 3 + 60)
        #expect(try store.countingRecords().count == 11 + 120)
    }

    @Test(
        "two processes importing two copies of one list at once leave one file",
        .enabled(if: binary != nil, "needs the attendance binary (swift build)"))
    func twoCopiesAtOnce() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        let before = try Store(path: sandbox.store).files().count
        let recordsBefore = try Store(path: sandbox.store).countingRecords().count
        let rows = (1...200).map { "Pessoa \($0),pessoa\($0)@example.org" }
        // The same list twice, as a spreadsheet would save it again: with a BOM and CRLF, and rows moved.
        try ("Nome,E-mail\n" + rows.joined(separator: "\n") + "\n")
            .write(toFile: sandbox.path("lista.csv"), atomically: true, encoding: .utf8)
        try ("\u{FEFF}Nome,E-mail\r\n" + rows.reversed().joined(separator: "\r\n") + "\r\n")
            .write(toFile: sandbox.path("lista-copia.csv"), atomically: true, encoding: .utf8)
        let processes = try ["lista.csv", "lista-copia.csv"].map { name in
            try AttendanceProcess.start([
                "import", sandbox.path(name), "--event", "2021-04-20-oficina", "--store", sandbox.store, "--quiet",
            ])
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let store = try Store(path: sandbox.store)
        #expect(try store.files().count == before + 1)
        #expect(try store.countingRecords().count == recordsBefore + 200)
    }
}
