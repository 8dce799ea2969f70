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

/// The review page and its answers: the same decision and audit as `review --apply`.
@Suite struct ReviewPageTests {
    /// The id of the open question, read off the review page.
    static func questionID(_ page: String) throws -> String {
        let start = try #require(page.range(of: "name=\"question\" value=\""))
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    @Test("the review page shows one question: both sides, masked e-mails, evidence, the form and progress")
    func page() async throws {
        let sandbox = try await ServerSandbox()
        let reply = try await sandbox.get("/review", cookies: ["csrf": ServerSandbox.csrf])
        #expect(reply.status == 200)
        #expect(reply.body.contains("<p id=\"review-progress\" data-open=\"1\">"))
        #expect(reply.body.contains("<form id=\"answer\" method=\"post\" action=\"/review/answer\">"))
        #expect(reply.body.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(ServerSandbox.csrf)\">"))
        for id in ["answer-same", "answer-different", "answer-skip", "side-a", "side-b", "evidence"] {
            #expect(reply.body.contains("id=\"\(id)\""), "\(id)")
        }
        #expect(reply.body.contains("<button type=\"submit\" name=\"answer\" value=\"same\" id=\"answer-same\">"))
        #expect(reply.body.contains("Eliane Neves"))
        #expect(reply.body.contains("2021-04-20-oficina/presenca.csv:2"))
        #expect(reply.body.contains("@hotmail.com") && reply.body.contains("@recife.pe.gov.br"))
        #expect(!reply.body.contains("eliane.neves@"))
        #expect(!reply.body.contains("id=\"review-done\""))
    }

    @Test("answering records a decision by serve:NAME, empties the queue and shows the changed figures")
    func answer() async throws {
        let sandbox = try await ServerSandbox()
        let before = try await sandbox.get("/")
        let unique = try #require(ServerSandbox.figure("uniqueParticipants", in: before.body))
        let page = try await sandbox.get("/review", cookies: ["csrf": ServerSandbox.csrf])
        let id = try Self.questionID(page.body)
        let reply = try await sandbox.post(
            "/review/answer", fields: ["question": id, "answer": "same", "reviewer": "Maria", "skip": ""])
        #expect(reply.status == 303)
        #expect(reply.location == "/review")
        #expect(reply.cookies["reviewer"] == "Maria")

        let decisions = try Store(path: sandbox.store).decisions()
        #expect(decisions.count == 1)
        #expect(decisions.first?.author == "serve:Maria")
        #expect(decisions.first?.question == id)
        #expect(decisions.first?.kind == .same)

        let next = try await sandbox.get("/review", cookies: ["csrf": ServerSandbox.csrf])
        #expect(next.body.contains("<p id=\"review-progress\" data-open=\"0\">"))
        #expect(next.body.contains("id=\"review-done\""))
        #expect(!next.body.contains("<form id=\"answer\""))
        #expect(next.body.contains("id=\"last-changes\""))
        #expect(next.body.contains("Participantes únicos 2021: <data value=\"\(unique)\">"))
        let after = try await sandbox.get("/")
        #expect(ServerSandbox.figure("uniqueParticipants", in: after.body) == 4)
        #expect(ServerSandbox.figure("openQuestions", in: after.body) == 0)
        // Shown once.
        let again = try await sandbox.get("/review", cookies: ["csrf": ServerSandbox.csrf])
        #expect(!again.body.contains("id=\"last-changes\""))
    }

    @Test("skip keeps the question open and moves it to the URL; an answer without CSRF is refused")
    func skipAndCSRF() async throws {
        let sandbox = try await ServerSandbox()
        let page = try await sandbox.get("/review", cookies: ["csrf": ServerSandbox.csrf])
        let id = try Self.questionID(page.body)
        let skip = try await sandbox.post("/review/answer", fields: ["question": id, "answer": "skip"])
        #expect(skip.status == 303)
        #expect(skip.location == "/review?skip=\(id)")
        let skipped = try await sandbox.get("/review?skip=\(id)")
        #expect(skipped.body.contains("data-open=\"1\""))
        #expect(!skipped.body.contains("<form id=\"answer\""))
        #expect(!skipped.body.contains("id=\"review-done\""))

        let refused = try await sandbox.post(
            "/review/answer", fields: ["question": id, "answer": "same"], csrf: ServerSandbox.csrf,
            cookies: ["csrf": "other-token-0123456789abcdefghijkl"])
        #expect(refused.status == 403)
        let missing = try await sandbox.send(
            .POST, "/review/answer", headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Data("question=\(id)&answer=same".utf8))
        #expect(missing.status == 403)
        let foreign = try await sandbox.post(
            "/review/answer", fields: ["question": id, "answer": "same", "csrf": ServerSandbox.csrf],
            headers: ["Origin": "http://evil.example", "Host": "127.0.0.1:8080"])
        #expect(foreign.status == 403)
        // The page's own form under Referrer-Policy: no-referrer sends `Origin: null`: the token decides.
        let opaque = try await sandbox.post(
            "/review/answer", fields: ["question": id, "answer": "skip"], headers: ["Origin": "null"])
        #expect(opaque.status == 303)
        let same = try await sandbox.post(
            "/review/answer", fields: ["question": id, "answer": "skip"],
            headers: ["Origin": "http://127.0.0.1:8080", "Host": "127.0.0.1:8080"])
        #expect(same.status == 303)
        #expect(try Store(path: sandbox.store).decisions().isEmpty)
    }

    @Test("two browsers answering the same question at once: both go on, one decision is recorded")
    func twoReviewers() async throws {
        let sandbox = try await ServerSandbox()
        let id = try Self.questionID(try await sandbox.get("/review", cookies: ["csrf": ServerSandbox.csrf]).body)
        let other = "second-browser-csrf-0123456789abcdef"
        async let first = sandbox.post("/review/answer", fields: ["question": id, "answer": "same"])
        async let second = sandbox.post(
            "/review/answer", fields: ["question": id, "answer": "different", "reviewer": "Rui"], csrf: other)
        let replies = try await [first, second]
        #expect(replies.map(\.status) == [303, 303], Comment(rawValue: replies.map(\.body).joined(separator: "\n")))
        let decisions = try Store(path: sandbox.store).decisions()
        #expect(decisions.count == 1)
        #expect(try await sandbox.get("/review").body.contains("data-open=\"0\""))
    }

    @Test("an answer to a question answered meanwhile goes back to the review page; a bad answer is 400")
    func answeredMeanwhile() async throws {
        let sandbox = try await ServerSandbox()
        let reply = try await sandbox.post("/review/answer", fields: ["question": "Qnone", "answer": "different"])
        #expect(reply.status == 303)
        #expect(try await sandbox.post("/review/answer", fields: ["question": "Q1", "answer": "maybe"]).status == 400)
    }
}
