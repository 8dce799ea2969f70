import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@Suite struct YearlyReportHTMLTests {
    /// The `<svg …>…</svg>` element with `id`, or `nil`.
    private func svg(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<svg class=\"chart\" id=\"\(id)\""),
            let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("the page title and headings are in both languages")
    func bilingualTitle() {
        let html = ReportFixture.realistic().html(options: HTMLReportOptions())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"pt\">"))
        #expect(
            html.contains(
                "<title>Programa MigraCidades — Relatório de participação 2025 / Participation report 2025</title>"))
        #expect(html.contains("<span class=\"pt\" lang=\"pt\">Relatório de participação 2025</span>"))
        #expect(html.contains("<span class=\"en stack\" lang=\"en\">Participation report 2025</span>"))
        #expect(html.contains("<span class=\"pt\" lang=\"pt\">Eventos</span>"))
        #expect(html.contains("<span class=\"en\" lang=\"en\">Events</span>"))
    }

    @Test("elements are balanced: every svg, section, table and figure is closed")
    func wellFormed() {
        let html = ReportFixture.realistic().html(options: HTMLReportOptions(smallCellThreshold: 5))
        for tag in ["svg", "section", "table", "figure", "thead", "tbody", "tfoot", "tr", "ul", "li", "dl", "g"] {
            let opened = occurrences(of: "<\(tag)>", in: html) + occurrences(of: "<\(tag) ", in: html)
            #expect(opened == occurrences(of: "</\(tag)>", in: html), "\(tag)")
            #expect(opened > 0, "\(tag)")
        }
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test("every chart is an image with a title, a label and a description")
    func accessibleCharts() {
        let html = ReportFixture.realistic().html(options: HTMLReportOptions())
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        // Events and course charts come in a wide and a narrow drawing; regions, sectors, states once.
        #expect(charts.count == 7)
        for chart in charts {
            #expect(chart.hasPrefix("class=\"chart\" id=\""))
            #expect(chart.contains("role=\"img\" aria-label=\""))
            #expect(chart.contains("<title>"))
            #expect(chart.contains("<desc id=\""))
        }
        #expect(occurrences(of: "<th scope=\"col\"", in: html) > 0)
    }

    @Test("the events chart has one bar per event and shows each event's participants")
    func eventBars() throws {
        let report = ReportFixture.realistic()
        let chart = try #require(svg("chart-events", in: report.html(options: HTMLReportOptions())))
        #expect(occurrences(of: "<rect class=\"bar\"", in: chart) == report.events.count)
        for value in [21, 75, 64, 76, 52, 61, 63, 72, 54] {
            #expect(chart.contains("class=\"value\">\(value)</text>"))
        }
        #expect(chart.contains("class=\"value\">593*</text>"))
        #expect(chart.contains("width=\"888\""))  // the largest bar takes the whole plot width
    }

    @Test("region and sector charts have one bar per breakdown row; the course chart one column per month")
    func breakdownCharts() throws {
        let html = ReportFixture.small().html(options: HTMLReportOptions())
        let regions = try #require(svg("chart-regions", in: html))
        #expect(occurrences(of: "<rect class=\"bar\"", in: regions) == 6)
        #expect(regions.contains("class=\"value\">40 (45%)</text>"))
        let sectors = try #require(svg("chart-sectors", in: html))
        #expect(occurrences(of: "<rect class=\"bar\"", in: sectors) == 6)
        #expect(sectors.contains("<tspan class=\"pt\">Governo</tspan>"))
        let course = try #require(svg("chart-course-1", in: html))
        #expect(occurrences(of: "<rect class=\"column\"", in: course) == 4)
        #expect(course.contains(">394</text>"))
        #expect(course.contains("class=\"year\">2025</text>"))
    }

    @Test("the state breakdown: 27 tiles and 27 table rows, small counts hidden in both, unknown UFs apart")
    func states() throws {
        let html = ReportFixture.small().html(options: HTMLReportOptions(smallCellThreshold: 5))
        let map = try #require(svg("chart-states", in: html))
        #expect(occurrences(of: "<g class=\"tile\">", in: map) == 27)
        #expect(map.contains("<title>Amazonas: &lt;5</title>"))
        #expect(map.contains("<title>São Paulo: 30</title>"))
        #expect(map.contains("<title>Acre: 0</title>"))
        #expect(!map.contains(">3</text>"))
        let table = try #require(html.components(separatedBy: "<table class=\"data states\">").last)
        #expect(occurrences(of: "<tr><th scope=\"row\">", in: table) == 28)
        #expect(table.contains("<span>Amazonas</span>"))
        #expect(table.contains("&lt;5</td>"))
        // Seven people with no known UF, hidden as `X` so that no small state is found by subtraction.
        #expect(table.contains("<span class=\"en\" lang=\"en\">Unknown</span></span></td><td></td>"))
        #expect(table.contains("X</td></tr>\n</tbody>"))
    }

    @Test("the events table ends with a TOTAL row equal to the participations")
    func totalRow() {
        // Cells name their column for the phone layout's cards; without those names:
        let html = ReportFixture.realistic().html(options: HTMLReportOptions()).replacingOccurrences(
            of: "<span class=\"cell-label\" aria-hidden=\"true\">(?:<span[^>]*>[^<]*</span>|[^<])*</span>", with: "",
            options: .regularExpression)
        let total = "<span class=\"pt\" lang=\"pt\">1.194</span><span class=\"en-only\" lang=\"en\">1,194</span>"
        #expect(html.contains("<td class=\"num\">15</td><td class=\"num\">\(total)</td>"))
        #expect(html.contains("<span class=\"card-value\">\(total)</span>"))
        #expect(!html.contains("1\u{202F}194</td>"))
    }

    @Test("titles and options are escaped")
    func escaping() {
        var report = ReportFixture.small()
        report.events[0].titlePT = "<script>alert(\"x\")</script> & co"
        let html = report.html(options: HTMLReportOptions(programmeName: "Programa <b>", subtitle: "OIM & parceiros"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<title>Programa &lt;b&gt; — "))
        #expect(html.contains("OIM &amp; parceiros"))
    }

    @Test("the page loads nothing: no scripts, links, external URLs or imports")
    func selfContained() {
        let html = ReportFixture.realistic().html(options: HTMLReportOptions(smallCellThreshold: 5))
        for forbidden in ["http://", "https://", "<script", "<link", "src=", "href=", "url(", "@import", "<img"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test("the same report renders to the same page; a date appears only when given")
    func deterministic() {
        let report = ReportFixture.realistic()
        let html = report.html(options: HTMLReportOptions())
        #expect(html == report.html(options: HTMLReportOptions()))
        #expect(!html.contains("Generated on"))
        let dated = report.html(options: HTMLReportOptions(generatedOn: "2025-12-01"))
        #expect(dated.contains("<span class=\"en\" lang=\"en\">Generated on</span>: 2025-12-01"))
    }

    @Test("with a threshold, small region and sector counts show as <5 and the privacy note says so")
    func smallCells() throws {
        let report = ReportFixture.small()
        let open = report.html(options: HTMLReportOptions())
        #expect(!open.contains("&lt;5"))
        #expect(try #require(svg("chart-regions", in: open)).contains("class=\"value\">3 (3%)</text>"))

        let suppressed = report.html(options: HTMLReportOptions(smallCellThreshold: 5))
        let regions = try #require(svg("chart-regions", in: suppressed))
        #expect(regions.contains("width=\"0\" height=\"16\""))
        #expect(regions.contains("class=\"value\">&lt;5</text>"))
        #expect(!regions.contains("class=\"value\">3 "))
        #expect(regions.contains("class=\"value\">40 (45%)</text>"))
        #expect(suppressed.contains("are shown as “&lt;5”; where a total would give such a count away"))
        #expect(suppressed.contains("aparecem como “&lt;5”; quando um total permitiria"))
        // Norte (3) would be the total less the other regions: Unknown (7) is hidden with it.
        #expect(regions.contains("class=\"value\">X</text>"))
    }

    @Test("the notes define the figures in both languages")
    func notes() {
        let html = ReportFixture.small().html(options: HTMLReportOptions())
        #expect(html.contains("min_minutes"))
        #expect(html.contains("Hosts, panelists, organizers and other staff are recorded but not counted."))
        #expect(html.contains("Anfitriões, palestrantes, organizadores e demais membros da equipe"))
        #expect(html.contains("no names, e-mail addresses or other personal data."))
    }
}
