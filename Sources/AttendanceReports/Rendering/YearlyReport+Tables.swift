import AttendanceFormats
import AttendanceModel
import AttendanceTotals

/// One table of the statistics export: a header row and data rows of text, ready for a CSV writer.
public struct StatisticsTable: Sendable, Hashable {
    /// The file stem the table is written to, such as `events` or `by-region`.
    public var name: String
    /// The column headings, in the report's language.
    public var header: [String]
    /// The data rows, each as long as ``header``.
    public var rows: [[String]]

    /// Creates a table.
    package init(name: String, header: [String], rows: [[String]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

extension YearlyReport {
    /// The report as the tables of the statistics export, one per CSV file.
    ///
    /// Each table's header row begins with `OwnOutput`'s columns for it, by which an import
    /// recognises and refuses the file.
    ///
    /// Tables, in this order: `summary` (headline figures), `events` (one row per event, with its
    /// participants by sector and by region), `sessions`, `by-region`, `by-sector`, `by-uf`,
    /// `events-per-person`, `courses`, `course-completions-by-month`, `certification` and `totals`.
    /// The data tables are tidy: one row per thing counted and no TOTAL rows, so a data tool that
    /// adds up a column counts every row once; the sums are in `totals` (table, column, total).
    /// Headers, labels (event kinds, sectors, `unknown`) and dates follow `language`
    /// (`2021-02-25`, `25/02/2021`; months `2021-02`, `02/2021`); IDs and UF codes are not
    /// translated. Numbers are plain digits without grouping in both languages: integers need no
    /// decimal separator, so every spreadsheet locale (Excel in Portuguese included) and every
    /// script reads them as numbers. A figure the data does not provide is an empty cell.
    ///
    /// Small-cell suppression: with `smallCellThreshold` set to `t` (2 or more), every count of
    /// people from 1 to `t - 1` is written `<t`, and counts that would let one be worked out from a
    /// total are written `X` (see the privacy notes of the README). 0 stays 0.
    ///
    /// - Parameters:
    ///   - language: The language of headers, labels and dates.
    ///   - smallCellThreshold: The smallest count published as is; `nil` (or less than 2) suppresses nothing.
    public func statisticsTables(language: ReportLanguage = .english, smallCellThreshold: Int? = nil)
        -> [StatisticsTable]
    {
        statisticsTables(language: language, published: PublishedReport(self, threshold: smallCellThreshold))
    }

    /// The statistics tables of ``statisticsTables(language:smallCellThreshold:)`` from a decided publication.
    func statisticsTables(language: ReportLanguage, published: PublishedReport) -> [StatisticsTable] {
        let words = language.phrases
        let count = { (cell: PublishedReport.Cell) in published.text(cell) }
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
            [words.participations, count(.participations)],
            [words.uniqueParticipants, count(.uniqueParticipants)],
        ]
        if uniqueParticipantsRange != nil {
            summary += [
                [words.uniqueParticipantsLow, count(.uniqueParticipantsLow)],
                [words.uniqueParticipantsHigh, count(.uniqueParticipantsHigh)],
            ]
        }
        summary += [
            [words.eventCount, String(events.count)],
            [words.sessions, String(totalSessions)],
            [words.governmentsReached, String(governmentsReached)],
            [words.regionsReached, String(regionsReached.count)],
            [words.returningParticipants, count(.returningParticipants)],
            [words.courseCompleters, count(.uniqueCompleters)],
            [words.certifiedGovernments, String(certification.governments)],
            [words.sourceFiles, String(sources.files)],
            [words.sourceRecords, String(sources.records)],
        ]

        func header(_ table: StatisticsTableName) -> [String] { OwnOutput.header(of: table, in: words) }
        func table(_ name: StatisticsTableName, _ rows: [[String]]) -> StatisticsTable {
            StatisticsTable(name: name.rawValue, header: header(name), rows: rows)
        }
        let eventsTable = StatisticsTable(
            name: StatisticsTableName.events.rawValue,
            header: header(.events)
                + sectorKeys.map { "\(words.sector): \(language.label(forSector: $0))" }
                + regionKeys.map { "\(words.region): \(language.label(forRegion: $0))" },
            rows: events.enumerated().map { index, event in
                let figures: [String] = [
                    event.id, event.dates.map { language.writtenDay($0) }.joined(separator: " "),
                    event.title(in: language), language.label(forKind: event.kind), String(event.sessions),
                    count(.eventParticipants(index)), event.headcount == nil ? "" : count(.eventHeadcount(index)),
                    event.registrants == nil ? "" : count(.eventRegistrants(index)),
                    event.noShows == nil ? "" : count(.eventNoShows(index)), String(event.governments),
                    count(.eventStaff(index)),
                ]
                let sectors: [String] = sectorKeys.map { count(.eventSector(index, $0)) }
                let regions: [String] = regionKeys.map { count(.eventRegion(index, $0)) }
                return figures + sectors + regions
            })

        let sessions = table(
            .sessions,
            events.enumerated().flatMap { index, event in
                event.perSession.enumerated().map { session, totals in
                    [
                        event.id, event.title(in: language), language.writtenDay(totals.date),
                        count(.session(index, session)),
                    ]
                }
            })

        let courseTable = table(
            .courses,
            courses.enumerated().map { index, course in
                [
                    course.id, course.title(in: language), count(.courseCompletions(index)),
                    count(.courseCompleters(index)),
                    course.publicServants == nil ? "" : count(.coursePublicServants(index)),
                    count(.courseNotCompleted(index)), count(.courseAtEvents(index)),
                    String(course.certifiedGovernmentsWithCompleters.count),
                    String(course.certifiedGovernmentsWithoutCompleters.count),
                ]
            })

        let months = table(
            .courseCompletionsByMonth,
            courses.enumerated().flatMap { index, course in
                Self.monthRows(course.completersByMonth).map {
                    [course.id, language.writtenMonth($0.key), count(.courseMonth(index, $0.key))]
                }
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

        func breakdown(
            _ name: StatisticsTableName, _ rows: [(key: String, count: Int)], cell: (String) -> PublishedReport.Cell,
            label: (String) -> String
        ) -> StatisticsTable {
            table(name, rows.map { [label($0.key), count(cell($0.key))] })
        }

        var totals: [[String]] = [
            [StatisticsTableName.events.rawValue, words.participants, count(.participations)],
            [StatisticsTableName.events.rawValue, words.sessions, String(totalSessions)],
        ]
        if totalRegistrants != nil {
            totals.append([StatisticsTableName.events.rawValue, words.registrants, count(.totalRegistrants)])
        }
        if totalNoShows != nil {
            totals.append([StatisticsTableName.events.rawValue, words.noShows, count(.totalNoShows)])
        }
        for name in [StatisticsTableName.byRegion, .bySector, .byUF] {
            totals.append([name.rawValue, words.uniqueParticipants, count(.uniqueParticipants)])
        }
        totals.append([StatisticsTableName.eventsPerPerson.rawValue, words.people, count(.uniqueParticipants)])

        return [
            table(.summary, summary),
            eventsTable,
            sessions,
            breakdown(
                .byRegion, Self.breakdownRows(byRegion, order: Self.regionOrder, includeUnknown: true),
                cell: { .region($0) }, label: language.label(forRegion:)),
            breakdown(
                .bySector, Self.breakdownRows(bySector, order: Self.sectorOrder, includeUnknown: true),
                cell: { .sector($0) }, label: language.label(forSector:)),
            breakdown(.byUF, Self.ufRows(byUF), cell: { .uf($0) }, label: language.label(forUF:)),
            breakdown(
                .eventsPerPerson, Self.eventsPerPersonRows(eventsPerPerson), cell: { .eventsPerPerson($0) },
                label: { $0 }),
            courseTable,
            months,
            table(.certification, certificationRows),
            table(.totals, totals),
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
