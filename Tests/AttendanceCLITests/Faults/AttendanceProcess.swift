import Foundation

/// The built `attendance` executable run as a child process, for what an in-process run cannot
/// show: a kill in the middle of an import, another user's file permissions, a full disk.
enum AttendanceProcess {
    /// The executable beside this test target's resources (the same build folder and
    /// configuration), else `.build/debug/attendance` under the package; `nil` when not built.
    static let executable: URL? = {
        let beside = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("attendance")
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let debug = package.appendingPathComponent(".build/debug/attendance")
        return [beside, debug].first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Why the child-process tests cannot run, or `nil`: the executable is missing, or older than
    /// the objects compiled for the tests (`swift test` compiles the modules the tests link, not
    /// the executable; a stale one would test old code).
    static let unavailable: String? = {
        guard let executable else {
            return
                "the attendance executable is not built: run `swift build`, then the tests (they run it as a child process)"
        }
        let files = FileManager.default
        func modified(_ path: String) -> Date? {
            (try? files.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
        guard let built = modified(executable.path) else { return nil }
        let folder = executable.deletingLastPathComponent().path
        for module in [
            "AttendanceCLI", "AttendanceServer", "AttendanceService", "AttendanceReports", "AttendanceTotals",
            "AttendanceStore", "AttendanceIdentity", "AttendanceFormats", "AttendanceModel", "AttendanceDemo",
            "AttendanceCSV",
        ] {
            let objects = (folder as NSString).appendingPathComponent("\(module).build")
            for name in (try? files.contentsOfDirectory(atPath: objects)) ?? [] where name.hasSuffix(".o") {
                if let compiled = modified((objects as NSString).appendingPathComponent(name)), compiled > built {
                    return "\(executable.path) is older than \(module)'s \(name): run `swift build`, then the tests"
                }
            }
        }
        return nil
    }()

    /// Whether the tests run as root, who ignores file permissions: they then run the child as `nobody`.
    static var isRoot: Bool { geteuid() == 0 }

    /// How a child ended and what it printed (standard output, then standard error).
    struct Outcome {
        var status: Int32
        var wasKilled: Bool
        var output: String
    }

    /// A child running `attendance ARGUMENTS`; as `nobody` when `asNobody` and the tests run as
    /// root (through `setpriv`), and through `/bin/sh -c SCRIPT` when `shell` is given (the
    /// command line follows as `"$0" "$@"`).
    static func start(
        _ arguments: [String], asNobody: Bool = false, shell: String? = nil,
        output: FileHandle? = nil
    ) throws -> Process {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        var command = [executable.path] + arguments
        if let shell { command = ["/bin/sh", "-c", shell] + command }
        if asNobody && isRoot {
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + command
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var environment = ProcessInfo.processInfo.environment
        environment["ATTENDANCE_STORE"] = nil
        environment["SWIFT_BACKTRACE"] = "enable=no"
        // Reports say when they were made; a pinned date lets tests compare them byte for byte.
        environment["SOURCE_DATE_EPOCH"] = "1609459200"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = output ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `attendance ARGUMENTS` to the end, as ``start(_:asNobody:shell:output:)`` does.
    static func run(_ arguments: [String], asNobody: Bool = false, shell: String? = nil) throws -> Outcome {
        let pipe = Pipe()
        let process = try start(arguments, asNobody: asNobody, shell: shell, output: pipe.fileHandleForWriting)
        try pipe.fileHandleForWriting.close()
        let data = try pipe.fileHandleForReading.readToEnd() ?? Data()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, wasKilled: process.terminationReason == .uncaughtSignal,
            output: String(decoding: data, as: UTF8.self))
    }

    /// Gives `path` and everything under it to `nobody` when the tests run as root.
    static func giveToNobody(_ path: String) throws {
        guard isRoot else { return }
        let files = FileManager.default
        var paths = [path]
        if let enumerator = files.enumerator(atPath: path) {
            while let child = enumerator.nextObject() as? String {
                paths.append((path as NSString).appendingPathComponent(child))
            }
        }
        for item in paths {
            try files.setAttributes([.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: item)
        }
    }
}

/// A programme year generated for fault tests: one webinar and `files` lists of `rows` people each.
struct GeneratedProgramme {
    let folder: String
    let files: Int
    let rows: Int

    init(in directory: URL, files: Int, rows: Int) throws {
        let folder = directory.appendingPathComponent("programme-\(files)x\(rows)")
        let event = folder.appendingPathComponent("2021-03-10-webinario")
        try FileManager.default.createDirectory(at: event, withIntermediateDirectories: true)
        try Data(
            "id,year,kind,title_pt,title_en,dates\n2021-03-10-webinario,2021,webinar,Webinário,Webinar,2021-03-10\n"
                .utf8
        )
        .write(to: folder.appendingPathComponent("events.csv"))
        for file in 0..<files {
            var text = "Nome,E-mail,Duração\n"
            for row in 0..<rows {
                text += "Pessoa \(file) \(row) da Silva,pessoa.\(file).\(row)@example.org,\(30 + row % 90)\n"
            }
            let name = "lista-" + String(repeating: "0", count: 4 - String(file).count) + "\(file).csv"
            try Data(text.utf8).write(to: event.appendingPathComponent(name))
        }
        self.folder = folder.path
        self.files = files
        self.rows = rows
    }
}
