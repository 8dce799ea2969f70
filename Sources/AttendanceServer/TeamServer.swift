import AttendanceService
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The team's web page over one store: overview, review, imports, events, people, decisions,
/// reports and exports, as server-rendered HTML.
///
/// Every request opens the store afresh and goes through the same library calls and the same
/// consistency protocol as the command line, so an import run from a terminal while the server
/// runs is seen by the next request. Security: see ``respond(to:)``.
public final class TeamServer: Sendable {
    /// The store, address, token and limits.
    public let configuration: ServerConfiguration
    /// Receives one line per request: method, path without query, status, duration. Never personal data.
    let log: @Sendable (String) -> Void
    /// The figures the last answer of each browser (by CSRF token) changed, shown once on the next review page.
    let lastChanges = Mutex<[String: [FigureChange]]>([:])
    /// Reveals asked for and not shown yet, by ticket.
    let revealTickets = Mutex<[String: RevealTicket]>([:])
    /// The store and the IBGE directory, opened by the first request (``opened()``).
    private let shared = Mutex<(Store, PlaceDirectory)?>(nil)

    /// A server for `configuration`, logging each request's line to `log`.
    public init(configuration: ServerConfiguration, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.log = log
    }

    /// Creates the store if there is none yet, so that the first page can show an empty year.
    ///
    /// - Throws: The store's error when it cannot be opened for writing.
    public func prepareStore() throws {
        _ = try Store(path: configuration.storePath, keyFile: configuration.keyFile, access: .readWrite)
    }

    /// Listens on the configured host and port until the task is cancelled.
    ///
    /// - Parameter listening: Called once with the port the server listens on (the system's
    ///   choice when the configuration says 0).
    /// - Throws: The socket's error when the address cannot be bound.
    public func run(listening: @escaping @Sendable (UInt16) -> Void = { _ in }) async throws {
        let host = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
        let server: HTTPServer
        if host.contains(":") {
            server = HTTPServer(
                address: try sockaddr_in6.inet6(ip6: host, port: configuration.port),
                timeout: configuration.requestTimeout, logger: .disabled,
                handler: Handler(server: self))
        } else {
            server = HTTPServer(
                address: try sockaddr_in.inet(ip4: host, port: configuration.port),
                timeout: configuration.requestTimeout, logger: .disabled,
                handler: Handler(server: self))
        }
        let task = Task { try await server.run() }
        do {
            // Generous: a loaded machine can take seconds to schedule the listening task.
            try await server.waitUntilListening(timeout: 60)
        } catch {
            task.cancel()
            // The socket's own error (the address in use, say) rather than the wait's.
            if case .failure(let failure) = await task.result { throw failure }
            throw error
        }
        if case .ip4(_, let port) = await server.listeningAddress {
            listening(port)
        } else if case .ip6(_, let port) = await server.listeningAddress {
            listening(port)
        }
        try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }

