import AttendanceModel
import Foundation

/// Reads Zoom webinar reports: the attendee report and the registration report, in English or Portuguese.
///
/// Attendee report layout: a title, `Report Generated:`, a topic block (`Topic,Webinar ID,Actual
/// Start Time,…` and its values), then sections (*Host Details*, *Panelist Details*, *Attendee
/// Details*, *Other Attended*; `Detalhes do anfitrião`…) each under a title row and with its own
/// header row. Lines are padded with commas; registration questions the organiser added sit
/// between `Is Guest` and `Country/Region Name` and are read by their headers like any column.
///
/// - Hosts and panelists: attendance with their role.
/// - Attendees with `Attended` yes: attendance, registered, present; every rejoin is one more row,
///   whose registration cells may be blank.
/// - Attendees with `Attended` no (`--` times): registrations, absent, 0 minutes.
/// - Rows without an `Attended` column (*Other Attended*): attendance, not registered.
///
/// Registration report: every row is a registration. Names are first and last name joined,
/// or the Zoom user name when the row has none. Dates are `Sep 10, 2020 10:05:57`; numeric
/// ones default to Zoom's US order.
struct ZoomWebinarParser: ExportParser {
    /// Whether the file is the registration report.
    let isRegistrationReport: Bool
    private var map: HeaderMap?
    private var topic: HeaderMap?
    private var role: Role = .participant
    /// A row that looks like a section title, held until the next row shows whether a header follows it.
    private var pendingTitle: (role: Role, row: SourceRow)?

    init(format: ExportFormat) {
        isRegistrationReport = format == .zoomWebinarRegistrations
    }

    mutating func read(_ row: SourceRow, into draft: inout ExportDraft) {
        if let topic {
            draft.noteStatedDay(in: row, column: topic[.startTime], header: topic.header(.startTime))
            self.topic = nil
            return
        }
        if let pending = pendingTitle {
            pendingTitle = nil
            if Self.isPersonHeader(row) {
                role = pending.role
                map = HeaderMap(headers: row.fields, columns: Self.columns, fuzzy: true)
                return
            }
            // A section always has a header row; without one, the "title" was a person with one cell filled.
            readPerson(pending.row, into: &draft)
        }
        if row.isTitle, let sectionRole = Self.role(ofSection: row[0]) {
            pendingTitle = (sectionRole, row)
            return
        }
        if map == nil {
            if Self.isPersonHeader(row) {
                map = HeaderMap(headers: row.fields, columns: Self.columns, fuzzy: true)
                return
            }
            let block = HeaderMap(headers: row.fields, columns: [.startTime])
            let keys = Set(row.fields.map { HeaderKey($0).compact })
            if block.has(.startTime), !keys.isDisjoint(with: ["topic", "topico", "webinarid", "iddowebinar"]) {
                topic = block
            }
            return
        }
        readPerson(row, into: &draft)
    }

    private func readPerson(_ row: SourceRow, into draft: inout ExportDraft) {
        guard let map else { return }
        var record = AttendanceRecord(kind: .attendance, line: row.line)
        map.fillPerson(&record, from: row)
        let split = NameCell.joined(first: map.value(.firstName, in: row), last: map.value(.lastName, in: row))
        if !split.isEmpty {
            record.name = split
        } else if record.name.isBlank {
            record.name = map.value(.userName, in: row)
        }

        if isRegistrationReport {
            record.kind = .registration
            record.isRegistered = true
            draft.add(record)
            return
        }
        record.role = role
        let joinText = map.value(.joinTime, in: row)
        if map.has(.attended) {
            let attended = WrittenAnswer.value(map.value(.attended, in: row)) ?? !ExportDraft.isAbsent(joinText)
            record.attended = attended
            record.kind = attended ? .attendance : .registration
            record.isRegistered = role == .participant
        } else {
            record.attended = true
        }
        record.minutes = draft.minutes(in: row, column: map[.duration], header: map.header(.duration))
        if record.attended == false && record.minutes == nil { record.minutes = 0 }  // never came: `--` is no time
        let index = draft.add(record)
        draft.noteStayTimes(in: row, map: map, record: index)
    }

    mutating func finish(into draft: inout ExportDraft) {
        // A title on the last line heads an empty section (Zoom writes `Other Attended` with nothing under it).
        pendingTitle = nil
        draft.resolveDates(fallback: .monthFirst)
    }

    private static let columns: [Column] =
        [.attended, .userName] + Column.person + [.joinTime, .leaveTime, .duration, .isGuest, .registrationTime]

    /// Whether `row` is the header of a section of people.
    static func isPersonHeader(_ row: SourceRow) -> Bool {
        let map = HeaderMap(
            headers: row.fields,
            columns: [
                .attended, .userName, .name, .firstName, .lastName, .email,
                .joinTime, .registrationTime,
            ])
        return map.has(.attended) || map.has(.userName)
            || (map.hasPersonName && map.has(.email) && (map.has(.joinTime) || map.has(.registrationTime)))
    }

    /// The role of the people under a section title, or `nil` when `title` names no section.
    static func role(ofSection title: String) -> Role? {
        let key = HeaderKey(title)
        if key.contains(anyOf: ["co host", "cohost", "coanfitriao", "co anfitriao"]) { return .coHost }
        if key.contains(anyOf: ["host", "anfitriao"]) { return .host }
        if key.contains(anyOf: ["panelist", "panelists", "painelista", "painelistas"]) { return .panelist }
        if key.contains(anyOf: [
            "attendee", "attendees", "attended", "participante", "participantes", "details",
            "detalhes", "other", "outros",
        ]) {
            return .participant
        }
        return nil
    }
}
