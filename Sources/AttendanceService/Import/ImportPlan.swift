import Foundation

/// One export to import: where it is, what it is called in the store, which event it belongs to.
package struct ImportJob: Sendable, Hashable {
    /// The file on disk, by its bytes (a name need not be UTF-8).
    package var location: RawPath
    /// The name stored and shown: relative to the programme folder (`<event>/<file>`), or as given;
    /// bytes that are not UTF-8 are written `\xE9` (``RawPath/displayed``).
    package var displayPath: String
    /// The catalog id of the event the file belongs to.
    package var eventID: String

    /// The file on disk as text (exact for a UTF-8 path; else with its bad bytes escaped).
    package var path: String { location.displayed }
}

/// One programme year's catalog, read once when planning.
package struct PlannedCatalog: Sendable {
    /// The events of `events.csv`.
    package var events: [Event]
    /// The 1-based line of each event in `events.csv`, by event id.
    package var eventLines: [String: Int]
    /// `events.csv` as messages name it (the programme folder as given, then `/events.csv`).
    package var name: String
    /// The programme's `certifications.csv`, when there is one.
    package var certifications: RawPath?
}

/// A folder or file of an import that is not read, with the reason and what to do.
package struct ImportProblem: Sendable, Equatable {
    /// The path as given (or under the programme folder as given); a folder ends in `/`.
    package var path: String
    /// Why it is not read, and what to do (its ``ImportError/description`` is the line shown).
    package var error: ImportError
}

