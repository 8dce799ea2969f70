import AttendanceCSV

/// What ``ExportReader/recognise(path:displayName:limits:)`` finds out about a file without reading it all.
public struct Recognition: Sendable, Equatable {
    /// The recognised format, or `nil` when the file is neither a known export nor a list with a name column.
    public var format: ExportFormat?
    /// The file's encoding and delimiter.
    package var dialect: CSVDialect
    /// The 1-based line of the header row the format was recognised by (or, unrecognised, of
    /// the row most like a header); `nil` for a file without rows.
    public var headerLine: Int?
    /// The headers on ``headerLine``, as written.
    public var headers: [String]
    /// The known format sharing most headers with the file (the recognised one when there is one).
    public var nearest: ExportFormat?
    /// For an unrecognised file whose content shows a column of names: a ``ColumnMapping``
    /// text that reads it as a list (`name=Participante,email=Contato`).
    public var suggestedMapping: String?
    /// For an Excel workbook, the name of the worksheet looked at (lines are its row numbers);
    /// `nil` for a CSV file.
    package var sheet: String?

    /// Creates a recognition.
    package init(
        format: ExportFormat?, dialect: CSVDialect, headerLine: Int?, headers: [String],
        nearest: ExportFormat?, suggestedMapping: String?, sheet: String? = nil
    ) {
        self.sheet = sheet
        self.format = format
        self.dialect = dialect
        self.headerLine = headerLine
        self.headers = headers
        self.nearest = nearest
        self.suggestedMapping = suggestedMapping
    }
}
