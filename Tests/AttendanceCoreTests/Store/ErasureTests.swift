import Foundation
import GRDB
import Testing

@testable import AttendanceFormats
@testable import AttendanceIdentity
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

/// An erasure leaves nothing of the person in the store's files, also when another program is
/// reading the store at that moment, and nothing in the names of the files that listed them.
@Suite struct ErasureTests {
    let directory: URL
    var storePath: String { directory.appendingPathComponent("s.sqlite").path }
    static let eventID = "2021-02-25-webinar"
    static let day = Day(iso: "2021-02-25")
    static let clear = ["Zuleica Pindamonhangaba", "zuleica.pinda@example.org"]

    init() throws {
        umask(0o022)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("erasure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// A store with Zuleica in two files (one named after her) and Rui in one, matched into persons.
    func filledStore() throws -> (store: Store, zuleica: String) {
        let store = try Store(path: storePath)
        try store.upsert(
            events: [
                Event(
                    id: Self.eventID, year: 2021, kind: .webinar, titlePT: "Webinário", titleEN: "Webinar",
                    dates: [Self.day].compactMap { $0 })
            ])
        for (file, people) in [
            ("presenca-zuleica-pindamonhangaba.csv", [("Zuleica Pindamonhangaba", "zuleica.pinda@example.org")]),
            ("lista.csv", [("Zuleica Pindamonhangaba", "zuleica.pinda@example.org"), ("Rui Paz", "rui@example.org")]),
        ] {
            let records = people.enumerated().map { index, person in
                var record = AttendanceRecord(kind: .attendance, line: index + 2)
                record.name = person.0
                record.email = person.1
                record.minutes = 60
                return (record: record, session: Self.day)
            }
            _ = try store.store(
                FileBatch(
                    // Two formats: a list holding all of another list's records in the same format
                    // would be its new version.
                    path: "\(Self.eventID)/\(file)", eventID: Self.eventID, sha256: file,
                    format: file == "lista.csv" ? "generic-list" : "google-forms",
                    encoding: "utf-8", delimiter: ",", role: "attendance", sessionDate: Self.day, records: records,
                    issues: []))
        }
        _ = try IdentityService(store: store).run()
        let zuleica = try #require(try store.identities().first { $0.name.hasPrefix("Zuleica") }?.personID)
        try store.addDecision(.same, sideA: [1], sideB: [2], author: "dpo", reason: "Zuleica Pindamonhangaba twice")
        _ = try IdentityService(store: store).run()  // as `attendance merge` does after a decision
        return (store, zuleica)
    }

    /// Which of the erased values are still somewhere in the store file or its -wal.
    func valuesLeft() -> [String] {
        let bytes = ["", "-wal"].reduce(into: Data()) { bytes, suffix in
            if let data = FileManager.default.contents(atPath: storePath + suffix) { bytes.append(data) }
        }
        return Self.clear.filter { bytes.range(of: Data($0.utf8)) != nil }
    }

    @Test("without readers, the erased name and address are gone from the store file and its -wal at once")
    func erasedFromFiles() throws {
        let (store, zuleica) = try filledStore()
        #expect(valuesLeft() == Self.clear)
        let erasure = try store.erase(person: zuleica, author: "dpo", reason: "request")
        #expect(erasure == Erasure(records: 2, isPending: false))
        #expect(valuesLeft() == [])
        // Erased records are matched no more: persons are matched again, and the figures stay.
        #expect(try IdentityService(store: store).current { try store.yearlyReport(year: 2021) }.participations == 2)
    }

    @Test("with a reader open, the erasure is pending; the next opening that may write finishes it and logs it")
    func pendingWithReader() throws {
        let (store, zuleica) = try filledStore()
        // Another program's read transaction, held open across the erasure.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let reader = try DatabaseQueue(path: storePath, configuration: configuration)
        try reader.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN DEFERRED")
            #expect(try String.fetchAll(db, sql: "SELECT name FROM record_identity ORDER BY record_id").count == 3)
        }
        let erasure = try store.erase(
            person: zuleica, author: "dpo", reason: "request", waitingForReaders: .milliseconds(100))
        #expect(erasure == Erasure(records: 2, isPending: true))
        #expect(!valuesLeft().isEmpty)
        // The reader still sees its snapshot; a read-only opening finishes nothing.
        let seen = try reader.writeWithoutTransaction { db in
            try String.fetchOne(db, sql: "SELECT name FROM record_identity WHERE record_id = 1")
        }
        #expect(seen == "Zuleica Pindamonhangaba")
        #expect(try Store(path: storePath, access: .readOnly).identities().first?.name == "")
        #expect(!valuesLeft().isEmpty)

        try reader.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        try reader.close()
        let reopened = try Store(path: storePath)
        #expect(valuesLeft() == [])
        let log = try reopened.auditLog().map(\.detail)
        #expect(log.last?.hasPrefix("the erasure of \(zuleica) at ") == true)
        #expect(log.last?.hasSuffix(" is now written through the store's files (no old page of it is left)") == true)
        withExtendedLifetime(store) {}
    }

    @Test("erase takes the person's name out of file names, decisions, reasons and audit lines")
    func redacted() throws {
        let (store, zuleica) = try filledStore()
        try store.erase(person: zuleica, author: "dpo", reason: "request of zuleica.pinda@example.org")
        #expect(
            try store.files().map(\.path) == ["\(Self.eventID)/lista.csv", "\(Self.eventID)/presenca-***.csv"])
        let decision = try #require(try store.decisions().first)
        #expect(decision.reason == "*** twice")
        let log = try store.auditLog().map(\.detail)
        #expect(log.allSatisfy { !$0.localizedCaseInsensitiveContains("zuleica") })
        #expect(log.contains { $0.hasPrefix("\(zuleica): 2 records, by dpo: request of ") })
        #expect(valuesLeft() == [])
    }
}
