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

/// `attendance import` over a programme year where bad files sit beside good ones: each bad file
/// fails alone with a message naming it (and the line), stores nothing, and the exit code says so.
@Suite struct ImportCommandBadInputTests {
    /// A copy of the fixture programme with `files` added to the webinar's folder.
    static func programme(in sandbox: CLISandbox, adding files: [String: [UInt8]]) throws -> String {
        let folder = sandbox.directory.appendingPathComponent("2021")
        try FileManager.default.copyItem(atPath: try Fixture.path("programme"), toPath: folder.path)
        for (name, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent("2021-03-10-webinario/\(name)"))
        }
        return folder.path
    }

    static let badFiles: [String: [UInt8]] = [
        "vazio.csv": [],
        "foto.csv": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        "planilha.csv": [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00],
        "nulos.csv": Array("Nome,E-mail\nAna Souza,ana@example.org\n".utf8) + [0, 0, 0, 0x0A],
        "aspas.csv": Array("Nome,E-mail\nAna Souza,\"ana@example.org\nBeto Lima,beto@example.org\n".utf8),
        "so-cabecalho.csv": Array("Nome,E-mail\n".utf8),
        "valores.csv": Array(
            "Nome,E-mail,Data,Duração\nAna Souza,ana@example.org,31/02/2021,1h 99m\nBeto Lima,beto@example.org,10/03/2021,45\n"
                .utf8),
    ]

    @Test("bad files fail one by one, naming file and line; good files and row issues go in; the exit code is 1")
    func badFilesBesideGoodOnes() async throws {
        let sandbox = try CLISandbox()
        let folder = try Self.programme(in: sandbox, adding: Self.badFiles)
        await #expect(throws: ExitCode(1)) {
            try await sandbox.run(["import", folder, "--store", sandbox.store, "--quiet"])
        }
        let store = try Store(path: sandbox.store)
        let stored = Dictionary(uniqueKeysWithValues: try store.files().map { ($0.path, $0) })
        #expect(
            Set(stored.keys) == [
                "2021-03-10-webinario/participants.csv", "2021-03-10-webinario/so-cabecalho.csv",
                "2021-03-10-webinario/valores.csv", "2021-04-20-oficina/inscricoes.csv",
                "2021-04-20-oficina/participants.csv",
            ])
        let values = try #require(stored["2021-03-10-webinario/valores.csv"])
        #expect(values.recordCount == 2)
        #expect(
            try store.issues(fileID: values.id).map(\.description) == [
                "2021-03-10-webinario/valores.csv:2:3: Data: '31/02/2021' is not a valid date",
                "2021-03-10-webinario/valores.csv:2:4: Duração: '1h 99m' is not a duration",
            ])
        let headerOnly = try #require(stored["2021-03-10-webinario/so-cabecalho.csv"])
        #expect(headerOnly.recordCount == 0)
        #expect(headerOnly.issueCount == 1)
    }

    @Test("each failure's line says the file once, then the line and what to do")
    func failureMessages() async throws {
        let sandbox = try CLISandbox()
        let folder = try Self.programme(in: sandbox, adding: Self.badFiles)
        let summary = try await Importer(store: try Store(path: sandbox.store)).importPaths([folder])
        let lines = Dictionary(
            uniqueKeysWithValues: summary.files.compactMap { report -> (String, String)? in
                guard case .failed = report.outcome else { return nil }
                return ((report.path as NSString).lastPathComponent, ImportProgress.line(report))
            })
        let path = "2021-03-10-webinario"
        #expect(
            lines == [
                "vazio.csv":
                    "FAILED   \(path)/vazio.csv: the file is empty (no rows, or only blank lines and delimiters): "
                    + "nothing to import",
                "foto.csv":
                    "FAILED   \(path)/foto.csv: this is a PNG image, not a CSV text file; export or save the list "
                    + "as CSV (UTF-8) and import that",
                "planilha.csv":
                    "FAILED   \(path)/planilha.csv: this is a ZIP archive but not an Excel .xlsx workbook (no "
                    + "xl/workbook.xml, or a damaged file); an OpenDocument .ods or binary .xlsb workbook is not read: "
                    + "save it as .xlsx or as CSV (UTF-8)",
                "nulos.csv": "FAILED   \(path)/nulos.csv:3: the record starting on this line holds a NUL byte: this is "
                    + "binary data, not CSV text (a damaged file, or a spreadsheet saved in its own format); save the list "
                    + "as CSV and import that",
                "aspas.csv":
                    "FAILED   \(path)/aspas.csv:2: a quoted field opened in the record starting on this line is "
                    + "never closed; look there for a quote without its pair, or for text right after a closing quote "
                    + "(\"ab\"c keeps the field open)",
            ])
    }

    @Test("inspect names a ZIP that is no workbook for what it is instead of reading its bytes")
    func inspectWorkbook() throws {
        let sandbox = try CLISandbox()
        let path = sandbox.path("lista.csv")
        try Data(Self.badFiles["planilha.csv"] ?? []).write(to: URL(fileURLWithPath: path))
        #expect(
            throws: FormatError.workbook(.notAWorkbook(file: path))
        ) {
            try InspectCommand.parse([path]).output()
        }
    }

    @Test("export attendances neutralises ids and paths a spreadsheet would run as formulas")
    func attendancesAreFormulaSafe() async throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.directory.appendingPathComponent("2021")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("=1+1"), withIntermediateDirectories: true)
        try Data("id,year,kind,title_pt,title_en,dates\n=1+1,2021,webinar,Teste,Test,2021-03-10\n".utf8)
            .write(to: folder.appendingPathComponent("events.csv"))
        try FileManager.default.copyItem(
            atPath: try Fixture.path("programme/2021-03-10-webinario/participants.csv"),
            toPath: folder.appendingPathComponent("=1+1/participants.csv").path)
        try await sandbox.run(["import", folder.path, "--store", sandbox.store, "--quiet"])
        try await sandbox.run([
            "export", "attendances", "--year", "2021", "--store", sandbox.store,
            "--out", sandbox.path("attendances.csv"),
        ])
        let rows = try sandbox.read("attendances.csv").split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("'=1+1,'=1+1/participants.csv,") })
    }
}
