/// The tables of the statistics export, in the order they are written; raw values are the file stems.
public enum StatisticsTableName: String, Sendable, CaseIterable {
    case summary
    case events
    case sessions
    case byRegion = "by-region"
    case bySector = "by-sector"
    case byUF = "by-uf"
    case eventsPerPerson = "events-per-person"
    case courses
    case courseCompletionsByMonth = "course-completions-by-month"
    case certification
}