/// What an `import` of some paths will do: catalogs to load and files to read.
package struct ImportPlan: Sendable {
    /// Each programme year's catalog, read once here: its events and its certifications file.
    package var catalogs: [PlannedCatalog] = []
    package var jobs: [ImportJob] = []
    /// Folders or files that are not imported (not in the catalog, a workbook, a FIFO…), with the reason.
    package var problems: [ImportProblem] = []

    /// Plans the import of files and folders.
    ///
    /// A folder holding `events.csv` is a programme year: its catalog, its `certifications.csv`
    /// and every export (`.csv`, `.tsv`, `.txt`) in each event's folder. Folders are listed by the
    /// bytes of their names, so a name that is not UTF-8 is still read. What is not read becomes a
    /// problem, one per folder or file: a folder that is no event of the catalog, a folder inside
    /// an event folder (not read: it may hold old copies), a workbook, another kind of file, an
    /// export beside `events.csv`, a FIFO, socket, device or broken link (never opened). Hidden
    /// names and Office lock files (`~$…`) are left out. A folder without a catalog imports each
    /// subfolder that has one. A single file needs `eventID`.
    ///
    /// - Throws: ``ImportError/noCatalog(path:)`` for a folder with no catalog anywhere,
    ///   ``ImportError/noEventForFile(file:)`` for a file without an event,
    ///   ``ImportError/notRegularFile(file:kind:)`` for a path that is a FIFO or a device, and the
    ///   catalog's own error when an `events.csv` cannot be read.
    package static func make(paths: [String], eventID: String?) throws -> ImportPlan {
        var plan = ImportPlan()
        for path in paths {
            let location = RawPath(path)
            switch location.kind() {
            case nil:
                throw ImportError.unreadable(file: path, reason: "no such file or folder")
            case .other(let kind):
                throw ImportError.notRegularFile(file: path, kind: kind)
            case .file:
                guard let eventID else { throw ImportError.noEventForFile(file: path) }
                plan.jobs.append(ImportJob(location: location, displayPath: path, eventID: eventID))
            case .folder:
                let years = try programmeYears(in: location)
                guard !years.isEmpty else { throw ImportError.noCatalog(path: path) }
                for year in years { try plan.add(year: year) }
            }
        }
        return plan
    }

    /// The programme-year folders at or directly below `path`.
    static func programmeYears(in path: RawPath) throws -> [RawPath] {
        if path.appending("events.csv").kind() == .file { return [path] }
        return try path.entries().filter { $0.first != UInt8(ascii: ".") }.map(path.appending).filter {
            $0.appending("events.csv").kind() == .file
        }
    }

    /// Names that are never exports nor meant to be read: hidden files and Office lock files.
    static func isIgnored(_ name: [UInt8]) -> Bool {
        name.first == UInt8(ascii: ".") || name.starts(with: Array("~$".utf8))
    }

    /// The kind of file a name says, by its extension (lower-cased).
    enum NameKind {
        case export, workbook, other

        init(_ name: String) {
            switch (name as NSString).pathExtension.lowercased() {
            case "csv", "tsv", "txt", "xlsx", "xlsm": self = .export
            case "xls", "xlsb", "ods": self = .workbook
            default: self = .other
            }
        }
    }

    private mutating func add(year folder: RawPath) throws {
        let shown = folder.displayed
        let catalogName = folder.appending("events.csv").displayed
        var lines: [String: Int] = [:]
        let events = try folder.appending("events.csv").withOpenablePath { path in
            try Catalog.readEvents(path: path, displayName: catalogName, lines: &lines)
        }
        let certifications = folder.appending("certifications.csv")
        catalogs.append(
            PlannedCatalog(
                events: events, eventLines: lines, name: catalogName,
                certifications: certifications.kind() == .file ? certifications : nil))
        let eventIDs = Set(events.map(\.id))
        for name in try folder.entries() where !Self.isIgnored(name) {
            let child = folder.appending(name)
            let childName = RawPath.displayed(name)
            switch child.kind() {
            case .folder?:
                guard let id = String(validating: name, as: UTF8.self), eventIDs.contains(id) else {
                    problem(
                        child.displayed + "/",
                        .notInCatalog(
                            folder: child.displayed, eventID: childName, catalog: catalogName,
                            nearest: Self.nearest(childName, among: events.map(\.id))))
                    continue
                }
                add(event: id, folder: child)
            case .file?:
                guard !["events.csv", "certifications.csv"].contains(childName) else { continue }
                if NameKind(childName) != .other {
                    problem(child.displayed, .strayExport(file: child.displayed, folder: shown))
                }
            case .other(let kind)?:
                problem(child.displayed, .notRegularFile(file: child.displayed, kind: kind))
            case nil:
                continue  // gone since the listing
            }
        }
    }

    private mutating func add(event id: String, folder: RawPath) {
        let names: [[UInt8]]
        do {
            names = try folder.entries()
        } catch let error as ImportError {
            return problem(folder.displayed, error)  // a folder that cannot be listed (no permission)
        } catch {
            return problem(folder.displayed, .unreadable(file: folder.displayed, reason: "\(error)"))
        }
        for name in names where !Self.isIgnored(name) {
            let file = folder.appending(name)
            let shown = file.displayed
            switch file.kind() {
            case .folder?:
                problem(shown + "/", .nestedFolder(folder: shown, eventFolder: folder.displayed))
            case .other(let kind)?:
                problem(shown, .notRegularFile(file: shown, kind: kind))
            case .file?:
                let fileName = RawPath.displayed(name)
                switch NameKind(fileName) {
                case .export:
                    jobs.append(ImportJob(location: file, displayPath: "\(id)/\(fileName)", eventID: id))
                case .workbook: problem(shown, .workbook(file: shown))
                case .other: problem(shown, .notAnExport(file: shown))
                }
            case nil:
                continue
            }
        }
    }

    /// The id `name` most looks like: the same but for case, or at most two letters apart
    /// (inserted, removed or changed); `nil` when none is that close, or two are equally close.
    static func nearest(_ name: String, among ids: [String]) -> String? {
        let folded = Array(name.lowercased())
        let scored = ids.map { id in (id, distance(folded, Array(id.lowercased()))) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return scored.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }

    /// The Levenshtein distance between two strings of characters.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    private mutating func problem(_ path: String, _ error: ImportError) {
        problems.append(ImportProblem(path: path, error: error))
    }
}
