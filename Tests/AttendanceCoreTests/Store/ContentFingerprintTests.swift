import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

/// The fingerprint of a file's records as stored: the same whatever the order, line numbers or
/// bytes, different for any other value.
@Suite struct ContentFingerprintTests {
    let directory: URL
    var storePath: String { directory.appendingPathComponent("s.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static let keyring = MatchKeyring(secret: Array(0..<32))!

    static func records(
        _ people: [(name: String, cpf: String)], firstLine: Int = 2
    ) -> [(record: AttendanceRecord, session: Day?)] {
        people.enumerated().map { index, person in
            var record = AttendanceRecord(kind: .attendance, line: firstLine + index)
            record.name = person.name
            record.cpf = person.cpf
            record.attended = true
            record.minutes = 60
            return (record, Day(iso: "2021-02-25"))
        }
    }

    static func content(_ records: [(record: AttendanceRecord, session: Day?)]) -> ContentFingerprint {
        ContentFingerprint(records: records, kept: Store.keptIdentifiers(of: records, eventID: "e", keyring: keyring))
    }

    static let people = [("Ana Lima", "635.360.429-70"), ("Rui Paz", "123"), ("Eva Reis", "")]

    @Test("rows moved and numbered differently give the same fingerprint")
    func orderAndLinesDoNotMatter() {
        let first = Self.content(Self.records(Self.people))
        let moved = Self.content(Self.records(Self.people.reversed(), firstLine: 7))
        #expect(first.fingerprint == moved.fingerprint)
        #expect(first.sharedRecords(with: moved) == 3)
    }

    @Test("a CPF typed another way is the same record: its match key, not its text, is fingerprinted")
    func cpfByKey() {
        let typed = Self.content(Self.records([("Ana Lima", "63536042970")]))
        #expect(typed.fingerprint == Self.content(Self.records([("Ana Lima", "635.360.429-70")])).fingerprint)
    }

    @Test("another value of any kept field gives another fingerprint")
    func valuesMatter() {
        let base = Self.records(Self.people)
        let fingerprint = Self.content(base).fingerprint
        var changes: [[(record: AttendanceRecord, session: Day?)]] = []
        for change in 0..<5 {
            var records = base
            switch change {
            case 0: records[0].record.minutes = 61
            case 1: records[0].record.attended = nil
            case 2: records[1].session = Day(iso: "2021-02-26")
            case 3: records[2].record.role = .host
            default: records[2].record.email = "eva@example.org"
            }
            changes.append(records)
        }
        for records in changes { #expect(Self.content(records).fingerprint != fingerprint) }
        // A record repeated is not the same file as the record once.
        #expect(Self.content(base + [base[0]]).fingerprint != fingerprint)
    }

    @Test("a stored file's fingerprint is the one its records had when imported")
    func storedMatchesImported() throws {
        let store = try Store(keyring: Self.keyring)
        try store.upsert(events: [
            Event(
                id: "2021-02-25-webinar", year: 2021, kind: .webinar, dates: [Day(iso: "2021-02-25")].compactMap { $0 })
        ])
        let records = Self.records(Self.people)
        _ = try store.store(
            FileBatch(
                path: "list.csv", eventID: "2021-02-25-webinar", sha256: "aa", format: "generic-list",
                encoding: "utf-8", delimiter: ",", role: "attendance", sessionDate: nil, records: records, issues: []))
        #expect(try store.files().map(\.contentSHA256) == [Self.content(records).fingerprint])
    }

    @Test("a store made before fingerprints gets them when opened, computed from its stored records")
    func migration() throws {
        try Store.makeStore(
            at: storePath, migratedUpTo: "v2-keyed-cpf-and-email",
            then: """
                INSERT INTO event VALUES ('2021-02-25-webinar', 2021, 'webinar', 'Webinário', 'Webinar', '2021-02-25',
                    NULL, NULL);
                INSERT INTO source_file VALUES
                    (1, 'list.csv', '2021-02-25-webinar', 'aa', 'generic-list', 'utf-8', ',', 'attendance',
                        '2021-02-25', '2021-03-01T10:00:00Z', 2, 0),
                    (2, 'empty.csv', '2021-02-25-webinar', 'bb', 'generic-list', 'utf-8', ',', 'attendance',
                        '2021-02-25', '2021-03-01T10:00:00Z', 0, 0);
                INSERT INTO record (id, source_id, line, event_id, session_date, kind, role, is_registered, attended,
                    minutes) VALUES
                    (1, 1, 2, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0, 1, 60),
                    (2, 1, 3, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0, 1, 60);
                INSERT INTO record_identity VALUES
                    (1, 'Rui Paz', '', '***', '', '', '', '', '', '', NULL, NULL),
                    (2, 'Eva Reis', '', '', '', '', '', '', '', '', NULL, NULL);
                """)
        let store = try Store(path: storePath)
        let expected = Self.content(Self.records([("Eva Reis", ""), ("Rui Paz", "123")])).fingerprint
        let stored = try store.files().map(\.contentSHA256)
        #expect(stored == [ContentFingerprint(digests: []).fingerprint, expected])  // empty.csv, list.csv
        // And a file with those records, imported now under another name, is recognised.
        let copy = FileBatch(
            path: "copy.csv", eventID: "2021-02-25-webinar", sha256: "cc", format: "generic-list",
            encoding: "utf-8", delimiter: ";", role: "attendance", sessionDate: nil,
            records: Self.records([("Rui Paz", "123"), ("Eva Reis", "")]), issues: [])
        #expect(try store.store(copy) == .sameContent(existingPath: "list.csv"))
    }
}
