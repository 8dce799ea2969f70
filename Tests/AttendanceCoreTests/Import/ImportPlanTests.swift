import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// How `import` walks a programme folder: what it reads, and a line for everything it does not.
@Suite struct ImportPlanTests {
    /// The problems of a plan, as `path → message`.
    static func problems(_ plan: ImportPlan) -> [String: String] {
        Dictionary(uniqueKeysWithValues: plan.problems.map { ($0.path, $0.error.description) })
    }

    @Test("a folder that is no event of the catalog (a misspelt id) is named with the catalog and what to do")
    func folderNotInCatalog() throws {
        let programme = try ProgrammeFolder()
        try programme.write(ProgrammeFolder.list, to: "webnar-02/lista.csv")
        let plan = try ImportPlan.make(paths: [programme.year], eventID: nil)
        let year = programme.year
        #expect(
            Self.problems(plan) == [
                "\(year)/webnar-02/":
                    "\(year)/webnar-02/: no event 'webnar-02' in \(year)/events.csv; rename the folder to an event id "
                    + "or add the event"
            ])
        #expect(plan.jobs.isEmpty)
    }

    @Test("a folder a letter or two from an event id, or only in another case, names that id")
    func nearestID() throws {
        let programme = try ProgrammeFolder()
        try programme.folder("2021-03-10-webinaro")
        try programme.folder("2021-05-20-GT")
        let plan = try ImportPlan.make(paths: [programme.year], eventID: nil)
        let year = programme.year
        #expect(
            Self.problems(plan) == [
                "\(year)/2021-03-10-webinaro/":
                    "\(year)/2021-03-10-webinaro/: no event '2021-03-10-webinaro' in \(year)/events.csv; rename the "
                    + "folder to an event id or add the event (the nearest id is '2021-03-10-webinario')",
                "\(year)/2021-05-20-GT/":
                    "\(year)/2021-05-20-GT/: no event '2021-05-20-GT' in \(year)/events.csv; rename the folder to an "
                    + "event id or add the event (the nearest id is '2021-05-20-gt')",
            ])
    }

    @Test("a subfolder, a workbook, another file, a FIFO and a stray export each get their own problem")
    func eachUnreadEntryIsNamed() throws {
        let programme = try ProgrammeFolder()
        let event = "\(programme.year)/2021-03-10-webinario"
        try programme.write(ProgrammeFolder.list, to: "2021-03-10-webinario/antigos/lista.csv")
        try programme.write("PK", to: "2021-03-10-webinario/lista.xls")
        try programme.write("%PDF", to: "2021-03-10-webinario/lista.pdf")
        try programme.fifo("2021-03-10-webinario/pipe.csv")
        try programme.write(ProgrammeFolder.list, to: "lista.csv")
        try programme.write("", to: "2021-03-10-webinario/.DS_Store")
        try programme.write("", to: "2021-03-10-webinario/~$lista.xlsx")
        let plan = try ImportPlan.make(paths: [programme.year], eventID: nil)
        #expect(
            Self.problems(plan) == [
                "\(event)/antigos/":
                    "\(event)/antigos/: a folder inside an event folder is not read; move the exports it holds "
                    + "into \(event)/ to import them",
                "\(event)/lista.xls":
                    "\(event)/lista.xls: an old Excel .xls, binary .xlsb or OpenDocument workbook is not read; open "
                    + "it, save it as Excel Workbook (.xlsx) or CSV (UTF-8) and import that",
                "\(event)/lista.pdf":
                    "\(event)/lista.pdf: not an export (.csv, .tsv, .txt or .xlsx), so it is not read; save the list as CSV, "
                    + "or move the file out of the folder",
                "\(event)/pipe.csv":
                    "\(event)/pipe.csv: a FIFO, or named pipe, not a regular file, so it is not read; put the export "
                    + "itself in its place",
                "\(programme.year)/lista.csv":
                    "\(programme.year)/lista.csv: an export beside events.csv is not read; move it into its event's "
                    + "folder (\(programme.year)/<event id>/)",
            ])
        #expect(plan.jobs.isEmpty)
    }

    @Test("a .tsv export is read like a .csv: the reader finds the tabs")
    func tsvIsRead() async throws {
        let programme = try ProgrammeFolder()
        try programme.write(
            "Nome\tE-mail\nAna Souza\tana@example.org\n", to: "2021-03-10-webinario/participantes.tsv")
        let plan = try ImportPlan.make(paths: [programme.year], eventID: nil)
        #expect(plan.jobs.map(\.displayPath) == ["2021-03-10-webinario/participantes.tsv"])
        #expect(plan.problems.isEmpty)
        let store = try Store(path: programme.root.appendingPathComponent("s.sqlite").path)
        let summary = try await Importer(store: store).importPaths([programme.year])
        #expect(summary.imported == 1)
        #expect(try store.files().map(\.delimiter) == ["\\t"])
    }

    @Test("a file name that is not UTF-8 is imported, stored and shown with the bad byte escaped")
    func latin1FileName() async throws {
        let programme = try ProgrammeFolder()
        let name = Array("lista-jos".utf8) + [0xE9] + Array(".csv".utf8)
        try programme.write(ProgrammeFolder.list, in: "2021-03-10-webinario", rawName: name)
        let plan = try ImportPlan.make(paths: [programme.year], eventID: nil)
        let job = try #require(plan.jobs.first)
        #expect(job.displayPath == "2021-03-10-webinario/lista-jos\\xE9.csv")
        #expect(job.location.bytes == Array("\(programme.year)/2021-03-10-webinario/".utf8) + name)

        let store = try Store(path: programme.root.appendingPathComponent("s.sqlite").path)
        let summary = try await Importer(store: store).importPaths([programme.year])
        #expect(summary.failed == 0)
        #expect(try store.files().map(\.path) == ["2021-03-10-webinario/lista-jos\\xE9.csv"])
        #expect(try store.files().map(\.recordCount) == [2])
        let again = try await Importer(store: store).importPaths([programme.year])
        #expect(again.skipped == 1)
    }

    @Test("a folder whose name is not UTF-8 is no event: named with its bad byte escaped")
    func latin1FolderName() throws {
        let programme = try ProgrammeFolder()
        try programme.folder("sess\u{F5}es")  // made UTF-8, then renamed to Latin-1 bytes below
        let from = Array("\(programme.year)/sess\u{F5}es".utf8) + [0]
        let to = Array("\(programme.year)/sess".utf8) + [0xF5] + Array("es".utf8) + [0]
        let renamed = from.withUnsafeBufferPointer { a in
            to.withUnsafeBufferPointer { b in
                a.withMemoryRebound(to: CChar.self) { a in
                    b.withMemoryRebound(to: CChar.self) { b in rename(a.baseAddress!, b.baseAddress!) }
                }
            }
        }
        try #require(renamed == 0)
        let plan = try ImportPlan.make(paths: [programme.year], eventID: nil)
        #expect(plan.problems.map(\.path) == ["\(programme.year)/sess\\xF5es/"])
        #expect(
            plan.problems.first?.error
                == .notInCatalog(
                    folder: "\(programme.year)/sess\\xF5es", eventID: "sess\\xF5es",
                    catalog: "\(programme.year)/events.csv"))
    }

    @Test("a FIFO given as a single file is refused without being opened")
    func fifoAsSingleFile() throws {
        let programme = try ProgrammeFolder()
        try programme.fifo("pipe.csv")
        let path = "\(programme.year)/pipe.csv"
        #expect(throws: ImportError.notRegularFile(file: path, kind: "a FIFO, or named pipe")) {
            try ImportPlan.make(paths: [path], eventID: "2021-03-10-webinario")
        }
    }

    @Test("every problem reaches the import summary as a failed report, before the files")
    func problemsReachTheSummary() async throws {
        let programme = try ProgrammeFolder()
        try programme.write(ProgrammeFolder.list, to: "webnar-02/lista.csv")
        try programme.write(ProgrammeFolder.list, to: "2021-03-10-webinario/lista.csv")
        try programme.write("PK", to: "2021-03-10-webinario/lista.xls")
        let store = try Store(path: programme.root.appendingPathComponent("s.sqlite").path)
        let summary = try await Importer(store: store).importPaths([programme.year])
        #expect(summary.failed == 2)
        #expect(summary.imported == 1)
        #expect(
            summary.files.map(\.path) == [
                "\(programme.year)/2021-03-10-webinario/lista.xls", "\(programme.year)/webnar-02/",
                "2021-03-10-webinario/lista.csv",
            ])
    }
}
