/// Everything the programme publishes about one year: aggregates only, no personal data.
///
/// Encoded as JSON it is the object `attendance report --format json` prints; the field names
/// follow the acceptance contract (`participations`, `uniqueParticipants`, `events`, `courses`).
public struct YearlyReport: Sendable, Hashable, Codable {
    public var year: Int
    /// The sum of the events' participants (courses excluded): the report's "total participants".
    public var participations: Int
    /// Distinct identified persons who took part in any event of the year.
    public var uniqueParticipants: Int
    /// When some events are known only by a headcount: the fewest and most distinct people possible.
    public var uniqueParticipantsRange: CountRange?
    public var events: [EventTotals]
    public var courses: [CourseTotals]
    public var eventsByKind: [String: Int]
    /// Unique participants by sector, macro-region and UF (unknown ones under `unknown`).
    public var bySector: [String: Int]
    public var byRegion: [String: Int]
    public var byUF: [String: Int]
    public var regionsReached: [String]
    /// Distinct governments (level + IBGE code) with a participant at any event.
    public var governmentsReached: Int
    /// How many people came to 1, 2, 3… events.
    public var eventsPerPerson: [String: Int]
    /// People who came to two events or more.
    public var returningParticipants: Int
    public var certification: CertificationTotals
    /// What the figures were computed from.
    public var sources: SourceTotals
    /// Distinct persons who completed any course of the year (a person in two courses counts once);
    /// `nil` in reports written before the figure existed.
    public var uniqueCompleters: Int? = nil
}

/// An inclusive range of counts.
public struct CountRange: Sendable, Hashable, Codable {
    public var low: Int
    public var high: Int

    package init(low: Int, high: Int) {
        self.low = low
        self.high = high
    }
}

/// The figures of one event.
public struct EventTotals: Sendable, Hashable, Codable {
    public var id: String
    public var kind: String
    public var titlePT: String
    public var titleEN: String
    public var dates: [String]
    public var sessions: Int
    /// Distinct persons who attended at least one session (or the headcount for a headcount-only event).
    public var participants: Int
    /// Distinct persons on the registration data; `nil` when the event has none.
    public var registrants: Int?
    /// Registrants who attended no session; `nil` without registration data.
    public var noShows: Int?
    /// Distinct governments of the participants.
    public var governments: Int
    /// Participants per session, in date order.
    public var perSession: [SessionTotals]
    public var bySector: [String: Int]
    public var byRegion: [String: Int]
    /// Set for an event known only by a headcount.
    public var headcount: Int?
    /// Staff (hosts, panelists, organizers…) recorded but not counted.
    public var staff: Int
}

/// Attendance of one session.
public struct SessionTotals: Sendable, Hashable, Codable {
    public var date: String
    public var participants: Int
}

/// The figures of one course.
public struct CourseTotals: Sendable, Hashable, Codable {
    public var id: String
    public var titlePT: String
    public var titleEN: String
    /// Completion records.
    public var completions: Int
    /// Distinct persons who completed.
    public var completers: Int
    /// Distinct completers known to be public servants; `nil` when the exports do not say.
    public var publicServants: Int?
    /// Enrolment records that are not completions.
    public var enrolmentsNotCompleted: Int
    public var completersByYear: [String: Int]
    /// Completers by the month of their first completion, `YYYY-MM`.
    public var completersByMonth: [String: Int]
    /// Certified governments of the course's year with at least one completer, by display name.
    public var certifiedGovernmentsWithCompleters: [String]
    /// Certified governments of the course's year with no completer (the course is mandatory for certification).
    public var certifiedGovernmentsWithoutCompleters: [String]
    /// Completers who also took part in an event of the year.
    public var completersAtEvents: Int
}

/// Certification figures of one year.
public struct CertificationTotals: Sendable, Hashable, Codable {
    public var governments: Int
    public var municipalities: Int
    public var states: Int
    /// Governments also certified the year before.
    public var alsoCertifiedYearBefore: Int
    public var regions: [String]
    public var byRegion: [String: Int]
    /// Certified governments with at least one participant at an event of the year.
    public var withParticipants: Int
}

/// How much data the figures rest on.
public struct SourceTotals: Sendable, Hashable, Codable {
    public var files: Int
    public var records: Int
    public var recordsWithoutPerson: Int
}
