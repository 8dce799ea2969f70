import AttendanceModel
import AttendanceTotals
import Foundation

extension YearlyReport {
    /// The file name of the statistics workbook in a year's folder.
    public static let workbookFileName = "report.xlsx"

    /// Writes the statistics tables as one Excel workbook, one sheet per table.
    ///
    /// The same tables, in the same order and with the same names, as the CSV files of
    /// ``write(to:options:)`` (``statisticsTables(language:smallCellThreshold:)``), with the same
    /// language and small-cell suppression. The header row is bold and frozen; counts are numeric
    /// cells, everything else (ids, dates, `<5`) text. Aggregates only: no names, e-mails or CPFs.
    /// Importing the workbook is refused, as the CSVs are (`OwnOutput`).
    ///
    /// - Parameters:
    ///   - path: The workbook to write (replaced at once if it exists).
    ///   - options: The language and small-cell threshold (`ReportWriteOptions/excelFriendly` does not apply).
    /// - Throws: `ExportError` naming the file when it cannot be written.
    public func writeWorkbook(to path: String, options: ReportWriteOptions = ReportWriteOptions()) throws {
        let sheets = statisticsTables(language: options.language, smallCellThreshold: options.smallCellThreshold)
            .map { XLSXWriter.Sheet(name: $0.name, header: $0.header, rows: $0.rows) }
        try OutputFile.write(try XLSXWriter.data(sheets, file: path), to: path)
    }
}
