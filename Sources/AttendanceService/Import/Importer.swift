import AttendanceCSV
import AttendanceStore
import Foundation

/// What happened to one file of an import.
public struct FileReport: Sendable {
    /// Whether the file went in, was already there, or could not be imported.
    public enum Outcome: Sendable, Equatable {
        /// The records went in; `replaced` says an earlier version at the same path was removed.
        case imported(records: Int, replaced: Bool)
        /// The records went in as the new version of the stored file at the path `of` (same event,
        /// format and role, most of its records again), whose records were removed: `added` records
        /// are new, `removed` ones were only in the previous version.
        case newVersion(of: String, records: Int, added: Int, removed: Int)
        /// A file with the same bytes is stored already, as `existingPath`: nothing changed.
        case alreadyImported(existingPath: String)
        /// A file of the same event with other bytes but the same records is stored already, as
        /// `existingPath` (saved again, renamed, re-downloaded): nothing changed.
        case sameContent(existingPath: String)
        /// The file could not be imported; the message names it.
        case failed(String)
    }

    /// The file, as given to the import.
    public var path: String
    package var eventID: String?
    /// The export format recognised, when it was.
    public var format: String?
    /// Whether it went in, was there already, or failed.
    public var outcome: Outcome
    /// Rows that could not be read fully (kept or skipped), with file, line and column.
    public var issues: [ImportIssue]
    /// Records by kind, for an imported file.
    package var recordsByKind: [RecordKind: Int]
    /// Why a failed file could not be read as an export, when that is why it failed: for a caller
    /// that adds its own advice (the command line names the option that gives a column mapping).
    public var formatError: FormatError?

    /// Creates a report.
    package init(
        path: String, eventID: String?, format: String?, outcome: Outcome, issues: [ImportIssue],
        recordsByKind: [RecordKind: Int], formatError: FormatError? = nil
    ) {
        self.path = path
        self.eventID = eventID
        self.format = format
        self.outcome = outcome
        self.issues = issues
        self.recordsByKind = recordsByKind
        self.formatError = formatError
    }
}

/// The result of an import: one report per file, plus the catalog changes.
public struct ImportSummary: Sendable {
    /// One report per file, in the order they were stored.
    public var files: [FileReport] = []
    /// Events the catalogs added.
    public var eventsAdded = 0
    /// Events the catalogs changed.
    public var eventsChanged = 0
    /// Certifications read from `certifications.csv`.
    public var certifications = 0
    /// Rows of `certifications.csv` refused (each also a failed report in ``files``).
    public var refusedCertifications = 0

    /// Files stored, as new files or as new versions of stored ones.
    public var imported: Int {
        files.filter {
            switch $0.outcome {
            case .imported, .newVersion: true
            default: false
            }
        }.count
    }
    /// Files whose bytes or records were stored already.
    public var skipped: Int {
        files.filter {
            switch $0.outcome {
            case .alreadyImported, .sameContent: true
            default: false
            }
        }.count
    }
    /// Files that could not be imported.
    public var failed: Int { files.filter { if case .failed = $0.outcome { true } else { false } }.count }
    /// Records stored, by kind, over every file.
    public var recordsByKind: [RecordKind: Int] {
        files.reduce(into: [:]) { total, file in
            for (kind, count) in file.recordsByKind { total[kind, default: 0] += count }
        }
    }
}

/// How to read files given one by one (not through a programme folder).
public struct ImportOptions: Sendable {
    /// The event single files belong to.
    package var eventID: String?
    /// The session single files belong to (else the file name's date, the content's, or the first).
    package var session: Day?
    /// Forces the files' role: registration or attendance lists.
    package var role: RecordKind?
    /// Explicit column mapping for files no format recognises.
    package var mapping: ColumnMapping?
    /// Files parsed at the same time.
    package var concurrency: Int
    /// Whether the files are separate copies on purpose: stored even when the store holds the same
    /// bytes or the same records already, and never taken for a new version of a stored file
    /// (see ``Store/store(_:)``). A file at the same event and path still replaces the stored one.
    package var isSeparateCopy: Bool
    /// The largest file and field read (512 MiB and 64 KiB by default): a larger file fails, a
    /// record with a longer field is left out with an issue.
    package var limits: ReadingLimits

    /// Options for an import: the event and session of single files, the role and column mapping
    /// of their records, how many files are read at once, whether a file is a separate copy, and
    /// the reading limits.
    public init(
        eventID: String? = nil, session: Day? = nil, role: RecordKind? = nil, mapping: ColumnMapping? = nil,
        concurrency: Int = 2, isSeparateCopy: Bool = false, limits: ReadingLimits = ReadingLimits()
    ) {
        self.eventID = eventID
        self.session = session
        self.role = role
        self.mapping = mapping
        self.concurrency = concurrency
        self.isSeparateCopy = isSeparateCopy
        self.limits = limits
    }
}

