import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import FlyingFox
import Foundation
import Testing
import ZIPFoundation

@testable import AttendanceServer

/// Uploads into an event, the catalog, the upload limit, and the access token.
@Suite struct ImportsPageTests {
    /// A multipart/form-data body with the CSRF field, `fields` and `files`.
    static func multipart(fields: [String: String], files: [(name: String, data: Data)]) -> (String, Data) {
        let boundary = "----serve-test-boundary"
        var body = Data()
        for (name, value) in (["csrf": ServerSandbox.csrf].merging(fields) { $1 }).sorted(by: { $0.key < $1.key }) {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Data(
                ("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    static func upload(_ sandbox: ServerSandbox, event: String, files: [(name: String, data: Data)]) async throws
        -> ServerSandbox.Reply
    {
        let (type, body) = multipart(fields: ["event": event], files: files)
        return try await sandbox.send(
            .POST, "/imports", headers: ["Content-Type": type], cookies: ["csrf": ServerSandbox.csrf], body: body)
    }

    @Test("uploaded files go into the event: per-file result, refusals by type and by content, figures move")
    func upload() async throws {
        let sandbox = try await ServerSandbox()
        let form = try await sandbox.get("/imports")
        #expect(form.body.contains("enctype=\"multipart/form-data\""))
        #expect(form.body.contains("<option value=\"2021-04-20-oficina\">"))

        let reply = try await Self.upload(
            sandbox, event: "2021-04-20-oficina",
            files: [
                (
                    "lista-extra.csv",
                    Data("Nome,E-mail\nAna Lima,ana.lima@gmail.com\nBia Rocha,bia.rocha@gmail.com\n".utf8)
                ),
                ("folheto.pdf", Data("%PDF-1.4".utf8)),
                ("foto.csv", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])),
            ])
        #expect(reply.status == 200)
        #expect(reply.body.contains("importado lista-extra.csv"))
        #expect(reply.body.contains("2 registros"))
        #expect(reply.body.contains("folheto.pdf: tipo não aceito"))
        #expect(reply.body.contains("<li class=\"problem\" data-file=\"foto.csv\">"))
        #expect(reply.body.contains("id=\"matching\""))
        #expect(!reply.body.contains("ana.lima@gmail.com"))
        let kept = sandbox.directory.appendingPathComponent("Uploads/2021-04-20-oficina/lista-extra.csv").path
        #expect(FileManager.default.fileExists(atPath: kept))
        #expect(
            !FileManager.default.fileExists(
                atPath: sandbox.directory.appendingPathComponent("Uploads/2021-04-20-oficina/foto.csv").path))
        let overview = try await sandbox.get("/")
        #expect(ServerSandbox.figure("participations", in: overview.body) == 7)

        let again = try await Self.upload(
            sandbox, event: "2021-04-20-oficina",
            files: [
                (
                    "lista-extra.csv",
                    Data("Nome,E-mail\nAna Lima,ana.lima@gmail.com\nBia Rocha,bia.rocha@gmail.com\n".utf8)
                )
            ])
        #expect(again.body.contains("pulado lista-extra.csv: já importado"))
    }

    @Test("a zipped folder imports its accepted files; an unknown event is 404")
    func zipped() async throws {
        let sandbox = try await ServerSandbox()
        let archive = try Archive(data: Data(), accessMode: .create)
        let csv = Data("Nome,E-mail\nCaio Melo,caio.melo@gmail.com\n".utf8)
        try archive.addEntry(with: "pasta/sala-b.csv", type: .file, uncompressedSize: Int64(csv.count)) {
            position, size in
            csv.subdata(in: Int(position)..<Int(position) + size)
        }
        let notes = Data("notes".utf8)
        try archive.addEntry(with: "pasta/notas.docx", type: .file, uncompressedSize: Int64(notes.count)) {
            position, size in
            notes.subdata(in: Int(position)..<Int(position) + size)
        }
        let data = try #require(archive.data)
        let reply = try await Self.upload(sandbox, event: "2021-03-10-webinario", files: [("pasta.zip", data)])
        #expect(reply.status == 200)
        #expect(reply.body.contains("importado sala-b.csv"))
        #expect(!reply.body.contains("notas.docx"))
        let overview = try await sandbox.get("/")
        #expect(ServerSandbox.figure("participations", in: overview.body) == 6)
        #expect(try await Self.upload(sandbox, event: "2099-nada", files: [("a.csv", csv)]).status == 404)
    }

    @Test("a body over the upload limit is refused with 413 and nothing is imported")
    func uploadLimit() async throws {
        let sandbox = try await ServerSandbox(uploadLimit: 1000)
        let big = Data(("Nome,E-mail\n" + String(repeating: "Ana Lima,ana.lima@gmail.com\n", count: 100)).utf8)
        let reply = try await Self.upload(sandbox, event: "2021-04-20-oficina", files: [("grande.csv", big)])
        #expect(reply.status == 413)
        #expect(ServerSandbox.figure("participations", in: try await sandbox.get("/").body) == 5)
    }

    @Test("the catalog lists the events; a new event is added, a bad date and a stranding change refused")
    func events() async throws {
        let sandbox = try await ServerSandbox()
        let page = try await sandbox.get("/events")
        #expect(page.body.contains("<tr data-event=\"2021-03-10-webinario\">"))
        #expect(page.body.contains("<form method=\"post\" action=\"/events\" id=\"event-form\""))
        let added = try await sandbox.post(
            "/events",
            fields: [
                "id": "2021-06-01-seminario", "year": "2021", "kind": "seminar", "title_pt": "Seminário <b>",
                "dates": "2021-06-01;2021-06-02",
            ])
        #expect(added.status == 303)
        let listed = try await sandbox.get("/events")
        #expect(listed.body.contains("<tr data-event=\"2021-06-01-seminario\">"))
        #expect(listed.body.contains("Seminário &lt;b&gt;"))

        let bad = try await sandbox.post(
            "/events", fields: ["id": "2021-07-01-x", "year": "2021", "kind": "webinar", "dates": "01/07/2021"])
        #expect(bad.status == 400)
        #expect(bad.body.contains("datas inválidas"))
        let stranding = try await sandbox.post(
            "/events", fields: ["id": "2021-04-20-oficina", "year": "2021", "kind": "workshop", "dates": "2021-04-21"])
        #expect(stranding.status == 400)
        #expect(stranding.body.contains("2021-04-20-oficina"))
    }

    @Test("with a token configured, requests without it get 401; Bearer, ?token= and its cookie pass")
    func token() async throws {
        let token = "k9Vb0sS3t9mX1c2Q4r5T6y7U8i9O0pAsDfGhJkLzXcV"
        let sandbox = try await ServerSandbox(importing: false, accessToken: token)
        #expect(try await sandbox.get("/").status == 401)
        #expect(try await sandbox.get("/static/app.css").status == 401)
        #expect(try await sandbox.get("/", headers: ["Authorization": "Bearer wrong"]).status == 401)
        #expect(try await sandbox.get("/?token=wrong").status == 401)
        #expect(try await sandbox.get("/health").status == 200)
        #expect(try await sandbox.get("/", headers: ["Authorization": "Bearer \(token)"]).status == 200)
        let entry = try await sandbox.get("/review?token=\(token)&skip=Q1")
        #expect(entry.status == 303)
        #expect(entry.location == "/review?skip=Q1")
        #expect(entry.cookies["token"] == token)
        #expect(try await sandbox.get("/", cookies: ["token": token]).status == 200)
        let post = try await sandbox.post("/events", fields: ["id": "x"])
        #expect(post.status == 401)
    }

    @Test("the token file is made once with mode 0600; loopback hosts need none")
    func tokenFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "serve-\(UUID().uuidString).serve-token"
        ).path
        let (token, isNew) = try AccessToken.loadOrCreate(at: path)
        #expect(isNew)
        #expect(token.count == 43)
        #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try AccessToken.loadOrCreate(at: path)
        #expect(again.token == token && !again.isNew)
        #expect(ServerConfiguration.isLoopback("127.0.0.1") && ServerConfiguration.isLoopback("::1"))
        #expect(!ServerConfiguration.isLoopback("0.0.0.0") && !ServerConfiguration.isLoopback("192.168.0.10"))
    }
}
