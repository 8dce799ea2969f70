import AttendanceCSV
import AttendanceModel
import Foundation

/// What one export file holds, in the uniform shape: its records, and the rows it could not read fully.
public struct ParsedExport: Sendable {
    /// The format recognised from the content (``ExportFormat/genericList`` with a ``ColumnMapping``).
    package var format: ExportFormat
    /// The file's encoding and delimiter, as detected.
    package var dialect: CSVDialect
    /// Every data record in file order, each with its physical start line.
    public var records: [AttendanceRecord]
    /// Rows with an unreadable date or duration (the record is still in ``records`` with that value `nil`), and
    /// invalid UTF-8 replaced by U+FFFD (column: the character on the line), in file order.
    public var issues: [ImportIssue]
    /// Session days the content shows: a meeting's stated start, else the distinct days of its
    /// records (join times, check-ins, a list's `Data` column), else for forms the day most
    /// responses were sent. Empty when the content shows none (Meet, courses).
    package var contentDates: [Day]
    /// Whether the format does not say if it lists registrations or attendance (forms, generic
    /// lists): then the file name decides, see ``resolvingRole(fileName:)``.
    package var roleFollowsFileName: Bool
    /// For an Excel workbook, the name of the worksheet read (lines are then its row numbers,
    /// columns its column numbers, and ``dialect`` is unused); `nil` for a CSV file.
    package var sheet: String?

    /// Creates a parsed export.
    package init(
        format: ExportFormat, dialect: CSVDialect, records: [AttendanceRecord], issues: [ImportIssue],
        contentDates: [Day], roleFollowsFileName: Bool, sheet: String? = nil
    ) {
        self.sheet = sheet
        self.format = format
        self.dialect = dialect
        self.records = records
        self.issues = issues
        self.contentDates = contentDates
        self.roleFollowsFileName = roleFollowsFileName
    }

    /// Settles what a list whose format does not say what it holds is: the role given
    /// (`import --role`), else the contract's file-name rule, a registration list when its file
    /// name contains `inscri` or `regist` (any case).
    ///
    /// Such lists are read as attendance (kind ``RecordKind/attendance``, attended `true`);
    /// under a registration name their attendance records become ``RecordKind/registration``
    /// with `isRegistered` set and `attended` unknown, and a given role sets every listed record
    /// to it. Formats that say what they hold are returned unchanged.
    ///
    /// - Parameters:
    ///   - fileName: The file's name or path (only its last component is looked at).
    ///   - forced: The role given for the file, which wins over its name.
    package func resolvingRole(fileName: String, forced: RecordKind? = nil) -> ParsedExport {
        guard roleFollowsFileName else { return self }
        let kind: RecordKind
        let settled: Set<RecordKind>
        if let forced {
            // `--role` decides for every listed record, registered or present.
            (kind, settled) = (forced, [.attendance, .registration])
        } else if Self.isRegistrationName(fileName) {
            (kind, settled) = (.registration, [.attendance])
        } else {
            return self
        }
        var copy = self
        for index in copy.records.indices where settled.contains(copy.records[index].kind) {
            copy.records[index].kind = kind
            copy.records[index].isRegistered = kind == .registration
            copy.records[index].attended = kind == .registration ? nil : true
        }
        return copy
    }

    /// Whether a file name marks a registration list: it contains `inscri` or `regist`, any case or accent.
    package static func isRegistrationName(_ fileName: String) -> Bool {
        let name = TextNormalization.caseAndAccentFolded((fileName as NSString).lastPathComponent)
        return name.contains("inscri") || name.contains("regist")
    }
}
