import AttendanceCSV
import AttendanceModel
import AttendanceTotals

extension StatisticsTable {
    /// The table as CSV text for standard output: the header row, then the rows; LF line ends.
    ///
    /// RFC 4180 quoting; cells a spreadsheet would run as formulas (`=`, `+`, `-`, `@`…) are
    /// neutralised with a leading `'`, as in the files ``AttendanceTotals/YearlyReport/write(to:options:)`` writes.
    public func csvText() throws -> String {
        try CSVWriter.string([header] + rows, lineEnding: .lf, neutralizesFormulas: true)
    }
}

extension YearlyReport {
    /// The statistics tables as CSV text, as `report --format csv` prints them.
    ///
    /// One named table prints alone; without a name every table is printed, one after another,
    /// each under a `# name` line and separated by a blank line.
    ///
    /// - Parameters:
    ///   - table: The one table to print, or `nil` for all of them.
    ///   - language: The language of headers, labels and dates.
    ///   - smallCellThreshold: The smallest count published as is; `nil` suppresses nothing.
    public func statisticsCSV(
        table: StatisticsTableName? = nil, language: ReportLanguage = .english, smallCellThreshold: Int? = nil
    ) throws -> String {
        let tables = statisticsTables(language: language, smallCellThreshold: smallCellThreshold)
        if let table {
            return try tables.filter { $0.name == table.rawValue }.map { try $0.csvText() }.joined()
        }
        return try tables.map { "# \($0.name)\n" + (try $0.csvText()) }.joined(separator: "\n")
    }
}
