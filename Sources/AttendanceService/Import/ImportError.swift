import AttendanceCSV
import AttendanceModel

/// Why an import or a catalog could not do what was asked.
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
    /// A folder of a programme year whose name is no event id of the catalog; `nearest` is the
    /// catalog's id it most looks like (a case or a letter or two apart), if any.
    case notInCatalog(folder: String, eventID: String, catalog: String, nearest: String? = nil)
    case noEventForFile(file: String)
    /// A FIFO, socket, device or broken link where an export or a folder was expected; never opened.
    case notRegularFile(file: String, kind: String)
    /// A folder inside an event's folder: not read (its exports might be old copies).
    case nestedFolder(folder: String, eventFolder: String)
    /// An old Excel `.xls`, a binary `.xlsb` or an OpenDocument workbook, which is not read (`.xlsx` is).
    case workbook(file: String)
    /// A file in an event's folder that is no export (.csv, .tsv, .txt).
    case notAnExport(file: String)
    /// An export beside `events.csv` instead of inside its event's folder.
    case strayExport(file: String, folder: String)
    /// A session day given for an event that has no session that day.
    case sessionNotInEvent(Day, eventID: String, dates: [Day])
    /// A row of `certifications.csv` that names no government.
    case unknownGovernment(String, reason: String, file: String, line: Int, column: Int)

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
        case .notInCatalog(let folder, let eventID, let catalog, let nearest):
            "\(folder)/: no event '\(eventID)' in \(catalog); rename the folder to an event id or add the event"
                + (nearest.map { " (the nearest id is '\($0)')" } ?? "")
        case .noEventForFile(let file): "\(file): a single file needs the id of the event it belongs to"
        case .notRegularFile(let file, let kind):
            "\(file): \(kind), not a regular file, so it is not read; put the export itself in its place"
        case .nestedFolder(let folder, let eventFolder):
            "\(folder)/: a folder inside an event folder is not read; move the exports it holds into "
                + "\(eventFolder)/ to import them"
        case .workbook(let file):
            "\(file): an old Excel .xls, binary .xlsb or OpenDocument workbook is not read; open it, save it as "
                + "Excel Workbook (.xlsx) or CSV (UTF-8) and import that"
        case .notAnExport(let file):
            "\(file): not an export (.csv, .tsv, .txt or .xlsx), so it is not read; save the list as CSV, "
                + "or move the file out of the folder"
        case .strayExport(let file, let folder):
            "\(file): an export beside events.csv is not read; move it into its event's folder (\(folder)/<event id>/)"
        case .sessionNotInEvent(let day, let eventID, let dates):
            "event '\(eventID)' has no session on \(day); its dates are "
                + dates.map(\.description).joined(separator: ", ")
        case .unknownGovernment(let text, let reason, let file, let line, let column):
            "\(file):\(line):\(column): '\(text)' \(reason); correct the row or remove it (it is not counted)"
        }
    }
}
