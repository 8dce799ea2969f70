import ArgumentParser
import AttendanceServer
import AttendanceService
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the team's page: overview, review, imports, events, people, decisions, reports.",
        discussion: """
            Binds 127.0.0.1 by default. Any other --host needs an access token: generated once, kept in
            <store>.serve-token (mode 0600) and printed at start; give it as `Authorization: Bearer TOKEN`
            or open the page once with ?token=TOKEN. Every change needs the page's CSRF token.
            The log prints one line per request (method, path, status, duration), never personal data.

            Examples:
              attendance serve                       # then open http://127.0.0.1:8080/
              attendance serve --port 9000 --store 2021.sqlite
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The TCP port (0: any free port, printed at start).") var port: Int = 8080
    @Option(help: "The address to bind; not a loopback address: a token is required.") var host = "127.0.0.1"
    @Option(help: ArgumentHelp("The largest upload accepted, in MiB.", valueName: "MiB")) var uploadLimit = 64

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard uploadLimit > 0 else { throw ValidationError("--upload-limit must be 1 or more") }
    }

    func run() async throws {
        var configuration = ServerConfiguration(
            storePath: storeOptions.path,
            keyFile: storeOptions.keyFile ?? ProcessInfo.processInfo.environment["ATTENDANCE_KEY_FILE"],
            host: host, port: UInt16(port), uploadLimit: uploadLimit << 20)
        if !ServerConfiguration.isLoopback(host) {
            let file = AccessToken.path(forStore: storeOptions.path)
            let (token, isNew) = try AccessToken.loadOrCreate(at: file)
            configuration.accessToken = token
            Terminal.say("access token (\(isNew ? "new, " : "")kept in \(file), mode 0600): \(token)")
        }
        let server = TeamServer(configuration: configuration) { line in Terminal.warn(line) }
        try server.prepareStore()
        let shown = host.contains(":") ? "[\(host)]" : host
        try await server.run { port in
            Terminal.say("serving \(storeOptions.path) on http://\(shown):\(port)/ (Ctrl-C stops)")
            fflush(nil)  // a script reading the line through a pipe sees it at once
        }
    }
}
