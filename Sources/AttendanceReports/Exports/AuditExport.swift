import AttendanceCSV
import AttendanceFormats
import AttendanceModel
import AttendanceStore

/// Writes the audit trail: one row per record read from an export, with its file, line and person.
///
/// It holds no personal data: the person is the store's pseudonymous id.
public enum AuditExport {
    /// The columns, in order: ``OwnOutput/attendancesHeader``, by which an import recognises
    /// and refuses the file.
    package static let header = OwnOutput.attendancesHeader

    /// Writes `rows` as CSV (RFC 4180, UTF-8) to `path`.
    ///
    /// People open this file in a spreadsheet, and its event ids and file paths are text the
    /// user chose (a catalog id, a file passed to `import`), so a cell that a spreadsheet would
    /// run as a formula (`=`, `+`, `-`, `@`…) gets a leading `'` (`CSVWriter/formulaSafe(_:)`).
    /// The other columns (numbers, days, pseudonymous ids, names of kinds) never start so.
    ///
    /// - Returns: The number of records written.
    /// - Throws: `ExportError` naming the path, the reason and what to do when it cannot be written.
    @discardableResult
    public static func write(rows: [AuditRow], to path: String) throws -> Int {
        var writer = try OutputFile.csvWriter(path: path, neutralizesFormulas: true)
        try OutputFile.writing(path) {
            try writer.write(header)
            for row in rows {
                try writer.write([
                    row.eventID, row.sourceFile, String(row.sourceLine), row.personID ?? "", row.role.rawValue,
                    row.kind.rawValue, row.session?.description ?? "",
                    row.attended.map { $0 ? "true" : "false" } ?? "", row.minutes.map(String.init) ?? "", row.format,
                ])
            }
            try writer.close()
        }
        return rows.count
    }
}
