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

/// Control characters in names, titles and file names are shown, never sent raw to the terminal.
@Suite struct TerminalTests {
    @Test(
        "ESC, C0 and C1 controls, DEL and bidirectional marks are written visibly",
        arguments: [
            ("Ana\u{1B}[2J Souza", "Ana\\e[2J Souza"),
            ("a\u{9B}31m", "a\\u{9B}31m"),
            ("a\u{7F}b\u{0}c\u{7}", "a\\u{7F}b\\0c\\u{7}"),
            ("linha\r", "linha\\r"),
            // A right-to-left override would show `lista\u{202E}vsc.exe` as `listaexe.csv`.
            ("lista\u{202E}vsc.exe", "lista\\u{202E}vsc.exe"),
            ("a\u{2066}b\u{2069}\u{200F}", "a\\u{2066}b\\u{2069}\\u{200F}"),
            ("José Dias · São Paulo", "José Dias · São Paulo"),
        ])
    func escaped(text: String, shown: String) {
        #expect(Terminal.escaped(text) == shown)
    }

    @Test("line breaks and tabs stay in whole messages and are escaped in one cell")
    func lineBreaks() {
        #expect(Terminal.escaped("a\nb\tc") == "a\nb\tc")
        #expect(Terminal.escaped("a\nb\tc", keepingLineBreaks: false) == "a\\nb\\tc")
    }

    @Test("listings, import lines and error messages go through the escaping")
    func everyPath() async throws {
        #expect(TextGrid([["file"], ["l\u{1B}[1mista.csv"]]).rendered == "file\nl\\e[1mista.csv")
        let sandbox = try CLISandbox()
        let year = sandbox.directory.appendingPathComponent("2021")
        try FileManager.default.createDirectory(
            at: year.appendingPathComponent("ev/l\u{1B}]0;x\u{7}"), withIntermediateDirectories: true)
        try Data("id,year,kind,title_pt,title_en,dates\nev,2021,webinar,W,W,2021-03-10\n".utf8)
            .write(to: year.appendingPathComponent("events.csv"))
        let summary = try await Importer(store: try Store(path: sandbox.store)).importPaths([year.path])
        let report = try #require(summary.files.first)
        #expect(
            ImportProgress.line(report)
                == "FAILED   \(year.path)/ev/l\\e]0;x\\u{7}/: a folder inside an event folder is not read; move the "
                + "exports it holds into \(year.path)/ev/ to import them")
        let error = ImportError.notInCatalog(folder: "2021/a\u{1B}[31m", eventID: "a\u{1B}[31m", catalog: "e.csv")
        #expect(!AttendanceCommand.message(for: error).contains("\u{1B}"))
        #expect(AttendanceCommand.message(for: error).hasPrefix("Error: 2021/a\\e[31m/: no event 'a\\e[31m'"))
    }

    @Test("people shows a name with an ESC and a line break on its own line, escaped")
    func people() async throws {
        let sandbox = try CLISandbox()
        let year = sandbox.directory.appendingPathComponent("2021")
        try FileManager.default.createDirectory(
            at: year.appendingPathComponent("ev"), withIntermediateDirectories: true)
        try Data("id,year,kind,title_pt,title_en,dates\nev,2021,webinar,W,W,2021-03-10\n".utf8)
            .write(to: year.appendingPathComponent("events.csv"))
        try Data("Nome,E-mail\n\"Ana\u{1B}[2J\nSouza\",ana@example.org\n".utf8)
            .write(to: year.appendingPathComponent("ev/lista.csv"))
        try await sandbox.run(["import", year.path, "--store", sandbox.store, "--quiet"])
        let listing = try PeopleCommand.parse(["--store", sandbox.store]).output()
        #expect(!listing.contains("\u{1B}"))
        #expect(listing.contains("P000001  Ana\\e[2J\\nSouza  (1 records)"))
    }
}
