import AttendanceCSV
import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceTotals

@Suite struct YearlyReportXLSXTests {
    /// Writes `report`'s workbook into a fresh temp folder and returns its path.
    private static func write(_ report: YearlyReport, options: ReportWriteOptions) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(YearlyReport.workbookFileName).path
        try report.writeWorkbook(to: path, options: options)
        return path
    }

    /// A row as the reader gives it back: without the empty cells that end it.
    private static func trimmed(_ row: [String]) -> [String] {
        var row = row
        while row.last?.isEmpty == true { row.removeLast() }
        return row
    }

    @Test(
        "the workbook read back holds exactly the CSV tables, a sheet per table, in order",
        arguments: [(ReportLanguage.english, nil), (.portuguese, 5)] as [(ReportLanguage, Int?)])
    func roundTrip(language: ReportLanguage, threshold: Int?) throws {
        let report = ReportFixture.realistic()
        let options = ReportWriteOptions(language: language, smallCellThreshold: threshold)
        let path = try Self.write(report, options: options)
        let tables = report.statisticsTables(language: language, smallCellThreshold: threshold)
        var reader = try XLSXReader(path: path, name: "report.xlsx")
        #expect(reader.sheetNames == tables.map(\.name))
        for (index, table) in tables.enumerated() {
            let sheet = try reader.sheet(at: index)
            #expect(sheet.lines == ([table.header] + table.rows).map(Self.trimmed), "\(table.name)")
        }
    }

    @Test("the same report gives the same bytes")
    func reproducible() throws {
        let options = ReportWriteOptions(language: .portuguese)
        let first = try Data(contentsOf: URL(fileURLWithPath: try Self.write(ReportFixture.small(), options: options)))
        let second = try Data(contentsOf: URL(fileURLWithPath: try Self.write(ReportFixture.small(), options: options)))
        #expect(first == second)
    }

    @Test("importing the workbook is refused like the CSVs: it is the tool's own output")
    func ownOutput() throws {
        let path = try Self.write(ReportFixture.small(), options: ReportWriteOptions(language: .portuguese))
        #expect(throws: FormatError.ownOutput(file: "report.xlsx", line: 1, output: .statistics(.summary))) {
            try ExportReader.read(path: path, displayName: "report.xlsx")
        }
        #expect(throws: FormatError.ownOutput(file: "report.xlsx", line: 1, output: .statistics(.summary))) {
            try ExportReader.recognise(path: path, displayName: "report.xlsx")
        }
    }

    @Test(
        "counts become numeric cells; ids, codes and suppressed counts stay text",
        arguments: [
            ("42", 42.0), ("-3", -3.0), ("2.5", 2.5), ("0", 0.0), ("0012", nil), ("2.50", nil), ("1e5", nil),
            ("<5", nil), ("2021-02-25", nil), ("", nil), ("1234567890123456", nil),
        ] as [(String, Double?)])
    func numbers(text: String, value: Double?) {
        #expect(XLSXWriter.number(text) == value)
    }

    @Test("text a spreadsheet would run stays text, control characters become U+FFFD, names fit Excel's tabs")
    func hostileText() throws {
        let cells = ["=HYPERLINK(\"http://x\")", "+1", "-x", "@SUM(A1)", " espaço ", "a\u{1}b"]
        let data = try XLSXWriter.data(
            [
                XLSXWriter.Sheet(name: "a/b", header: ["h"], rows: cells.map { [$0] }),
                XLSXWriter.Sheet(name: "A/B", header: ["h"], rows: []),
            ], file: "t.xlsx")
        let path = try ScratchFile.write(Array(data), named: "t.xlsx")
        var reader = try XLSXReader(path: path, name: "t.xlsx")
        #expect(reader.sheetNames == ["a_b", "A_B-2"])
        let sheet = try reader.firstSheet()
        #expect(sheet.lines.dropFirst().map { $0.first ?? "" } == Array(cells.dropLast()) + ["a\u{FFFD}b"])
    }
}
