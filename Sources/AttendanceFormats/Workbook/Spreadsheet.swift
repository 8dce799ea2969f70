import AttendanceCSV

/// One worksheet of a workbook as rows of text, the way the export parsers read CSV rows.
///
/// Cells become the text a CSV saved from the sheet would hold, whatever the cell's type:
/// shared and inline strings as written, numbers in plain digits (`42`, `3.5`, no grouping),
/// booleans as `TRUE`/`FALSE`, error values as shown (`#N/A`), formulas by their last computed
/// value. Numbers formatted as dates or times become ISO text the parsers read unambiguously:
/// `2021-02-25`, `14:05:00`, `2021-02-25 14:05:00` (see `XLSXReader`).
public struct Spreadsheet: Sendable, Hashable {
    /// The sheet's name as the workbook's tabs show it.
    public var name: String
    /// The rows that hold at least one cell with text, in sheet order. A row's ``SpreadsheetRow/line``
    /// is its 1-based row number in the sheet; an empty cell before the last one with text is `""`.
    package var rows: [SpreadsheetRow]
    /// Rows left out because a cell is longer than the field limit, one ``CSVWarning`` each with
    /// the row as its line and the cell's 1-based column (``CSVWarning/Kind/fieldTooLong(bytes:limit:)``).
    package var warnings: [CSVWarning]

    /// Creates a sheet.
    package init(name: String, rows: [SpreadsheetRow], warnings: [CSVWarning] = []) {
        self.name = name
        self.rows = rows
        self.warnings = warnings
    }

    /// Every row from the first to the last with text, blank ones as `[]`: what a CSV saved
    /// from the sheet holds line by line.
    public var lines: [[String]] {
        guard let last = rows.last?.line else { return [] }
        var lines = [[String]](repeating: [], count: last)
        for row in rows { lines[row.line - 1] = row.fields }
        return lines
    }
}

/// One row of a ``Spreadsheet``.
package struct SpreadsheetRow: Sendable, Hashable {
    /// The 1-based row number in the sheet (the `7` of cell `C7`).
    package var line: Int
    /// The cells from column A to the last one with text.
    package var fields: [String]

    /// Creates a row.
    package init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
