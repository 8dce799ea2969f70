import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import FlyingFox
import Foundation
import Synchronization
import Testing

@testable import AttendanceServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The overview, the health check, the static files and the real server on a loopback port.
@Suite struct TeamServerTests {
    @Test("GET /health answers ok in plain text")
    func health() async throws {
        let sandbox = try await ServerSandbox(importing: false)
        let reply = try await sandbox.get("/health")
        #expect(reply.status == 200)
        #expect(reply.body == "ok")
        #expect(reply.headers[.contentType] == "text/plain; charset=utf-8")
    }

    @Test("the overview shows the year's figures, the open question, the imports and the warning")
    func overview() async throws {
        let sandbox = try await ServerSandbox()
        let reply = try await sandbox.get("/")
        #expect(reply.status == 200)
        #expect(reply.body.hasPrefix("<!DOCTYPE html>\n<html lang=\"pt-BR\">"))
        #expect(ServerSandbox.figure("participations", in: reply.body) == 5)
        #expect(ServerSandbox.figure("events", in: reply.body) == 2)
        #expect(ServerSandbox.figure("openQuestions", in: reply.body) == 1)
        #expect(ServerSandbox.figure("governments", in: reply.body) != nil)
        #expect(ServerSandbox.figure("uniqueParticipants", in: reply.body) != nil)
        #expect(reply.body.contains("<section id=\"figures\""))
        #expect(reply.body.contains("<span class=\"label\">Participações</span>"))
        #expect(reply.body.contains("<section id=\"imports\""))
        #expect(reply.body.contains("2021-04-20-oficina/presenca.csv"))
        #expect(reply.body.contains("<section id=\"warnings\""))
        #expect(reply.body.contains("1 pergunta de identidade aberta:"))
        // Import times as people write them, not as the store keeps them.
        #expect(reply.body.contains(" UTC</td>"))
        #expect(reply.body.range(of: #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"#, options: .regularExpression) == nil)
        #expect(reply.body.contains("id=\"lang-switch\" href=\"/?lang=en\""))
        // No personal data on the overview.
        #expect(!reply.body.contains("Eliane") && !reply.body.contains("@"))
    }

    @Test("?lang=en switches to English and sets the lang cookie; the cookie keeps it")
    func language() async throws {
        let sandbox = try await ServerSandbox()
        let english = try await sandbox.get("/?lang=en")
        #expect(english.cookies["lang"] == "en")
        #expect(english.body.contains("<html lang=\"en\">"))
        #expect(english.body.contains("<span class=\"label\">Participations</span>"))
        let again = try await sandbox.get("/", cookies: ["lang": "en"])
        #expect(again.body.contains("<span class=\"label\">Unique participants</span>"))
        #expect(again.body.contains("id=\"lang-switch\" href=\"/?lang=pt\""))
    }

    @Test("an empty store shows zeros and points to the imports")
    func emptyStore() async throws {
        let sandbox = try await ServerSandbox(importing: false)
        let reply = try await sandbox.get("/")
        #expect(reply.status == 200)
        #expect(ServerSandbox.figure("participations", in: reply.body) == 0)
        #expect(reply.body.contains("O armazém está vazio"))
    }

