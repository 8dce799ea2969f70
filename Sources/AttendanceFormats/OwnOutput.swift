import AttendanceModel
/// A CSV file attendance writes itself, recognised by its header row so that it is never read
/// back as an export.
///
/// Its outputs hold pseudonymous ids, counts and masked data, not the names of a list: read as a
/// generic list, `export attendances` would give a person per row. The header rows defined here
/// are the ones the writers write (`AuditExport`, `PeopleExport`,
/// `YearlyReport/statisticsTables(language:smallCellThreshold:)` and the review sheet), so a
/// writer and its recognition cannot drift apart.
public enum OwnOutput: Sendable, Hashable {
    /// `export attendances`: one row per record read.
    case attendances
    /// `export people`: one row per person, pseudonymised.
    case people
    /// A table of the statistics export, written by `export` (one file per table) and by
    /// `report` as CSV (every table in one file, each after a `# name` line).
    case statistics(StatisticsTableName)
    /// The sheet of review questions written by `review`, to be given back with answers.
    case reviewSheet

    /// The header row of `export attendances`.
    package static let attendancesHeader = [
        "event_id", "source_file", "source_line", "person_id", "role", "kind", "session", "attended", "minutes",
        "format",
    ]

    /// The header row of `export people`.
    package static let peopleHeader = [
        "person_id", "sector", "government_level", "government_code", "government", "uf", "region", "events",
        "completions", "records",
    ]

    /// The header row of the review sheet, in English.
    package static let reviewSheetHeader = [
        "question", "rank", "can_change", "person_a", "person_b", "score", "evidence_for", "evidence_against",
        "records_a", "records_b", "decision", "note",
    ]

    /// The header row of the review sheet, in Portuguese (same columns, same order).
    package static let reviewSheetHeaderPortuguese = [
        "pergunta", "ordem", "pode_mudar", "pessoa_a", "pessoa_b", "pontuacao", "a_favor", "contra",
        "registros_a", "registros_b", "decisao", "observacao",
    ]

    /// The columns a statistics table begins with in a report's wording; `events` follows them
    /// with a column per sector and per region that occur.
    package static func header(of table: StatisticsTableName, in words: ReportPhrases) -> [String] {
        switch table {
        case .summary, .certification: [words.figure, words.value]
        case .events:
            [
                words.eventID, words.dates, words.event, words.kind, words.sessions, words.participants,
                words.headcount, words.registrants, words.noShows, words.governments, words.staff,
            ]
        case .sessions: [words.eventID, words.event, words.date, words.participants]
        case .byRegion: [words.region, words.uniqueParticipants]
        case .bySector: [words.sector, words.uniqueParticipants]
        case .byUF: [words.uf, words.uniqueParticipants]
        case .eventsPerPerson: [words.eventsAttended, words.people]
        case .courses:
            [
                words.courseID, words.course, words.completions, words.completers, words.publicServants,
                words.enrolmentsNotCompleted, words.completersAtEvents, words.certifiedWithCompleters,
                words.certifiedWithoutCompleters,
            ]
        case .courseCompletionsByMonth: [words.courseID, words.month, words.completers]
        case .totals: [words.statisticsTable, words.column, words.total]
        }
    }

    /// The commands that write this output, as a user would type them.
    package var commands: [String] {
        switch self {
        case .attendances: ["attendance export attendances"]
        case .people: ["attendance export people"]
        case .statistics: ["attendance export", "attendance report"]
        case .reviewSheet: ["attendance review"]
        }
    }

    /// What the output is, for messages: `the statistics table 'events'`.
    ///
    /// Tables with the same header row (`summary` and `certification`) cannot be told apart by
    /// it: both are named.
    package var summary: String {
        switch self {
        case .attendances: return "the list of records read, with pseudonymous person ids"
        case .people: return "the list of pseudonymous people"
        case .statistics(let table):
            let words = ReportLanguage.english.phrases
            let alike = StatisticsTableName.allCases.filter {
                Self.header(of: $0, in: words) == Self.header(of: table, in: words)
            }
            return "the statistics table " + alike.map { "'\($0.rawValue)'" }.joined(separator: " or ")
        case .reviewSheet: return "the sheet of review questions"
        }
    }

    /// Each output's header as keys (``HeaderKey/compact``), in every report language, and
    /// whether a row may go on with more columns (the statistics `events` table).
    private static let signatures: [(output: OwnOutput, keys: [String], isPrefix: Bool)] = {
        func keys(_ header: [String]) -> [String] { header.map { HeaderKey($0).compact } }
        var signatures: [(OwnOutput, [String], Bool)] = [
            (.attendances, keys(attendancesHeader), false),
            (.people, keys(peopleHeader), false),
            (.reviewSheet, keys(reviewSheetHeader), false),
            (.reviewSheet, keys(reviewSheetHeaderPortuguese), false),
        ]
        for language in ReportLanguage.allCases {
            for table in StatisticsTableName.allCases {
                signatures.append(
                    (.statistics(table), keys(header(of: table, in: language.phrases)), table == .events))
            }
        }
        return signatures
    }()

    /// The output whose header row `row` is, if any: the same headers in the same order (case,
    /// accents and spacing aside), and no other non-empty cell but the `events` table's own.
    static func written(by row: SourceRow) -> OwnOutput? {
        var cells = row.fields.map { HeaderKey($0).compact }
        while cells.last?.isEmpty == true { cells.removeLast() }
        for (output, keys, isPrefix) in signatures {
            guard cells.count == keys.count || (isPrefix && cells.count > keys.count) else { continue }
            if Array(cells.prefix(keys.count)) == keys { return output }
        }
        return nil
    }
}
