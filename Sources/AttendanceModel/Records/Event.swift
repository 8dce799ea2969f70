/// One event of the programme's catalog (`events.csv`).
public struct Event: Sendable, Hashable, Codable, Identifiable {
    /// The event's id, also the name of the folder that holds its exports.
    public var id: String
    /// The programme year the event counts towards.
    public var year: Int
    /// Webinar, workshop, course…: what the figures count it as.
    public var kind: EventKind
    /// The title in Portuguese.
    public var titlePT: String
    /// The title in English.
    public var titleEN: String
    /// Session days in order; for a course, the first and last day of its period.
    public var dates: [Day]
    /// Minutes a person must be present in a session to count as attending it.
    public var minMinutes: Int?
    /// For an event known only by a headcount (no name list).
    public var headcount: Int?

    /// Creates an event as the catalog (`events.csv`) lists it.
    public init(
        id: String, year: Int, kind: EventKind, titlePT: String = "", titleEN: String = "", dates: [Day],
        minMinutes: Int? = nil, headcount: Int? = nil
    ) {
        self.id = id
        self.year = year
        self.kind = kind
        self.titlePT = titlePT
        self.titleEN = titleEN
        self.dates = dates
        self.minMinutes = minMinutes
        self.headcount = headcount
    }

    /// The number of sessions: one per date, one for a course.
    package var sessionCount: Int { kind.isCourse ? 1 : max(dates.count, 1) }
}
