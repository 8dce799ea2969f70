/// One table of the statistics export: a header row and data rows of text, ready for a CSV writer.
public struct StatisticsTable: Sendable, Hashable {
    /// The file stem the table is written to, such as `events` or `by-region`.
    public var name: String
    /// The column headings, in the report's language.
    public var header: [String]
    /// The data rows, each as long as ``header``.
    public var rows: [[String]]

    /// Creates a table.
    public init(name: String, header: [String], rows: [[String]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

extension YearlyReport {
    /// The report as the tables of the statistics export, one per CSV file.
    ///
    /// Each table's header row begins with ``OwnOutput``'s columns for it, by which an import
    /// recognises and refuses the file.
    ///
    /// Tables, in this order: `summary` (headline figures), `events` (one row per event, with its
    /// participants by sector and by region), `sessions`, `by-region`, `by-sector`, `by-uf`,
    /// `events-per-person`, `courses`, `course-completions-by-month` and `certification`.
    /// Headers and labels (event kinds, sectors, `unknown`) are in `language`; IDs, UF codes, dates
    /// (`YYYY-MM-DD`) and months (`YYYY-MM`) are not translated. Numbers are plain digits without
    /// grouping, so spreadsheets read them in any locale; a figure the data does not provide is an
    /// empty cell. Breakdown tables end with a TOTAL row.
    ///
    /// Small-cell suppression: with `smallCellThreshold` set to `t` (2 or more), each breakdown
    /// count from 1 to `t - 1` is written as `<t` (`3` becomes `<5`); 0 and counts of `t` or more
    /// are written as they are. Breakdown counts are the cells of `by-region`, `by-sector`, `by-uf`,
    /// `events-per-person` and the per-event sector and region columns of `events`. Totals, TOTAL
    /// rows, headline figures, per-event and per-session participants, course and certification
    /// figures are never suppressed. This is primary suppression only: where a table has a single
    /// suppressed cell, it can be worked out from the TOTAL row.
    ///
    /// - Parameters:
    ///   - language: The language of headers and labels.
    ///   - smallCellThreshold: The smallest count published as is; `nil` (or less than 2) suppresses nothing.
    public func statisticsTables(language: ReportLanguage = .english, smallCellThreshold: Int? = nil)
        -> [StatisticsTable]
    {
        let words = language.phrases
        let small = SmallCells(threshold: smallCellThreshold)
        let sectorKeys = Self.breakdownRows(
            bySector.merging(events.map(\.bySector)), order: Self.sectorOrder,
            includeUnknown: true
        ).map(\.key)
        let regionKeys = Self.breakdownRows(
            byRegion.merging(events.map(\.byRegion)), order: Self.regionOrder,
            includeUnknown: true
        ).map(\.key)

        var summary: [[String]] = [
            [words.year, String(year)],
            [words.participations, String(participations)],
            [words.uniqueParticipants, String(uniqueParticipants)],
        ]
        if let range = uniqueParticipantsRange {
            summary += [
                [words.uniqueParticipantsLow, String(range.low)], [words.uniqueParticipantsHigh, String(range.high)],
            ]
        }
        summary += [
            [words.eventCount, String(events.count)],
            [words.sessions, String(totalSessions)],
            [words.governmentsReached, String(governmentsReached)],
            [words.regionsReached, String(regionsReached.count)],
            [words.returningParticipants, String(returningParticipants)],
            [words.courseCompleters, String(totalCompleters)],
            [words.certifiedGovernments, String(certification.governments)],
            [words.sourceFiles, String(sources.files)],
            [words.sourceRecords, String(sources.records)],
        ]

        func header(_ table: StatisticsTableName) -> [String] { OwnOutput.header(of: table, in: words) }
        let eventsTable = StatisticsTable(
            name: StatisticsTableName.events.rawValue,
            header: header(.events)
                + sectorKeys.map { "\(words.sector): \(language.label(forSector: $0))" }
                + regionKeys.map { "\(words.region): \(language.label(forRegion: $0))" },
            rows: events.map { event in
                let figures: [String] = [
                    event.id, event.dates.joined(separator: " "), event.title(in: language),
                    language.label(forKind: event.kind), String(event.sessions), String(event.participants),
                    event.headcount.map(String.init) ?? "", event.registrants.map(String.init) ?? "",
                    event.noShows.map(String.init) ?? "", String(event.governments), String(event.staff),
                ]
                let sectors: [String] = sectorKeys.map { small.cell(event.bySector[$0] ?? 0) }
                let regions: [String] = regionKeys.map { small.cell(event.byRegion[$0] ?? 0) }
                return figures + sectors + regions
            })

        let sessions = StatisticsTable(
            name: StatisticsTableName.sessions.rawValue, header: header(.sessions),
            rows: events.flatMap { event in
                event.perSession.map { [event.id, event.title(in: language), $0.date, String($0.participants)] }
            })

        let courseTable = StatisticsTable(
            name: StatisticsTableName.courses.rawValue, header: header(.courses),
            rows: courses.map { course in
                [
                    course.id, course.title(in: language), String(course.completions), String(course.completers),
                    course.publicServants.map(String.init) ?? "", String(course.enrolmentsNotCompleted),
                    String(course.completersAtEvents), String(course.certifiedGovernmentsWithCompleters.count),
                    String(course.certifiedGovernmentsWithoutCompleters.count),
                ]
            })

        let months = StatisticsTable(
            name: StatisticsTableName.courseCompletionsByMonth.rawValue, header: header(.courseCompletionsByMonth),
            rows: courses.flatMap { course in
                Self.monthRows(course.completersByMonth).map { [course.id, $0.key, String($0.count)] }
            })

        var certificationRows: [[String]] = [
            [words.certifiedGovernments, String(certification.governments)],
            [words.municipalities, String(certification.municipalities)],
            [words.states, String(certification.states)],
            [words.alsoCertifiedYearBefore, String(certification.alsoCertifiedYearBefore)],
            [words.certifiedWithParticipants, String(certification.withParticipants)],
            [words.certifiedRegions, String(certification.regions.count)],
        ]
        certificationRows += Self.breakdownRows(certification.byRegion, order: Self.regionOrder, includeUnknown: false)
            .map { ["\(words.certifiedGovernments): \(language.label(forRegion: $0.key))", String($0.count)] }

        return [
            StatisticsTable(name: StatisticsTableName.summary.rawValue, header: header(.summary), rows: summary),
            eventsTable,
            sessions,
            small.breakdown(
                StatisticsTableName.byRegion.rawValue, header: header(.byRegion),
                rows: Self.breakdownRows(byRegion, order: Self.regionOrder, includeUnknown: true),
                label: language.label(forRegion:), total: words.total),
            small.breakdown(
                StatisticsTableName.bySector.rawValue, header: header(.bySector),
                rows: Self.breakdownRows(bySector, order: Self.sectorOrder, includeUnknown: true),
                label: language.label(forSector:), total: words.total),
            small.breakdown(
                StatisticsTableName.byUF.rawValue, header: header(.byUF), rows: Self.ufRows(byUF),
                label: language.label(forUF:), total: words.total),
            small.breakdown(
                StatisticsTableName.eventsPerPerson.rawValue, header: header(.eventsPerPerson),
                rows: Self.eventsPerPersonRows(eventsPerPerson), label: { $0 }, total: words.total),
            courseTable,
            months,
            StatisticsTable(
                name: StatisticsTableName.certification.rawValue, header: header(.certification),
                rows: certificationRows),
        ]
    }
}

extension Dictionary where Key == String, Value == Int {
    /// The keys of `self` and of `others` with zero counts: used only to list every column that occurs.
    fileprivate func merging(_ others: [[String: Int]]) -> [String: Int] {
        others.reduce(into: self) { result, other in
            for key in other.keys where result[key] == nil { result[key] = 0 }
        }
    }
}
