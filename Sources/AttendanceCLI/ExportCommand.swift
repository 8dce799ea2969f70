import ArgumentParser
import AttendanceCSV
import AttendanceCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a year's reports, the audit trail of every record, or the list of people.",
        discussion: """
            Examples:
              attendance export --year 2021                      # Exports/2021/: CSVs, report.json/.md/.html
              attendance export attendances --year 2021 --out 2021-attendances.csv
              attendance export people --out people.csv          # pseudonymised
            """,
        subcommands: [
            ExportYearCommand.self, ExportAttendancesCommand.self, ExportPeopleCommand.self, ExportPersonCommand.self,
        ],
        defaultSubcommand: ExportYearCommand.self)
}

struct ExportYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "Write the year's statistics (CSV), report.json, report.md and the bilingual report.html.",
        discussion: "Aggregates only: no names, e-mails or CPFs. Example: attendance export --year 2021 --excel")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The programme year.") var year: Int
    @Option(help: "The folder that receives <year>/.") var dir = "Exports"
    @Flag(help: "Write the CSVs for Excel in Portuguese: UTF-8 with BOM, semicolons.") var excel = false
    @Option(help: "en or pt (CSV headers, markdown).") var language: LanguageOption = .en
    @Option(help: ArgumentHelp("Show breakdown counts below N as <N (for publication).", valueName: "N"))
    var suppressSmallCells: Int?
    @Flag(help: "Also write report.xlsx: the statistics tables as one Excel workbook, a sheet per table.")
    var xlsx = false

    func run() throws {
        let report = try storeOptions.reading { try $0.yearlyReport(year: year) }
        let folder = URL(fileURLWithPath: dir).appendingPathComponent(String(year))
        let written = try writing(option: "--dir FOLDER") {
            try report.write(
                to: folder,
                options: ReportWriteOptions(
                    language: language.value, excelFriendly: excel, smallCellThreshold: suppressSmallCells))
        }
        if xlsx {
            let workbook = folder.appendingPathComponent(YearlyReport.workbookFileName).path
            try writing(option: "--dir FOLDER") {
                try report.writeWorkbook(
                    to: workbook,
                    options: ReportWriteOptions(language: language.value, smallCellThreshold: suppressSmallCells))
            }
        }
        Terminal.say(report.textTable(language: language.value))
        Terminal.say("\nwrote \(written.count + (xlsx ? 1 : 0)) files to \(folder.path)/")
    }
}

struct ExportAttendancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendances",
        abstract: "Write every record read from an export with its file, line and the person it went to.",
        discussion: """
            One row per record (hosts, registrations and records that did not count included): event_id,
            source_file, source_line, person_id, role, kind, session, attended, minutes, format. No names.
            Example: attendance export attendances --year 2021 --out attendances.csv
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only this programme year.") var year: Int?
    @Option(help: "The CSV file to write.") var out: String

    func run() throws {
        let rows = try storeOptions.reading { try $0.auditRows(year: year) }
        let count = try writing(option: "--out FILE") { try AuditExport.write(rows: rows, to: out) }
        Terminal.say("wrote \(count) records to \(out)")
    }
}

struct ExportPeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Write one row per person: pseudonymous id, sector, government, UF, region and events.",
        discussion: "No names, e-mails or CPFs. Example: attendance export people --year 2021 --out people.csv")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only people with records in this programme year.") var year: Int?
    @Option(help: "The CSV file to write.") var out: String

    func run() throws {
        let count = try storeOptions.reading { store in
            try writing(option: "--out FILE") { try PeopleExport.write(store: store, year: year, to: out) }
        }
        Terminal.say("wrote \(count) people to \(out)")
    }
}
