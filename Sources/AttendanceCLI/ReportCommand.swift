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

            Examples:
              attendance report --year 2021
              attendance report --year 2021 --format json > 2021.json
              attendance report --year 2021 --format html --out relatorio-2021.html --language pt
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv, markdown, html }

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The programme year.") var year: Int
    @Option(help: "table, json, csv, markdown or html.") var format: OutputFormat = .table
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Option(help: "en or pt (text, markdown and csv headers).") var language: LanguageOption = .en
    @Option(help: ArgumentHelp("Show breakdown counts below N as <N (for publication).", valueName: "N"))
    var suppressSmallCells: Int?

    func run() throws {
        let report = try storeOptions.reading { try $0.yearlyReport(year: year) }
        let text: String
        switch format {
        case .table: text = report.textTable(language: language.value)
        case .json: text = try report.jsonText()
        case .markdown: text = report.markdown(language: language.value)
        case .html: text = report.html(options: HTMLReportOptions())
        case .csv:
            let tables = report.statisticsTables(language: language.value, smallCellThreshold: suppressSmallCells)
            text = try tables.map { table in
                "# \(table.name)\n"
                    + (try CSVWriter.string([table.header] + table.rows, lineEnding: .lf, neutralizesFormulas: true))
            }.joined(separator: "\n")
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
