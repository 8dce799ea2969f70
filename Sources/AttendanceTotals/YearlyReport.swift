/// Everything the programme publishes about one year: aggregates only, no personal data.
///
/// Encoded as JSON it is the object `attendance report --format json` prints; the field names
/// follow the acceptance contract (`participations`, `uniqueParticipants`, `events`, `courses`).
public struct YearlyReport: Sendable, Hashable, Codable {
    /// The programme year the figures are of.
    public var year: Int
    /// The sum of the events' participants (courses excluded): the report's "total participants".
    public var participations: Int
    /// Distinct identified persons who took part in any event of the year.
    public var uniqueParticipants: Int
    /// When some events are known only by a headcount: the fewest and most distinct people possible.
    public var uniqueParticipantsRange: CountRange?
    /// The year's events (courses excluded), in the catalog's order.
    public var events: [EventTotals]
    /// The year's courses.
    public var courses: [CourseTotals]
    /// How many events of each kind (`webinar`, `workshop`…) the year had.
    public var eventsByKind: [String: Int]
    /// Unique participants by sector, macro-region and UF (unknown ones under `unknown`).
    public var bySector: [String: Int]
    /// Unique participants by macro-region.
    public var byRegion: [String: Int]
    /// Unique participants by UF.
    public var byUF: [String: Int]
    /// The macro-regions with at least one participant, sorted.
    public var regionsReached: [String]
    /// Distinct governments (level + IBGE code) with a participant at any event.
    public var governmentsReached: Int
    /// How many people came to 1, 2, 3… events.
    public var eventsPerPerson: [String: Int]
    /// People who came to two events or more.
    public var returningParticipants: Int
    /// The year's certified governments.
    public var certification: CertificationTotals
    /// What the figures were computed from.
    public var sources: SourceTotals
    /// Distinct persons who completed any course of the year (a person in two courses counts once);
    /// `nil` in reports written before the figure existed.
    public var uniqueCompleters: Int? = nil
}

/// An inclusive range of counts.
public struct CountRange: Sendable, Hashable, Codable {
    /// The smallest count the data allow.
    public var low: Int
    /// The largest count the data allow.
    public var high: Int

    package init(low: Int, high: Int) {
        self.low = low
        self.high = high
    }
}

/// The figures of one event.
public struct EventTotals: Sendable, Hashable, Codable {
    public var id: String
    /// The event's kind, as the catalog writes it (`webinar`, `workshop`…).
    public var kind: String
    /// The title in Portuguese.
    public var titlePT: String
    /// The title in English.
    public var titleEN: String
    /// The event's dates, `YYYY-MM-DD`, as the catalog lists them.
    public var dates: [String]
    /// How many sessions (dates) the event had.
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
    /// Participants by sector (unknown ones under `unknown`).
    public var bySector: [String: Int]
    /// Participants by macro-region (unknown ones under `unknown`).
    public var byRegion: [String: Int]
    /// Set for an event known only by a headcount.
    public var headcount: Int?
    /// Staff (hosts, panelists, organizers…) recorded but not counted.
    public var staff: Int
}

/// Attendance of one session.
public struct SessionTotals: Sendable, Hashable, Codable {
    /// The session's date, `YYYY-MM-DD`.
    public var date: String
    /// Distinct persons counted at the session.
    public var participants: Int
}

/// The figures of one course.
public struct CourseTotals: Sendable, Hashable, Codable {
    public var id: String
    /// The title in Portuguese.
    public var titlePT: String
    /// The title in English.
    public var titleEN: String
    /// Completion records.
    public var completions: Int
    /// Distinct persons who completed.
    public var completers: Int
    /// Distinct completers known to be public servants; `nil` when the exports do not say.
    public var publicServants: Int?
    /// Enrolment records that are not completions.
    public var enrolmentsNotCompleted: Int
    /// Completers by the year of their first completion.
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
    /// Governments certified in the year.
    public var governments: Int
    /// Of them, municipal governments.
    public var municipalities: Int
    /// Of them, state governments.
    public var states: Int
    /// Governments also certified the year before.
    public var alsoCertifiedYearBefore: Int
    /// The macro-regions of the certified governments, sorted.
    public var regions: [String]
    /// Certified governments by macro-region.
    public var byRegion: [String: Int]
    /// Certified governments with at least one participant at an event of the year.
    public var withParticipants: Int
}

/// How much data the figures rest on.
public struct SourceTotals: Sendable, Hashable, Codable {
    /// Files imported for the year's events.
    public var files: Int
    /// Records read from them.
    public var records: Int
    /// Records no person could be given (no name, nothing to identify).
    public var recordsWithoutPerson: Int
}