    private struct Handler: HTTPHandler {
        let server: TeamServer
        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            await server.respond(to: request)
        }
    }

    /// The Content-Security-Policy of every response: this server's own resources only.
    public static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
        + "form-action 'self'"

    /// Answers one request: the access token when one is configured, CSRF on every POST, the
    /// route, then the security headers and the log line.
    ///
    /// - Without the token (when configured): 401. A `?token=` sets an HttpOnly cookie and
    ///   redirects to the same address without it.
    /// - A POST without the browser's `csrf` cookie echoed in the `csrf` field or the
    ///   `X-CSRF-Token` header, or with an `Origin` other than this server: 403.
    /// - A body larger than the upload limit: 413.
    public func respond(to httpRequest: HTTPRequest) async -> HTTPResponse {
        let start = ContinuousClock.now
        var request = Request(httpRequest)
        var response = await guarded(httpRequest, &request)
        for cookie in request.setCookies { response.headers.addValue(cookie, for: HTTPHeader("Set-Cookie")) }
        if response.headers[HTTPHeader("Content-Security-Policy")] == nil {
            response.headers[HTTPHeader("Content-Security-Policy")] = Self.contentSecurityPolicy
        }
        response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        response.headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        response.headers[HTTPHeader("X-Frame-Options")] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        log(
            "\(request.method) \(request.path) \(response.statusCode.code) "
                + String(format: "%.1fms", milliseconds))
        return response
    }

    private func guarded(_ httpRequest: HTTPRequest, _ request: inout Request) async -> HTTPResponse {
        if request.path == "/health" { return Self.plain(.ok, "ok") }
        if let token = configuration.accessToken {
            let bearer = request.headers[.authorization].flatMap { value in
                value.hasPrefix("Bearer ") ? String(value.dropFirst(7)) : nil
            }
            if let given = request.query["token"], AccessToken.matches(given, token) {
                request.setCookies.append("token=\(token); Path=/; HttpOnly; SameSite=Strict")
                let rest = httpRequest.query.filter { $0.name != "token" }
                let target = request.path + (rest.isEmpty ? "" : "?" + Self.queryString(rest))
                return Self.redirect(to: target)
            }
            let presented = bearer ?? request.cookies["token"]
            guard let presented, AccessToken.matches(presented, token) else {
                return Self.plain(.unauthorized, "401: this server needs its access token")
            }
        }
        do {
            if request.method == "POST" {
                if let refusal = try await readForm(httpRequest, &request) { return refusal }
            }
            return try await route(request)
        } catch PageError.notFound(let what) {
            return errorPage(request, .notFound, what)
        } catch PageError.badRequest(let why) {
            return errorPage(request, .badRequest, why)
        } catch PageError.tooLarge(let limit) {
            return errorPage(request, HTTPStatusCode(413, phrase: "Content Too Large"), "limit: \(limit) bytes")
        } catch {
            return errorPage(request, .internalServerError, String(describing: error))
        }
    }

    /// Reads a POST's body into `request.form` after checking its size; a refusal for a foreign
    /// origin or a missing CSRF token.
    private func readForm(_ httpRequest: HTTPRequest, _ request: inout Request) async throws -> HTTPResponse? {
        // Browsers send `Origin: null` for the pages' own forms under `Referrer-Policy: no-referrer`
        // (Fetch: a POST's origin is serialized as null then): the CSRF token decides for those.
        if let origin = request.headers[HTTPHeader("Origin")], origin != "null" {
            let host = request.headers[.host] ?? ""
            if origin != "http://\(host)" && origin != "https://\(host)" {
                return errorPage(request, .forbidden, request.t("Origem recusada.", "Origin refused."))
            }
        }
        let limit = configuration.uploadLimit
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw PageError.tooLarge(limit)
        }
        var body = Data()
        for try await chunk in httpRequest.bodySequence {
            body.append(chunk)
            if body.count > limit { throw PageError.tooLarge(limit) }
        }
        request.form = FormData(body: body, contentType: request.headers[.contentType])
        let given = request.form["csrf"] ?? request.headers[HTTPHeader("X-CSRF-Token")]
        guard let cookie = request.cookies["csrf"], let given, !given.isEmpty, AccessToken.matches(given, cookie)
        else {
            return errorPage(
                request, .forbidden,
                request.t(
                    "Pedido recusado: recarregue a página e tente de novo (proteção CSRF).",
                    "Request refused: reload the page and try again (CSRF protection)."))
        }
        return nil
    }

    private func route(_ request: Request) async throws -> HTTPResponse {
        let parts = request.path.split(separator: "/").map(String.init)
        switch (request.method, parts.first ?? "") {
        case ("GET", ""): return try await overview(request)
        case ("GET", "static") where parts.count == 2: return try StaticAsset.response(named: parts[1])
        case ("GET", "review") where parts.count == 1: return try await review(request)
        case ("POST", "review") where parts == ["review", "answer"]: return try await answer(request)
        case ("GET", "people") where parts.count == 1: return try await people(request)
        case ("GET", "people") where parts.count == 2: return try await person(request, id: parts[1])
        case ("GET", "people") where parts.count == 3 && parts[2] == "export":
            return try await personExport(request, id: parts[1])
        case ("POST", "people") where parts.count == 3 && parts[2] == "reveal":
            return try await reveal(request, id: parts[1])
        case ("POST", "people") where parts.count == 3 && parts[2] == "erase":
            return try await erase(request, id: parts[1])
        case ("GET", "decisions") where parts.count == 1: return try await decisions(request)
        case ("POST", "decisions") where parts.count == 3 && parts[2] == "revoke":
            return try await revoke(request, id: parts[1])
        case ("GET", "report") where parts.count == 1: return try await report(request)
        case ("GET", "exports") where parts.count == 1: return try await exports(request)
        case ("GET", "exports") where parts.count == 2: return try await download(request, name: parts[1])
        case ("GET", "imports") where parts.count == 1: return try await imports(request, results: nil)
        case ("POST", "imports") where parts.count == 1: return try await upload(request)
        case ("GET", "events") where parts.count == 1: return try await events(request, problem: nil)
        case ("POST", "events") where parts.count == 1: return try await editEvent(request)
        default: throw PageError.notFound(request.path)
        }
    }

    // MARK: Store access

    /// Runs `body` on a thread of its own: the store's calls block, and the server's few threads
    /// must keep accepting connections.
    func offloaded<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try body() })
            }
        }
    }

    /// The store every request uses, opened once: a pool of SQLite connections (concurrent
    /// readers, one writer at a time, the store's own locking), with the IBGE directory read once.
    ///
    /// Nothing of the data is cached: each call reads the file, so what another process (a CLI
    /// import) commits is seen by the next request. Opening per request would re-check the
    /// store's pages and parse the directory every time (hundreds of milliseconds).
    func opened() throws -> (Store, PlaceDirectory) {
        try shared.withLock { shared in
            if let shared { return shared }
            let store = try Store(
                path: configuration.storePath, keyFile: configuration.keyFile, access: .readWriteIfPossible)
            let opened = (store, try PlaceDirectory.bundled())
            shared = opened
            return opened
        }
    }

    /// Runs `read` on the store with persons matched to the records as they are now (matched
    /// again first if an import changed the store since), as the CLI's figures commands do.
    func reading<T: Sendable>(_ read: @escaping @Sendable (Store) throws -> T) async throws -> T {
        try await offloaded {
            let (store, places) = try self.opened()
            return try IdentityService(store: store, places: places).current {
                try store.consistently { try read(store) }
            }
        }
    }

    /// Runs `change` on the store, persons brought up to date first, as the CLI's commands that
    /// decide about people do.
    ///
    /// Another browser (or a CLI) may change the store between bringing persons up to date and a
    /// read inside `change` that needs them current (the open questions, the figures): the change
    /// is then started again on the new state, a few times. `change` must make its own write in
    /// one step (as ``Store/answer(_:author:)`` does), so a change refused part-way left nothing.
    func changing<T: Sendable>(_ change: @escaping @Sendable (Store) throws -> T) async throws -> T {
        try await offloaded {
            let (store, places) = try self.opened()
            let service = try IdentityService(store: store, places: places)
            for _ in 1..<Self.changeAttempts {
                do {
                    try service.bringUpToDate()
                    return try change(store)
                } catch StoreError.identityOutOfDate {
                    continue
                }
            }
            try service.bringUpToDate()
            return try change(store)
        }
    }

    /// Times a change is started again when the store changed under it.
    static let changeAttempts = 5

    // MARK: Responses

    static func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(text.utf8))
    }

    static func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(statusCode: .seeOther, headers: [.location: location], body: Data())
    }

    static func queryString(_ items: [HTTPRequest.QueryItem]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~,")
        return items.map { item in
            (item.name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
                + (item.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }

    func errorPage(_ request: Request, _ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        page(request, title: "\(status.code) \(status.phrase)", status: status) {
            el("h1") { "\(status.code) \(status.phrase)" }
            el("p", [("class", "problem"), ("role", "alert")]) { Masking.text(message) }
            el("p") { el("a", [("href", "/")]) { request.t("Voltar à visão geral", "Back to the overview") } }
        }
    }
}

/// A figure an answer changed, and its value before and after.
struct FigureChange: Sendable, Hashable {
    var figure: ReviewQuestion.Figure
    /// The programme year of the figure.
    var year: Int
    var before: Int
    var after: Int
}

/// A reveal a browser asked for, good for one page.
struct RevealTicket: Sendable, Hashable {
    var person: String
    var csrf: String
}
