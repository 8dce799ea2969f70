import ArgumentParser
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@testable import AttendanceCLI

/// The language setting, one tidy CSV table, and suppression in every format of `report`.
@Suite struct PublishingOptionTests {
    @Test("--excel writes Portuguese CSVs unless --language en is given")
    func excelIsPortuguese() async throws {
        let sandbox = try await OutputOptionTests.imported()
        let base = ["export", "--year", "2021", "--store", sandbox.store, "--excel"]
        func start(_ name: String) -> String {
            let bytes = FileManager.default.contents(atPath: sandbox.path(name)) ?? Data()
            return String(decoding: bytes.prefix(22), as: UTF8.self)
        }
        try await sandbox.run(base + ["--dir", sandbox.path("pt")])
        #expect(start("pt/2021/summary.csv").hasPrefix("\u{FEFF}Indicador;Valor\r\n"))
        try await sandbox.run(base + ["--dir", sandbox.path("en"), "--language", "en"])
        #expect(start("en/2021/summary.csv").hasPrefix("\u{FEFF}Figure;Value\r\n"))
        try await sandbox.run(["export", "--year", "2021", "--store", sandbox.store, "--dir", sandbox.path("plain")])
        #expect(start("plain/2021/summary.csv").hasPrefix("Figure,Value\r\n"))
    }

    @Test("--table prints one tidy table: its header, no # line, no TOTAL row")
    func oneTable() async throws {
        let sandbox = try await OutputOptionTests.imported()
        try await sandbox.run([
            "report", "--year", "2021", "--store", sandbox.store, "--format", "csv", "--table", "by-region",
            "--out", sandbox.path("by-region.csv"),
        ])
        let lines = try sandbox.read("by-region.csv").split(separator: "\n")
        #expect(lines.first == "Region,Unique participants")
        #expect(lines.count == 7)
        #expect(!lines.contains { $0.hasPrefix("#") || $0.hasPrefix("TOTAL") })
    }

    @Test("an unknown --table is refused with the list of names")
    func unknownTable() throws {
        let error = #expect(throws: (any Error).self) {
            try AttendanceCommand.parseAsRoot(["report", "--year", "2021", "--format", "csv", "--table", "nope"])
        }
        let message = AttendanceCommand.message(for: try #require(error))
        #expect(message.contains("no table named 'nope'"))
        #expect(message.contains("summary, events, sessions, by-region"))
        #expect(message.contains("totals"))
    }

    @Test("--suppress-small-cells holds in the JSON, Markdown and table formats of report")
    func suppressionInEveryFormat() async throws {
        let sandbox = try await OutputOptionTests.imported()
        let base = ["report", "--year", "2021", "--store", sandbox.store, "--suppress-small-cells", "1000"]
        try await sandbox.run(base + ["--format", "json", "--out", sandbox.path("r.json")])
        let object = try JSONSerialization.jsonObject(with: Data(try sandbox.read("r.json").utf8))
        let root = try #require(object as? [String: Any])
        #expect(root["uniqueParticipants"] is NSNull)
        #expect((root["suppression"] as? [String: Any])?["threshold"] as? Int == 1000)
        try await sandbox.run(base + ["--format", "markdown", "--out", sandbox.path("r.md")])
        #expect(try sandbox.read("r.md").contains("\\<1000"))
        try await sandbox.run(base + ["--format", "html", "--out", sandbox.path("r.html")])
        #expect(try sandbox.read("r.html").contains("&lt;1000"))
    }
}
