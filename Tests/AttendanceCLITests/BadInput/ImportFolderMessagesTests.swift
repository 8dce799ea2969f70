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

/// `attendance import` on programme folders that hold what it cannot read: every such folder
/// or file gets its own line (path, reason, what to do) and the exit code says so.
@Suite struct ImportFolderMessagesTests {
    /// `<sandbox>/2021`: a catalog of one webinar and its folder holding `participants.csv`.
    static func programme(in sandbox: CLISandbox) throws -> String {
        let folder = sandbox.directory.appendingPathComponent("2021")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("2021-03-10-webinario"), withIntermediateDirectories: true)
        try Data(
            "id,year,kind,title_pt,title_en,dates\n2021-03-10-webinario,2021,webinar,W,W,2021-03-10\n".utf8
        ).write(to: folder.appendingPathComponent("events.csv"))
        try FileManager.default.copyItem(
            atPath: try Fixture.path("programme/2021-03-10-webinario/participants.csv"),
            toPath: folder.appendingPathComponent("2021-03-10-webinario/participants.csv").path)
        return folder.path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("a misspelt folder, a subfolder, a workbook, a FIFO: one line each, the good file in, exit 1")
    func everyUnreadEntryHasALine() async throws {
        let sandbox = try CLISandbox()
        let year = try Self.programme(in: sandbox)
        let event = year + "/2021-03-10-webinario"
        try Self.write("Nome\nAna\n", to: year + "/webnar-02/lista.csv")
        try Self.write("Nome\nAna\n", to: event + "/antigos/lista.csv")
        try Self.write("PK", to: event + "/lista.xls")
        try Self.write("Nome\tE-mail\nAna Souza\tana@example.org\n", to: event + "/lista.tsv")
        #expect(mkfifo(event + "/pipe.csv", 0o644) == 0)
        await #expect(throws: ExitCode(1)) {
            try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        }
        #expect(
            try Store(path: sandbox.store).files().map(\.path).sorted() == [
                "2021-03-10-webinario/lista.tsv", "2021-03-10-webinario/participants.csv",
            ])

        let summary = try await Importer(store: try Store(path: sandbox.store)).importPaths([year])
        #expect(
            summary.files.filter { if case .failed = $0.outcome { true } else { false } }.map(ImportProgress.line) == [
                "FAILED   \(event)/antigos/: a folder inside an event folder is not read; move the exports it holds "
                    + "into \(event)/ to import them",
                "FAILED   \(event)/lista.xls: an old Excel .xls, binary .xlsb or OpenDocument workbook is not read; "
                    + "open it, save it as Excel Workbook (.xlsx) or CSV (UTF-8) and import that",
                "FAILED   \(event)/pipe.csv: a FIFO, or named pipe, not a regular file, so it is not read; put the "
                    + "export itself in its place",
                "FAILED   \(year)/webnar-02/: no event 'webnar-02' in \(year)/events.csv; rename the folder to an "
                    + "event id or add the event",
            ])
    }

    @Test("a file name in Latin-1 bytes is imported and listed with the byte escaped")
    func latin1FileName() async throws {
        let sandbox = try CLISandbox()
        let year = try Self.programme(in: sandbox)
        let path = Array("\(year)/2021-03-10-webinario/lista-jos".utf8) + [0xE9] + Array(".csv".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        try #require(descriptor >= 0)
        let text = Array("Nome,E-mail\nJosé Dias,jose@example.org\n".utf8)
        #expect(text.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) } == text.count)
        close(descriptor)

        try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        let files = try Store(path: sandbox.store).files()
        #expect(
            files.map(\.path).sorted() == [
                "2021-03-10-webinario/lista-jos\\xE9.csv", "2021-03-10-webinario/participants.csv",
            ])
    }

    @Test("--session outside the event's dates is a usage error naming the dates")
    func sessionOutsideEvent() async throws {
        let sandbox = try CLISandbox()
        let year = try Self.programme(in: sandbox)
        try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        let file = sandbox.path("lista.csv")
        try Self.write("Nome,E-mail\nAna Souza,ana@example.org\n", to: file)
        let error = await #expect(throws: CommandError.self) {
            try await sandbox.run([
                "import", file, "--event", "2021-03-10-webinario", "--session", "2021-03-11", "--store", sandbox.store,
            ])
        }
        #expect(
            error?.description
                == "--session 2021-03-11: event '2021-03-10-webinario' has no session on 2021-03-11; its dates are "
                + "2021-03-10")
        #expect(CLISandbox.exitCode(for: try #require(error)) == 2)
        #expect(!AttendanceCommand.message(for: try #require(error)).contains("Usage:"))
    }

    @Test("a single file without --event: the CLI adds the option to the library's message")
    func singleFileNeedsEventOption() async throws {
        let sandbox = try CLISandbox()
        let file = sandbox.path("lista.csv")
        try Self.write("Nome\nAna\n", to: file)
        let error = await #expect(throws: ImportError.self) {
            try await sandbox.run(["import", file, "--store", sandbox.store])
        }
        #expect(
            AttendanceCommand.message(for: try #require(error))
                == "Error: \(file): a single file needs the event it belongs to (--event ID)")
        #expect(CLISandbox.exitCode(for: try #require(error)) == 2)
    }

    @Test("bad certification rows fail the import with file:line and are not counted")
    func certificationsRefused() async throws {
        let sandbox = try CLISandbox()
        let year = try Self.programme(in: sandbox)
        try Self.write(
            "year,level,name,uf\n2021,municipio,Campinas,SP\n2021,municipio,<script>,SP\n",
            to: year + "/certifications.csv")
        await #expect(throws: ExitCode(1)) {
            try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        }
        let report = try Store(path: sandbox.store).yearlyReport(year: 2021)
        #expect(report.certification.governments == 1)
    }

    @Test("a bad events.csv row stops the import at file:line:column, before anything is stored")
    func badEventRow() async throws {
        let sandbox = try CLISandbox()
        let year = try Self.programme(in: sandbox)
        try Self.write(
            "id,year,kind,title_pt,title_en,dates\n2021-03-10-webinario,2021,webinar,W,W,2021-03-10\n"
                + "../fora,2021,webinar,W,W,2021-03-11\n", to: year + "/events.csv")
        let error = await #expect(throws: ImportError.self) {
            try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        }
        #expect(
            error?.description
                == "\(year)/events.csv:3:1: '../fora' is not an event id (not empty, no '/', not starting with '.', "
                + "no control characters)")
        #expect(try Store(path: sandbox.store).events().isEmpty)
    }

    @Test("events.csv dates changed under imported files: the import stops, naming event and files")
    func strandedFiles() async throws {
        let sandbox = try CLISandbox()
        let year = try Self.programme(in: sandbox)
        try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        try Self.write(
            "id,year,kind,title_pt,title_en,dates\n2021-03-10-webinario,2021,webinar,W,W,2021-03-11\n",
            to: year + "/events.csv")
        let error = await #expect(throws: StoreError.self) {
            try await sandbox.run(["import", year, "--store", sandbox.store, "--quiet"])
        }
        #expect(
            error?.description
                == "\(year)/events.csv:2: event '2021-03-10-webinario' no longer has a session on 2021-03-10, where 1 "
                + "imported file sits (2021-03-10-webinario/participants.csv); the catalog was not changed. Keep the "
                + "date, or forget those files and import them again after changing the dates")
    }
}
