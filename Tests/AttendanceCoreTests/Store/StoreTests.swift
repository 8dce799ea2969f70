import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

@Suite struct StoreTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func event(_ id: String = "2021-02-25-webinar", minMinutes: Int? = nil) -> Event {
        Event(
            id: id, year: 2021, kind: .webinar, titlePT: "Webinário", titleEN: "Webinar",
            dates: [Day(iso: "2021-02-25")].compactMap { $0 }, minMinutes: minMinutes)
    }

    func batch(path: String = "2021-02-25-webinar/list.csv", hash: String, names: [String]) -> FileBatch {
        let records = names.enumerated().map { index, name in
            var record = AttendanceRecord(kind: .attendance, line: index + 2)
            record.name = name
            record.email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
            return (record: record, session: Day(iso: "2021-02-25"))
        }
        return FileBatch(
            path: path, eventID: "2021-02-25-webinar", sha256: hash, format: "generic-list",
            encoding: "utf-8", delimiter: ",", role: "attendance", sessionDate: Day(iso: "2021-02-25"),
            records: records, issues: [])
    }

    @Test("the same content stored twice is skipped the second time")
    func sameContentIsSkipped() throws {
        let store = try Store(path: directory.appendingPathComponent("s.sqlite").path)
        try store.upsert(events: [event()])
        #expect(
            try store.store(batch(hash: "aa", names: ["Ana Lima", "Rui Paz"])) == .imported(records: 2, replaced: false)
        )
        #expect(
            try store.store(batch(path: "other/copy.csv", hash: "aa", names: ["Ana Lima", "Rui Paz"]))
                == .alreadyImported(existingPath: "2021-02-25-webinar/list.csv"))
        #expect(try store.countingRecords(year: 2021).count == 2)
    }

    @Test("a changed file at the same path replaces its earlier records")
    func changedFileReplaces() throws {
        let store = try Store(path: directory.appendingPathComponent("s.sqlite").path)
        try store.upsert(events: [event()])
        _ = try store.store(batch(hash: "aa", names: ["Ana Lima", "Rui Paz"]))
        #expect(
            try store.store(batch(hash: "bb", names: ["Ana Lima", "Rui Paz", "Eva Reis"]))
                == .imported(records: 3, replaced: true))
        #expect(try store.countingRecords(year: 2021).count == 3)
        #expect(try store.files().count == 1)
        #expect(try store.identities().map(\.name) == ["Ana Lima", "Rui Paz", "Eva Reis"])
    }

    @Test("a file that fails half-way through leaves nothing behind, and what was stored stays")
    func failedFileLeavesNothing() throws {
        let store = try Store(path: directory.appendingPathComponent("s.sqlite").path)
        try store.upsert(events: [event()])
        _ = try store.store(batch(hash: "aa", names: ["Ana Lima", "Rui Paz"]))
        var bad = batch(path: "2021-02-25-webinar/other.csv", hash: "cc", names: ["Eva Reis", "Ivo Sá"])
        bad.records.append((record: AttendanceRecord(kind: .attendance, line: 0), session: nil))  // lines are 1-based
        #expect(throws: (any Error).self) { try store.store(bad) }
        #expect(try store.files().map(\.path) == ["2021-02-25-webinar/list.csv"])
        #expect(try store.identities().map(\.name) == ["Ana Lima", "Rui Paz"])
    }

    @Test("a file of an event missing from the catalog is refused")
    func unknownEventIsRefused() throws {
        let store = try Store(path: directory.appendingPathComponent("s.sqlite").path)
        #expect(throws: (any Error).self) { try store.store(batch(hash: "aa", names: ["Ana Lima"])) }
        #expect(try store.files().isEmpty)
    }

    @Test("catalog edits update events without touching records")
    func catalogEdits() throws {
        let store = try Store(path: directory.appendingPathComponent("s.sqlite").path)
        #expect(try store.upsert(events: [event()]) == (added: 1, changed: 0))
        _ = try store.store(batch(hash: "aa", names: ["Ana Lima"]))
        #expect(try store.upsert(events: [event(minMinutes: 15), event("2021-03-25-live")]) == (added: 1, changed: 1))
        #expect(try store.event(id: "2021-02-25-webinar")?.minMinutes == 15)
        #expect(try store.countingRecords(year: 2021).count == 1)
        #expect(try store.upsert(events: [event(minMinutes: 15)]) == (added: 0, changed: 0))
    }

    @Test("forget removes a file's records and personal data")
    func forgetRemovesRecords() throws {
        let store = try Store(path: directory.appendingPathComponent("s.sqlite").path)
        try store.upsert(events: [event()])
        _ = try store.store(batch(hash: "aa", names: ["Ana Lima", "Rui Paz"]))
        #expect(try store.forget(file: "2021-02-25-webinar/list.csv").map(\.recordCount) == [2])
        #expect(try store.countingRecords().isEmpty)
        #expect(try store.identities().isEmpty)
    }

    @Test("two writers on the same store file both get their files in")
    func concurrentWriters() async throws {
        let path = directory.appendingPathComponent("shared.sqlite").path
        let first = try Store(path: path)
        let second = try Store(path: path)
        try first.upsert(events: [event()])
        async let a: Void = Task.detached {
            for index in 0..<20 {
                _ = try first.store(
                    self.batch(
                        path: "a/\(index).csv", hash: "a\(index)", names: ["Ana Lima \(index)", "Rui Paz \(index)"]))
            }
        }.value
        async let b: Void = Task.detached {
            for index in 0..<20 {
                _ = try second.store(
                    self.batch(path: "b/\(index).csv", hash: "b\(index)", names: ["Eva Reis \(index)"]))
            }
        }.value
        _ = try await (a, b)
        #expect(try first.files().count == 40)
        #expect(try second.countingRecords(year: 2021).count == 60)
    }

    @Test("a new store file is readable by its owner only")
    func ownerOnly() throws {
        let path = directory.appendingPathComponent("private.sqlite").path
        _ = try Store(path: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("a file that is not a store is refused with advice")
    func corruptStore() throws {
        let path = directory.appendingPathComponent("broken.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(throws: StoreError.notAStore(path: path, reason: "file is not a database")) { try Store(path: path) }
    }
}
