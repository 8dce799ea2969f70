// The service is what the shells and library users import: `import AttendanceService` brings
// the types of every layer below that its API speaks in (records, persons, the store, the
// year's figures, the reports).
@_exported import AttendanceFormats
@_exported import AttendanceIdentity
@_exported import AttendanceModel
@_exported import AttendanceReports
@_exported import AttendanceStore
@_exported import AttendanceTotals
