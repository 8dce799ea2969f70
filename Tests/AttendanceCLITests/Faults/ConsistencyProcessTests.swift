import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// The store's guarantee, tried with real `attendance` processes: whatever runs at once and
/// wherever an import is killed, every figure printed with exit 0 equals what one serial import
/// of the same files prints.
@Suite(
    .serialized,
    .enabled(if: AttendanceProcess.unavailable == nil, Comment(rawValue: AttendanceProcess.unavailable ?? "")))
struct ConsistencyProcessTests {
    let sandbox: CLISandbox
    /// Two generated programme years with the same catalog and different people.
    let years: [String]

    init() throws {
        let sandbox = try CLISandbox()
        self.sandbox = sandbox
        years = try [41, 42].map { seed in
            let folder = sandbox.path("year-\(seed)/2021")
            let outcome = try AttendanceProcess.run(["demo-data", folder, "--seed", "\(seed)", "--scale", "0.15"])
            try #require(outcome.status == 0, Comment(rawValue: outcome.output))
            return folder
        }
        // The second year's lists sit beside the first's under other names (a file at the same
        // path is a new version of it), with the same certifications (a year has one list).
        let files = FileManager.default
        for path in try files.subpathsOfDirectory(atPath: years[1]) where path.contains("/") && path.hasSuffix(".csv") {
            let from = (years[1] as NSString).appendingPathComponent(path)
            try files.moveItem(atPath: from, toPath: String(from.dropLast(4)) + "-b.csv")
        }
        let certifications = (years[1] as NSString).appendingPathComponent("certifications.csv")
        try files.removeItem(atPath: certifications)
        try files.copyItem(
            atPath: (years[0] as NSString).appendingPathComponent("certifications.csv"), toPath: certifications)
    }

    /// `report --format json` of a store: exit status and text.
    func report(_ store: String) throws -> AttendanceProcess.Outcome {
        try AttendanceProcess.run(["report", "--year", "2021", "--format", "json", "--store", store])
    }

    /// The report of one serial import of `folders`, one after the other.
    func serialReport(of folders: [String], name: String) throws -> String {
        let store = sandbox.path("\(name).sqlite")
        for folder in folders {
            let outcome = try AttendanceProcess.run(["import", folder, "--store", store, "--quiet"])
            try #require(outcome.status == 0, Comment(rawValue: outcome.output))
        }
        let printed = try report(store)
        try #require(printed.status == 0, Comment(rawValue: printed.output))
        return printed.output
    }

    @Test("six concurrent imports of two years, three rounds: every exit 0 and the figures of a serial import")
    func concurrentImports() throws {
        let expected = try serialReport(of: years, name: "serial")
        // The other order gives the same figures too.
        #expect(try serialReport(of: years.reversed(), name: "serial-reversed") == expected)
        for round in 1...3 {
            let store = sandbox.path("concurrent-\(round).sqlite")
            let processes = try (0..<6).map { index in
                try AttendanceProcess.start(["import", years[index % 2], "--store", store, "--quiet"])
            }
            for process in processes { process.waitUntilExit() }
            #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0, 0, 0], "round \(round)")
            // The last import matched the final state: nothing is left for a reader to do.
            #expect(try Store(path: store).identityGeneration().isCurrent, "round \(round)")
            let printed = try report(store)
            #expect(printed.status == 0)
            #expect(printed.output == expected, "round \(round)")
        }
    }

    @Test("kill -9 at ten moments of an import: report gives what a serial import of the surviving files gives")
    func killedImports() throws {
        let year = years[0]
        let exports = try FileManager.default.subpathsOfDirectory(atPath: year)
            .filter { $0.contains("/") && !$0.hasSuffix("/") }
        var interrupted = 0
        for (index, delay) in [0.02, 0.05, 0.08, 0.12, 0.16, 0.2, 0.25, 0.3, 0.4, 0.55].enumerated() {
            let store = sandbox.path("killed-\(index).sqlite")
            let process = try AttendanceProcess.start(["import", year, "--store", store, "--quiet"])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal else { continue }  // it had finished
            interrupted += 1
            let opened = try Store(path: store)
            let files = try opened.files()
            let hasCatalog = try !opened.events(year: 2021).isEmpty
            let printed = try report(store)
            guard hasCatalog else {
                // Killed before the catalog went in: no figure, and a message saying why.
                #expect(printed.status == 1)
                #expect(printed.output.contains("no event of 2021 in the catalog"), Comment(rawValue: printed.output))
                continue
            }
            #expect(printed.status == 0, Comment(rawValue: printed.output))
            // The same surviving files, imported once into a new store.
            let survivors = sandbox.path("survivors-\(index)/2021")
            try FileManager.default.createDirectory(
                atPath: (survivors as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: year, toPath: survivors)
            let kept = Set(files.map(\.path))
            // The store keeps names with CPFs and addresses masked.
            for path in exports where !kept.contains(Masking.path(path)) {
                try FileManager.default.removeItem(atPath: (survivors as NSString).appendingPathComponent(path))
            }
            let expected = try serialReport(of: [survivors], name: "survivors-\(index)")
            let differing =
                zip(printed.output.split(separator: "\n"), expected.split(separator: "\n"))
                .first { $0 != $1 }.map { "killed: \($0)  serial: \($1)" } ?? ""
            #expect(printed.output == expected, "kill at \(delay) s, \(files.count) files: \(differing)")
        }
        #expect(interrupted >= 6, "only \(interrupted) of the kills landed before the import ended")
    }
}
