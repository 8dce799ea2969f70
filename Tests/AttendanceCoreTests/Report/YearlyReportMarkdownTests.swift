import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@Suite struct YearlyReportMarkdownTests {
    @Test("the small report renders exactly as the expected file")
    func expectedRendering() throws {
        let expected = try String(contentsOfFile: try Fixture.path("expected/report-small-en.md"), encoding: .utf8)
        #expect(ReportFixture.small().markdown(language: .english) == expected)
    }

    @Test("the TOTAL row shows the participations in bold")
    func totalIsParticipations() {
        let markdown = ReportFixture.realistic().markdown(language: .portuguese)
        #expect(markdown.contains("|  | **TOTAL** |  | **15** | **1.194** | **936** | **335** |  |\n"))
    }

    @Test("every table row has as many cells as its header")
    func rectangularTables() {
        let markdown = ReportFixture.realistic().markdown()
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(
                separator: "|", omittingEmptySubsequences: false
            ).count
            if let columns { #expect(cells == columns, "\(line)") } else { columns = cells }
        }
    }

    @Test("titles from a CSV cannot break a table or inject markup")
    func escaping() {
        var report = ReportFixture.small()
        report.events[0].titleEN = "A|B <script>alert(1)</script>\n*bold* _it_ [link](x)"
        let markdown = report.markdown()
        #expect(
            markdown.contains(
                "| A\\|B \\<script\\>alert(1)\\</script\\> \\*bold\\* \\_it\\_ \\[link\\](x) | Webinar |"))
        #expect(!markdown.contains("<script>"))
    }
}
