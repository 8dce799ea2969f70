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

@Suite struct AttendanceCommandTests {
    @Test("import, report and export attendances give the programme's figures")
    func importReportExport() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        try await sandbox.run([
            "report", "--year", "2021", "--format", "json", "--store", sandbox.store,
            "--out", sandbox.path("report.json"),
        ])
        let report = try JSONDecoder().decode(YearlyReport.self, from: Data(try sandbox.read("report.json").utf8))
        let events = Dictionary(uniqueKeysWithValues: report.events.map { ($0.id, $0) })
        #expect(events["2021-03-10-webinario"]?.participants == 3)  // host out, rejoin once, guest in
        #expect(events["2021-03-10-webinario"]?.registrants == nil)
        #expect(events["2021-04-20-oficina"]?.participants == 1)  // 7 minutes is under min_minutes 15
        #expect(events["2021-04-20-oficina"]?.registrants == 3)
        #expect(report.participations == 4)
        #expect(report.uniqueParticipants == 3)

        try await sandbox.run([
            "export", "attendances", "--year", "2021", "--store", sandbox.store,
            "--out", sandbox.path("attendances.csv"),
        ])
        let lines = try sandbox.read("attendances.csv").split(separator: "\r\n")
        #expect(lines.first == "event_id,source_file,source_line,person_id,role,kind,session,attended,minutes,format")
        #expect(lines.count == 12)
        #expect(
            lines.contains(
                "2021-03-10-webinario,2021-03-10-webinario/participants.csv,5,"
                    + "\(try personOf(line: 5, in: lines)),host,attendance,2021-03-10,true,130,zoom-meeting-participants"
            ))
    }

    func personOf(line: Int, in lines: [Substring]) throws -> String {
        let row = try #require(lines.first { $0.contains("participants.csv,\(line),") && $0.hasPrefix("2021-03-10") })
        return String(row.split(separator: ",", omittingEmptySubsequences: false)[3])
    }

    @Test("people --cpf finds a person by the CPF's key however it is typed; the CPF shows masked even with --reveal")
    func peopleByCPF() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        let list = """
            Nome,E-mail,CPF
            Iara Montes,iara.montes@example.org,635.360.429-70
            Otto Ventura,otto.ventura@example.org,111.444.777-35

            """
        try list.write(toFile: sandbox.path("lista.csv"), atomically: true, encoding: .utf8)
        try await sandbox.run([
            "import", sandbox.path("lista.csv"), "--event", "2021-04-20-oficina", "--store", sandbox.store, "--quiet",
        ])
        let found = try PeopleCommand.parse(["--cpf", "63536042970", "--store", sandbox.store, "--reveal"]).output()
        #expect(found.contains("Iara Montes  <iara.montes@example.org>  CPF ***.360.429-**"))
        #expect(!found.contains("Otto"))
        #expect(!found.contains("635.360.429-70"))
        let byEmail = try PeopleCommand.parse(["--email", "OTTO.VENTURA@example.org", "--store", sandbox.store])
            .output()
        #expect(byEmail.contains("Otto Ventura  <o**********a@example.org>  CPF ***.444.777-**"))
        #expect(FileManager.default.fileExists(atPath: sandbox.store + ".key"))
    }

    @Test("importing the same folder twice changes nothing")
    func importTwice() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        let store = try Store(path: sandbox.store)
        let before = try store.countingRecords()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        #expect(try store.countingRecords() == before)
        #expect(try store.files().count == 3)
    }

    @Test("a broken file fails the import with its name and line, and the other files still go in")
    func brokenFileFails() async throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.directory.appendingPathComponent("year")
        try FileManager.default.copyItem(atPath: try Fixture.path("programme"), toPath: folder.path)
        try FileManager.default.copyItem(
            atPath: try Fixture.path("broken-quote.csv"),
            toPath: folder.appendingPathComponent("2021-03-10-webinario/broken.csv").path)
        await #expect(throws: (any Error).self) {
            try await sandbox.run(["import", folder.path, "--store", sandbox.store, "--quiet"])
        }
        let store = try Store(path: sandbox.store)
        #expect(
            try store.files().map(\.path).sorted() == [
                "2021-03-10-webinario/participants.csv", "2021-04-20-oficina/inscricoes.csv",
                "2021-04-20-oficina/participants.csv",
            ])
    }

    @Test("a single file needs an event that is in the catalog")
    func singleFileNeedsEvent() async throws {
        let sandbox = try CLISandbox()
        await #expect(throws: (any Error).self) {
            try await sandbox.run(["import", try Fixture.path("unrecognised.csv"), "--store", sandbox.store])
        }
        await #expect(throws: (any Error).self) {
            try await sandbox.run([
                "import", try Fixture.path("unrecognised.csv"), "--event", "nope", "--store", sandbox.store,
            ])
        }
    }

    @Test("forget removes a file so that the figures drop")
    func forget() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        try await sandbox.run(["forget", "2021-04-20-oficina/inscricoes.csv", "--store", sandbox.store])
        let report = try Store(path: sandbox.store).yearlyReport(year: 2021)
        #expect(report.events.first { $0.id == "2021-04-20-oficina" }?.registrants == nil)
    }

    @Test("export writes the year's set of files")
    func exportYear() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        try await sandbox.run(["export", "--year", "2021", "--store", sandbox.store, "--dir", sandbox.path("Exports")])
        let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("Exports/2021"))
        #expect(Set(files).isSuperset(of: ["report.json", "report.md", "report.html", "events.csv", "summary.csv"]))
        let html = try sandbox.read("Exports/2021/report.html")
        #expect(!html.contains("aurora") && !html.contains("Aurora"))
    }
}

@Suite struct InspectCommandTests {
    @Test("inspect --records --format json prints every record as read, after decoding")
    func jsonRecords() throws {
        let file = try Fixture.path("programme/2021-04-20-oficina/inscricoes.csv")
        let command = try InspectCommand.parse([file, "--records", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(try command.output().utf8)) as? [String: Any]
        #expect(object?["encoding"] as? String == "utf-8")
        #expect(object?["delimiter"] as? String == ",")
        #expect(object?["format"] as? String == "google-forms")
        let records = object?["records"] as? [[String]]
        #expect(records?.count == 4)
        #expect(
            records?[3] == [
                "16/04/2021 08:01:00", "dora.fagundes@ufrgs.br", "Dora Fagundes",
                "Universidade Federal do Rio Grande do Sul", "Porto Alegre", "RS",
            ])
    }

    @Test("inspect names an unrecognised file's headers and the nearest format")
    func unrecognised() throws {
        let text = try InspectCommand.parse([try Fixture.path("unrecognised.csv")]).output()
        #expect(text.contains("format:    not recognised"))
        #expect(text.contains("'Coluna A', 'Coluna B'"))
    }
}
