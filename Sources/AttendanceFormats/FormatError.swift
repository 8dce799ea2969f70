import AttendanceCSV

/// Why an export could not be read as a whole.
///
/// One bad row never throws: it becomes an `ImportIssue` of the ``ParsedExport``. The
/// ``description`` is what the command line shows; it names the file and, where it applies,
/// the 1-based line.
public enum FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No known format and no name column: `headers` are those found on `line` (the row most
    /// like a header), `nearest` the known format sharing most of them, `suggestion` a
    /// ``ColumnMapping`` text that would read the file as a list, when its content shows one.
    case unrecognised(file: String, line: Int?, headers: [String], nearest: ExportFormat?, suggestion: String?)
    /// The file could not be read as CSV.
    case csv(CSVError)
    /// A ``ColumnMapping`` text is malformed.
    case invalidMapping(String, reason: String)
    /// A header named by a ``ColumnMapping`` is in no row near the top of the file.
    case mappedColumnMissing(file: String, header: String, headers: [String])
    /// The file is one attendance wrote itself (its header row, on `line`, is that output's):
    /// it holds no names to import.
    case ownOutput(file: String, line: Int, output: OwnOutput)
    /// The file is a workbook that could not be read (an old `.xls`, a damaged `.xlsx`, a bad cell).
    case workbook(WorkbookError)

    /// The message the command line shows, naming the file and, where known, the line.
    public var description: String {
        switch self {
        case .unrecognised(let file, nil, let headers, _, _) where headers.isEmpty:
            return "\(file): the file is empty (no rows, or only blank lines and delimiters): nothing to import"
        case .unrecognised(let file, let line, let headers, let nearest, let suggestion):
            var text = line.map { "\(file):\($0): " } ?? "\(file): "
            text += "not an export format this tool knows, and no column of names"
            text += headers.isEmpty ? " (the file has no rows)" : "; headers found: \(Self.list(headers))"
            if let nearest { text += "; nearest known format: \(nearest.rawValue)" }
            if let suggestion { text += "; to read it as a list, give it the column mapping '\(suggestion)'" }
            return text
        case .csv(let error):
            return error.description
        case .workbook(let error):
            return error.description
        case .invalidMapping(let text, let reason):
            return "column mapping '\(text)': \(reason)"
        case .ownOutput(let file, let line, let output):
            let commands = output.commands.map { "'\($0)'" }.joined(separator: " or ")
            return "\(file):\(line): this is a file written by \(commands) (\(output.summary)); "
                + (output == .reviewSheet
                    ? "it holds answers to review questions, not a list of participants"
                    : "it holds no names to import")
        case .mappedColumnMissing(let file, let header, let headers):
            return "\(file): no column '\(header)' (named by the column mapping) in the first rows; headers found: "
                + Self.list(headers)
        }
    }

    private static func list(_ headers: [String]) -> String {
        headers.map { "'\($0)'" }.joined(separator: ", ")
    }
}
