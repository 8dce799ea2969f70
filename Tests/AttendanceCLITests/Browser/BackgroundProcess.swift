import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A server the browser tests start and always stop (`attendance serve`, `chromedriver`), with
/// its output in a log file for failure messages. Foundation's `Process` starts it in a process
/// group of its own (its pid is the group's id), so stopping the group also stops what it
/// started: chromedriver's Chromium.
final class BackgroundProcess {
    let name: String
    let log: URL
    private let process: Process
    private var isStopped = false

    /// Starts `executable ARGUMENTS` with its standard output and error in `log`.
    init(_ name: String, executable: String, arguments: [String], log: URL, environment: [String: String] = [:])
        throws
    {
        self.name = name
        self.log = log
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged["ATTENDANCE_STORE"] = nil
        merged["SWIFT_BACKTRACE"] = "enable=no"
        merged.merge(environment) { _, new in new }
        process.environment = merged
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    deinit { stop() }

    var isRunning: Bool { process.isRunning }

    /// The last lines of the log, for a failure message.
    func logTail(lines: Int = 30) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return "\(name) log:\n"
            + text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines)
            .joined(separator: "\n")
    }

    /// Stops the process group: SIGTERM, then SIGKILL after five seconds; waits for the process.
    func stop() {
        guard !isStopped else { return }
        isStopped = true
        let group = process.processIdentifier
        guard getpgid(group) == group || !process.isRunning else {
            // Not a group leader after all: stop the process alone.
            process.terminate()
            process.waitUntilExit()
            return
        }
        if process.isRunning { kill(-group, SIGTERM) }
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        // Whatever is left of the group (Chromium's helpers outlive a killed driver).
        kill(-group, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits until `GET url` answers 200, or the process ends, or `seconds` pass.
    func waitUntilServing(_ url: URL, seconds: Double = 60) async throws {
        var patience = Patience(seconds: seconds)
        var lastError = "no answer yet"
        repeat {
            guard process.isRunning else {
                throw WebDriver.Timeout(what: "\(name) to answer \(url) (it exited)", lastError: logTail())
            }
            do {
                let response = try await LoopbackHTTP.send("GET", url, seconds: 5)
                if response.status == 200 { return }
                lastError = "status \(response.status)"
            } catch {
                lastError = "\(error)"
            }
            try await Task.sleep(for: .milliseconds(50))
        } while patience.another()
        throw WebDriver.Timeout(what: "\(name) to answer \(url)", lastError: lastError + "; " + logTail())
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now (the kernel's choice of an ephemeral
    /// port, released at once for the server to bind).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
