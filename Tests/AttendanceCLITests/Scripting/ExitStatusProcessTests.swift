import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@testable import AttendanceCLI

/// The exit codes scripts see, from the real executable: 0 ok, 1 data, 2 usage, 3 store, 4 output,
/// and no usage banner after anything but a usage error.
@Suite(.enabled(if: AttendanceProcess.unavailable == nil, Comment(rawValue: AttendanceProcess.unavailable ?? "")))
struct ExitStatusProcessTests {
    /// Runs `attendance ARGUMENTS` in `folder`, with no store named by the environment.
    static func run(_ arguments: [String], in folder: String) throws -> AttendanceProcess.Outcome {
        try AttendanceProcess.run(arguments, shell: "cd '\(folder)' && exec \"$0\" \"$@\"")
    }

    @Test("--version prints the release")
    func version() throws {
        let sandbox = try CLISandbox()
        let outcome = try Self.run(["--version"], in: sandbox.directory.path)
        #expect(outcome.status == 0)
        #expect(outcome.output == "attendance \(AttendanceVersion.current)\n")
        #expect(AttendanceVersion.current == "0.21.0")
    }

    @Test("--help lists the exit codes")
    func helpListsExitCodes() throws {
        let sandbox = try CLISandbox()
        let outcome = try Self.run(["--help"], in: sandbox.directory.path)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("Exit codes:"))
        for status in ExitStatus.allCases {
            #expect(status.meaning.count <= 74)
            #expect(outcome.output.contains("\n  \(status.rawValue)  \(status.meaning)\n"))
        }
    }

    @Test(
        "a read command without a store exits 1, creates nothing and shows no usage",
        arguments: [["report", "--year", "2021"], ["people"], ["events"], ["sources"], ["audit"]])
    func readWithoutStore(arguments: [String]) throws {
        let sandbox = try CLISandbox()
        let outcome = try Self.run(arguments, in: sandbox.directory.path)
        #expect(outcome.status == 1)
        #expect(
            outcome.output
                == "Error: store: no store at attendance.sqlite; import something first; or give --store "
                + "(or $ATTENDANCE_STORE) the store's file\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.directory.path) == [])
    }

    @Test("an unknown option and a malformed value exit 2 with the usage line")
    func usageErrors() throws {
        let sandbox = try CLISandbox()
        let unknown = try Self.run(["events", "--colour"], in: sandbox.directory.path)
        #expect(unknown.status == 2)
        #expect(unknown.output.contains("Error: Unknown option '--colour'"))
        #expect(unknown.output.contains("Usage: attendance events"))
        let malformed = try Self.run(["people", "--cpf", "123"], in: sandbox.directory.path)
        #expect(malformed.status == 2)
        #expect(malformed.output.contains("Error: '123' is not a valid CPF"))
        #expect(malformed.output.contains("Usage: attendance people"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.directory.path) == [])
    }

    @Test("data problems exit 1 with the message alone")
    func dataProblems() throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.directory.path
        let imported = try Self.run(["import", try Fixture.path("programme"), "--quiet"], in: folder)
        #expect(imported.status == 0, Comment(rawValue: imported.output))

        let forget = try Self.run(["forget", "nothing.csv"], in: folder)
        #expect(forget.status == 1)
        #expect(
            forget.output == "Error: no imported file matches 'nothing.csv' (see `attendance sources`)\n")

        let explain = try Self.run(["explain", "P999999"], in: folder)
        #expect(explain.status == 1)
        #expect(explain.output == "Error: no person P999999 (see `attendance people`)\n")

        let inspect = try Self.run(["inspect", "missing.csv"], in: folder)
        #expect(inspect.status == 1)
        #expect(!inspect.output.contains("Usage:"))

        let missing = try Self.run(["import", "missing.csv", "--event", "2021-03-10-webinario"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.output.contains("missing.csv: cannot read: no such file or folder"))
        #expect(!missing.output.contains("Usage:"))
    }

    @Test("a session day the event does not have exits 2 without the usage banner")
    func sessionNotInEvent() throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.directory.path
        _ = try Self.run(["import", try Fixture.path("programme"), "--quiet"], in: folder)
        try Data("Nome,E-mail\nAna Souza,ana@example.org\n".utf8).write(
            to: sandbox.directory.appendingPathComponent("l.csv"))
        let outcome = try Self.run(
            ["import", "l.csv", "--event", "2021-03-10-webinario", "--session", "2021-03-11"], in: folder)
        #expect(outcome.status == 2)
        #expect(
            outcome.output
                == "Error: --session 2021-03-11: event '2021-03-10-webinario' has no session on 2021-03-11; "
                + "its dates are 2021-03-10\n")
    }

    @Test("a file that is no store exits 3; an output that cannot be written exits 4")
    func storeAndOutput() throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.directory.path
        let store = sandbox.path("attendance.sqlite")
        #expect(FileManager.default.createFile(atPath: store, contents: Data(repeating: 7, count: 4096)))
        chmod(store, 0o600)
        let damaged = try Self.run(["events"], in: folder)
        #expect(damaged.status == 3)
        #expect(damaged.output.contains("is not an attendance store"))
        #expect(!damaged.output.contains("Usage:"))

        try FileManager.default.removeItem(atPath: store)
        _ = try Self.run(["import", try Fixture.path("programme"), "--quiet"], in: folder)
        let output = try Self.run(["report", "--year", "2021", "--out", "nope/r.json"], in: folder)
        #expect(output.status == 4)
        #expect(output.output.hasPrefix("Error: nope/r.json: cannot write the file (No such file or directory)"))
        #expect(!output.output.contains("Usage:"))
    }
}
