import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// Decisions you can manage: refused when they make no sense or contradict an earlier one,
/// listed with what they name now, revoked.
@Suite struct DecisionTests {
    let store: Store
    static let day = Day(year: 2021, month: 2, day: 25)

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decisions-\(UUID().uuidString).sqlite")
        store = try Store(path: path.path)
        try store.upsert(events: [Event(id: "w", year: 2021, kind: .webinar, dates: [Self.day].compactMap { $0 })])
        let names = [
            ("Ana Lima", "ana@gmail.com"), ("Ana Lima", "ana.lima@esteio.rs.gov.br"), ("Rui Paz", "rui@gmail.com"),
        ]
        let records = names.enumerated().map { index, row in
            var record = AttendanceRecord(kind: .attendance, line: index + 2)
            (record.name, record.email) = row
            return (record: record, session: Self.day)
        }
        try store.store(
            FileBatch(
                path: "list.csv", eventID: "w", sha256: "1", format: "generic-list", encoding: "utf-8",
                delimiter: ",", role: "attendance", sessionDate: Self.day, records: records, issues: []))
        try IdentityService(store: store).run()
    }

    @Test("a decision about a person and itself, or a record and itself, is refused")
    func sameSidesAreRefused() throws {
        #expect(throws: DecisionError.sameRecords([1])) {
            try store.addDecision(.same, sideA: [1, 2], sideB: [1], author: "t", reason: "")
        }
        #expect(throws: DecisionError.sameRecords([1])) {
            try store.addDecision(.different, sideA: [1], sideB: [1], author: "t", reason: "")
        }
        #expect(throws: DecisionError.emptySide) {
            try store.addDecision(.different, sideA: [1], sideB: [], author: "t", reason: "")
        }
        #expect(throws: DecisionError.unknownRecord(99)) {
            try store.addDecision(.different, sideA: [1], sideB: [99], author: "t", reason: "")
        }
        #expect(try store.decisions().isEmpty)
    }

    @Test("a decision contradicting an earlier one is refused naming it; revoked, the new one is accepted")
    func contradictionsAreRefused() throws {
        let first = try store.addDecision(.different, sideA: [1], sideB: [2], author: "ana", reason: "two people")
        #expect(throws: DecisionError.contradicts(first)) {
            try store.addDecision(.same, sideA: [1, 3], sideB: [2], author: "rui", reason: "")
        }
        try store.revokeDecision(first, author: "ana", reason: "wrong")
        #expect(throws: DecisionError.alreadyRevoked(first)) {
            try store.revokeDecision(first, author: "ana", reason: "again")
        }
        #expect(throws: DecisionError.unknownDecision(42)) { try store.revokeDecision(42, author: "ana", reason: "") }
        let second = try store.addDecision(.same, sideA: [1], sideB: [2], author: "rui", reason: "same person")
        #expect(throws: DecisionError.contradicts(second)) {
            try store.addDecision(.different, sideA: [2], sideB: [1, 3], author: "ana", reason: "")
        }
        let all = try store.decisions(includingRevoked: true)
        #expect(all.map(\.id) == [first, second])
        #expect(all.map(\.isActive) == [false, true])
        #expect(all[0].revokedBy == "ana" && all[0].revokeReason == "wrong")
        #expect(try store.decisions().map(\.id) == [second])
    }

    @Test("a revoked decision stops applying at the next matching run")
    func revokedDecisionStopsApplying() throws {
        func person(_ id: Int64) throws -> String? { try store.identities().first { $0.recordID == id }?.personID }
        #expect(try person(1) != person(2))
        let id = try store.addDecision(.same, sideA: [1], sideB: [2], author: "t", reason: "")
        try IdentityService(store: store).run()
        #expect(try person(1) == person(2))
        try store.revokeDecision(id, author: "t", reason: "")
        #expect(try !store.identityGeneration().isCurrent)
        try IdentityService(store: store).run()
        #expect(try person(1) != person(2))
    }

    @Test("a decision whose records were forgotten is listed as not placed and changes nothing")
    func unplacedDecision() throws {
        try store.addDecision(.different, sideA: [1], sideB: [2, 3], author: "t", reason: "")
        #expect(try store.forget(file: "list.csv").map(\.recordCount) == [3])
        let decision = try #require(try store.decisions().first)
        #expect(decision.recordsA.isEmpty && decision.recordsB.isEmpty)
        #expect(decision.unplacedA == 1 && decision.unplacedB == 2)
        #expect(!decision.isPlaced)
        try IdentityService(store: store).run()
    }
}
