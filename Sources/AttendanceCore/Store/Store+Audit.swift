import GRDB

/// One stored record with its provenance and person: the audit trail behind every figure.
public struct AuditRow: Sendable, Hashable {
    public var recordID: Int64
    public var eventID: String
    public var sourceFile: String
    public var sourceLine: Int
    public var format: String
    public var session: Day?
    public var kind: RecordKind
    public var role: Role
    public var attended: Bool?
    public var minutes: Int?
    public var personID: String?
}

extension Store {
    /// Every record of the events of `year` (all years when `nil`) with its file and line, in file order.
    public func auditRows(year: Int? = nil) throws -> [AuditRow] {
        try writer.read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT r.id, r.event_id, s.path, r.line, s.format, r.session_date, r.kind, r.role, r.attended,
                       r.minutes, r.person_id
                FROM record r JOIN source_file s ON s.id = r.source_id JOIN event e ON e.id = r.event_id
                WHERE ?1 IS NULL OR e.year = ?1 ORDER BY r.event_id, s.path, r.line, r.id
                """, arguments: [year])
            var out: [AuditRow] = []
            while let row = try cursor.next() {
                guard let kind = RecordKind(rawValue: row[6]), let role = Role(rawValue: row[7]) else { continue }
                out.append(AuditRow(recordID: row[0], eventID: row[1], sourceFile: row[2], sourceLine: row[3], format: row[4],
                                    session: (row[5] as String?).flatMap { Day(iso: $0) }, kind: kind, role: role,
                                    attended: row[8], minutes: row[9], personID: row[10]))
            }
            return out
        }
    }
}
