import AttendanceModel
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// Catalog changes and sessions given by hand, checked against what is already imported.
@Suite struct ImporterCatalogTests {
    @Test("a catalog that drops a session day where imported files sit is refused, naming event, days and files")
    func strandedFilesAreRefused() async throws {
        let programme = try ProgrammeFolder()
        try programme.write(ProgrammeFolder.list, to: "2021-05-20-gt/2021-06-17-lista.csv")
        try programme.write(
            ProgrammeFolder.list.replacingOccurrences(of: "Ana", with: "Eva"), to: "2021-05-20-gt/a.csv")
        let store = try Store(path: programme.root.appendingPathComponent("s.sqlite").path)
        _ = try await Importer(store: store).importPaths([programme.year])

        try programme.write(
            ProgrammeFolder.catalog.replacingOccurrences(of: "2021-05-20;2021-06-17", with: "2021-05-20;2021-06-24"),
            to: "events.csv")
        let error = await #expect(throws: StoreError.self) {
            try await Importer(store: store).importPaths([programme.year])
        }
        #expect(
            error?.description
                == "\(programme.year)/events.csv:3: event '2021-05-20-gt' no longer has a session on 2021-06-17, "
                + "where 1 imported file sits (2021-05-20-gt/2021-06-17-lista.csv); the catalog was not changed. "
                + "Keep the date, or forget those files and import them again after changing the dates")
        #expect(try store.event(id: "2021-05-20-gt")?.dates.map(\.description) == ["2021-05-20", "2021-06-17"])
    }

    @Test("a catalog that drops a day no file sits on, or adds one, goes in")
    func harmlessDateChanges() async throws {
        let programme = try ProgrammeFolder()
        try programme.write(ProgrammeFolder.list, to: "2021-05-20-gt/2021-05-20-lista.csv")
        let store = try Store(path: programme.root.appendingPathComponent("s.sqlite").path)
        _ = try await Importer(store: store).importPaths([programme.year])
        try programme.write(
            ProgrammeFolder.catalog.replacingOccurrences(of: "2021-05-20;2021-06-17", with: "2021-05-20;2021-07-15"),
            to: "events.csv")
        let summary = try await Importer(store: store).importPaths([programme.year])
        #expect(summary.eventsChanged == 1)
    }

    @Test("a session outside the event's dates is refused, naming the dates")
    func sessionOutsideEvent() async throws {
        let programme = try ProgrammeFolder()
        let store = try Store(path: programme.root.appendingPathComponent("s.sqlite").path)
        _ = try await Importer(store: store).importPaths([programme.year])
        let file = programme.root.appendingPathComponent("lista.csv").path
        try Data(ProgrammeFolder.list.utf8).write(to: URL(fileURLWithPath: file))
        let options = ImportOptions(eventID: "2021-05-20-gt", session: Day(iso: "2021-06-18"))
        let error = await #expect(throws: ImportError.self) {
            try await Importer(store: store).importPaths([file], options: options)
        }
        #expect(
            error?.description
                == "event '2021-05-20-gt' has no session on 2021-06-18; its dates are 2021-05-20, 2021-06-17")
        #expect(try store.files().isEmpty)
    }
}
