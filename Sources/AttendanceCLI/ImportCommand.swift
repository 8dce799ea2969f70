import ArgumentParser
import AttendanceService
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import programme folders or single exports into the store, then match people.",
        discussion: """
            A folder with events.csv is a programme year: its catalog, certifications.csv and every export
            (.csv, .tsv, .txt, .xlsx) in each event's folder. A folder of such years imports each. A single file
            needs --event. Folders that are no event, subfolders of an event folder, .xls/.ods and other files are
            not read: each gets a line saying why and what to do, and the exit code is 1.
            A file already imported is skipped: the same bytes, or, for the same event, the same records
            saved again, renamed, with rows moved or re-downloaded. A changed file at the same path replaces
            its earlier records, and so does a new version of a stored file (same event, format and role,
            with at least 80% of its records): the line says "new version of <file>: +N −M records".
            --as-separate-copy imports the files as files of their own even so. CSV files written by
            attendance itself (export, report, review) are refused: they hold no names to import.
            Each file goes in as one transaction: a file that fails leaves nothing behind. Exits non-zero when
            any file failed.

            Examples:
              attendance import Imports
              attendance import ~/Downloads/zoom.csv --event 2021-05-12-webinario --session 2021-05-12
              attendance import lista-sala-b.csv --event 2021-05-12-webinario --as-separate-copy
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "Programme folders, folders of years, or export files.") var paths: [String]
    @Option(help: "The event single files belong to.") var event: String?
    @Option(
        help: ArgumentHelp(
            "The session (YYYY-MM-DD, one of the event's dates) single files belong to.", valueName: "date"))
    var session: String?
    @Option(help: "Treat lists as 'registration' or 'attendance' whatever their file name.") var role: String?
    @Option(
        help: ArgumentHelp("Column mapping for unrecognised files, e.g. name=Nome,email=Correio.", valueName: "map"))
    var map: String?
    @Flag(
        help: """
            Import the files as files of their own even when the store holds the same bytes or records \
            already, and never as a new version of a stored file.
            """)
    var asSeparateCopy = false
    @Flag(help: "Print only the summary and problems.") var quiet = false
    /// Benchmarks time matching apart (`AttendanceBenchmarks identity`); people stay unmatched until the next import.
    @Flag(name: .customLong("no-identity"), help: .hidden) var skipsIdentity = false

    func validate() throws {
        if let session, Day(iso: session) == nil { throw ValidationError("--session '\(session)' is not YYYY-MM-DD") }
        if let role, !["registration", "attendance"].contains(role) {
            throw ValidationError("--role must be 'registration' or 'attendance'")
        }
    }

    func run() async throws {
        let store = try storeOptions.open(for: .changing)
        let options = ImportOptions(
            eventID: event, session: session.flatMap { Day(iso: $0) }, role: role.flatMap(RecordKind.init(rawValue:)),
            mapping: try map.map { try ColumnMapping(parsing: $0) }, isSeparateCopy: asSeparateCopy)
        let progress = ImportProgress(quiet: quiet)
        let summary: ImportSummary
        let identity: ImportProgress.Matching
        do {
            summary = try await Importer(store: store).importPaths(paths, options: options) { done, total, report in
                progress.show(done: done, total: total, report: report)
            }
            progress.finish()
            identity = skipsIdentity ? .skipped : try Self.match(store)
        } catch ImportError.sessionNotInEvent(let day, let eventID, let dates) {
            progress.finish()
            throw CommandError.badArgument(
                "--session \(day): \(ImportError.sessionNotInEvent(day, eventID: eventID, dates: dates))")
        } catch {
            progress.finish()
            throw store.explained(error) ?? error  // a disk that fills up, a store another process holds
        }
        Terminal.say(ImportProgress.summaryText(summary, identity: identity, quiet: quiet))
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// Matches people if anything they depend on changed. A run overtaken by other processes'
    /// imports again and again is left to them: each matches after its own files.
    static func match(_ store: Store) throws -> ImportProgress.Matching {
        do {
            return try IdentityService(store: store).bringUpToDate().map { .matched($0) } ?? .upToDate
        } catch StoreError.superseded {
            return .deferred
        }
    }
}
