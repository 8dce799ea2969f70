import AttendanceCSV
import AttendanceModel
import AttendanceTotals
import Foundation

/// How ``AttendanceTotals/YearlyReport/write(to:options:)`` writes a year's files.
public struct ReportWriteOptions: Sendable, Hashable {
    /// The language of the CSVs' headers, labels and dates and of `report.md` (`report.html` is
    /// bilingual; `report.json` is for machines and keeps keys, ISO dates and plain numbers).
    package var language: ReportLanguage
    /// CSVs for Excel in Portuguese: UTF-8 with a BOM and semicolons (else RFC 4180).
    package var excelFriendly: Bool
    /// Counts of people below this are hidden in every file (for publication); `nil` shows every count.
    ///
    /// Counts from 1 to `N - 1` are written `<N` (`null` in `report.json`, listed under
    /// `suppression`); counts from which a total would give one away are hidden too (`X`).
    package var smallCellThreshold: Int?
    /// A date to print on the HTML page; `nil` keeps the page free of dates (reproducible output).
    package var generatedOn: String?
    /// When, by which release and from which data the files were made: written into `report.json`,
    /// `report.md`, `report.html` and `provenance.csv`; `nil` writes none of it.
    package var provenance: ReportProvenance?

    /// Creates options; the defaults write English RFC 4180 CSVs without suppression or date.
    public init(
        language: ReportLanguage = .english, excelFriendly: Bool = false, smallCellThreshold: Int? = nil,
        generatedOn: String? = nil, provenance: ReportProvenance? = nil
    ) {
        self.language = language
        self.excelFriendly = excelFriendly
        self.smallCellThreshold = smallCellThreshold
        self.generatedOn = generatedOn
        self.provenance = provenance
    }
}

extension YearlyReport {
    /// The report as the JSON object `report --format json` prints, keys sorted, pretty-printed.
    ///
    /// With `smallCellThreshold` set to `t` (2 or more), every hidden count of people is `null`
    /// (counts from 1 to `t - 1`, and those that would give one away through a total), and a
    /// `suppression` object gives `threshold` and the paths of the hidden counts
    /// (`events[2].bySector.government`) under `belowThreshold` and `complementary`. Without a
    /// threshold nothing is added and every count is a number.
    ///
    /// - Parameters:
    ///   - smallCellThreshold: The smallest count of people shown, 2 or more; `nil` shows every count.
    ///   - provenance: Added as the object's `provenance` member when given.
    public func jsonText(smallCellThreshold: Int? = nil, provenance: ReportProvenance? = nil) throws -> String {
        try PublishedReport(self, threshold: smallCellThreshold).jsonText(provenance: provenance)
    }

    /// Writes the year's set to `folder`: one CSV per statistics table, `report.json`,
    /// `report.md`, the bilingual, self-contained `report.html` and, when `options` carry a
    /// provenance, the one-row `provenance.csv`.
    ///
    /// Aggregates only: the report holds no names, e-mails or CPFs. CSV cells that a spreadsheet
    /// would run as formulas are neutralised. Small-cell suppression, when asked for, is decided
    /// once and holds alike in every file written.
    ///
    /// - Returns: The files written, in order.
    /// - Throws: `ExportError` naming the folder or file, the reason and what to do when the
    ///   folder cannot be created (missing folders above it are created) or a file cannot be written.
    @discardableResult
    public func write(to folder: URL, options: ReportWriteOptions = ReportWriteOptions()) throws -> [URL] {
        try OutputFile.createFolder(folder.path)
        var written: [URL] = []
        let dialect: CSVDialect = options.excelFriendly ? .excelBrazil : .rfc4180
        let published = PublishedReport(self, threshold: options.smallCellThreshold)
        for table in statisticsTables(language: options.language, published: published) {
            let url = folder.appendingPathComponent("\(table.name).csv")
            var writer = try OutputFile.csvWriter(path: url.path, dialect: dialect, neutralizesFormulas: true)
            try OutputFile.writing(url.path) {
                try writer.write(table.header)
                try writer.write(contentsOf: table.rows)
                try writer.close()
            }
            written.append(url)
        }
        let documents: [(String, String)] = [
            ("report.json", try published.jsonText(provenance: options.provenance)),
            (
                "report.md",
                markdown(language: options.language, published: published)
                    + (options.provenance?.markdownFooter(language: options.language) ?? "")
            ),
            (
                "report.html",
                html(
                    options: HTMLReportOptions(
                        smallCellThreshold: options.smallCellThreshold,
                        generatedOn: options.generatedOn, provenance: options.provenance))
            ),
        ]
        if let provenance = options.provenance {
            let url = folder.appendingPathComponent("provenance.csv")
            var writer = try OutputFile.csvWriter(path: url.path, dialect: dialect, neutralizesFormulas: true)
            try OutputFile.writing(url.path) {
                try writer.write(contentsOf: provenance.csvRows())
                try writer.close()
            }
            written.append(url)
        }
        for (name, text) in documents {
            let url = folder.appendingPathComponent(name)
            try OutputFile.write(text.utf8, to: url.path)
            written.append(url)
        }
        return written
    }
}
