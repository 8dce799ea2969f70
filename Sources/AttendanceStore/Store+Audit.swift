import AttendanceModel
import GRDB

/// One stored record with its provenance and person: the audit trail behind every figure.
public struct AuditRow: Sendable, Hashable {
    package var recordID: Int64
    package var eventID: String
    package var sourceFile: String
    package var sourceLine: Int
    package var format: String
    package var session: Day?
    package var kind: RecordKind
    package var role: Role
    package var attended: Bool?
    package var minutes: Int?
    package var personID: String?
}

extension Store {
    /// Every record of the events of `year` (all years when `nil`) with its file and line, in file order.
    public func auditRows(year: Int? = nil) throws -> [AuditRow] {
        try consistentRead { db in
            let rows = try RawRows(
                db,
                sql: """
                    SELECT r.id, r.event_id, s.path, r.line, s.format, r.session_date, r.kind, r.role, r.attended,
                           r.minutes, r.person_id
                    FROM record r JOIN source_file s ON s.id = r.source_id JOIN event e ON e.id = r.event_id
                    WHERE ?1 IS NULL OR e.year = ?1 ORDER BY r.event_id, s.path, r.line, r.id
                    """, arguments: [year.map(Int64.init)])
            // Rows come file by file: events, paths, formats, days and kinds repeat in long runs.
            var events = RepeatedText<String>()
            var paths = RepeatedText<String>()
            var formats = RepeatedText<String>()
            var sessions = RepeatedText<Day?>()
            var kinds = RepeatedText<RecordKind?>()
            var roles = RepeatedText<Role?>()
            var out: [AuditRow] = []
            while try rows.next() {
                guard let kindText = rows.text(6), let kind = kinds.value(of: kindText, RecordKind.init(rawValue:)),
                    let roleText = rows.text(7), let role = roles.value(of: roleText, Role.init(rawValue:))
                else { continue }
                out.append(
                    AuditRow(
                        recordID: rows.int64(0), eventID: rows.text(1).map { events.value(of: $0) { $0 } } ?? "",
                        sourceFile: rows.text(2).map { paths.value(of: $0) { $0 } } ?? "", sourceLine: rows.int(3) ?? 0,
                        format: rows.text(4).map { formats.value(of: $0) { $0 } } ?? "",
                        session: rows.text(5).flatMap { sessions.value(of: $0) { Day(iso: $0) } }, kind: kind,
                        role: role,
                        attended: rows.bool(8), minutes: rows.int(9), personID: rows.string(10)))
            }
            return out
        }
    }
}
