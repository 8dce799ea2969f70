import Foundation
import GRDB
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

/// No personal data in the names of stored files: e-mail addresses and CPFs are masked before they
/// are stored, in stores made before that by migration `v5-masked-file-names`, and erasure takes a
/// person's name out of them.
@Suite struct StoreFileNameTests {
    let directory: URL
    var storePath: String { directory.appendingPathComponent("s.sqlite").path }
    static let eventID = "2021-02-25-webinar"
    static let day = Day(iso: "2021-02-25")

    init() throws {
        umask(0o022)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("file-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static func batch(_ path: String, sha256: String, people: [(name: String, email: String)]) -> FileBatch {
        let records = people.enumerated().map { index, person in
            var record = AttendanceRecord(kind: .attendance, line: index + 2)
            record.name = person.name
            record.email = person.email
            return (record: record, session: day)
        }
        return FileBatch(
            path: "\(eventID)/\(path)", eventID: eventID, sha256: sha256, format: "generic-list", encoding: "utf-8",
            delimiter: ",", role: "attendance", sessionDate: day, records: records, issues: [])
    }

    func makeStore() throws -> Store {
        let store = try Store(path: storePath)
        try store.upsert(
            events: [
                Event(
                    id: Self.eventID, year: 2021, kind: .webinar, titlePT: "Webinário", titleEN: "Webinar",
                    dates: [Self.day].compactMap { $0 })
            ])
        return store
    }

    /// The store file and its -wal as bytes.
    func storeBytes() throws -> Data {
        try ["", "-wal"].reduce(into: Data()) { bytes, suffix in
            if let data = FileManager.default.contents(atPath: storePath + suffix) { bytes.append(data) }
        }
    }

    @Test("an address or a CPF in a file's name is stored masked: files, audit rows, audit log, store bytes")
    func maskedOnImport() throws {
        let store = try makeStore()
        _ = try store.store(Self.batch("lista-joao.silva@gmail.com.csv", sha256: "a1", people: [("Rui Paz", "")]))
        _ = try store.store(Self.batch("123.456.789-09.csv", sha256: "b2", people: [("Eva Luz", "")]))
        _ = try store.store(Self.batch("2021-02-25-participants.csv", sha256: "c3", people: [("Ivo Reis", "")]))
        try IdentityService(store: store).run()
        let paths = [
            "\(Self.eventID)/***.456.789-**.csv", "\(Self.eventID)/2021-02-25-participants.csv",
            "\(Self.eventID)/l**************a@gmail.com.csv",
        ]
        #expect(try store.files().map(\.path) == paths)
        #expect(try store.auditRows().map(\.sourceFile) == paths)
        #expect(
            try store.auditLog().filter { $0.action == "import" }.map {
                $0.detail.replacingOccurrences(of: #" content=[0-9a-f]{12}"#, with: "", options: .regularExpression)
            } == [
                "\(Self.eventID)/\(Self.eventID)/l**************a@gmail.com.csv sha256=a1 records=1",
                "\(Self.eventID)/\(Self.eventID)/***.456.789-**.csv sha256=b2 records=1",
                "\(Self.eventID)/\(Self.eventID)/2021-02-25-participants.csv sha256=c3 records=1",
            ])
        let bytes = try storeBytes()
        for clear in ["joao.silva", "123.456.789-09"] { #expect(bytes.range(of: Data(clear.utf8)) == nil, "\(clear)") }
    }

    @Test("two files with the same masked name are both kept, and a new version replaces its own")
    func sameMaskedName() throws {
        let store = try makeStore()
        _ = try store.store(Self.batch("123.456.789-09.csv", sha256: "a1", people: [("Rui Paz", "")]))
        _ = try store.store(Self.batch("000.456.789-79.csv", sha256: "b2", people: [("Eva Luz", "")]))
        #expect(
            try store.files().map(\.path) == [
                "\(Self.eventID)/***.456.789-** (2).csv", "\(Self.eventID)/***.456.789-**.csv",
            ])
        let outcome = try store.store(
            Self.batch("000.456.789-79.csv", sha256: "b3", people: [("Eva Luz", ""), ("Ivo Reis", "")]))
        #expect(outcome == .imported(records: 2, replaced: true))
        #expect(try store.files().map(\.sha256) == ["b3", "a1"])
        #expect(try store.files().map(\.recordCount) == [2, 1])
        // forget takes the name as it was imported, too.
        #expect(try store.forget(file: "\(Self.eventID)/123.456.789-09.csv").map(\.sha256) == ["a1"])
    }

    @Test("a store made before v5 has its file names masked in files, decisions and audit lines")
    func migration() throws {
        let event = Self.eventID
        try Store.makeStore(
            at: storePath, migratedUpTo: "v2-keyed-cpf-and-email",
            then: """
                INSERT INTO event VALUES ('\(event)', 2021, 'webinar', 'Webinário', 'Webinar', '2021-02-25', NULL, NULL);
                INSERT INTO source_file VALUES
                    (1, '\(event)/123.456.789-09.csv', '\(event)', 'aa', 'generic-list', 'utf-8', ',', 'attendance',
                     '2021-02-25', '2021-03-01T10:00:00Z', 1, 0),
                    (2, '\(event)/000.456.789-79.csv', '\(event)', 'bb', 'generic-list', 'utf-8', ',', 'attendance',
                     '2021-02-25', '2021-03-01T10:00:00Z', 1, 0),
                    (3, '\(event)/lista-joao.silva@gmail.com.csv', '\(event)', 'cc', 'generic-list', 'utf-8', ',',
                     'attendance', '2021-02-25', '2021-03-01T10:00:00Z', 1, 0),
                    (4, '\(event)/plain.csv', '\(event)', 'dd', 'generic-list', 'utf-8', ',', 'attendance',
                     '2021-02-25', '2021-03-01T10:00:00Z', 1, 0);
                INSERT INTO record (id, source_id, line, event_id, session_date, kind, role, is_registered) VALUES
                    (1, 1, 2, '\(event)', '2021-02-25', 'attendance', 'participant', 0),
                    (2, 2, 2, '\(event)', '2021-02-25', 'attendance', 'participant', 0),
                    (3, 3, 2, '\(event)', '2021-02-25', 'attendance', 'participant', 0),
                    (4, 4, 2, '\(event)', '2021-02-25', 'attendance', 'participant', 0);
                INSERT INTO record_identity (record_id, name, email, cpf, phone, organization, job_title, city, uf,
                    country) VALUES (1, 'Rui Paz', '', '', '', '', '', '', '', ''),
                    (2, 'Eva Luz', '', '', '', '', '', '', '', ''), (3, 'Ivo Reis', '', '', '', '', '', '', '', ''),
                    (4, 'Ana Lima', '', '', '', '', '', '', '', '');
                INSERT INTO decision (kind, a_event, a_path, a_line, b_event, b_path, b_line, author, reason, created_at)
                    VALUES ('merge', '\(event)', '\(event)/000.456.789-79.csv', 2, '\(event)',
                        '\(event)/lista-joao.silva@gmail.com.csv', 2, 'dpo', 'same', '2021-03-02T10:00:00Z'),
                    ('split', '\(event)', '\(event)/gone-12345678909.csv', 7, NULL, NULL, NULL, 'dpo', '',
                        '2021-03-02T10:00:00Z');
                INSERT INTO audit_log (at, action, detail) VALUES
                    ('2021-03-01T10:00:00Z', 'import', '\(event)/\(event)/123.456.789-09.csv sha256=01234567890f records=1'),
                    ('2021-03-01T10:00:00Z', 'forget', '\(event)/\(event)/ana.lima@example.org.csv records=3'),
                    ('2021-03-01T10:00:00Z', 'import', '\(event)/\(event)/plain.csv sha256=dd records=1');
                """)
        do {
            let store = try Store(path: storePath)
            #expect(
                try store.files().map(\.path) == [
                    "\(event)/***.456.789-** (2).csv", "\(event)/***.456.789-**.csv",
                    "\(event)/l**************a@gmail.com.csv", "\(event)/plain.csv",
                ])
            // Carried over by v6 to what the records say; the split of a file gone since is dropped.
            let decisions = try store.decisions()
            #expect(decisions.map(\.kind) == [.same])
            #expect(decisions.map(\.recordsA) == [[2]])
            #expect(decisions.map(\.recordsB) == [[3]])
            let keyring = try MatchKeyring.load(from: storePath + ".key")
            let log = try store.auditLog().map(\.detail)
            #expect(
                log.dropLast() == [
                    "\(event)/\(event)/***.456.789-**.csv sha256=01234567890f records=1",
                    "\(event)/\(event)/a******a@example.org.csv records=3",
                    "\(event)/\(event)/plain.csv sha256=dd records=1",
                    "created key file \(storePath).key, fingerprint \(keyring.fingerprint)",
                    "masked e-mail addresses and CPFs in file names (files: 3, decisions: 1, audit lines: 1)",
                    "dropped 1 old decisions whose records are no longer stored",
                ])
            #expect(log.last?.hasPrefix("the masking of file names at ") == true)
            #expect(
                log.last?.hasSuffix(" is now written through the store's files (no old page of it is left)") == true)
            // The new version of a renamed file replaces it.
            let outcome = try store.store(
                Self.batch("000.456.789-79.csv", sha256: "ee", people: [("Eva Luz", ""), ("Ivo Reis", "")]))
            #expect(outcome == .imported(records: 2, replaced: true))
            #expect(keyring.key(forPath: "\(event)/000.456.789-79.csv") != keyring.key(forPath: "x"))
            let bytes = try storeBytes()
            for clear in ["joao.silva", "123.456.789-09", "12345678909", "000.456.789-79", "ana.lima"] {
                #expect(bytes.range(of: Data(clear.utf8)) == nil, "\(clear)")
            }
        }
    }
}
