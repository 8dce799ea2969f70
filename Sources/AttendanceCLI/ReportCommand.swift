import ArgumentParser
import AttendanceService
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
              attendance report --year 2021 --format html --out relatorio-2021.html --language pt
              attendance report --year 2021 --format csv --table by-uf > by-uf.csv
              attendance report --year 2021 --format html --out relatorio-2021.html --suppress-small-cells 5
              attendance report --years 2020-2022            # the years side by side

            json, markdown and html say when, by which version and from which data (store
            fingerprint, open identity questions) they were made; SOURCE_DATE_EPOCH sets the date.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv, markdown, html }

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The programme year.") var year: Int?
    @Option(help: ArgumentHelp("Several years side by side, such as 2020-2022.", valueName: "FIRST-LAST"))
    var years: YearRange?
    @Option(help: "table, json, csv, markdown or html.") var format: OutputFormat = .table
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Option(help: "en or pt: headers, labels, numbers and dates of table, markdown and csv.")
    var language: LanguageOption = .en
    @Option(help: ArgumentHelp("Hide counts of people below N in every format (for publication).", valueName: "N"))
    var suppressSmallCells: Int?
    @Flag(help: "Publish nothing while identity questions are open (attendance review).") var strict = false
    @Option(
        help: ArgumentHelp(
            "With --format csv, print only this tidy table: "
                + StatisticsTableName.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            valueName: "NAME"))
    var table: String?

    func validate() throws {
        guard (year == nil) != (years == nil) else { throw ValidationError("Give either --year or --years.") }
        // The years side by side are not suppressed yet: refused rather than published in full.
        if years != nil, suppressSmallCells != nil {
            throw ValidationError(
                "--suppress-small-cells applies to one --year; the years side by side are not suppressed")
        }
        if years != nil, format == .csv { throw ValidationError("--years prints table, json, markdown or html.") }
        guard let table else { return }
        guard format == .csv else { throw ValidationError("--table NAME needs --format csv") }
        guard StatisticsTableName(rawValue: table) != nil else {
            throw ValidationError(
                "no table named '\(table)'; the tables are "
                    + StatisticsTableName.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let date = ReportProvenance.generationDate(environment: ProcessInfo.processInfo.environment)
        if let years {
            let (report, provenance) = try PublicationGuard.reading(storeOptions, strict: strict) {
                (try $0.multiYearReport(years: years.range), try $0.provenance(generatedAt: date))
            }
            let text: String
            switch format {
            case .table, .csv: text = report.textTable(language: language.value)
            case .json: text = try report.jsonText(provenance: provenance)
            case .markdown: text = report.markdown(language: language.value, provenance: provenance)
            case .html: text = report.html(options: HTMLReportOptions(provenance: provenance))
            }
            return try emit(text)
        }
        let (report, provenance) = try PublicationGuard.reading(storeOptions, strict: strict) {
            (try $0.yearlyReport(year: year ?? 0), try $0.provenance(generatedAt: date))
        }
        let text: String
        switch format {
        case .table: text = report.textTable(language: language.value, smallCellThreshold: suppressSmallCells)
        case .json: text = try report.jsonText(smallCellThreshold: suppressSmallCells, provenance: provenance)
        case .markdown:
            text =
                report.markdown(language: language.value, smallCellThreshold: suppressSmallCells)
                + provenance.markdownFooter(language: language.value)
        case .html:
            text = report.html(
                options: HTMLReportOptions(smallCellThreshold: suppressSmallCells, provenance: provenance))
        case .csv:
            text = try report.statisticsCSV(
                table: table.flatMap(StatisticsTableName.init(rawValue:)), language: language.value,
                smallCellThreshold: suppressSmallCells)
        }
        try emit(text)
    }

    private func emit(_ text: String) throws {
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

/// An inclusive range of years written `2020-2022` (or one year, `2021`).
struct YearRange: ExpressibleByArgument {
    var range: ClosedRange<Int>

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts[parts.count - 1]),
            first <= last
        else { return nil }
        range = first...last
    }
}

enum LanguageOption: String, ExpressibleByArgument {
    case en, pt

    var value: ReportLanguage { self == .pt ? .portuguese : .english }
}
