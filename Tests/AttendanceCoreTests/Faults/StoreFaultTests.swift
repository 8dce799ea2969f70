import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// A store file damaged outside the program (a bad copy, a full disk, a crash of the machine):
/// opening it says so, with what to do, before any command relies on it.
@Suite struct StoreFaultTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// A closed store of `files` files of 500 records each, a few hundred KiB: pages of every kind.
    func filledStore(named name: String, files: Int = 6) throws -> String {
        let path = directory.appendingPathComponent(name).path
        do {
            let store = try Store(path: path)
            guard let day = Day(year: 2021, month: 2, day: 25) else { throw CocoaError(.coderInvalidValue) }
            _ = try store.upsert(events: [Event(id: "webinar", year: 2021, kind: .webinar, dates: [day])])
            for file in 0..<files {
                let records = (0..<500).map { index -> (record: AttendanceRecord, session: Day?) in
                    var record = AttendanceRecord(kind: .attendance, line: index + 2)
                    record.name = "Pessoa \(file)-\(index) da Silva"
                    record.email = "pessoa.\(file).\(index)@example.org"
                    record.minutes = index % 120
                    return (record, day)
                }
                _ = try store.store(
                    FileBatch(
                        path: "webinar/list-\(file).csv", eventID: "webinar", sha256: "hash-\(file)",
                        format: "generic-list", encoding: "utf-8", delimiter: ",", role: "attendance",
                        sessionDate: day, records: records, issues: []))
            }
            #expect(try store.integrityProblems().isEmpty)
        }
        // The last connection closed: SQLite has moved the WAL into the file and removed it.
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        return path
    }

    func openingError(_ path: String) -> String? {
        do {
            _ = try Store(path: path)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test("a file of random bytes is not a store: check the path, or move it aside and import again")
    func randomBytes() throws {
        let path = directory.appendingPathComponent("random.sqlite").path
        var generator = SystemRandomNumberGenerator()
        try Data((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(
            to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let message = try #require(openingError(path))
        #expect(message.hasPrefix("store: \(path) is not an attendance store ("))
        #expect(
            message.hasSuffix(
                "move it aside (mv '\(path)' '\(path).damaged') and import the exports again into a new store"))
    }

    @Test("a store cut short (a copy that stopped half-way) is found damaged at opening")
    func truncatedStore() throws {
        let path = try filledStore(named: "truncated.sqlite")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 100_000)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        let message = try #require(openingError(path))
        #expect(message.hasPrefix("store: \(path) is damaged ("))
        #expect(message.contains("import the exports again"))
    }

    @Test("a store with a garbled page is found damaged at opening")
    func garbledPage() throws {
        let path = try filledStore(named: "garbled.sqlite")
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096 * 10)  // a page of records, past the schema
        var generator = SystemRandomNumberGenerator()
        try handle.write(contentsOf: Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()
        let message = try #require(openingError(path))
        #expect(
            message.hasPrefix("store: \(path) is damaged (")
                || message.hasPrefix("store: \(path) is not an attendance store"))
        #expect(message.contains("mv '\(path)' '\(path).damaged'"))
    }

    @Test("a sound store opens again with its records, after the check")
    func soundStoreOpens() throws {
        let path = try filledStore(named: "sound.sqlite", files: 2)
        let store = try Store(path: path)
        #expect(try store.files().map(\.recordCount) == [500, 500])
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("a folder given as the store is refused with advice")
    func folderAsStore() throws {
        let message = try #require(openingError(directory.path))
        #expect(
            message == "store: \(directory.path) is a folder, not a store file; use a file name such as "
                + "\(directory.path)/attendance.sqlite")
    }
}
