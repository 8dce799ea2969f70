import Foundation

/// One export to import: where it is, what it is called in the store, which event it belongs to.
public struct ImportJob: Sendable, Hashable {
    /// The file on disk.
    public var path: String
    /// The name stored and shown: relative to the programme folder (`<event>/<file>`), or as given.
    public var displayPath: String
    public var eventID: String
}

/// What an `import` of some paths will do: catalogs to load and files to read.
public struct ImportPlan: Sendable {
    /// Each programme year's catalog, read once here: its events and its certifications file.
    public var catalogs: [(events: [Event], certifications: String?)] = []
    public var jobs: [ImportJob] = []
    /// Folders or files that cannot be imported (not in the catalog, not a CSV…), with the reason.
    public var problems: [(path: String, message: String)] = []

    /// Plans the import of files and folders.
    ///
    /// A folder holding `events.csv` is a programme year: its catalog, its `certifications.csv`
    /// and every `*.csv` in each event's folder. A folder without a catalog imports each
    /// subfolder that has one. A single file needs `eventID`.
    ///
    /// - Throws: ``ImportError/noCatalog(path:)`` for a folder with no catalog anywhere,
    ///   ``ImportError/noEventForFile(file:)`` for a file without an event, and the catalog's own
    ///   error when an `events.csv` cannot be read.
    public static func make(paths: [String], eventID: String?) throws -> ImportPlan {
        var plan = ImportPlan()
        let files = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ImportError.unreadable(file: path, reason: "no such file or folder")
            }
            if !isDirectory.boolValue {
                guard let eventID else { throw ImportError.noEventForFile(file: path) }
                plan.jobs.append(ImportJob(path: path, displayPath: path, eventID: eventID))
                continue
            }
            let years = programmeYears(in: path)
            guard !years.isEmpty else { throw ImportError.noCatalog(path: path) }
            for year in years { try plan.add(year: year) }
        }
        return plan
    }

    /// The programme-year folders at or directly below `path`.
    static func programmeYears(in path: String) -> [String] {
        let catalog = (path as NSString).appendingPathComponent("events.csv")
        if FileManager.default.fileExists(atPath: catalog) { return [path] }
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return children.sorted().map { (path as NSString).appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("events.csv"))
        }
    }

    private mutating func add(year folder: String) throws {
        let files = FileManager.default
        let certifications = (folder as NSString).appendingPathComponent("certifications.csv")
        let events = try Catalog.readEvents(path: (folder as NSString).appendingPathComponent("events.csv"))
        catalogs.append(
            (events: events, certifications: files.fileExists(atPath: certifications) ? certifications : nil))
        let eventIDs = Set(events.map(\.id))
        let children = ((try? files.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for child in children {
            let childPath = (folder as NSString).appendingPathComponent(child)
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: childPath, isDirectory: &isDirectory), isDirectory.boolValue,
                !child.hasPrefix(".")
            else { continue }
            guard eventIDs.contains(child) else {
                problems.append(
                    (childPath, ImportError.notInCatalog(folder: childPath, catalog: "events.csv").description))
                continue
            }
            let exports = ((try? files.contentsOfDirectory(atPath: childPath)) ?? []).sorted()
            for name in exports where !name.hasPrefix(".") {
                let filePath = (childPath as NSString).appendingPathComponent(name)
                guard name.lowercased().hasSuffix(".csv") || name.lowercased().hasSuffix(".txt") else {
                    problems.append((filePath, "\(child)/\(name): not a CSV export (.csv or .txt); skipped"))
                    continue
                }
                jobs.append(ImportJob(path: filePath, displayPath: "\(child)/\(name)", eventID: child))
            }
        }
    }
}
