import ArgumentParser
import AttendanceCSV
import AttendanceCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print or write a year's figures: per event, per year, courses and certifications.",
        discussion: """
            The table is for reading; --format json prints the contract's object (participations,
            uniqueParticipants, events, courses…); csv, markdown and html write a file with --out.

            --language sets headers, labels, numbers and dates (en: 1,194 and 2021-02-25; pt: 1.194 \
            and 25/02/2021). JSON stays for machines (plain numbers, ISO dates); CSV numbers are plain \
            digits in both languages; the HTML page is bilingual.

            CSV for scripts: --table NAME prints one tidy table (one row per item, no TOTAL rows; the \
            sums are in the table `totals`). Tables: \(StatisticsTableName.allCases.map(\.rawValue).joined(separator: ", ")). \
            Without --table every table is printed one after another, each under a `# name` line.

            --suppress-small-cells N hides every count of people from 1 to N-1 in every format (`<N`; \
            null in JSON, listed under "suppression") and the counts that would let one be worked out \
            from a total (`X`).

            Examples:
              attendance report --year 2021
              attendance report --year 2021 --format json > 2021.json
              attendance report --year 2021 --format csv --table by-uf > by-uf.csv
              attendance report --year 2021 --format html --out relatorio-2021.html --suppress-small-cells 5
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv, markdown, html }

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The programme year.") var year: Int
    @Option(help: "table, json, csv, markdown or html.") var format: OutputFormat = .table
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Option(help: "en or pt: headers, labels, numbers and dates of table, markdown and csv.")
    var language: LanguageOption = .en
    @Option(help: ArgumentHelp("Hide counts of people below N in every format (for publication).", valueName: "N"))
    var suppressSmallCells: Int?
    @Option(
        help: ArgumentHelp(
            "With --format csv, print only this tidy table: "
                + StatisticsTableName.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            valueName: "NAME"))
    var table: String?

    func validate() throws {
        guard let table else { return }
        guard format == .csv else { throw ValidationError("--table NAME needs --format csv") }
        guard StatisticsTableName(rawValue: table) != nil else {
            throw ValidationError(
                "no table named '\(table)'; the tables are "
                    + StatisticsTableName.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let report = try storeOptions.reading { try $0.yearlyReport(year: year) }
        let text: String
        switch format {
        case .table: text = report.textTable(language: language.value, smallCellThreshold: suppressSmallCells)
        case .json: text = try report.jsonText(smallCellThreshold: suppressSmallCells)
        case .markdown: text = report.markdown(language: language.value, smallCellThreshold: suppressSmallCells)
        case .html: text = report.html(options: HTMLReportOptions(smallCellThreshold: suppressSmallCells))
        case .csv:
            let tables = report.statisticsTables(language: language.value, smallCellThreshold: suppressSmallCells)
            if let name = table {
                let chosen = tables.filter { $0.name == name }
                text = try chosen.map { table in
                    try CSVWriter.string([table.header] + table.rows, lineEnding: .lf, neutralizesFormulas: true)
                }.joined()
            } else {
                text = try tables.map { table in
                    "# \(table.name)\n"
                        + (try CSVWriter.string([table.header] + table.rows, lineEnding: .lf, neutralizesFormulas: true))
                }.joined(separator: "\n")
            }
        }
        if let out {
            try writing(option: "--out FILE") { try OutputFile.write(text.utf8, to: out) }
            Terminal.say("wrote \(out)")
        } else if format == .table {
            Terminal.say(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        } else {
            Terminal.sayData(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}

enum LanguageOption: String, ExpressibleByArgument {
    case en, pt

    var value: ReportLanguage { self == .pt ? .portuguese : .english }
}
