import ArgumentParser
import AttendanceService
import Foundation

/// The `attendance` command: a thin shell over `AttendanceService`.
@main
struct AttendanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Turn the programme's attendance exports into figures people can trust and publish.",
        discussion: """
            Typical year:
              attendance import Imports            # catalog + every export, people matched
              attendance report --year 2021        # the year's table
              attendance export --year 2021        # CSV, JSON, Markdown and HTML in Exports/2021/

            The store is an SQLite file: --store PATH, or $ATTENDANCE_STORE, or ./attendance.sqlite.
            Listings (events, sources, people, audit, inspect) print JSON with --format json.

            \(ExitStatus.helpText)
            """,
        version: "attendance \(AttendanceVersion.current)",
        subcommands: [
            ImportCommand.self, MatchCommand.self, InspectCommand.self, EventsCommand.self, SourcesCommand.self,
            ForgetCommand.self,
            ReportCommand.self, ExportCommand.self, PeopleCommand.self, ExplainCommand.self, ReviewCommand.self,
            MergeCommand.self, DistinctCommand.self, SplitCommand.self, DecisionsCommand.self, RevokeCommand.self,
            EraseCommand.self, AuditCommand.self, ServeCommand.self,
            DemoDataCommand.self,
        ]
    )

    /// Runs the command, printing any error through ``message(for:)``: the one place errors
    /// become output and exit codes.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let error = advised(error)
            let code = exitStatus(for: error)
            let text = message(for: error)
            if !text.isEmpty {
                if code == ExitStatus.success.rawValue { Terminal.say(text) } else { Terminal.warn(text) }
            }
            Foundation.exit(code)
        }
    }

    /// What `main` prints for an error: ArgumentParser's message with the usage banner for an
    /// error in the command line, the message alone for an error found while the command ran
    /// (``exitStatus(for:)``), with the option to use added to the library's messages that need
    /// one, control characters escaped by ``Terminal``.
    static func message(for error: any Error) -> String {
        let error = advised(error)
        if let error = error as? ValidationError { return Terminal.escaped("Error: \(error.message)") }
        return Terminal.escaped(fullMessage(for: error))
    }

    /// The error with the command line's advice: the library's messages never name options.
    static func advised(_ error: any Error) -> any Error {
        switch error {
        case ImportError.noEventForFile(let file):
            CommandError.needsEvent(file: file)
        case let error as StoreError:
            switch error {
            case .noStore: CommandError.store(error, advice: StoreOptions.storeAdvice)
            case .missingKeyFile, .keyMismatch: CommandError.store(error, advice: StoreOptions.keyFileAdvice)
            default: error
            }
        case let error as MatchKeyError:
            CommandError.matchKey(error, advice: StoreOptions.keyFileAdvice)
        case let error as FormatError:
            CommandError.mappingAdvice(for: error).map { CommandError.format(error, advice: $0) } ?? error
        default:
            error
        }
    }
}
