/// Why a workbook could not be read as a whole.
///
/// The ``description`` names the file and, where it applies, the sheet and cell (`lista.xlsx:
/// sheet "Plan1", cell C7: …`) or the part of the package (`xl/worksheets/sheet1.xml`).
public enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An old binary Excel workbook (`.xls`, an OLE compound file): it cannot be read.
    case legacyWorkbook(file: String)
    /// A ZIP archive without `xl/workbook.xml` (an OpenDocument `.ods`, a binary `.xlsb`, another
    /// archive) or one that cannot be opened as ZIP.
    case notAWorkbook(file: String)
    /// A part of the package is malformed: `reason` says how (the XML parser's message and line,
    /// a failed checksum, a missing part).
    case damaged(file: String, part: String, reason: String)
    /// A part declares a document type (DTD): workbooks never do, and its entities could expand
    /// without end, so it is not read.
    case documentType(file: String, part: String)
    /// The parts read add up to more than `limit` bytes once uncompressed (a ZIP bomb, or no list).
    case tooLarge(file: String, part: String, limit: Int)
    /// The archive holds more than `limit` entries (counting stops there).
    case tooManyEntries(file: String, limit: Int)
    /// The workbook has no worksheet to read (only chart sheets, or every sheet hidden).
    case noWorksheet(file: String)
    /// One cell cannot be read: a reference outside the sheet, a shared string that does not
    /// exist, a number that is not one.
    case cell(file: String, sheet: String, cell: String, reason: String)

    /// The message the command line shows.
    public var description: String {
        switch self {
        case .legacyWorkbook(let file):
            "\(file): this is an old Excel .xls workbook, which is not read; open it and save it as "
                + "Excel Workbook (.xlsx) or as CSV (UTF-8), and import that"
        case .notAWorkbook(let file):
            "\(file): this is a ZIP archive but not an Excel .xlsx workbook (no xl/workbook.xml, or a damaged "
                + "file); an OpenDocument .ods or binary .xlsb workbook is not read: save it as .xlsx or as CSV (UTF-8)"
        case .damaged(let file, let part, let reason):
            "\(file): \(part): the workbook is damaged: \(reason); open it in Excel or LibreOffice and save it again"
        case .documentType(let file, let part):
            "\(file): \(part): declares a document type (DTD), which no Excel workbook does; it is not read"
        case .tooLarge(let file, let part, let limit):
            "\(file): \(part): the workbook uncompresses to more than \(limit) bytes; no attendance list is "
                + "this large: check that it is the right file"
        case .tooManyEntries(let file, let limit):
            "\(file): the archive holds more than \(limit) entries, more than any workbook of a list; it is not read"
        case .noWorksheet(let file):
            "\(file): the workbook has no visible worksheet to read"
        case .cell(let file, let sheet, let cell, let reason):
            "\(file): sheet \"\(sheet)\", cell \(cell): \(reason)"
        }
    }
}
