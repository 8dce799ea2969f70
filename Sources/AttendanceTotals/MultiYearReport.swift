/// Several programme years side by side, and what links them: people who came back, governments
/// certified again.
///
/// Encoded as JSON it is the object `attendance report --years` prints. Aggregates only.
public struct MultiYearReport: Sendable, Hashable, Codable {
    /// The headline figures of each year, oldest first.
    public var years: [YearFigures]
    /// Distinct persons who took part in an event in at least one of the years.
    public var participantsInAnyYear: Int
    /// Distinct persons who took part in events in two or more of the years.
    public var returningParticipants: Int
    /// Distinct governments certified in at least one of the years.
    public var certifiedInAnyYear: Int
    /// Distinct governments certified in two or more of the years.
    public var recertifiedGovernments: Int

    /// Creates a report from its figures.
    package init(
        years: [YearFigures], participantsInAnyYear: Int, returningParticipants: Int, certifiedInAnyYear: Int,
        recertifiedGovernments: Int
    ) {
        self.years = years
        self.participantsInAnyYear = participantsInAnyYear
        self.returningParticipants = returningParticipants
        self.certifiedInAnyYear = certifiedInAnyYear
        self.recertifiedGovernments = recertifiedGovernments
    }
}

/// The headline figures of one year, as its ``YearlyReport`` gives them.
public struct YearFigures: Sendable, Hashable, Codable {
    /// The programme year.
    public var year: Int
    /// The sum of the events' participants (``YearlyReport/participations``).
    public var participations: Int
    /// Distinct persons at any event of the year.
    public var uniqueParticipants: Int
    /// Events, courses excluded.
    public var events: Int
    /// Sessions of those events.
    public var sessions: Int
    /// Distinct governments with a participant.
    public var governmentsReached: Int
    /// People who came to two events or more of the year.
    public var returningWithinYear: Int
    /// Completers of the year's courses, summed over the courses (as ``YearlyReport`` shows them).
    public var courseCompleters: Int
    /// Governments certified that year.
    public var certifiedGovernments: Int

    /// The headline figures of `report`.
    package init(_ report: YearlyReport) {
        year = report.year
        participations = report.participations
        uniqueParticipants = report.uniqueParticipants
        events = report.events.count
        sessions = report.events.reduce(0) { $0 + $1.sessions }
        governmentsReached = report.governmentsReached
        returningWithinYear = report.returningParticipants
        courseCompleters = report.courses.reduce(0) { $0 + $1.completers }
        certifiedGovernments = report.certification.governments
    }
}
