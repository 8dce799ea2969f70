import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

/// CPFs and e-mail addresses kept as keyed hashes, with the key in a file apart from the store.
@Suite struct MatchKeyStoreTests {
    let directory: URL
    var storePath: String { directory.appendingPathComponent("s.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("match-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    let event = Event(
        id: "2021-02-25-webinar", year: 2021, kind: .webinar, titlePT: "Webinário", titleEN: "Webinar",
        dates: [Day(iso: "2021-02-25")].compactMap { $0 })

    /// Two lists of one webinar: Ana's CPF typed two ways, Rui's text that is no CPF.
    func batch(_ file: String, _ people: [(name: String, email: String, cpf: String)]) -> FileBatch {
        let records = people.enumerated().map { index, person in
            var record = AttendanceRecord(kind: .attendance, line: index + 2)
            record.name = person.name
            record.email = person.email
            record.cpf = person.cpf
            return (record: record, session: Day(iso: "2021-02-25"))
        }
        return FileBatch(
            path: "2021-02-25-webinar/\(file)", eventID: event.id, sha256: file, format: "generic-list",
            encoding: "utf-8", delimiter: ",", role: "attendance", sessionDate: Day(iso: "2021-02-25"),
            records: records, issues: [])
    }

    func fill(_ store: Store) throws {
        try store.upsert(events: [event])
        _ = try store.store(
            batch(
                "zoom.csv",
                [("Ana Lima", "ana.lima@example.org", "635.360.429-70"), ("Rui Paz", "rui.paz@example.org", "123")]))
        _ = try store.store(
            batch("forms.csv", [("Ana Paula Lima", "A.P.Lima@example.org; ana.lima@example.org ", "63536042970")]))
    }

    @Test("a CPF is stored masked and keyed: the store's files never hold its digits")
    func noClearCPF() throws {
        let store = try Store(path: storePath)
        try fill(store)
        let keyring = try MatchKeyring.load(from: storePath + ".key")
        let stored = try store.identities()
        #expect(stored.map(\.cpf) == ["***.360.429-**", "***", "***.360.429-**"])
        #expect(stored.map(\.cpfKey) == [keyring.cpfKey(in: "63536042970"), nil, keyring.cpfKey(in: "63536042970")])
        #expect(stored[2].emailKeys == keyring.emailKeys(in: "a.p.lima@example.org;ana.lima@example.org"))
        #expect(stored[2].emailKeys.count == 2)
        for suffix in ["", "-wal"] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: storePath + suffix))
            for clear in ["63536042970", "635.360.429-70", "635.360"] {
                #expect(bytes.range(of: Data(clear.utf8)) == nil, "\(clear) found in s.sqlite\(suffix)")
            }
        }
    }

    @Test("a batch keyed with another key is keyed again by the store, so no foreign key is ever stored")
    func foreignKeysAreReplaced() throws {
        let store = try Store(path: storePath)
        try store.upsert(events: [event])
        var foreign = batch("zoom.csv", [("Ana Lima", "ana.lima@example.org", "635.360.429-70")])
        let other = try #require(MatchKeyring(secret: Array(100..<132)))
        foreign.keptIdentifiers = Store.keptIdentifiers(of: foreign.records, eventID: foreign.eventID, keyring: other)
        _ = try store.store(foreign)
        let keyring = try MatchKeyring.load(from: storePath + ".key")
        let stored = try store.identities()
        #expect(stored.map(\.cpfKey) == [keyring.cpfKey(in: "63536042970")])
        #expect(stored.map(\.emailKeys) == [keyring.emailKeys(in: "ana.lima@example.org")])
        #expect(stored[0].cpfKey != other.cpfKey(in: "63536042970"))
    }

    @Test("look-ups by CPF and by address go through the keys, however the value was typed")
    func lookUps() throws {
        let store = try Store(path: storePath)
        try fill(store)
        #expect(try store.recordIDs(withCPF: #require(CPF("635 360 429 70"))) == [1, 3])
        #expect(try store.recordIDs(withEmail: #require(EmailAddress(" ANA.LIMA@example.org"))) == [1, 3])
        #expect(try store.recordIDs(withEmail: #require(EmailAddress("a.p.lima@example.org"))) == [3])
        #expect(try store.recordIDs(withEmail: #require(EmailAddress("nobody@example.org"))) == [])
    }

    @Test("matching links the same CPF typed two ways from its keys alone")
    func matchingFromKeys() throws {
        let store = try Store(path: storePath)
        try store.upsert(events: [event])
        // Different names and no shared address: only the CPF says they are one person.
        _ = try store.store(batch("zoom.csv", [("Ana Lima", "ana@example.org", "635.360.429-70")]))
        _ = try store.store(batch("forms.csv", [("Ana Paula Lima Souza", "apls@example.net", "63536042970")]))
        let summary = try IdentityService(store: store).run()
        #expect(summary.statistics.links[.sameCPF] == 1)
        let persons = try store.identities().map(\.personID)
        #expect(persons[0] != nil && persons[0] == persons[1])
    }

    @Test("a store refuses a key file with another secret, and a missing one, naming the fingerprint")
    func wrongOrMissingKey() throws {
        try fill(try Store(path: storePath))
        let recorded = try MatchKeyring.load(from: storePath + ".key").fingerprint
        let other = directory.appendingPathComponent("other.key").path
        let otherKeyring = try MatchKeyring.loadOrCreate(at: other).keyring
        let wrong = try Store(path: storePath, keyFile: other)
        #expect(
            throws: StoreError.keyMismatch(file: other, expected: recorded, found: otherKeyring.fingerprint)
        ) { try wrong.recordIDs(withCPF: #require(CPF("63536042970"))) }

        let missing = directory.appendingPathComponent("missing.key").path
        let lost = try Store(path: storePath, keyFile: missing)
        #expect(throws: StoreError.missingKeyFile(file: missing, fingerprint: recorded)) {
            try lost.store(batch("late.csv", [("Rui Paz", "", "")]))
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        // What needs no key still works: the counts.
        #expect(try lost.countingRecords(year: 2021).count == 3)
    }

    @Test("erasing a person removes their CPF and e-mail keys too")
    func eraseRemovesKeys() throws {
        let store = try Store(path: storePath)
        try fill(store)
        _ = try IdentityService(store: store).run()
        let ana = try #require(try store.identities()[0].personID)
        #expect(try store.erase(person: ana, author: "test", reason: "request").records == 2)
        #expect(try store.recordIDs(withCPF: #require(CPF("63536042970"))) == [])
        #expect(try store.recordIDs(withEmail: #require(EmailAddress("ana.lima@example.org"))) == [])
        let erased = try store.identities().filter { $0.personID == ana }
        #expect(erased.map(\.cpf) == ["", ""])
        #expect(erased.allSatisfy { $0.cpfKey == nil && $0.emailKeys.isEmpty })
    }

    @Test("a store made before match keys has its CPFs keyed and masked when opened")
    func migration() throws {
        try Store.makeStore(
            at: storePath, migratedUpTo: "v1-catalog-records-identities",
            then: """
                INSERT INTO event VALUES ('2021-02-25-webinar', 2021, 'webinar', 'Webinário', 'Webinar', '2021-02-25',
                    NULL, NULL);
                INSERT INTO source_file VALUES (1, '2021-02-25-webinar/list.csv', '2021-02-25-webinar', 'aa',
                    'generic-list', 'utf-8', ',', 'attendance', '2021-02-25', '2021-03-01T10:00:00Z', 3, 0);
                INSERT INTO record (id, source_id, line, event_id, session_date, kind, role, is_registered) VALUES
                    (1, 1, 2, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0),
                    (2, 1, 3, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0),
                    (3, 1, 4, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0);
                INSERT INTO record_identity VALUES
                    (1, 'Ana Lima', 'ana.lima@example.org', '635.360.429-70', '', '', '', '', '', ''),
                    (2, 'Ana Paula Lima', 'Ana.Lima@Example.org', '63536042970', '', '', '', '', '', ''),
                    (3, 'Rui Paz', 'rui.paz@example.org', '123', '', '', '', '', '', '');
                """)
        #expect(!FileManager.default.fileExists(atPath: storePath + ".key"))
        let store = try Store(path: storePath)
        let keyring = try MatchKeyring.load(from: storePath + ".key")
        let stored = try store.identities()
        #expect(stored.map(\.cpf) == ["***.360.429-**", "***.360.429-**", "***"])
        #expect(stored.map(\.cpfKey) == [keyring.cpfKey(in: "63536042970"), keyring.cpfKey(in: "63536042970"), nil])
        #expect(stored.map(\.emailKeys.count) == [1, 1, 1])
        #expect(try store.recordIDs(withEmail: #require(EmailAddress("ana.lima@example.org"))) == [1, 2])
        let log = try store.auditLog().map(\.detail)
        #expect(log.contains("keyed 3 records stored before match keys; their CPFs are masked"))
    }
}
