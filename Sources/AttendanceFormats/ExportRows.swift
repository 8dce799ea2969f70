import AttendanceCSV
import Foundation

/// Every row of a file as the reader sees it, with how it was read: what `inspect` shows.
///
/// Nothing is recognised or parsed: the rows are the decoded fields, blank lines included as
/// empty rows, so that a file that will not import can be looked at as the tool sees it.
public struct ExportRows: Sendable, Equatable {
    /// Every row in file order, after decoding; a blank line is an empty row.
    public var rows: [[String]]
    /// The worksheet read, for an Excel workbook (its first visible sheet); `nil` for CSV text.
    public var sheetName: String?
    /// The text encoding detected (`utf-8`, `utf-8-bom`, `windows-1252`, …), or `xlsx` for a workbook.
    public var encodingName: String
    /// The delimiter as one character (a tab for TSV); empty for a workbook.
    public var delimiter: String
    /// The delimiter for people: `tab`, `,` or `;`; empty for a workbook.
    public var delimiterDescription: String
    /// Whether the delimiter came from an Excel `sep=` line.
    public var hasSeparatorLine: Bool
    /// Ill-formed UTF-8 sequences the reader replaced by U+FFFD.
    public var replacedSequenceCount: Int

    /// Reads every row of the file at `path`: the first visible sheet of an Excel `.xlsx`
    /// workbook (known by its content), else CSV text in its detected encoding and delimiter.
    ///
    /// - Parameter path: The file to read; it names the file in errors too.
    /// - Throws: ``FormatError/workbook(_:)`` for an old `.xls` workbook or a damaged one;
    ///   `CSVError/notText(file:kind:)` for a PDF, an image or another binary file;
    ///   `CSVError/notRegularFile(file:kind:)` for a pipe or a device; any other
    ///   `CSVError` for an unreadable or malformed file.
    public init(readingFileAt path: String) throws {
        if let sheet = try ExportReader.workbookSheet(path: path, displayName: path) {
            rows = sheet.lines
            sheetName = sheet.name
            (encodingName, delimiter, delimiterDescription) = ("xlsx", "", "")
            (hasSeparatorLine, replacedSequenceCount) = (false, 0)
            return
        }
        let reader = try CSVReader(path: path)
        if let kind = try reader.binaryFormat() { throw CSVError.notText(file: path, kind: kind) }
        var rows: [[String]] = []
        try reader.forEachRow { rows.append($0.fields) }
        self.rows = rows
        sheetName = nil
        let dialect = reader.dialect
        encodingName = dialect.encoding.rawValue
        delimiter = String(UnicodeScalar(dialect.delimiter))
        delimiterDescription = dialect.delimiter == 9 ? "tab" : dialect.delimiterName
        hasSeparatorLine = dialect.hasSeparatorLine
        replacedSequenceCount = dialect.replacedSequenceCount
    }
}
