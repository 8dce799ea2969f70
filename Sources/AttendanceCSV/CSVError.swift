/// Why a CSV file could not be read.
///
/// The ``description`` is what the command line shows: it names the file and, where it
/// applies, the 1-based physical line, and says what to do about it.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// A quoted field is still open at the end of the file; `line` is where its record starts.
    case unterminatedQuote(file: String, line: Int)
    /// The text holds a NUL byte, which no CSV text has; `line` is where the record holding it starts.
    case binary(file: String, line: Int)
    /// The file starts like a known binary format (`kind`, such as "a ZIP archive"), not like text.
    case notText(file: String, kind: String)
    /// libcsv reported an error (memory exhausted, field too large), or the dialect cannot be read.
    case parser(file: String, line: Int, message: String)
    /// A field is larger than the reader accepts.
    case fieldTooLarge(file: String, line: Int, limit: Int)
    /// A ``CSVWriter`` could not create or write the file, or was given a dialect it cannot write.
    case unwritable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the file: \(reason)"
        case .unterminatedQuote(let file, let line):
            "\(file):\(line): a quoted field opened in the record starting on this line is never closed"
        case .binary(let file, let line):
            "\(file):\(line): the record starting on this line holds a NUL byte: this is binary data, not CSV text"
                + " (a damaged file, or a spreadsheet saved in its own format); save the list as CSV and import that"
        case .notText(let file, let kind):
            "\(file): this is \(kind), not a CSV text file; export or save the list as CSV (UTF-8) and import that"
        case .parser(let file, let line, let message):
            "\(file):\(line): CSV parser error: \(message)"
        case .fieldTooLarge(let file, let line, let limit):
            "\(file):\(line): a field is larger than \(limit) bytes"
        case .unwritable(let file, let reason):
            "\(file): cannot write the file: \(reason)"
        }
    }
}
