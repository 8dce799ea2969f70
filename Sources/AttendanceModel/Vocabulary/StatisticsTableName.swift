/// The tables of the statistics export, in the order they are written; raw values are the file stems.
///
/// Their header rows are defined by `OwnOutput`, which also recognises them when one is given to import.
public enum StatisticsTableName: String, Sendable, CaseIterable {
    /// The year's headline figures.
    case summary
    /// One row per event, with its participants by sector and by region.
    case events
    /// One row per session.
    case sessions
    /// Unique participants by region.
    case byRegion = "by-region"
    /// Unique participants by sector.
    case bySector = "by-sector"
    /// Unique participants by state.
    case byUF = "by-uf"
    /// People by the number of events they attended.
    case eventsPerPerson = "events-per-person"
    /// One row per course.
    case courses
    /// Course completers by month of completion.
    case courseCompletionsByMonth = "course-completions-by-month"
    /// The certification figures (the same header row as ``summary``).
    case certification
    /// The sums of the data tables' columns (participations, unique participants…), kept out of
    /// the data tables so that a data tool adding up a column counts every row once.
    case totals
}
