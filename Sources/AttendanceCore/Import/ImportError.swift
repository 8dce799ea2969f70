import AttendanceCSV

/// Why an import, a catalog or the store could not do what was asked.
///
/// The ``description`` is what the command line shows: it names the file, the 1-based
/// physical line and the column where they apply.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case csv(CSVError)
    case missingColumn(String, file: String)
    case invalidValue(String, expected: String, file: String, line: Int, column: Int)
    case duplicateEvent(String, file: String, line: Int)
    case unknownEvent(String)
    case noCatalog(path: String)
    case notInCatalog(folder: String, catalog: String)
    case noEventForFile(file: String)
    case store(String)
    /// There is no store at `path` (or only an empty file) to read, and the store was opened
    /// without the right to create one.
    case noStore(path: String)
    /// Store files that users other than the owner can read or write, each with its permission
    /// bits (`0o644`): the store holds personal data, so it is not opened until they are `0600`.
    case exposedStore(modes: [String: Int])
    /// A store made by an earlier version, opened read-only: its schema cannot be brought up to date.
    case outdatedStore(path: String)
    /// The key file of the CPF and e-mail match keys is missing, unreadable, exposed or not the store's.
    case matchKey(file: String, problem: String)
    case notFound(String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .csv(let error): error.description
        case .missingColumn(let column, let file): "\(file): no column named '\(column)'"
        case .invalidValue(let text, let expected, let file, let line, let column):
            "\(file):\(line):\(column): '\(text)' is not \(expected)"
        case .duplicateEvent(let id, let file, let line): "\(file):\(line): event '\(id)' is listed twice"
        case .unknownEvent(let id): "no event '\(id)' in the catalog (import its events.csv first)"
        case .noCatalog(let path):
            "\(path): no events.csv here nor in any subfolder; a programme year folder needs a catalog"
        case .notInCatalog(let folder, let catalog): "\(folder): no event with this id in \(catalog)"
        case .noEventForFile(let file): "\(file): a single file needs --event ID"
        case .store(let message): "store: \(message)"
        case .noStore(let path): "store: no store at \(path); import something first"
        case .exposedStore(let modes):
            "store: "
                + modes.keys.sorted().map { "\($0) (mode \(String(modes[$0] ?? 0, radix: 8)))" }
                .joined(separator: ", ")
                + " can be read or written by other users, and a store holds personal data: run chmod 600 "
                + modes.keys.sorted().map { "'\($0)'" }.joined(separator: " ")
        case .outdatedStore(let path):
            "store: \(path) was made by an earlier version of attendance and must be brought up to date first: "
                + "run an import (or any command that changes the store) with the right to write it and its folder"
        case .matchKey(let file, let problem): "match key \(file): \(problem)"
        case .notFound(let what): "not found: \(what)"
        }
    }
}
