import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTestFixtures
import AttendanceTotals
import FlyingFox
import Foundation

@testable import AttendanceServer

/// A store in a fresh temporary folder, made from a small programme year written by the test, and
/// a server over it called in-process.
struct ServerSandbox {
    let directory: URL
    let server: TeamServer
    var store: String { directory.appendingPathComponent("store.sqlite").path }

    /// A sandbox whose store holds the shared one-question programme year (or nothing, when `importing` is false).
    init(importing: Bool = true, accessToken: String? = nil, uploadLimit: Int = 1 << 20) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let storePath = directory.appendingPathComponent("store.sqlite").path
        server = TeamServer(
            configuration: ServerConfiguration(
                storePath: storePath, port: 0, accessToken: accessToken, uploadLimit: uploadLimit))
        try server.prepareStore()
        guard importing else { return }
        let root = directory.appendingPathComponent("programme")
        try ProgrammeFixture.write(ProgrammeFixture.oneOpenQuestion, to: root)
        let store = try Store(path: storePath)
        _ = try await Importer(store: store).importPaths([root.path])
        _ = try IdentityService(store: store).bringUpToDate()
    }

    /// A response as a test reads it.
    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: String
        /// The cookies the response sets, by name.
        var cookies: [String: String]
        var location: String? { headers[.location] }
    }

    /// Sends a request for `target` (a path with an optional query) to the server, in-process.
    func send(
        _ method: HTTPMethod, _ target: String, headers: [String: String] = [:], cookies: [String: String] = [:],
        body: Data = Data()
    ) async throws -> Reply {
        let parts = target.split(separator: "?", maxSplits: 1)
        let query = parts.count > 1 ? Self.queryItems(String(parts[1])) : []
        var all: [HTTPHeader: String] = [:]
        for (name, value) in headers { all[HTTPHeader(name)] = value }
        if !cookies.isEmpty {
            all[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if !body.isEmpty { all[.contentLength] = String(body.count) }
        let request = HTTPRequest(
            method: method, version: .http11, path: String(parts[0]), query: query, headers: all, body: body)
        let response = await server.respond(to: request)
        var set: [String: String] = [:]
        for value in response.headers.values(for: .setCookie) {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            set[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
        }
        return Reply(
            status: response.statusCode.code, headers: response.headers,
            body: String(decoding: try await response.bodyData, as: UTF8.self), cookies: set)
    }

    func get(_ target: String, cookies: [String: String] = [:], headers: [String: String] = [:]) async throws -> Reply {
        try await send(.GET, target, headers: headers, cookies: cookies)
    }

    /// A form POST with the browser's CSRF token `csrf` as cookie and field (unless given otherwise).
    func post(
        _ target: String, fields: [String: String], csrf: String = Self.csrf, cookies: [String: String] = [:],
        headers: [String: String] = [:]
    ) async throws -> Reply {
        var fields = fields
        if fields["csrf"] == nil { fields["csrf"] = csrf }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.sorted { $0.key < $1.key }.map {
            "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        return try await send(
            .POST, target, headers: ["Content-Type": "application/x-www-form-urlencoded"].merging(headers) { $1 },
            cookies: ["csrf": csrf].merging(cookies) { $1 }, body: Data(body.utf8))
    }

    /// A CSRF token as a browser holds it after its first page.
    static let csrf = "test-csrf-token-0123456789abcdefghijkl"

    static func queryItems(_ text: String) -> [HTTPRequest.QueryItem] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return HTTPRequest.QueryItem(
                name: String(parts[0]), value: parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? "") : "")
        }
    }

    /// The value of `<data value=...>` inside the figure `name` of an overview page.
    static func figure(_ name: String, in page: String) -> Int? {
        guard let start = page.range(of: "data-figure=\"\(name)\"") else { return nil }
        guard let value = page[start.upperBound...].range(of: "<data value=\"") else { return nil }
        let digits = page[value.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }
}
