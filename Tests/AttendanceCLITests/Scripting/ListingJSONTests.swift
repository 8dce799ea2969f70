import ArgumentParser
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@testable import AttendanceCLI

/// `--format json` on the listings: arrays of objects with the field names the README lists.
@Suite struct ListingJSONTests {
    static func imported() async throws -> CLISandbox {
        let sandbox = try CLISandbox()
        try await sandbox.run(["import", try Fixture.path("programme"), "--store", sandbox.store, "--quiet"])
        return sandbox
    }

    static func objects(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test("events --format json: one object per event, with its sessions' files and records")
    func events() async throws {
        let sandbox = try await Self.imported()
        let text = try EventsCommand.parse(["--format", "json", "--store", sandbox.store]).output()
        let events = try Self.objects(text)
        #expect(events.map { $0["id"] as? String } == ["2021-03-10-webinario", "2021-04-20-oficina"])
        #expect(
            Set(events[1].keys) == [
                "id", "year", "kind", "titlePT", "titleEN", "dates", "minMinutes", "headcount", "files", "records",
                "sessions",
            ])
        #expect(events[1]["kind"] as? String == "workshop")
        #expect(events[1]["titlePT"] as? String == "Oficina de teste")
        #expect(events[1]["dates"] as? [String] == ["2021-04-20"])
        #expect(events[1]["minMinutes"] as? Int == 15)
        #expect(events[0]["minMinutes"] is NSNull)
        #expect(events[1]["headcount"] is NSNull)
        #expect(events[1]["files"] as? Int == 2)
        let sessions = try #require(events[1]["sessions"] as? [[String: Any]])
        #expect(sessions.count == 1)
        #expect(sessions[0]["files"] as? Int == 2)
        #expect(sessions[0]["records"] as? Int == events[1]["records"] as? Int)
    }

    @Test("sources --format json: one object per file; row issues only with --issues")
    func sources() async throws {
        let sandbox = try await Self.imported()
        let plain = try Self.objects(try SourcesCommand.parse(["--format", "json", "--store", sandbox.store]).output())
        #expect(plain.count == 3)
        #expect(
            Set(plain[0].keys) == [
                "id", "event", "file", "format", "encoding", "delimiter", "role", "session", "records", "issues",
                "sha256", "contentSHA256", "importedAt",
            ])
        let workshop = try #require(plain.first { $0["file"] as? String == "2021-04-20-oficina/inscricoes.csv" })
        #expect(workshop["event"] as? String == "2021-04-20-oficina")
        #expect(workshop["records"] as? Int == 3)
        #expect((workshop["sha256"] as? String)?.count == 64)
        let withIssues = try Self.objects(
            try SourcesCommand.parse(["--issues", "--format", "json", "--store", sandbox.store]).output())
        #expect(withIssues.allSatisfy { $0["rowIssues"] is [Any] })
    }

    @Test("people --format json masks e-mails like the text; --reveal shows them")
    func people() async throws {
        let sandbox = try await Self.imported()
        let masked = try Self.objects(
            try PeopleCommand.parse(["--search", "aurora", "--format", "json", "--store", sandbox.store]).output())
        #expect(masked.count == 1)
        #expect(Set(masked[0].keys) == ["id", "name", "records"])
        #expect(masked[0]["name"] as? String == "Aurora Teixeira Lins")
        let records = try #require(masked[0]["records"] as? [[String: Any]])
        #expect(
            Set(records[0].keys) == [
                "record", "event", "file", "line", "kind", "role", "name", "email", "cpf", "organization",
            ])
        let email = try #require(records.first { $0["file"] as? String == "2021-04-20-oficina/inscricoes.csv" })
        #expect(email["email"] as? String == Masking.email("aurora.lins@esteio.rs.gov.br"))
        #expect(email["email"] as? String != "aurora.lins@esteio.rs.gov.br")
        #expect(email["line"] as? Int == 2)
        let revealed = try Self.objects(
            try PeopleCommand.parse(["--search", "aurora", "--format", "json", "--reveal", "--store", sandbox.store])
                .output())
        let clear = try #require((revealed[0]["records"] as? [[String: Any]])?.compactMap { $0["email"] as? String })
        #expect(clear.contains("aurora.lins@esteio.rs.gov.br"))
    }

    @Test("people --format json keeps to --limit")
    func peopleLimit() async throws {
        let sandbox = try await Self.imported()
        let all = try Self.objects(try PeopleCommand.parse(["--format", "json", "--store", sandbox.store]).output())
        let one = try Self.objects(
            try PeopleCommand.parse(["--format", "json", "--limit", "1", "--store", sandbox.store]).output())
        #expect(all.count > 1)
        #expect(one.count == 1)
        #expect(one[0]["id"] as? String == all[0]["id"] as? String)
    }
}
