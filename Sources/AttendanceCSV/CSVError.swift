/// Why a CSV file could not be read.
///
/// The ``description`` is what the command line shows: it names the file and, where it
/// applies, the 1-based physical line, and says what to do about it.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The path names something other than a regular file (`kind`, such as "a named pipe (FIFO)"
    /// or "a character device"), whose reading might never end; a link to a regular file is fine.
    case notRegularFile(file: String, kind: String)
    /// The file is `size` bytes, more than the `limit` of `ReadingLimits/maximumFileBytes`
    /// (for a file that grew while it was read, `size` is what was read by then).
    case fileTooLarge(file: String, size: Int, limit: Int)
    /// A quoted field is still open at the end of the file; `line` is where its record starts.
    case unterminatedQuote(file: String, line: Int)
    /// The text holds a NUL byte, which no CSV text has; `line` is where the record holding it starts.
    case binary(file: String, line: Int)
    /// The file starts like a known binary format (`kind`, such as "a ZIP archive"), not like text.
    case notText(file: String, kind: String)
    /// libcsv reported an error (memory exhausted, field too large), or the dialect cannot be read.
    case parser(file: String, line: Int, message: String)
    /// A field is larger than the reader accepts (`limit` bytes); `line` is where its record starts.
    case fieldTooLarge(file: String, line: Int, limit: Int)
    /// A record's fields add up to more than `limit` bytes; `line` is where the record starts.
    case recordTooLarge(file: String, line: Int, limit: Int)
    /// A record has more than `limit` fields; `line` is where the record starts.
    case tooManyFields(file: String, line: Int, limit: Int)
    /// A ``CSVWriter`` could not create or write the file, or was given a dialect it cannot write.
    case unwritable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the file: \(reason)"
        case .notRegularFile(let file, let kind):
            "\(file): is \(kind), not a regular file; only export files saved on disk are read "
                + "(a pipe or a device can send bytes forever)"
        case .fileTooLarge(let file, let size, let limit):
            "\(file): the file is \(Self.size(size)), larger than the limit of \(Self.size(limit)); "
                + "no attendance export is this large: check that it is the right file"
        case .unterminatedQuote(let file, let line):
            "\(file):\(line): a quoted field opened in the record starting on this line is never closed; look there "
                + "for a quote without its pair, or for text right after a closing quote (\"ab\"c keeps the field open)"
        case .binary(let file, let line):
            "\(file):\(line): the record starting on this line holds a NUL byte: this is binary data, not CSV text"
                + " (a damaged file, or a spreadsheet saved in its own format); save the list as CSV and import that"
        case .notText(let file, let kind):
            "\(file): this is \(kind), not a CSV text file; export or save the list as CSV (UTF-8) and import that"
        case .parser(let file, let line, let message):
            "\(file):\(line): CSV parser error: \(message)"
        case .fieldTooLarge(let file, let line, let limit):
            "\(file):\(line): a field of the record starting on this line is larger than \(Self.size(limit)); "
                + "a quote opened there and never closed takes in the rest of the file, or this is not a CSV export"
        case .recordTooLarge(let file, let line, let limit):
            "\(file):\(line): the record starting on this line is larger than \(Self.size(limit)); "
                + "this is not a CSV export, or a damaged one"
        case .tooManyFields(let file, let line, let limit):
            "\(file):\(line): the record starting on this line has more than \(limit) fields (spreadsheets stop at "
                + "16384 columns); this is not a CSV export, or a damaged one"
        case .unwritable(let file, let reason):
            "\(file): cannot write the file: \(reason)"
        }
    }

    /// `64 MiB (67108864 bytes)`.
    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB (\(bytes) bytes)" : "\(bytes) bytes"
    }
}
