import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import GRDB
import Testing

/// What `attendance erase` says when another program is reading the store.
@Suite struct EraseCommandTests {
    @Test("erase with another program reading says the erasure is pending; the next writing command finishes it")
    func pendingWhileRead() throws {
        let sandbox = try CLISandbox()
        var outcome = try AttendanceProcess.run(
            ["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        try #require(outcome.status == 0, Comment(rawValue: outcome.output))
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let reader = try DatabaseQueue(path: sandbox.store, configuration: configuration)
        try reader.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN DEFERRED")
            _ = try String.fetchAll(db, sql: "SELECT name FROM record_identity")
        }
        outcome = try AttendanceProcess.run(["erase", "P000002", "--reason", "request", "--store", sandbox.store])
        #expect(outcome.status == 0, Comment(rawValue: outcome.output))
        #expect(
            outcome.output
                == "erased the personal data of P000002 from 4 records\n"
                + "the erasure is recorded but still pending: another program is reading the store, and the erased "
                + "data stays in its files until that program closes; the next command that changes the store (or "
                + "`attendance erase` again) then finishes it\n")
        try reader.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        try reader.close()

        outcome = try AttendanceProcess.run(["erase", "P000002", "--reason", "again", "--store", sandbox.store])
        #expect(outcome.output == "erased the personal data of P000002 from 4 records\n")
        let audit = try AttendanceProcess.run(["audit", "--store", sandbox.store]).output
        #expect(audit.contains("  erase  the erasure of P000002 at "))
    }
}
