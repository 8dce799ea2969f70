import AttendanceService
import Foundation
import Testing

/// What the built `attendance` prints when it cannot write where it is told, and with control
/// characters in the data: run as a child process, as `nobody` where permissions matter.
@Suite(.enabled(if: AttendanceProcess.unavailable == nil, Comment(rawValue: AttendanceProcess.unavailable ?? "")))
struct OutputFaultTests {
    let sandbox: CLISandbox

    init() throws {
        sandbox = try CLISandbox()
    }

    @Test("--out and --dir in a read-only folder: exit 4, the path, Permission denied and what to do")
    func readOnlyFolder() throws {
        let folder = sandbox.path("work")
        try FileManager.default.createDirectory(atPath: folder + "/read-only", withIntermediateDirectories: true)
        let store = folder + "/store.sqlite"
        let imported = try AttendanceProcess.run(["import", try Fixture.path("programme"), "--store", store, "--quiet"])
        try #require(imported.status == 0, Comment(rawValue: imported.output))
        try AttendanceProcess.giveToNobody(folder)
        let readOnly = folder + "/read-only"
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly) }

        let report = try AttendanceProcess.run(
            ["report", "--year", "2021", "--out", readOnly + "/report.txt", "--store", store], asNobody: true)
        #expect(report.status == 4)
        #expect(
            report.output.contains(
                "\(readOnly)/report.txt: cannot write the file (Permission denied): you may not write in \(readOnly); "
                    + "make it writable, or write elsewhere (--out FILE)"), Comment(rawValue: report.output))
        let export = try AttendanceProcess.run(
            ["export", "--year", "2021", "--dir", readOnly, "--store", store], asNobody: true)
        #expect(export.status == 4)
        #expect(
            export.output.contains(
                "\(readOnly)/2021: cannot create the folder (Permission denied): you may not write in \(readOnly); "
                    + "make it writable, or write elsewhere (--dir FOLDER)"), Comment(rawValue: export.output))
        #expect(!report.output.contains("NSCocoaErrorDomain") && !export.output.contains("NSCocoaErrorDomain"))
    }

    @Test("names and file names with ESC reach the terminal escaped, in import lines, listings and errors")
    func controlCharacters() throws {
        let year = sandbox.directory.appendingPathComponent("2021")
        try FileManager.default.createDirectory(
            at: year.appendingPathComponent("bad\u{1B}[31m"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: year.appendingPathComponent("ev"), withIntermediateDirectories: true)
        try Data("id,year,kind,title_pt,title_en,dates\nev,2021,webinar,W\u{1B}]0;x\u{7},W,2021-03-10\n".utf8)
            .write(to: year.appendingPathComponent("events.csv"))
        try Data("Nome,E-mail\nAna\u{1B}[2J Souza,ana@example.org\n".utf8)
            .write(to: year.appendingPathComponent("ev/l\u{1B}[1mista.csv"))
        let store = sandbox.store

        let imported = try AttendanceProcess.run(["import", year.path, "--store", store])
        #expect(imported.status == 1)
        #expect(imported.output.contains("imported ev/l\\e[1mista.csv [generic-list]: 1 records"))
        #expect(imported.output.contains("FAILED   \(year.path)/bad\\e[31m/: no event 'bad\\e[31m'"))
        for arguments in [
            ["people"], ["sources"], ["events"], ["audit"], ["report", "--year", "2021", "--language", "pt"],
        ] {
            let outcome = try AttendanceProcess.run(arguments + ["--store", store])
            #expect(outcome.status == 0, Comment(rawValue: outcome.output))
            #expect(!outcome.output.contains("\u{1B}"), "\(arguments[0]) printed a raw ESC")
        }
        let people = try AttendanceProcess.run(["people", "--store", store])
        #expect(people.output.contains("Ana\\e[2J Souza"))
        let missing = try AttendanceProcess.run(["import", sandbox.path("x\u{1B}[31m.csv"), "--store", store])
        #expect(missing.status == 1)
        #expect(missing.output.contains("x\\e[31m.csv: cannot read: no such file or folder"))
        #expect(!imported.output.contains("\u{1B}") && !missing.output.contains("\u{1B}"))
    }
}
