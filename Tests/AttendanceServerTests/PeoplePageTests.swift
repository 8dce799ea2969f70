import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import FlyingFox
import Foundation
import Testing

@testable import AttendanceServer

/// People, reveal, erase and the person's own export; decisions; reports and exports; masking everywhere.
@Suite struct PeoplePageTests {
    /// The first person id a people page links to.
    static func personID(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<a href=\"/people/"))
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    /// Every e-mail address of the fixture, as typed.
    static let addresses = [
        "eliane.neves@recife.pe.gov.br", "rui.paz@gmail.com", "teo.cruz@gmail.com", "eliane.neves@hotmail.com",
        "lia.reis@gmail.com",
    ]

    @Test("the search ignores accents and case, and masks e-mails")
    func search() async throws {
        let sandbox = try await ServerSandbox()
        let reply = try await sandbox.get("/people?q=EL%C3%8DANE%20nev")
        #expect(reply.status == 200)
        #expect(reply.body.contains("Eliane Neves"))
        #expect(!reply.body.contains("Rui Paz"))
        #expect(reply.body.contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"ELÍANE nev\">"))
        let all = try await sandbox.get("/people")
        #expect(all.body.contains("data-count=\"5\"") || all.body.contains("data-count=\"4\""))
        #expect(try await sandbox.get("/people?q=nobody").body.contains("data-count=\"0\""))
    }

    @Test("no page shows an unmasked e-mail address unless revealed")
    func masking() async throws {
        let sandbox = try await ServerSandbox()
        let people = try await sandbox.get("/people?q=rui")
        let id = try Self.personID(people.body)
        for target in [
            "/", "/review", "/people", "/people?q=rui", "/people/\(id)", "/decisions?all=1", "/report", "/exports",
            "/exports/2021-report.json", "/exports/2021-attendances.csv", "/exports/2021-people.csv",
        ] {
            let reply = try await sandbox.get(target)
            #expect(reply.status == 200, "\(target)")
            for address in Self.addresses { #expect(!reply.body.contains(address), "\(target) shows \(address)") }
        }
    }

    @Test("a reveal needs a reason, is logged, and shows the data once to the browser that asked")
    func reveal() async throws {
        let sandbox = try await ServerSandbox()
        let id = try Self.personID(try await sandbox.get("/people?q=rui").body)
        let page = try await sandbox.get("/people/\(id)")
        #expect(page.body.contains("r*****z@gmail.com") || page.body.contains("@gmail.com"))
        #expect(page.body.contains("<form method=\"post\" action=\"/people/\(id)/reveal\" id=\"reveal\">"))
        #expect(try await sandbox.post("/people/\(id)/reveal", fields: ["reason": "  "]).status == 400)

        let reply = try await sandbox.post("/people/\(id)/reveal", fields: ["reason": "pedido do titular"])
        #expect(reply.status == 303)
        let location = try #require(reply.location)
        #expect(location.hasPrefix("/people/\(id)?revealed="))
        let other = try await sandbox.get(location, cookies: ["csrf": "another-browser-0123456789abcdefghij"])
        #expect(!other.body.contains("rui.paz@gmail.com"))
        let shown = try await sandbox.get(location, cookies: ["csrf": ServerSandbox.csrf])
        #expect(shown.body.contains("rui.paz@gmail.com"))
        #expect(shown.body.contains("id=\"revealed\""))
        let again = try await sandbox.get(location, cookies: ["csrf": ServerSandbox.csrf])
        #expect(!again.body.contains("rui.paz@gmail.com"))

        let log = try Store(path: sandbox.store).auditLog().filter { $0.action == "reveal" }
        #expect(log.map(\.detail) == ["\(id), by serve: pedido do titular"])
        #expect(try await sandbox.get("/people/P999999").status == 404)
    }

    @Test("erase needs the id typed; then the person's records hold no name, and the export is JSON")
    func eraseAndExport() async throws {
        let sandbox = try await ServerSandbox()
        let id = try Self.personID(try await sandbox.get("/people?q=teo").body)
        let export = try await sandbox.get("/people/\(id)/export")
        #expect(export.status == 200)
        #expect(export.headers[.contentType] == "application/json; charset=utf-8")
        #expect(export.body.contains("\"personID\" : \"\(id)\""))
        #expect(export.body.contains("teo.cruz@gmail.com"))

        #expect(try await sandbox.post("/people/\(id)/erase", fields: ["confirm": "P0"]).status == 400)
        let erased = try await sandbox.post("/people/\(id)/erase", fields: ["confirm": id, "reason": "pedido"])
        #expect(erased.status == 303)
        let page = try await sandbox.get("/people/\(id)")
        #expect(!page.body.contains("Teo Cruz"))
        let overview = try await sandbox.get("/")
        #expect(ServerSandbox.figure("participations", in: overview.body) == 5)
    }

    @Test("decisions are listed, filtered by author and kind, and revoked")
    func decisions() async throws {
        let sandbox = try await ServerSandbox()
        let page = try await sandbox.get("/review", cookies: ["csrf": ServerSandbox.csrf])
        let question = try ReviewPageTests.questionID(page.body)
        _ = try await sandbox.post("/review/answer", fields: ["question": question, "answer": "different"])
        let listed = try await sandbox.get("/decisions")
        #expect(listed.body.contains("data-count=\"1\""))
        #expect(listed.body.contains("<td>serve</td>"))
        #expect(listed.body.contains("action=\"/decisions/1/revoke\""))
        #expect(try await sandbox.get("/decisions?author=maria").body.contains("data-count=\"0\""))
        #expect(try await sandbox.get("/decisions?kind=same").body.contains("data-count=\"0\""))
        #expect(try await sandbox.get("/decisions?kind=different&author=serve").body.contains("data-count=\"1\""))

        let revoked = try await sandbox.post("/decisions/1/revoke", fields: ["reason": "engano"])
        #expect(revoked.status == 303)
        #expect(revoked.location == "/decisions")
        #expect(try await sandbox.get("/decisions").body.contains("data-count=\"0\""))
        #expect(try await sandbox.get("/decisions?all=1").body.contains("revogada em "))
        #expect(try await sandbox.post("/decisions/1/revoke", fields: ["reason": "de novo"]).status == 400)
        #expect(try await sandbox.post("/decisions/99/revoke", fields: [:]).status == 404)
        #expect(try await sandbox.get("/review").body.contains("data-open=\"1\""))
    }

    @Test("the report is the library's HTML with its stylesheet as a file; exports list and download")
    func reportAndExports() async throws {
        let sandbox = try await ServerSandbox()
        let report = try await sandbox.get("/report")
        #expect(report.status == 200)
        #expect(report.body.contains("<link rel=\"stylesheet\" href=\"/static/report.css\">"))
        #expect(!report.body.contains("<style>"))
        #expect(report.body.contains("id=\"lang-switch\""))
        #expect(try await sandbox.get("/report?years=2019").status == 404)
        let multi = try await sandbox.get("/report?years=2020,2021")
        #expect(multi.status == 200)
        #expect(multi.body.contains("2021"))
        #expect(multi.body.contains("<link rel=\"stylesheet\" href=\"/static/report.css\">"))
        let css = try await sandbox.get("/static/report.css")
        #expect(css.body == YearlyReport.htmlStylesheet)

        let exports = try await sandbox.get("/exports")
        for name in ["report.json", "report.html", "report.md", "attendances.csv", "people.csv", "provenance.csv"] {
            #expect(exports.body.contains("href=\"/exports/2021-\(name)\""), "\(name)")
        }
        let json = try await sandbox.get("/exports/2021-report.json")
        #expect(json.status == 200)
        #expect(json.headers[.contentDisposition] == "attachment; filename=\"2021-report.json\"")
        #expect(json.body.contains("\"participations\" : 5"))
        let attendances = try await sandbox.get("/exports/2021-attendances.csv")
        #expect(attendances.body.hasPrefix("event_id,source_file,source_line,person_id"))
        #expect(try await sandbox.get("/exports/2021-nothing.csv").status == 404)
        #expect(try await sandbox.get("/exports/1999-report.json").status == 404)
        #expect(try await sandbox.get("/exports/2021-..%2Fstore.sqlite").status == 404)
    }
}
