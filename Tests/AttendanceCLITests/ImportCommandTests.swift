import ArgumentParser
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

@testable import AttendanceCLI

/// `attendance import` facing files it has seen: its own outputs fed back, copies of a stored list.
@Suite struct ImportCommandTests {
    /// Every CSV the tool writes for the fixture programme, with what each must be recognised as.
    static func ownOutputs(in sandbox: CLISandbox) async throws -> [(path: String, output: OwnOutput)] {
        let store = ["--store", sandbox.store]
        try await sandbox.run(["import", try Fixture.path("programme"), "--quiet"] + store)
        var written: [(String, OwnOutput)] = []
        try await sandbox.run(["export", "attendances", "--out", sandbox.path("attendances.csv")] + store)
        written.append((sandbox.path("attendances.csv"), .attendances))
        try await sandbox.run(["export", "people", "--out", sandbox.path("people.csv")] + store)
        written.append((sandbox.path("people.csv"), .people))
        try await sandbox.run(["review", "--csv", sandbox.path("review.csv")] + store)
        written.append((sandbox.path("review.csv"), .reviewSheet))
        // The statistics tables: in English as RFC 4180, in Portuguese for Excel, and as one bundle.
        for (folder, extra) in [("en", [String]()), ("pt", ["--excel", "--language", "pt"])] {
            try await sandbox.run(["export", "--year", "2021", "--dir", sandbox.path(folder)] + extra + store)
            for table in StatisticsTableName.allCases {
                written.append((sandbox.path("\(folder)/2021/\(table.rawValue).csv"), .statistics(table)))
            }
        }
        try await sandbox.run(
            ["report", "--year", "2021", "--format", "csv", "--out", sandbox.path("report.csv")] + store)
        written.append((sandbox.path("report.csv"), .statistics(.summary)))
        return written
    }

    @Test("each CSV attendance writes, fed back to import, is refused as its own output: exit 1, nothing stored")
    func ownOutputsAreRefused() async throws {
        let sandbox = try CLISandbox()
        let outputs = try await Self.ownOutputs(in: sandbox)
        #expect(outputs.count == 4 + 2 * StatisticsTableName.allCases.count)
        let store = try Store(path: sandbox.store)
        let before = try store.files().map(\.id)
        var headerLines: [String: Int] = [:]
        for (path, output) in outputs {
            do {
                _ = try ExportReader.read(path: path, displayName: path)
                Issue.record("\(path) was read as an export")
            } catch FormatError.ownOutput(let file, let line, let found) {
                #expect(file == path)
                headerLines[path] = line
                // summary and certification share their header row: either may be named, and both are.
                #expect(found.summary == output.summary, "\(path)")
            }
        }
        let event = ["--event", "2021-04-20-oficina", "--store", sandbox.store, "--quiet"]
        await #expect(throws: ExitCode(1)) { try await sandbox.run(["import"] + outputs.map(\.path) + event) }
        // Even read with a column mapping that names one of its columns.
        await #expect(throws: ExitCode(1)) {
            try await sandbox.run(["import", outputs[0].path, "--map", "name=person_id"] + event)
        }
        let summary = try await Importer(store: store).importPaths(
            outputs.map(\.path), options: ImportOptions(eventID: "2021-04-20-oficina"))
        #expect(summary.failed == outputs.count)
        // Every header on line 1, but the bundle's, after its `# summary` line.
        let lines: [Int] = outputs.map { headerLines[$0.path] ?? 0 }
        #expect(lines == Array(repeating: 1, count: outputs.count - 1) + [2])
        for (file, (path, output)) in zip(summary.files, outputs) {
            let commands = output.commands.map { "'\($0)'" }.joined(separator: " or ")
            // The review sheet does hold names: what it holds are answers, not participants.
            let why =
                output == .reviewSheet
                ? "it holds answers to review questions, not a list of participants" : "it holds no names to import"
            #expect(
                file.outcome
                    == .failed(
                        "\(path):\(headerLines[path] ?? 0): this is a file written by \(commands) "
                            + "(\(output.summary)); \(why)"))
        }
        #expect(try store.files().map(\.id) == before)
    }

    @Test("the message names the file and the command that wrote it")
    func ownOutputMessage() {
        let error = FormatError.ownOutput(file: "attendances.csv", line: 1, output: .attendances)
        #expect(
            error.description
                == "attendances.csv:1: this is a file written by 'attendance export attendances' (the list of "
                + "records read, with pseudonymous person ids); it holds no names to import")
        let table = FormatError.ownOutput(file: "events.csv", line: 2, output: .statistics(.events))
        #expect(
            table.description
                == "events.csv:2: this is a file written by 'attendance export' or 'attendance report' (the "
                + "statistics table 'events'); it holds no names to import")
    }

    @Test("a list saved again is skipped, and imported again with --as-separate-copy")
    func separateCopyFlag() async throws {
        let sandbox = try CLISandbox()
        let store = ["--store", sandbox.store, "--quiet"]
        try await sandbox.run(["import", try Fixture.path("programme")] + store)
        try "Nome,E-mail\nAna Souza,ana@example.org\nBeto Lima,beto@example.org\n"
            .write(toFile: sandbox.path("lista.csv"), atomically: true, encoding: .utf8)
        try "\u{FEFF}Nome,E-mail\r\nBeto Lima,beto@example.org\r\nAna Souza,ana@example.org\r\n"
            .write(toFile: sandbox.path("lista-excel.csv"), atomically: true, encoding: .utf8)
        let event = ["--event", "2021-03-10-webinario"]
        try await sandbox.run(["import", sandbox.path("lista.csv")] + event + store)
        let count = try Store(path: sandbox.store).files().count
        try await sandbox.run(["import", sandbox.path("lista-excel.csv")] + event + store)
        #expect(try Store(path: sandbox.store).files().count == count)
        try await sandbox.run(["import", sandbox.path("lista-excel.csv"), "--as-separate-copy"] + event + store)
        #expect(try Store(path: sandbox.store).files().count == count + 1)
    }

    @Test("the import line says what a copy and a new version did")
    func progressLines() {
        func line(_ outcome: FileReport.Outcome) -> String {
            ImportProgress.line(
                FileReport(
                    path: "b.csv", eventID: "e", format: "generic-list", outcome: outcome, issues: [],
                    recordsByKind: [:]))
        }
        #expect(
            line(.sameContent(existingPath: "e/a.csv"))
                == "skipped  b.csv: already imported as e/a.csv: the bytes differ but the records are the same "
                + "(--as-separate-copy imports it anyway)")
        #expect(
            line(.newVersion(of: "e/a.csv", records: 12, added: 2, removed: 1))
                == "imported b.csv [generic-list]: 12 records, new version of e/a.csv: +2 \u{2212}1 records "
                + "(--as-separate-copy keeps both)")
    }
}
