import AttendanceModel
/// Reads Google Meet attendance sheets, in English (`First name,Last name,Email,Duration,Time
/// joined,Time exited`) or Portuguese (`Nome,Sobrenome,E-mail,Duração,Horário de entrada,Horário de saída`).
///
/// Every row is attendance, present, named first and last name joined. Times carry no date
/// (`10:00 AM` with a normal or narrow no-break space, or `10:11`): the session day stays
/// unknown and join and leave are minutes since midnight. Durations are `1 hr 5 min`, `31 min`, `1 h 46 min`.
struct MeetAttendanceParser: ExportParser {
    let header: SourceRow
    private let map: HeaderMap

    init(header: SourceRow) {
        self.header = header
        map = HeaderMap(headers: header.fields, columns: Column.person + [.duration, .joinTime, .leaveTime])
    }

    mutating func read(_ row: SourceRow, into draft: inout ExportDraft) {
        guard row.line > header.line, row.fields != header.fields else { return }
        var record = AttendanceRecord(kind: .attendance, line: row.line)
        map.fillPerson(&record, from: row)
        record.name = NameCell.joined(first: map.value(.firstName, in: row), last: map.value(.lastName, in: row))
        record.attended = true
        record.minutes = draft.minutes(in: row, column: map[.duration], header: map.header(.duration))
        let index = draft.add(record)
        draft.noteStayTimes(in: row, map: map, record: index)
    }

    mutating func finish(into draft: inout ExportDraft) {
        draft.resolveDates(fallback: map.isPortuguese ? .dayFirst : .monthFirst)
    }
}
