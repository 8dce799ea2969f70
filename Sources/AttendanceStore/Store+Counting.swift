import AttendanceModel
import GRDB

/// What counting reads of one record: no personal data.
package struct CountingRecord: Sendable, Hashable {
    public var id: Int64
    package var eventID: String
    package var session: Day?
    package var kind: RecordKind
    package var role: Role
    package var isRegistered: Bool
    package var attended: Bool?
    package var minutes: Int?
    package var isPublicServant: Bool?
    package var completionDate: Day?
    /// The person the record was matched to; `nil` before identity has run.
    package var personID: String?

    package init(
        id: Int64, eventID: String, session: Day? = nil, kind: RecordKind, role: Role = .participant,
        isRegistered: Bool = false, attended: Bool? = nil, minutes: Int? = nil, isPublicServant: Bool? = nil,
        completionDate: Day? = nil, personID: String?
    ) {
        self.id = id
        self.eventID = eventID
        self.session = session
        self.kind = kind
        self.role = role
        self.isRegistered = isRegistered
        self.attended = attended
        self.minutes = minutes
        self.isPublicServant = isPublicServant
        self.completionDate = completionDate
        self.personID = personID
    }
}

/// What the report knows of a person: derived attributes, no personal data.
package struct PersonAttributes: Sendable, Hashable, Codable {
    package var sector: String?
    package var governmentLevel: String?
    package var governmentCode: String?
    package var governmentName: String?
    package var uf: String?
    package var region: String?

    package init(
        sector: String? = nil, governmentLevel: String? = nil, governmentCode: String? = nil,
        governmentName: String? = nil, uf: String? = nil, region: String? = nil
    ) {
        self.sector = sector
        self.governmentLevel = governmentLevel
        self.governmentCode = governmentCode
        self.governmentName = governmentName
        self.uf = uf
        self.region = region
    }

    /// A government's key: level and IBGE code, never a bare name.
    package var governmentKey: String? {
        guard let governmentLevel, let governmentCode else { return nil }
        return "\(governmentLevel):\(governmentCode)"
    }
}

extension Store {
    /// The counting side of every record of the events of `year` (all years when `nil`).
    package func countingRecords(year: Int? = nil) throws -> [CountingRecord] {
        try read { db in
            // The year's events first (a few dozen), then one scan of the records in id order keeping
            // theirs: the same rows as joining each record with its event, without a look-up per record.
            let yearEvents = try RawRows(
                db, sql: "SELECT id FROM event WHERE ?1 IS NULL OR year = ?1", arguments: [year.map(Int64.init)])
            var eventIDs = Set<String>()
            while try yearEvents.next() { if let id = yearEvents.string(0) { eventIDs.insert(id) } }
            let rows = try RawRows(
                db,
                sql: """
                    SELECT id, event_id, session_date, kind, role, is_registered, attended, minutes,
                           is_public_servant, completion_date, person_id
                    FROM record ORDER BY id
                    """)
            var isYearEvent = RepeatedText<Bool>()
            var events = RepeatedText<String>()
            var sessions = RepeatedText<Day?>()
            var completions = RepeatedText<Day?>()
            var kinds = RepeatedText<RecordKind?>()
            var roles = RepeatedText<Role?>()
            var out: [CountingRecord] = []
            out.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM record") ?? 0)
            while try rows.next() {
                guard let eventText = rows.text(1), isYearEvent.value(of: eventText, eventIDs.contains),
                    let kindText = rows.text(3), let kind = kinds.value(of: kindText, RecordKind.init(rawValue:)),
                    let roleText = rows.text(4), let role = roles.value(of: roleText, Role.init(rawValue:))
                else { continue }
                out.append(
                    CountingRecord(
                        id: rows.int64(0), eventID: events.value(of: eventText) { $0 },
                        session: rows.text(2).flatMap { sessions.value(of: $0) { Day(iso: $0) } },
                        kind: kind, role: role, isRegistered: rows.bool(5) ?? false, attended: rows.bool(6),
                        minutes: rows.int(7), isPublicServant: rows.bool(8),
                        completionDate: rows.text(9).flatMap { completions.value(of: $0) { Day(iso: $0) } },
                        personID: rows.string(10)))
            }
            return out
        }
    }

    /// The derived attributes of every person.
    package func personAttributes() throws -> [String: PersonAttributes] {
        try read { db in
            let rows = try RawRows(
                db, sql: "SELECT id, sector, government_level, government_code, government_name, uf, region FROM person"
            )
            var out: [String: PersonAttributes] = [:]
            out.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM person") ?? 0)
            while try rows.next() {
                guard let id = rows.string(0) else { continue }
                out[id] = PersonAttributes(
                    sector: rows.string(1), governmentLevel: rows.string(2), governmentCode: rows.string(3),
                    governmentName: rows.string(4), uf: rows.string(5), region: rows.string(6))
            }
            return out
        }
    }
}
