import AttendanceCore
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
                "course-completions-by-month", "certification",
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
                ["Returning participants (2+ events)", "8"], ["Course completers", "1232"],
                ["Certified governments", "40"], ["Source files", "14"], ["Source records", "1530"],
            ])
    }

    @Test("by region lists the regions in IBGE order, zeros and unknown included, then a TOTAL")
    func byRegion() throws {
        let byRegion = try table("by-region")
        #expect(byRegion.header == ["Region", "Unique participants"])
        #expect(
            byRegion.rows == [
                ["Norte", "3"], ["Nordeste", "20"], ["Sudeste", "40"], ["Sul", "18"], ["Centro-Oeste", "0"],
                ["Unknown", "7"], ["TOTAL", "88"],
            ])
    }

    @Test("small cells become <5; zero, larger counts and totals stay as they are")
    func suppression() throws {
        #expect(
            try table("by-region", threshold: 5).rows == [
                ["Norte", "<5"], ["Nordeste", "20"], ["Sudeste", "40"], ["Sul", "18"], ["Centro-Oeste", "0"],
                ["Unknown", "7"], ["TOTAL", "88"],
            ])
        #expect(
            try table("by-sector", threshold: 5).rows == [
                ["Government", "60"], ["Academia", "12"], ["Civil society", "10"],
                ["International organization", "<5"],
                ["Other", "0"], ["Unknown", "<5"], ["TOTAL", "88"],
            ])
        #expect(
            try table("by-uf", threshold: 5).rows == [
                ["AM", "<5"], ["PE", "20"], ["PR", "18"], ["RJ", "10"], ["SP", "30"], ["Unknown", "7"],
                ["TOTAL", "88"],
            ])
        #expect(
            try table("events-per-person", threshold: 5).rows == [
                ["1", "80"], ["2", "7"], ["3", "<5"], ["TOTAL", "88"],
            ])
    }

    @Test("the threshold is written in the suppressed cell")
    func otherThreshold() throws {
        #expect(
            try table("by-region", threshold: 11).rows.map(\.last) == [
                "<11", "20", "40", "18", "0", "<11", "88",
            ])
    }

    @Test("no threshold, or one below 2, suppresses nothing", arguments: [nil, 0, 1])
    func noSuppression(threshold: Int?) throws {
        #expect(try table("by-sector", threshold: threshold) == table("by-sector"))
        #expect(try table("events", threshold: threshold) == table("events"))
    }

    @Test("headline, per-event, session, course and certification figures are never suppressed")
    func unsuppressedTables() throws {
        for name in ["summary", "sessions", "courses", "course-completions-by-month", "certification"] {
            #expect(try table(name, threshold: 1_000) == table(name), "\(name)")
        }
        let events = try table("events", threshold: 1_000)
        #expect(events.rows.map { Array($0[0..<11]) } == (try table("events")).rows.map { Array($0[0..<11]) })
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
                    "21", "", "30", "9", "8", "3", "15", "<5", "<5", "0", "0", "<5", "0", "6", "10", "<5", "0", "<5",
                ],
                [
                    "2025-dialogo-acolhimento", "2025-05-06 2025-05-13 2025-06-03",
                    "Dialogue on reception and integration of migrants and refugees in municipalities", "Dialogue", "3",
                    "75", "", "120", "45", "31", "0", "50", "12", "8", "<5", "0", "<5", "<5", "16", "34", "16", "0",
                    "6",
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

    @Test("Portuguese headers and labels; numbers stay ungrouped")
    func portuguese() throws {
        let sectors = try table("by-sector", language: .portuguese)
        #expect(sectors.header == ["Setor", "Participantes únicos"])
        #expect(sectors.rows.first == ["Governo", "60"])
        #expect(try table("summary", language: .portuguese).rows.last == ["Registros de origem", "1530"])
    }
}