/// Imports exports into a `Store`: catalogs first, then each file in its own transaction.
///
/// Files are recognised by content, parsed in parallel and stored in path order, so the same
/// folder always gives the same store. A file whose bytes are already stored is skipped
/// without being parsed; one with the same records as a stored file of its event is skipped
/// after parsing, and one holding most of a stored file's records replaces it as its new
/// version (`Store/store(_:)`). One that fails leaves nothing behind while the others go in.
public struct Importer: Sendable {
    package let store: Store

    /// An importer into `store`.
    public init(store: Store) {
        self.store = store
    }

    /// Imports files and programme folders.
    ///
    /// - Parameters:
    ///   - paths: Programme folders, folders of years, or single files (with `options.eventID`).
    ///   - options: How to treat single files.
    ///   - progress: Called after each file with the number done and the total.
    /// - Throws: ``ImportError`` when a path or a catalog cannot be used at all, when the event of
    ///   single files is not in the catalog or has no session on `options.session`, or when a
    ///   catalog change would strand imported files; problems with single files, folders and
    ///   certification rows are reported in the summary instead, one report each.
    public func importPaths(
        _ paths: [String], options: ImportOptions = ImportOptions(),
        progress: @Sendable (Int, Int, FileReport) -> Void = { _, _, _ in }
    ) async throws
        -> ImportSummary
    {
        let plan = try ImportPlan.make(paths: paths, eventID: options.eventID)
        var summary = ImportSummary()
        var refused: [FileReport] = []
        for catalog in plan.catalogs {
            var read: (certified: [Certification], refused: [ImportError])?
            if let path = catalog.certifications {
                let places = try PlaceDirectory.bundled()
                read = try path.withOpenablePath { openable in
                    try Catalog.readCertifications(path: openable, displayName: path.displayed, places: places)
                }
            }
            // Events and certifications in one transaction: never a year's events without its certifications.
            let changes = try store.load(
                events: catalog.events, catalog: catalog.name, lines: catalog.eventLines,
                certifications: read?.certified)
            summary.eventsAdded += changes.added
            summary.eventsChanged += changes.changed
            if let path = catalog.certifications, let read {
                summary.certifications += read.certified.count
                summary.refusedCertifications += read.refused.count
                refused += read.refused.map { error in
                    FileReport(
                        path: path.displayed, eventID: nil, format: nil, outcome: .failed(error.description),
                        issues: [], recordsByKind: [:])
                }
            }
        }
        var events: [String: Event] = [:]
        for event in try store.events() { events[event.id] = event }
        if let eventID = options.eventID {
            guard let event = events[eventID] else { throw ImportError.unknownEvent(eventID) }
            if let session = options.session, !event.kind.isCourse, !event.dates.contains(session) {
                throw ImportError.sessionNotInEvent(session, eventID: eventID, dates: event.dates)
            }
        }
        // What is not read is reported first, one line each, through the same progress as files.
        let unread =
            refused
            + plan.problems.map { problem in
                FileReport(
                    path: problem.path, eventID: nil, format: nil, outcome: .failed(problem.error.description),
                    issues: [], recordsByKind: [:])
            }
        let total = plan.jobs.count + unread.count
        var done = 0
        for report in unread {
            summary.files.append(report)
            done += 1
            progress(done, total, report)
        }

        let jobs = plan.jobs
        let store = self.store
        // Checked once before any file is read: a wrong or lost key stops the import here.
        let keyring = jobs.isEmpty ? nil : try store.matchKeyring()
        try await withThrowingTaskGroup(of: (Int, Prepared).self) { group in
            var next = 0
            var ready: [Int: Prepared] = [:]
            var storedUpTo = 0
            func launch() {
                guard next < jobs.count else { return }
                let index = next
                let job = jobs[index]
                let event = events[job.eventID]
                group.addTask {
                    (index, Importer.prepare(job, event: event, options: options, store: store, keyring: keyring))
                }
                next += 1
            }
            for _ in 0..<max(1, options.concurrency) { launch() }
            while let (index, prepared) = try await group.next() {
                ready[index] = prepared
                launch()
                while let item = ready.removeValue(forKey: storedUpTo) {
                    let report = Importer.finish(item, store: store)
                    summary.files.append(report)
                    storedUpTo += 1
                    done += 1
                    progress(done, total, report)
                }
            }
        }
        return summary
    }

    /// A file read and ready to store, or the reason it cannot be.
    enum Prepared: Sendable {
        case batch(FileBatch, format: String, issues: [ImportIssue])
        case done(FileReport)
    }

