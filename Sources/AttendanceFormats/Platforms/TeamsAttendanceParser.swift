import AttendanceModel
import Foundation

/// Reads Microsoft Teams attendance reports (UTF-16, tab separated), in English or Portuguese.
///
/// Sections under numbered titles: `1. Summary`/`1. Resumo` (label and value rows, among them the
/// meeting's start time), `2. Participants`/`2. Participantes` (one row per person: first join,
/// last leave, in-meeting duration, e-mail, UPN, role) and `3. In-Meeting
/// Activities`/`3. Atividades na reunião` (one row per join). Older reports (`Meeting Summary`,
/// `Meeting Start Time`, then one `Full Name,Join Time,Leave Time,Duration,Email,Role` table)
/// have no numbered titles: their table is read as the participants.
///
/// - Participants are attendance records with their role (`Organizer`/`Organizador` organizer,
///   `Presenter`/`Apresentador` presenter, `Co-organizer`/`Coorganizador` co-host, others participant).
/// - In-meeting activities are ``RecordKind/activity`` records: kept so every line is traced,
///   never counted (the participants section already holds the people).
/// - `Ana Souza (Guest)` is the guest `Ana Souza` (see ``NameCell/withoutGuestMarker(_:)``);
///   without an e-mail, a UPN that is an address stands for it.
/// - Durations `1h 2m 10s`, `56m 58s`, `1h`, `1h 55s`; dates `11/5/20, 10:03:02 AM` (M/d/yy) or
///   `12/11/20, 10:09:34` (d/M/yy): the file's dates decide, else the headers' language.
struct TeamsAttendanceParser: ExportParser {
    /// A numbered section of the report.
    enum Section {
        case summary, participants, activities, other
    }

    private var section: Section?
    private var map: HeaderMap?
    private var portuguese = false

    /// The section a title such as `2. Participants` opens, or `nil` for text that is not a numbered section title.
    static func section(titled title: String) -> Section? {
        let words = HeaderKey(title).words
        guard words.count >= 2, let number = words.first, number.allSatisfy(\.isNumber) else { return nil }
        let rest = HeaderKey(words.dropFirst().joined(separator: " "))
        if rest.contains(anyOf: ["summary", "resumo"]) { return .summary }
        if rest.contains(anyOf: ["activities", "atividades", "activity", "atividade"]) { return .activities }
        if rest.contains(anyOf: ["participants", "participantes", "attendees"]) { return .participants }
        return .other
    }

    mutating func read(_ row: SourceRow, into draft: inout ExportDraft) {
        if row.isTitle, let titled = Self.section(titled: row[0]) {
            section = titled
            map = nil
            return
        }
        if map == nil {
            let candidate = HeaderMap(headers: row.fields, columns: Self.columns)
            if candidate.has(.name) && (candidate.has(.joinTime) || candidate.has(.duration)) {
                map = candidate
                portuguese = portuguese || candidate.isPortuguese
                if section == nil || section == .summary { section = .participants }
                return
            }
            if section == nil || section == .summary, Column.startTime.aliasKeys.contains(row.firstKey.compact) {
                draft.noteStatedDay(in: row, column: 1, header: row[0].trimmingCharacters(in: .whitespaces))
            }
            return
        }
        guard let map, section == .participants || section == .activities else { return }
        var record = AttendanceRecord(kind: section == .activities ? .activity : .attendance, line: row.line)
        map.fillPerson(&record, from: row)
        let (name, isGuest) = NameCell.withoutGuestMarker(record.name)
        record.name = name
        if isGuest { record.isGuest = true }
        if record.email.isBlank {
            let upn = map.value(.upn, in: row).trimmingSpaces()
            if upn.contains("@") { record.email = upn }
        }
        record.role = Self.role(map.value(.role, in: row))
        record.attended = true
        record.minutes = draft.minutes(in: row, column: map[.duration], header: map.header(.duration))
        let index = draft.add(record)
        draft.noteStayTimes(in: row, map: map, record: index)
    }

    mutating func finish(into draft: inout ExportDraft) {
        draft.resolveDates(fallback: portuguese ? .dayFirst : .monthFirst)
    }

    /// The role a Teams role cell stands for.
    static func role(_ text: String) -> Role {
        let key = HeaderKey(text)
        if key.matches(anyOf: ["co-organizer", "coorganizer", "coorganizador", "co-organizador"]) { return .coHost }
        if key.matches(anyOf: ["organizer", "organizador", "organiser"]) { return .organizer }
        if key.matches(anyOf: ["presenter", "apresentador"]) { return .presenter }
        return .participant
    }

    private static let columns: [Column] =
        [.name, .email, .joinTime, .leaveTime, .duration, .upn, .role, .isGuest]
}
