import ArgumentParser

/// The `attendance` command: a thin shell over `AttendanceCore`.
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
            """,
        subcommands: [
            ImportCommand.self, MatchCommand.self, InspectCommand.self, EventsCommand.self, SourcesCommand.self,
            ForgetCommand.self,
            ReportCommand.self, ExportCommand.self, PeopleCommand.self, ExplainCommand.self, ReviewCommand.self,
            MergeCommand.self, DistinctCommand.self, SplitCommand.self, EraseCommand.self, AuditCommand.self,
            DemoDataCommand.self,

        ]
    )
}
