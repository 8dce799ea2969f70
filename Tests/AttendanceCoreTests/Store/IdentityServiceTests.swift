import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

@Suite struct IdentityServiceTests {
    let store: Store
    static let day = Day(year: 2021, month: 2, day: 25)

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("identity-\(UUID().uuidString).sqlite")
        store = try Store(path: path.path)
        try store.upsert(events: [
            Event(id: "w", year: 2021, kind: .webinar, dates: [Self.day].compactMap { $0 }),
            Event(id: "v", year: 2021, kind: .webinar, dates: [Self.day].compactMap { $0 }),
        ])
    }

    /// Stores a file of (name, e-mail, organisation) rows, one per line from line 2.
    @discardableResult
    func store(_ rows: [(String, String, String)], event: String = "w", path: String = "list.csv", hash: String)
        throws -> FileOutcome
    {
        let records = rows.enumerated().map { index, row in
            var record = AttendanceRecord(kind: .attendance, line: index + 2)
            (record.name, record.email, record.organization) = row
            return (record: record, session: Self.day)
        }
        return try store.store(
            FileBatch(
                path: path, eventID: event, sha256: hash, format: "generic-list",
                encoding: "utf-8", delimiter: ",", role: "attendance", sessionDate: Self.day,
                records: records, issues: []))
    }

    func persons() throws -> [String?] {
        try store.identities().map(\.personID)
    }

    @Test("the same person in two lists is one person; two people stay two")
    func basicMatching() throws {
        try store(
            [
                ("Ana Lima", "ana.lima@esteio.rs.gov.br", "Prefeitura Municipal de Esteio"),
                ("Rui Paz", "rui.paz@gmail.com", ""),
            ], hash: "1")
        try store([("ANA LIMA", "Ana.Lima@esteio.rs.gov.br", "PM Esteio")], event: "v", path: "v.csv", hash: "2")
        try IdentityService(store: store).run()
        let ids = try persons()
        #expect(ids[0] == ids[2])
        #expect(ids[0] != ids[1])
        #expect(try store.yearlyReport(year: 2021).uniqueParticipants == 2)
    }

    @Test("a run reports how long each of its steps took, in order, outside the summary's text")
    func phasesAreTimed() throws {
        try store([("Ana Lima", "ana.lima@esteio.rs.gov.br", ""), ("Rui Paz", "rui.paz@gmail.com", "")], hash: "1")
        let summary = try IdentityService(store: store).run()
        #expect(
            summary.phases.map(\.name) == [
                "read", "features", "shared addresses", "blocking", "learning", "sure links", "scoring", "linking",
                "person ids", "grouping", "profiles", "save",
            ])
        #expect(summary.phases.allSatisfy { $0.seconds >= 0 })
        #expect(!summary.description.contains("features"))
    }

    @Test("person ids stay the same for people whose records did not change")
    func stableIDs() throws {
        try store([("Ana Lima", "ana.lima@esteio.rs.gov.br", ""), ("Rui Paz", "rui.paz@gmail.com", "")], hash: "1")
        try IdentityService(store: store).run()
        let before = try persons()
        try store([("Eva Reis", "eva.reis@ufrgs.br", "")], event: "v", path: "v.csv", hash: "2")
        try IdentityService(store: store).run()
        let after = try persons()
        #expect(Array(after.prefix(2)) == before)
        #expect(!before.contains(after[2]))
    }

    @Test("a different decision keeps two records apart and survives a re-import with a row inserted on top")
    func distinctSurvivesReimport() throws {
        let (health, education) = ("Secretaria de Saúde", "Secretaria de Educação")
        try store(
            [("Ana Lima", "ana.lima@esteio.rs.gov.br", health), ("Ana Lima", "ana.lima@esteio.rs.gov.br", education)],
            hash: "1")
        try IdentityService(store: store).run()
        var records = try store.identities()
        #expect(records[0].personID == records[1].personID)
        try store.addDecision(
            .different, sideA: [records[0].recordID], sideB: [records[1].recordID], author: "test",
            reason: "two colleagues")
        try IdentityService(store: store).run()
        records = try store.identities()
        #expect(records[0].personID != records[1].personID)
        // The list comes again with a row on top: every record has a new line and a new id.
        try store(
            [
                ("Rui Paz", "rui.paz@gmail.com", ""), ("Ana Lima", "ana.lima@esteio.rs.gov.br", health),
                ("Ana Lima", "ana.lima@esteio.rs.gov.br", education),
            ], hash: "1b")
        try IdentityService(store: store).run()
        records = try store.identities()
        #expect(records.map(\.line) == [2, 3, 4])
        #expect(records[1].personID != records[2].personID)
        let decision = try #require(try store.decisions().first)
        #expect(decision.recordsA == [records[1].recordID] && decision.recordsB == [records[2].recordID])
        #expect(decision.isFullyPlaced)
    }

    @Test("two records that say exactly the same cannot be told apart by a decision")
    func identicalRecordsCannotBeSeparated() throws {
        try store([("Ana Lima", "ana@esteio.rs.gov.br", ""), ("Ana Lima", "ana@esteio.rs.gov.br", "")], hash: "1")
        try IdentityService(store: store).run()
        let records = try store.identities().map(\.recordID)
        #expect(throws: DecisionError.sameRecords(records)) {
            try store.addDecision(.different, sideA: [records[0]], sideB: [records[1]], author: "t", reason: "")
        }
    }

    @Test("a merge decision joins records the matcher keeps apart")
    func mergeDecision() throws {
        try store([("Ana Lima", "ana@gmail.com", "")], hash: "1")
        try store([("Beatriz Souto", "bia@yahoo.com.br", "")], event: "v", path: "v.csv", hash: "2")
        try IdentityService(store: store).run()
        var records = try store.identities()
        #expect(records[0].personID != records[1].personID)
        try store.addDecision(
            .same, sideA: [records[0].recordID], sideB: [records[1].recordID], author: "test",
            reason: "same person, married name")
        try IdentityService(store: store).run()
        records = try store.identities()
        #expect(records[0].personID == records[1].personID)
        #expect(try store.auditLog().contains { $0.action == "decision" && $0.detail.contains("by test") })
    }

    @Test("an erased person's records in a new version of the list are erased on arrival and still counted")
    func erasureSurvivesNewVersion() throws {
        let rows = [
            ("Ana Lima", "ana.lima@esteio.rs.gov.br", "Prefeitura Municipal de Esteio"),
            ("Rui Paz", "rui.paz@gmail.com", ""), ("Lia Reis", "lia.reis@gmail.com", ""),
            ("Teo Cruz", "teo.cruz@gmail.com", ""), ("Eva Luz", "eva.luz@gmail.com", ""),
        ]
        try store(rows, hash: "1")
        try IdentityService(store: store).run()
        let ana = try #require(try store.identities().first?.personID)
        try store.erase(person: ana, author: "dpo", reason: "request")
        // The list downloaded again, one row more on top: a new version replacing the old one.
        let outcome = try store([("Ivo Reis", "ivo.reis@gmail.com", "")] + rows, path: "list (1).csv", hash: "1b")
        // Ana's stored record is blank: to the comparison of contents, hers is a row removed and added.
        #expect(outcome == .newVersion(of: "list.csv", records: 6, added: 2, removed: 1))
        try IdentityService(store: store).run()
        let records = try store.identities()
        #expect(records.filter { $0.name == "Ana Lima" || $0.email.contains("ana.lima") }.isEmpty)
        let erased = records.filter(\.isErased)
        #expect(erased.map(\.line) == [3])
        #expect(erased.map(\.personID) == [ana])
        #expect(try store.yearlyReport(year: 2021).participations == 6)
        #expect(try store.auditLog().contains { $0.detail == "\(ana): 1 records erased on arrival (tombstone)" })
    }

    @Test("erasing a person blanks their personal data and leaves every figure as it was")
    func erase() throws {
        try store(
            [
                ("Ana Lima", "ana.lima@esteio.rs.gov.br", "Prefeitura Municipal de Esteio"),
                ("Rui Paz", "rui.paz@gmail.com", ""),
            ], hash: "1")
        try store([("Ana Lima", "ana.lima@esteio.rs.gov.br", "")], event: "v", path: "v.csv", hash: "2")
        try IdentityService(store: store).run()
        let before = try store.yearlyReport(year: 2021)
        let ana = try #require(try store.identities().first?.personID)
        #expect(
            try store.personalData(of: ana).records.map(\.email) == [
                "ana.lima@esteio.rs.gov.br",
                "ana.lima@esteio.rs.gov.br",
            ])
        #expect(try store.erase(person: ana, author: "dpo", reason: "request").records == 2)
        try IdentityService(store: store).run()
        #expect(try store.yearlyReport(year: 2021) == before)
        let erased = try store.identities().filter { $0.personID == ana }
        #expect(erased.count == 2)
        #expect(erased.allSatisfy { $0.name.isEmpty && $0.email.isEmpty && $0.organization.isEmpty })
        #expect(try store.auditLog().contains { $0.action == "erase" && $0.detail.hasPrefix(ana) })
        #expect(try !store.auditLog().contains { $0.detail.contains("ana.lima") })
    }
}
