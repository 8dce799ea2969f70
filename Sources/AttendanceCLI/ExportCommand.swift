import ArgumentParser
import AttendanceService
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a year's reports, the audit trail of every record, or the list of people.",
        discussion: """
            Examples:
              attendance export --year 2021                      # Exports/2021/: CSVs, report.json/.md/.html
              attendance export --years 2020-2022                # Exports/2020-2022/: the years side by side
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
    @Option(help: "The programme year.") var year: Int?
    @Option(help: ArgumentHelp("Several years side by side, such as 2020-2022.", valueName: "FIRST-LAST"))
    var years: YearRange?
    @Option(help: "The folder that receives <year>/.") var dir = "Exports"
    @Flag(help: "Write the CSVs for Excel in Portuguese: UTF-8 with BOM, semicolons, pt unless --language en.")
    var excel = false
    @Option(help: "en or pt: CSV headers, labels and dates, and report.md (default: pt with --excel, else en).")
    var language: LanguageOption?
    @Option(help: ArgumentHelp("Hide counts of people below N in every file (for publication).", valueName: "N"))
    var suppressSmallCells: Int?
    @Flag(help: "Publish nothing while identity questions are open (attendance review).") var strict = false

    func validate() throws {
        guard (year == nil) != (years == nil) else { throw ValidationError("Give either --year or --years.") }
        // The years side by side are not suppressed yet: refused rather than published in full.
        if years != nil, suppressSmallCells != nil {
            throw ValidationError(
                "--suppress-small-cells applies to one --year; the years side by side are not suppressed")
        }
    }

    /// The language asked for, or Portuguese for Excel in Portuguese, else English.
    var chosenLanguage: ReportLanguage {
        language?.value ?? (excel ? .portuguese : .english)
    }
    @Flag(help: "Also write report.xlsx: the statistics tables as one Excel workbook, a sheet per table.")
    var xlsx = false

    func run() throws {
        let date = ReportProvenance.generationDate(environment: ProcessInfo.processInfo.environment)
        if let years {
            let (report, provenance) = try PublicationGuard.reading(storeOptions, strict: strict) {
                (try $0.multiYearReport(years: years.range), try $0.provenance(generatedAt: date))
            }
            let folder = URL(fileURLWithPath: dir).appendingPathComponent(
                "\(years.range.lowerBound)-\(years.range.upperBound)")
            let written = try writing(option: "--dir FOLDER") {
                try report.write(to: folder, language: chosenLanguage, provenance: provenance)
            }
            Terminal.say(report.textTable(language: chosenLanguage))
            Terminal.say("\nwrote \(written.count) files to \(folder.path)/")
            return
        }
        let year = year ?? 0
        let (report, provenance) = try PublicationGuard.reading(storeOptions, strict: strict) {
            (try $0.yearlyReport(year: year), try $0.provenance(generatedAt: date))
        }
        let folder = URL(fileURLWithPath: dir).appendingPathComponent(String(year))
        let written = try writing(option: "--dir FOLDER") {
            try report.write(
                to: folder,
                options: ReportWriteOptions(
                    language: chosenLanguage, excelFriendly: excel, smallCellThreshold: suppressSmallCells,
                    provenance: provenance))
        }
        if xlsx {
            let workbook = folder.appendingPathComponent(YearlyReport.workbookFileName).path
            try writing(option: "--dir FOLDER") {
                try report.writeWorkbook(
                    to: workbook,
                    options: ReportWriteOptions(language: chosenLanguage, smallCellThreshold: suppressSmallCells))
            }
        }
        Terminal.say(report.textTable(language: chosenLanguage, smallCellThreshold: suppressSmallCells))
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
