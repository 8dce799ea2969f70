import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

/// What `sources`, `audit` and `export attendances` show of a file whose name holds an address or a CPF.
@Suite struct FileNamePrivacyTests {
    @Test("a file named after an e-mail or a CPF shows masked in sources, audit and export attendances")
    func maskedFileNames() throws {
        let sandbox = try CLISandbox()
        let programme = try Fixture.path("programme")
        let event = "2021-03-10-webinario"
        var outcome = try AttendanceProcess.run(["import", programme, "--store", sandbox.store, "--quiet"])
        try #require(outcome.status == 0, Comment(rawValue: outcome.output))
        let participants = try String(
            contentsOfFile: "\(programme)/\(event)/participants.csv", encoding: .utf8)
        for (name, extra) in [("lista-joao.silva@gmail.com.csv", "\n"), ("123.456.789-09.csv", "\n\n")] {
            try (participants + extra).write(toFile: sandbox.path(name), atomically: true, encoding: .utf8)
            outcome = try AttendanceProcess.run(
                [
                    "import", sandbox.path(name), "--event", event, "--store", sandbox.store, "--quiet",
                    "--as-separate-copy",
                ])
            try #require(outcome.status == 0, Comment(rawValue: outcome.output))
        }
        let sources = try AttendanceProcess.run(["sources", "--store", sandbox.store])
        let audit = try AttendanceProcess.run(["audit", "--store", sandbox.store])
        let out = sandbox.path("attendances.csv")
        let export = try AttendanceProcess.run(
            ["export", "attendances", "--year", "2021", "--out", out, "--store", sandbox.store])
        #expect(export.status == 0, Comment(rawValue: export.output))
        let exported = try String(contentsOfFile: out, encoding: .utf8)
        for text in [sources.output, audit.output, exported] {
            #expect(text.contains("l**************a@gmail.com.csv"))
            #expect(text.contains("***.456.789-**.csv"))
            #expect(!text.contains("joao.silva"))
            #expect(!text.contains("123.456.789-09"))
        }
        #expect(exported.contains("\(event),\(sandbox.directory.path)/l**************a@gmail.com.csv,5,"))
    }
}
