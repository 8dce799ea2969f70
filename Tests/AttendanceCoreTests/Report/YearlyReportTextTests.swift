import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@Suite struct YearlyReportTextTests {
    @Test(
        "the small report renders exactly as the expected file",
        arguments: [
            (ReportLanguage.english, "expected/report-small-en.txt"),
            (ReportLanguage.portuguese, "expected/report-small-pt.txt"),
        ])
    func expectedRendering(language: ReportLanguage, file: String) throws {
        let expected = try String(contentsOfFile: try Fixture.path(file), encoding: .utf8)
        #expect(ReportFixture.small().textTable(language: language) == expected)
    }

    @Test("the TOTAL row shows the participations, which the events' participants add up to")
    func totalIsParticipations() throws {
        let report = ReportFixture.realistic()
        let lines = report.textTable().split(separator: "\n")
        let total = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("TOTAL") })
        let cells = total.split(separator: " ")
        #expect(cells == ["TOTAL", "15", "1,194", "936", "335"])
        #expect(report.events.map(\.participants).reduce(0, +) == report.participations)
    }

    @Test("no line is wider than asked; long titles wrap whole, never cut", arguments: [100, 120])
    func fitsWidth(width: Int) {
        for language in ReportLanguage.allCases {
            let text = ReportFixture.small().textTable(language: language, width: width)
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= width })
            #expect(!text.contains("…"))
            let event = ReportFixture.small().events[1]
            let title = language == .english ? event.titleEN : event.titlePT
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            for word in title.split(separator: " ") { #expect(words.contains(word)) }
        }
    }

    @Test("short titles are not cut when there is room")
    func wideTable() {
        let text = ReportFixture.small().textTable(width: 200)
        #expect(!text.contains("…"))
        #expect(
            text.contains("Dialogue on reception and integration of migrants and refugees in municipalities  Dialogue"))
    }

    @Test("Portuguese numbers use a dot and Portuguese labels")
    func portuguese() {
        let text = ReportFixture.realistic().textTable(language: .portuguese)
        #expect(text.hasPrefix("Relatório de participação 2025\n"))
        #expect(text.contains("Participações                           1.194\n"))
        #expect(text.contains("Grupo de trabalho"))
    }
}
