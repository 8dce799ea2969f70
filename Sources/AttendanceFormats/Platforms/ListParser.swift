import AttendanceModel
import Foundation

/// Reads the formats that are one header row over one row per person: Google Forms
/// responses, Sympla participant lists, the virtual school's certificates, Moodle's course
/// completion report, and any other list with a name column.
///
/// Columns are found by their headers in Portuguese or English (``Column``), in any order,
/// among any extra columns; forms and lists also by words of question-like headers.
///
/// - Google Forms: attendance, present, unless the file name says registration (the caller
///   decides); people who answer twice are two records. The submission time is not a session
///   day; it only tells the file's content date.
/// - Sympla: `Check-in` yes is attendance (registered, present, on the `Data Check-in` day);
///   no is a registration, absent.
/// - Certificates: completions, with `Data de conclusão` and `Servidor público`.
/// - Moodle: a date (or `Completed`) under `Course complete` is a completion; an empty cell
///   or `Not completed` is an enrolment, not completed. A leading `'` (formula guard) is dropped.
/// - Generic lists: attendance, present (absent where a `Presente`/`Compareceu` column says no); a
///   `Data` column gives the session day, a duration column the minutes.
///
/// A row repeating the header row (lists pasted together) is skipped.
///
/// Numeric dates of these Brazilian sources are day first unless the file's dates show otherwise
/// (a form downloaded from an English Sheets is month first when its headers are English).
struct ListParser: ExportParser {
    let format: ExportFormat
    let header: SourceRow
    private let map: HeaderMap

    init(format: ExportFormat, header: SourceRow, mapping: ColumnMapping? = nil) {
        self.format = format
        self.header = header
        let extra: [Column] =
            switch format {
            case .googleForms: [.timestamp]
            case .sympla: [.checkIn, .checkInDate]
            case .courseCertificates: [.completionDate]
            case .moodleCompletion: [.courseComplete]
            default: [.date, .duration, .presence]
            }
        let explicit = mapping?.pairs.map { ($0.field.column, $0.header) } ?? []
        map = HeaderMap(headers: header.fields, columns: Column.person + extra, fuzzy: true, explicit: explicit)
    }

    mutating func read(_ row: SourceRow, into draft: inout ExportDraft) {
        guard row.line > header.line, row.fields != header.fields else { return }
        var record = AttendanceRecord(kind: .attendance, line: row.line)
        map.fillPerson(&record, from: row)
        record.attended = true
        switch format {
        case .googleForms:
            draft.add(record)
            draft.noteTimestamp(
                in: row, column: map[.timestamp], header: map.header(.timestamp), record: nil,
                target: .submission)
        case .sympla:
            record.isRegistered = true
            let checkedIn = WrittenAnswer.value(map.value(.checkIn, in: row))
            record.attended = checkedIn
            record.kind = checkedIn == true ? .attendance : .registration
            let index = draft.add(record)
            if checkedIn == true {
                draft.noteTimestamp(
                    in: row, column: map[.checkInDate], header: map.header(.checkInDate),
                    record: index, target: .sessionDay)
            }
        case .courseCertificates:
            record.kind = .completion
            let index = draft.add(record)
            draft.noteTimestamp(
                in: row, column: map[.completionDate], header: map.header(.completionDate),
                record: index, target: .completion)
        case .moodleCompletion:
            readMoodle(row, record: record, into: &draft)
        default:
            if map.has(.presence), let present = WrittenAnswer.value(map.value(.presence, in: row)) {
                record.attended = present
            }
            record.minutes = draft.minutes(in: row, column: map[.duration], header: map.header(.duration))
            let index = draft.add(record)
            draft.noteTimestamp(
                in: row, column: map[.date], header: map.header(.date), record: index,
                target: .sessionDay)
        }
    }

    private func readMoodle(_ row: SourceRow, record: AttendanceRecord, into draft: inout ExportDraft) {
        var record = record
        let text = ExportDraft.withoutFormulaGuard(map.value(.courseComplete, in: row))
        let key = HeaderKey(text)
        let isNegative =
            ExportDraft.isAbsent(text) || WrittenAnswer.value(text) == false
            || key.contains(anyOf: ["not", "nao", "incomplete", "incompleto", "pendente", "pending"])
        if isNegative {
            record.kind = .enrolment
            record.attended = false
            draft.add(record)
            return
        }
        record.kind = .completion
        let index = draft.add(record)
        let isWord =
            WrittenAnswer.value(text) == true
            || key.matches(anyOf: ["completed", "complete", "concluido", "concluida", "completo", "done"])
        if !isWord {
            draft.noteTimestamp(
                in: row, column: map[.courseComplete], header: map.header(.courseComplete),
                record: index, target: .completion)
        }
    }

    mutating func finish(into draft: inout ExportDraft) {
        let fallback: DateOrder = format == .googleForms && !map.isPortuguese ? .monthFirst : .dayFirst
        draft.resolveDates(fallback: fallback)
    }

    /// Whether the header row names a person (a name, or first and last names).
    var hasPersonName: Bool { map.hasPersonName }
}
