import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

/// Every input FuzzExportReader (`Fuzz/run.sh`) once failed on, read again with its checks.
@Suite struct ExportFuzzRegressionTests {
    static let files: [String] = {
        guard let folder = try? Fixture.path("fuzz-regressions"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [] }
        return names.sorted()
    }()

    @Test("the fuzz regressions are there")
    func folderIsNotEmpty() {
        #expect(!Self.files.isEmpty)
    }

    @Test("a fuzz regression reads into records and issues within the file, or one error naming it", arguments: files)
    func readsCleanly(name: String) throws {
        let path = try Fixture.path("fuzz-regressions/\(name)")
        let lines = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        let recognition = try? ExportReader.recognise(path: path, displayName: "evento/\(name)")
        do {
            let parsed = try ExportReader.read(path: path, displayName: "evento/\(name)")
            #expect(recognition?.format == parsed.format)
            #expect(parsed.records.allSatisfy { (1...lines).contains($0.line) })
            #expect(parsed.records.allSatisfy { ($0.minutes ?? 0) >= 0 && ($0.minutes ?? 0) <= 1440 })
            let joinLimit = parsed.format == .teamsAttendanceLog ? 2 * 1440 : 1440
            #expect(parsed.records.allSatisfy { (0..<joinLimit).contains($0.joinMinute ?? 0) })
            #expect(parsed.records.allSatisfy { ($0.leaveMinute ?? Int.max) >= ($0.joinMinute ?? 0) })
            #expect(parsed.issues.allSatisfy { (1...lines).contains($0.line) && ($0.column ?? 1) >= 1 })
        } catch let error as FormatError {
            #expect(error.description.hasPrefix("evento/\(name):"))
        }
    }
}
