import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

/// Foundation's XML on Linux is libxml2, whose global state is not safe to use from two threads
/// at once: the server writes and reads workbooks for several browsers at the same time, and
/// the tests run in parallel.
@Suite struct WorkbookConcurrencyTests {
    /// Threads and rounds with which, without the lock, the test process crashed in 2 runs of 4
    /// (a race: it cannot crash every time).
    static let threads = 32
    static let rounds = 10

    @Test("workbooks written and read back on many threads at once come out whole and equal")
    func concurrentWriteAndRead() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ReportFixture.realistic()
        let options = ReportWriteOptions(language: .portuguese)
        let expected = report.statisticsTables(language: .portuguese, smallCellThreshold: nil).map(\.name)
        // Threads of their own: the cooperative pool has as few threads as the machine has cores.
        let results = ThreadResults()
        let threads = (0..<Self.threads).map { task in
            Thread {
                do {
                    var last: [String] = []
                    for round in 0..<Self.rounds {
                        let path = folder.appendingPathComponent("\(task)-\(round).xlsx").path
                        try report.writeWorkbook(to: path, options: options)
                        var reader = try XLSXReader(path: path, name: "report.xlsx")
                        for index in reader.sheetNames.indices { _ = try reader.sheet(at: index) }
                        last = reader.sheetNames
                    }
                    results.append(.success(last))
                } catch {
                    results.append(.failure(error))
                }
            }
        }
        for thread in threads { thread.start() }
        let names = try await results.wait(for: threads.count).map { try $0.get() }
        #expect(names.count == Self.threads)
        #expect(names.allSatisfy { $0 == expected })
    }
}

/// What the threads of a test gave, collected under a lock.
private final class ThreadResults: @unchecked Sendable {
    private let lock = NSCondition()
    private var results: [Result<[String], any Error>] = []

    func append(_ result: Result<[String], any Error>) {
        lock.lock()
        results.append(result)
        lock.signal()
        lock.unlock()
    }

    /// Blocks a thread of its own until `count` results are in.
    func wait(for count: Int) async -> [Result<[String], any Error>] {
        await withCheckedContinuation { continuation in
            Thread {
                self.lock.lock()
                while self.results.count < count { self.lock.wait() }
                let results = self.results
                self.lock.unlock()
                continuation.resume(returning: results)
            }.start()
        }
    }
}
