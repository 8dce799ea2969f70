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

/// `report --years` and `export --years` on a two-year programme written in the sandbox.
@Suite struct MultiYearCommandTests {
    /// Two years: Ana and Bruno in 2021; Ana and Carla in 2022; Esteio certified both years.
    func programme(in sandbox: CLISandbox) throws -> String {
        let root = sandbox.path("programme")
        let files = [
            "events.csv": """
            id,year,kind,title_pt,title_en,dates
            2021-05-04-webinario,2021,webinar,Webinário 2021,Webinar 2021,2021-05-04
            2022-05-04-webinario,2022,webinar,Webinário 2022,Webinar 2022,2022-05-04

            """,
            "certifications.csv": """
            year,level,name,uf
            2021,municipio,Esteio,RS
            2022,municipio,Esteio,RS
            2022,estado,Paraná,PR

            """,
            "2021-05-04-webinario/lista.csv": """
            Nome,E-mail,Município,UF
            Ana Lins,ana.lins@esteio.rs.gov.br,Esteio,RS
            Bruno Quaresma,bruno.quaresma@pr.gov.br,Curitiba,PR

            """,
            "2022-05-04-webinario/lista.csv": """
            Nome,E-mail,Município,UF
            Ana Lins,ana.lins@esteio.rs.gov.br,Esteio,RS
            Carla Fagundes,carla.fagundes@recife.pe.gov.br,Recife,PE

            """,
        ]
        for (name, text) in files {
            let url = URL(fileURLWithPath: root).appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test("report --years prints each year, the people who came back and the governments certified again")
    func reportYears() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try programme(in: sandbox), "--store", sandbox.store, "--quiet"])
        try await sandbox.run([
            "report", "--years", "2021-2022", "--format", "json", "--store", sandbox.store,
            "--out", sandbox.path("years.json"),
        ])
        let text = try sandbox.read("years.json")
        let report = try JSONDecoder().decode(MultiYearReport.self, from: Data(text.utf8))
        #expect(report.years.map(\.year) == [2021, 2022])
        #expect(report.years.map(\.uniqueParticipants) == [2, 2])
        #expect(report.participantsInAnyYear == 3)
        #expect(report.returningParticipants == 1)
        #expect(report.certifiedInAnyYear == 2)
        #expect(report.recertifiedGovernments == 1)
        #expect(text.contains("\"toolVersion\" : \"\(AttendanceVersion.current)\""))
        #expect(!text.contains("Lins"))

        try await sandbox.run([
            "export", "--years", "2021-2022", "--store", sandbox.store, "--dir", sandbox.path("out"),
        ])
        let written = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("out/2021-2022")).sorted()
        #expect(
            written == [
                "across_years.csv", "provenance.csv", "report.html", "report.json", "report.md", "years.csv",
            ])
        #expect(
            try sandbox.read("out/2021-2022/across_years.csv")
                == "participants_in_any_year,returning_participants,certified_in_any_year,recertified_governments\r\n"
                + "3,1,2,1\r\n")
    }

    @Test(
        "--year and --years together, neither, or --years with suppression is a usage error; a year without events a data error"
    )
    func badYears() async throws {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try programme(in: sandbox), "--store", sandbox.store, "--quiet"])
        for arguments in [["--year", "2021", "--years", "2021-2022"], [], ["--years", "2022-2021"]] {
            #expect(throws: (any Error).self) {
                _ = try AttendanceCommand.parseAsRoot(["report", "--store", sandbox.store] + arguments)
            }
        }
        // The years side by side are not suppressed: asking for it is refused, not ignored.
        for command in ["report", "export"] {
            #expect(throws: (any Error).self) {
                _ = try AttendanceCommand.parseAsRoot(
                    [command, "--years", "2020-2021", "--suppress-small-cells", "5", "--store", sandbox.store])
            }
        }
        await #expect(throws: (any Error).self) {
            try await sandbox.run(["report", "--years", "2020-2022", "--store", sandbox.store])
        }
    }

    @Test("the store fingerprint does not move on a re-import and moves when a file is forgotten")
    func fingerprint() async throws {
        let sandbox = try CLISandbox()
        let root = try programme(in: sandbox)
        try await sandbox.run(["import", root, "--store", sandbox.store, "--quiet"])
        let first = try Store(path: sandbox.store).fingerprint()
        #expect(first.count == 16)
        try await sandbox.run(["import", root, "--store", sandbox.store, "--quiet"])
        #expect(try Store(path: sandbox.store).fingerprint() == first)
        try await sandbox.run(["forget", "2022-05-04-webinario/lista.csv", "--store", sandbox.store])
        #expect(try Store(path: sandbox.store).fingerprint() != first)
    }
}
