import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct YearlyReportTablesTests {
    private func table(_ name: String, threshold: Int? = nil, language: ReportLanguage = .english) throws
        -> StatisticsTable
    {
        let tables = ReportFixture.small().statisticsTables(language: language, smallCellThreshold: threshold)
        return try #require(tables.first { $0.name == name })
    }

    @Test("the export has one table per file, in a fixed order")
    func names() {
        #expect(
            ReportFixture.small().statisticsTables(language: .english).map(\.name) == [
                "summary", "events", "sessions", "by-region", "by-sector", "by-uf", "events-per-person", "courses",
                "course-completions-by-month", "certification", "totals",
            ])
    }

    @Test("every row has as many cells as the header", arguments: [nil, 5])
    func rectangular(threshold: Int?) {
        for table in ReportFixture.realistic().statisticsTables(language: .portuguese, smallCellThreshold: threshold) {
            #expect(table.rows.allSatisfy { $0.count == table.header.count }, "\(table.name)")
        }
    }

    @Test("the summary holds the headline figures as plain digits")
    func summary() throws {
        let summary = try table("summary")
        #expect(summary.header == ["Figure", "Value"])
        #expect(
            summary.rows == [
                ["Year", "2025"], ["Participations", "689"], ["Unique participants", "88"],
                ["Unique participants (lowest possible)", "593"], ["Unique participants (highest possible)", "681"],
                ["Events", "3"], ["Sessions", "5"], ["Governments reached", "35"], ["Regions reached", "4"],
                ["Returning participants (2+ events)", "8"], ["Course completers (people)", "1232"],
                ["Certified governments", "40"], ["Source files", "14"], ["Source records", "1530"],
            ])
    }

    @Test("by region lists the regions in IBGE order, zeros and unknown included, and no TOTAL row")
    func byRegion() throws {
        let byRegion = try table("by-region")
        #expect(byRegion.header == ["Region", "Unique participants"])
        #expect(
            byRegion.rows == [
                ["Norte", "3"], ["Nordeste", "20"], ["Sudeste", "40"], ["Sul", "18"], ["Centro-Oeste", "0"],
                ["Unknown", "7"],
            ])
    }

    @Test("the sums of the data tables are in their own table")
    func totals() throws {
        let totals = try table("totals")
        #expect(totals.header == ["Table", "Column", "TOTAL"])
        #expect(
            totals.rows == [
                ["events", "Participants", "689"], ["events", "Sessions", "5"], ["events", "Registrants", "150"],
                ["events", "No-shows", "54"], ["by-region", "Unique participants", "88"],
                ["by-sector", "Unique participants", "88"], ["by-uf", "Unique participants", "88"],
                ["events-per-person", "People", "88"],
            ])
    }

    @Test("small cells become <5, and X where a total would give one away; zero and larger counts stay")
    func suppression() throws {
        #expect(
            try table("by-region", threshold: 5).rows == [
                ["Norte", "<5"], ["Nordeste", "20"], ["Sudeste", "40"], ["Sul", "18"], ["Centro-Oeste", "0"],
                ["Unknown", "X"],
            ])
        #expect(
            try table("by-sector", threshold: 5).rows == [
                ["Government", "60"], ["Academia", "12"], ["Civil society", "10"],
                ["International organization", "<5"],
                ["Other", "0"], ["Unknown", "<5"],
            ])
        #expect(
            try table("by-uf", threshold: 5).rows == [
                ["AM", "<5"], ["PE", "20"], ["PR", "18"], ["RJ", "10"], ["SP", "30"], ["Unknown", "X"],
            ])
        #expect(
            try table("events-per-person", threshold: 5).rows == [
                ["1", "80"], ["2", "X"], ["3", "<5"],
            ])
    }

    @Test("the threshold is written in the suppressed cell")
    func otherThreshold() throws {
        #expect(
            try table("by-region", threshold: 11).rows.map(\.last) == [
                "<11", "20", "40", "18", "0", "<11",
            ])
    }

    @Test("no threshold, or one below 2, suppresses nothing", arguments: [nil, 0, 1])
    func noSuppression(threshold: Int?) throws {
        #expect(try table("by-sector", threshold: threshold) == table("by-sector"))
        #expect(try table("events", threshold: threshold) == table("events"))
    }

    @Test("every count of people can be hidden; figures that are not people never are")
    func everyCountOfPeople() throws {
        #expect(try table("certification", threshold: 1_000) == table("certification"))
        let summary = try table("summary", threshold: 1_000).rows
        #expect(
            summary.filter { $0[1] != "<1000" && $0[1] != "X" }.map(\.[0]) == [
                "Year", "Events", "Sessions", "Governments reached", "Regions reached", "Course completers (people)",
                "Certified governments",
                "Source files", "Source records",
            ])
        let events = try table("events", threshold: 1_000)
        #expect(
            events.rows.map { [$0[4], $0[5], $0[9], $0[10]] } == [
                ["1", "<1000", "8", "<1000"], ["3", "<1000", "31", "0"], ["1", "<1000", "0", "0"],
            ])
        #expect(try table("sessions", threshold: 1_000).rows.allSatisfy { $0[3] == "<1000" })
        #expect(
            try table("courses", threshold: 1_000).rows.map { Array($0[2...]) } == [
                ["1204", "1194", "<1000", "<1000", "<1000", "2", "1"],
                ["<1000", "<1000", "", "<1000", "<1000", "2", "1"],
            ])
    }

    @Test("an event row has its figures, then its sector and region mix (suppressed like the breakdowns)")
    func events() throws {
        let events = try table("events", threshold: 5)
        #expect(
            events.header == [
                "Event ID", "Date(s)", "Event", "Kind", "Sessions", "Participants", "Headcount", "Registrants",
                "No-shows",
                "Governments", "Staff (not counted)", "Sector: Government", "Sector: Academia", "Sector: Civil society",
                "Sector: International organization", "Sector: Other", "Sector: Unknown", "Region: Norte",
                "Region: Nordeste", "Region: Sudeste", "Region: Sul", "Region: Centro-Oeste", "Region: Unknown",
            ])
        #expect(
            events.rows == [
                [
                    "2025-webinar-abertura", "2025-03-12", "Opening webinar: local migration governance", "Webinar",
                    "1",
                    "21", "", "30", "9", "8", "<5", "15", "<5", "<5", "0", "0", "<5", "0", "6", "10", "<5", "0", "<5",
                ],
                [
                    "2025-dialogo-acolhimento", "2025-05-06 2025-05-13 2025-06-03",
                    "Dialogue on reception and integration of migrants and refugees in municipalities", "Dialogue", "3",
                    "75", "", "120", "45", "31", "0", "50", "12", "8", "<5", "0", "<5", "<5", "16", "34", "16", "0",
                    "X",
                ],
                [
                    "2025-seminario-nacional", "2025-11-18", "National seminar", "Seminar", "1", "593", "593", "", "",
                    "0",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
                ],
            ])
    }

    @Test("courses and their completers by month, missing months filled with 0")
    func courses() throws {
        let courses = try table("courses")
        #expect(
            courses.rows == [
                [
                    "2025-curso-ead", "Local Migration Governance Course (online)", "1204", "1194", "830", "310", "12",
                    "2",
                    "1",
                ],
                ["2025-curso-extensao", "Extension course", "40", "38", "", "310", "12", "2", "1"],
            ])
        #expect(
            try table("course-completions-by-month").rows == [
                ["2025-curso-ead", "2025-02", "300"], ["2025-curso-ead", "2025-03", "500"],
                ["2025-curso-ead", "2025-04", "0"], ["2025-curso-ead", "2025-05", "394"],
                ["2025-curso-extensao", "2025-09", "38"],
            ])
    }

    @Test("certification figures and certified governments by region")
    func certification() throws {
        #expect(
            try table("certification", language: .portuguese).rows == [
                ["Governos certificados", "40"], ["Municípios", "36"], ["Estados", "4"],
                ["Também certificados no ano anterior", "12"],
                ["Governos certificados com participantes em eventos", "25"],
                ["Regiões com governos certificados", "5"], ["Governos certificados: Norte", "4"],
                ["Governos certificados: Nordeste", "10"], ["Governos certificados: Sudeste", "16"],
                ["Governos certificados: Sul", "8"], ["Governos certificados: Centro-Oeste", "2"],
            ])
    }

    @Test("Portuguese headers, labels and dates; numbers stay ungrouped")
    func portuguese() throws {
        let sessions = try table("sessions", language: .portuguese)
        #expect(
            sessions.rows.first == [
                "2025-webinar-abertura", "Webinário de abertura: governança migratória local", "12/03/2025", "21",
            ])
        #expect(
            try table("course-completions-by-month", language: .portuguese).rows.first == [
                "2025-curso-ead", "02/2025", "300",
            ])
        let sectors = try table("by-sector", language: .portuguese)
        #expect(sectors.header == ["Setor", "Participantes únicos"])
        #expect(sectors.rows.first == ["Governo", "60"])
        #expect(try table("summary", language: .portuguese).rows.last == ["Registros de origem", "1530"])
    }

    @Test("as CSV text a named table prints alone; without a name every table prints under its # name")
    func csvText() throws {
        let report = ReportFixture.small()
        #expect(
            try report.statisticsCSV(table: .byUF, smallCellThreshold: 5)
                == "UF,Unique participants\nAM,<5\nPE,20\nPR,18\nRJ,10\nSP,30\nUnknown,X\n")
        let all = try report.statisticsCSV()
        let names = all.split(separator: "\n").filter { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) }
        #expect(names == report.statisticsTables().map(\.name))
        #expect(all.hasPrefix("# summary\nFigure,Value\nYear,2025\n"))
        #expect(all.contains("\n\n# events\n"))
    }
}