    @Test("every response carries the CSP, nosniff and no-referrer headers; a first page sets the csrf cookie")
    func securityHeaders() async throws {
        let sandbox = try await ServerSandbox(importing: false)
        for target in ["/", "/health", "/static/app.css", "/static/app.js", "/nowhere", "/review"] {
            let reply = try await sandbox.get(target)
            #expect(
                reply.headers[HTTPHeader("Content-Security-Policy")]
                    == "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'", "\(target)")
            #expect(reply.headers[HTTPHeader("X-Content-Type-Options")] == "nosniff")
            #expect(reply.headers[HTTPHeader("Referrer-Policy")] == "no-referrer")
        }
        let first = try await sandbox.get("/")
        #expect((first.cookies["csrf"]?.count ?? 0) >= 32)
        let again = try await sandbox.get("/", cookies: ["csrf": ServerSandbox.csrf])
        #expect(again.cookies["csrf"] == nil)
    }

    @Test("static files are served with their types; an unknown path is 404")
    func staticFiles() async throws {
        let sandbox = try await ServerSandbox(importing: false)
        let css = try await sandbox.get("/static/app.css")
        #expect(css.status == 200)
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        let script = try await sandbox.get("/static/app.js")
        #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
        #expect(script.body.contains("answer-same"))
        #expect(try await sandbox.get("/static/other.js").status == 404)
        #expect(try await sandbox.get("/nowhere").status == 404)
    }

    @Test("the log line names method, path without query, status and duration")
    func logLine() async throws {
        let lines = LogLines()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let server = TeamServer(
            configuration: ServerConfiguration(storePath: directory.appendingPathComponent("s.sqlite").path)
        ) { lines.append($0) }
        try server.prepareStore()
        _ = await server.respond(
            to: HTTPRequest(
                method: .GET, version: .http11, path: "/review",
                query: [.init(name: "q", value: "eliane")], headers: [:], body: Data()))
        let line = try #require(lines.all.first)
        #expect(line.hasPrefix("GET /review 200 "))
        #expect(line.hasSuffix("ms"))
        #expect(!line.contains("eliane"))
    }

    @Test("an import by another program while the server runs is seen by the next request")
    func importMeanwhile() async throws {
        let sandbox = try await ServerSandbox()
        #expect(ServerSandbox.figure("participations", in: try await sandbox.get("/").body) == 5)
        let file = sandbox.directory.appendingPathComponent("sala-c.csv")
        try Data("Nome,E-mail\nDora Luz,dora.luz@gmail.com\n".utf8).write(to: file)
        // Another Store, as the CLI in another process opens it.
        let store = try Store(path: sandbox.store)
        let summary = try await Importer(store: store).importPaths(
            [file.path], options: ImportOptions(eventID: "2021-04-20-oficina"))
        #expect(summary.imported == 1)
        #expect(ServerSandbox.figure("participations", in: try await sandbox.get("/").body) == 6)
    }

    @Test("the real server on a loopback port answers /health and / over HTTP")
    func realServer() async throws {
        let sandbox = try await ServerSandbox()
        let port = PortBox()
        let task = Task {
            do { try await sandbox.server.run { port.set($0) } } catch { port.set(0) }
        }
        defer { task.cancel() }
        let chosen = try await port.wait()
        try #require(chosen != 0, "the server did not start")
        let session = URLSession(configuration: .ephemeral)
        let (health, healthResponse) = try await session.data(from: URL(string: "http://127.0.0.1:\(chosen)/health")!)
        #expect((healthResponse as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: health, as: UTF8.self) == "ok")
        let (page, pageResponse) = try await session.data(from: URL(string: "http://127.0.0.1:\(chosen)/")!)
        let http = try #require(pageResponse as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        #expect(http.value(forHTTPHeaderField: "Content-Security-Policy")?.hasPrefix("default-src 'self'") == true)
        #expect(ServerSandbox.figure("participations", in: String(decoding: page, as: UTF8.self)) == 5)
    }
}

/// Log lines collected from the server's tasks.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// The port the server reports once it listens.
final class PortBox: Sendable {
    private let state = Mutex<(port: UInt16?, waiting: [CheckedContinuation<UInt16, Never>])>((nil, []))

    func set(_ port: UInt16) {
        let waiting = state.withLock { state in
            state.port = port
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume(returning: port) }
    }

    func wait() async throws -> UInt16 {
        await withCheckedContinuation { continuation in
            let port = state.withLock { state in
                if state.port == nil { state.waiting.append(continuation) }
                return state.port
            }
            if let port { continuation.resume(returning: port) }
        }
    }
}
