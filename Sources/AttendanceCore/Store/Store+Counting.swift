import GRDB

/// What counting reads of one record: no personal data.
public struct CountingRecord: Sendable, Hashable {
    public var id: Int64
    public var eventID: String
    public var session: Day?
    public var kind: RecordKind
    public var role: Role
    public var isRegistered: Bool
    public var attended: Bool?
    public var minutes: Int?
    public var isPublicServant: Bool?
    public var completionDate: Day?
    /// The person the record was matched to; `nil` before identity has run.
    public var personID: String?

    public init(id: Int64, eventID: String, session: Day? = nil, kind: RecordKind, role: Role = .participant,
                isRegistered: Bool = false, attended: Bool? = nil, minutes: Int? = nil, isPublicServant: Bool? = nil,
                completionDate: Day? = nil, personID: String?) {
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
public struct PersonAttributes: Sendable, Hashable, Codable {
    public var sector: String?
    public var governmentLevel: String?
    public var governmentCode: String?
    public var governmentName: String?
    public var uf: String?
    public var region: String?

    public init(sector: String? = nil, governmentLevel: String? = nil, governmentCode: String? = nil,
                governmentName: String? = nil, uf: String? = nil, region: String? = nil) {
        self.sector = sector
        self.governmentLevel = governmentLevel
        self.governmentCode = governmentCode
        self.governmentName = governmentName
        self.uf = uf
        self.region = region
    }

    /// A government's key: level and IBGE code, never a bare name.
    public var governmentKey: String? {
        guard let governmentLevel, let governmentCode else { return nil }
        return "\(governmentLevel):\(governmentCode)"
    }
}

extension Store {
    /// The counting side of every record of the events of `year` (all years when `nil`).
    public func countingRecords(year: Int? = nil) throws -> [CountingRecord] {
        try writer.read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT r.* FROM record r JOIN event e ON e.id = r.event_id
                WHERE ?1 IS NULL OR e.year = ?1 ORDER BY r.id
                """, arguments: [year])
            var out: [CountingRecord] = []
            while let row = try cursor.next() {
                guard let kind = RecordKind(rawValue: row["kind"]), let role = Role(rawValue: row["role"]) else { continue }
                out.append(CountingRecord(
                    id: row["id"], eventID: row["event_id"], session: (row["session_date"] as String?).flatMap { Day(iso: $0) },
                    kind: kind, role: role, isRegistered: row["is_registered"], attended: row["attended"],
                    minutes: row["minutes"], isPublicServant: row["is_public_servant"],
                    completionDate: (row["completion_date"] as String?).flatMap { Day(iso: $0) }, personID: row["person_id"]))
            }
            return out
        }
    }

    /// The derived attributes of every person.
    public func personAttributes() throws -> [String: PersonAttributes] {
        try writer.read { db in
            var out: [String: PersonAttributes] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM person") {
                out[row["id"]] = PersonAttributes(
                    sector: row["sector"], governmentLevel: row["government_level"], governmentCode: row["government_code"],
                    governmentName: row["government_name"], uf: row["uf"], region: row["region"])
            }
            return out
        }
    }
}