    static func prepare(
        _ job: ImportJob, event: Event?, options: ImportOptions, store: Store, keyring: MatchKeyring?
    ) -> Prepared {
        func failed(_ message: String, format: String? = nil, formatError: FormatError? = nil) -> Prepared {
            .done(
                FileReport(
                    path: job.displayPath, eventID: job.eventID, format: format, outcome: .failed(message),
                    issues: [], recordsByKind: [:], formatError: formatError))
        }
        guard let event else { return failed(ImportError.unknownEvent(job.eventID).description) }
        do {
            // A name that is not UTF-8 is opened by its bytes; the reader sees `/dev/fd/N`.
            return try job.location.withOpenablePath { path in
                let hash = try SHA256.hex(ofFile: path, name: job.displayPath, limits: options.limits)
                if !options.isSeparateCopy, let existing = try store.file(sha256: hash) {
                    return .done(
                        FileReport(
                            path: job.displayPath, eventID: job.eventID, format: existing.format,
                            outcome: .alreadyImported(existingPath: "\(existing.eventID)/\(existing.path)"),
                            issues: [], recordsByKind: [:]))
                }
                let parsed = try ExportReader.read(
                    path: path, displayName: job.displayPath, mapping: options.mapping, limits: options.limits)
                var batch = FileBatch(parsed, job: job, event: event, hash: hash, options: options)
                if let keyring {
                    let kept = Store.keptIdentifiers(of: batch.records, eventID: batch.eventID, keyring: keyring)
                    batch.keptIdentifiers = kept
                    batch.content = ContentFingerprint(records: batch.records, kept: kept)
                }
                return .batch(batch, format: parsed.format.rawValue, issues: parsed.issues)
            }
        } catch {
            return failed(
                store.explained(error)?.description ?? String(describing: error), formatError: error as? FormatError)
        }
    }

    static func finish(_ prepared: Prepared, store: Store) -> FileReport {
        switch prepared {
        case .done(let report):
            return report
        case .batch(let batch, let format, let issues):
            do {
                let outcome = try store.store(batch)
                let kinds = batch.records.reduce(into: [RecordKind: Int]()) { $0[$1.record.kind, default: 0] += 1 }
                switch outcome {
                case .imported(let records, let replaced):
                    return FileReport(
                        path: batch.path, eventID: batch.eventID, format: format,
                        outcome: .imported(records: records, replaced: replaced), issues: issues,
                        recordsByKind: kinds)
                case .newVersion(let previous, let records, let added, let removed):
                    return FileReport(
                        path: batch.path, eventID: batch.eventID, format: format,
                        outcome: .newVersion(of: previous, records: records, added: added, removed: removed),
                        issues: issues, recordsByKind: kinds)
                case .alreadyImported(let existing):
                    return FileReport(
                        path: batch.path, eventID: batch.eventID, format: format,
                        outcome: .alreadyImported(existingPath: existing), issues: [], recordsByKind: [:])
                case .sameContent(let existing):
                    return FileReport(
                        path: batch.path, eventID: batch.eventID, format: format,
                        outcome: .sameContent(existingPath: existing), issues: [], recordsByKind: [:])
                }
            } catch {
                return FileReport(
                    path: batch.path, eventID: batch.eventID, format: format,
                    outcome: .failed(store.explained(error)?.description ?? String(describing: error)),
                    issues: issues, recordsByKind: [:])
            }
        }
    }
}

extension FileBatch {
    /// Turns a parsed export into the batch to store: roles from the file name where the format
    /// leaves them open, and each record's session by the contract's rules.
    init(_ parsed: ParsedExport, job: ImportJob, event: Event, hash: String, options: ImportOptions) {
        let fileName = (job.displayPath as NSString).lastPathComponent
        let records = parsed.resolvingRole(fileName: fileName, forced: options.role).records
        let role = FileBatch.role(of: records)
        let fileSession = FileBatch.session(fileName: fileName, parsed: parsed, event: event, forced: options.session)
        let sessions: [(record: AttendanceRecord, session: Day?)] = records.map { record in
            if event.kind.isCourse { return (record, nil) }
            if let fileSession { return (record, fileSession) }
            if let day = record.sessionDate, event.dates.contains(day) { return (record, day) }
            return (record, event.dates.first)
        }
        self.init(
            path: job.displayPath, eventID: event.id, sha256: hash, format: parsed.format.rawValue,
            encoding: parsed.sheet == nil ? parsed.dialect.encoding.rawValue : "xlsx",
            delimiter: parsed.sheet == nil ? parsed.dialect.delimiterName : "", role: role,
            sessionDate: fileSession, records: sessions, issues: parsed.issues)
        isSeparateCopy = options.isSeparateCopy
    }

    /// The session a whole file belongs to, when one decides for all its records.
    ///
    /// An explicit `--session`, else the ISO date that begins the file name, else the only event
    /// date the content shows; `nil` when records decide one by one.
    static func session(fileName: String, parsed: ParsedExport, event: Event, forced: Day?) -> Day? {
        if let forced { return forced }
        guard !event.kind.isCourse else { return nil }
        if fileName.count >= 10, let day = Day(iso: fileName.prefix(10)), event.dates.contains(day) { return day }
        let shown = Set(parsed.contentDates.filter(event.dates.contains))
        if shown.count == 1 { return shown.first }
        if event.dates.count == 1 { return event.dates.first }
        return nil
    }

    /// The file's role as stored: registration, attendance, both or completion.
    static func role(of records: [AttendanceRecord]) -> String {
        let kinds = Set(records.map(\.kind)).subtracting([.activity])
        if kinds.contains(.completion) || kinds.contains(.enrolment) { return RecordKind.completion.rawValue }
        if kinds.contains(.attendance) && (kinds.contains(.registration) || records.contains(where: \.isRegistered)) {
            return "both"
        }
        return kinds.first?.rawValue ?? RecordKind.attendance.rawValue
    }
}
