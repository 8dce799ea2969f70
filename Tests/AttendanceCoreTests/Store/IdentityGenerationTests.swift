import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

/// The store's consistency protocol: persons describe one state of the records, and no figure is
/// given from a state whose persons describe another.
@Suite struct IdentityGenerationTests {
    let directory: URL
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("generation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("s.sqlite").path
    }

    static let webinar = Event(
        id: "2021-02-25-webinar", year: 2021, kind: .webinar, titlePT: "Webinário", titleEN: "Webinar",
        dates: [Day(iso: "2021-02-25")].compactMap { $0 })

    static func batch(_ file: String, hash: String, names: [String]) -> FileBatch {
        let records = names.enumerated().map { index, name in
            var record = AttendanceRecord(kind: .attendance, line: index + 2)
            record.name = name
            record.email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
            record.attended = true
            return (record: record, session: Day(iso: "2021-02-25"))
        }
        return FileBatch(
            path: "2021-02-25-webinar/\(file)", eventID: webinar.id, sha256: hash, format: "generic-list",
            encoding: "utf-8", delimiter: ",", role: "attendance", sessionDate: Day(iso: "2021-02-25"),
            records: records, issues: [])
    }

    /// A store with one file of three people, matched.
    func matchedStore() throws -> Store {
        let store = try Store(path: path)
        try store.upsert(events: [Self.webinar])
        try store.store(Self.batch("a.csv", hash: "aa", names: ["Ana Lima", "Rui Paz", "Lia Reis"]))
        try IdentityService(store: store).run()
        return store
    }

    @Test("a new store is up to date; a stored file puts it out of date until people are matched")
    func storedFileNeedsMatching() throws {
        let store = try Store(path: path)
        #expect(try store.identityGeneration().isCurrent)
        try store.upsert(events: [Self.webinar])
        #expect(try store.identityGeneration().isCurrent)  // the catalog is not what matching reads
        try store.store(Self.batch("a.csv", hash: "aa", names: ["Ana Lima", "Rui Paz", "Lia Reis"]))
        #expect(try !store.identityGeneration().isCurrent)
        #expect(throws: StoreError.identityOutOfDate(path: path, unmatchedRecords: 3)) {
            try store.yearlyReport(year: 2021)
        }
        #expect(throws: StoreError.identityOutOfDate(path: path, unmatchedRecords: 3)) { try store.auditRows() }
        #expect(throws: StoreError.identityOutOfDate(path: path, unmatchedRecords: 3)) { try store.reviewQuestions() }
        try IdentityService(store: store).run()
        #expect(try store.identityGeneration().isCurrent)
        #expect(try store.yearlyReport(year: 2021).participations == 3)
    }

    enum Change: String, CaseIterable, CustomTestStringConvertible {
        case anotherFile, forget, decision, erasure
        var testDescription: String { rawValue }
    }

    @Test("every change that matching reads puts the persons out of date", arguments: Change.allCases)
    func changesNeedMatching(_ change: Change) throws {
        let store = try matchedStore()
        #expect(try store.identityGeneration().isCurrent)
        let records = try store.auditRows().map(\.recordID)
        switch change {
        case .anotherFile: try store.store(Self.batch("b.csv", hash: "bb", names: ["Ana Lima"]))
        case .forget: #expect(try store.forget(file: "2021-02-25-webinar/a.csv").count == 1)
        case .decision:
            try store.addDecision(.different, sideA: [records[0]], sideB: [records[1]], author: "t", reason: "")
        case .erasure:
            let person = try #require(try store.auditRows().first?.personID)
            try store.erase(person: person, author: "t", reason: "request")
        }
        #expect(try !store.identityGeneration().isCurrent)
        #expect(try IdentityService(store: store).bringUpToDate() != nil)
        #expect(try store.identityGeneration().isCurrent)
        #expect(try IdentityService(store: store).bringUpToDate() == nil)  // nothing to do now
    }

    @Test("a matching run overtaken by a later import is not saved: persons never describe an older state")
    func supersededRunIsNotSaved() throws {
        let store = try matchedStore()
        let before = try store.identityGeneration()
        try store.store(Self.batch("b.csv", hash: "bb", names: ["Ana Lima", "Teo Cruz"]))
        // A result matched from the state before b.csv, saved after it.
        #expect(throws: StoreError.superseded(path: path)) {
            try store.saveIdentities(persons: [:], attributes: [:], questions: [], summary: "", generation: before.data)
        }
        #expect(try !store.identityGeneration().isCurrent)
        let unmatched = try store.identities().filter { $0.personID == nil }
        #expect(unmatched.count == 2)  // b.csv's records: nothing of the stale run went in
    }

    @Test("a read through the identity service matches first, then gives the figures of every record")
    func currentMatchesFirst() throws {
        let store = try matchedStore()
        try store.store(Self.batch("b.csv", hash: "bb", names: ["Ana Lima", "Teo Cruz"]))
        let report = try IdentityService(store: store).current { try store.yearlyReport(year: 2021) }
        #expect(report.participations == 4)
        #expect(report.uniqueParticipants == 4)
        #expect(try store.identityGeneration().isCurrent)
    }

    @Test("reads made together inside `consistently` see one state whose persons are current")
    func consistentlyChecksOnce() throws {
        let store = try matchedStore()
        let (items, identities) = try store.consistently { (try store.reviewQuestions(), try store.identities()) }
        #expect(items.isEmpty)
        #expect(identities.count == 3 && identities.allSatisfy { $0.personID != nil })
        try store.store(Self.batch("b.csv", hash: "bb", names: ["Teo Cruz"]))
        #expect(throws: StoreError.identityOutOfDate(path: path, unmatchedRecords: 1)) {
            try store.consistently { try store.identities() }
        }
    }

    @Test("erasing by person id waits for current persons: a stale id could name other records")
    func erasureNeedsCurrentPersons() throws {
        let store = try matchedStore()
        let person = try #require(try store.auditRows().first?.personID)
        try store.store(Self.batch("b.csv", hash: "bb", names: ["Ana Lima"]))
        #expect(throws: StoreError.identityOutOfDate(path: path, unmatchedRecords: 1)) {
            try store.erase(person: person, author: "t", reason: "")
        }
    }

    @Test("a store made before generations is matched again before its first figure", arguments: [true, false])
    func migratedStore(withRecords: Bool) throws {
        let records = """
            INSERT INTO source_file VALUES (1, '2021-02-25-webinar/list.csv', '2021-02-25-webinar', 'aa',
                'generic-list', 'utf-8', ',', 'attendance', '2021-02-25', '2021-03-01T10:00:00Z', 1, 0);
            INSERT INTO record (id, source_id, line, event_id, session_date, kind, role, is_registered, attended,
                person_id) VALUES (1, 1, 2, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0, 1,
                'P000001');
            INSERT INTO record_identity VALUES (1, 'Ana Lima', 'ana.lima@example.org', '', '', '', '', '', '', '',
                NULL, NULL);
            """
        try Store.makeStore(
            at: path, migratedUpTo: "v2-keyed-cpf-and-email",
            then: """
                INSERT INTO event VALUES ('2021-02-25-webinar', 2021, 'webinar', 'Webinário', 'Webinar', '2021-02-25',
                    NULL, NULL);
                """ + (withRecords ? records : ""))
        let store = try Store(path: path)
        #expect(try store.identityGeneration().isCurrent == !withRecords)
        let report = try IdentityService(store: store).current { try store.yearlyReport(year: 2021) }
        #expect(report.participations == (withRecords ? 1 : 0))
    }
}
