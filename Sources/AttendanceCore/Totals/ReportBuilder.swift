/// A certified government resolved to its level and IBGE code.
public struct ResolvedGovernment: Sendable, Hashable {
    /// `level:code`, the same key as ``PersonAttributes/governmentKey``.
    public var key: String
    /// `Curitiba/PR` or `Paraná/PR`.
    public var displayName: String
    public var region: String?

    public init(key: String, displayName: String, region: String?) {
        self.key = key
        self.displayName = displayName
        self.region = region
    }
}

/// What a yearly report is computed from.
public struct ReportInput: Sendable {
    public var year: Int
    /// The catalog (every year: certifications and courses look at neighbours).
    public var events: [Event]
    /// The counting side of the year's records.
    public var records: [CountingRecord]
    public var people: [String: PersonAttributes]
    /// Certifications of every year.
    public var certifications: [Certification]
    /// Resolves a certified government to its key; `nil` when it cannot be found.
    public var resolve: @Sendable (Certification) -> ResolvedGovernment?
    public var fileCount: Int

    public init(year: Int, events: [Event], records: [CountingRecord], people: [String: PersonAttributes],
                certifications: [Certification], resolve: @escaping @Sendable (Certification) -> ResolvedGovernment?,
                fileCount: Int) {
        self.year = year
        self.events = events
        self.records = records
        self.people = people
        self.certifications = certifications
        self.resolve = resolve
        self.fileCount = fileCount
    }
}

/// Computes a ``YearlyReport`` from stored records, following the counting rules of the contract.
public enum ReportBuilder {
    /// The label used for people whose sector, region or UF is not known.
    public static let unknown = "unknown"

    /// Builds the report of `input.year`.
    ///
    /// - A participant of an event is a distinct person with a participant-role attendance record
    ///   in at least one session; with `min_minutes` set and times known, the minutes of all the
    ///   person's records in a session are added up and must reach it.
    /// - Registrants are the distinct persons on registration records (`nil` without any).
    /// - Participations add up the events' participants; a headcount-only event adds its headcount.
    public static func build(_ input: ReportInput) -> YearlyReport {
        let yearEvents = input.events.filter { $0.year == input.year }
        let byEvent = Dictionary(grouping: input.records, by: \.eventID)
        let certified = resolvedCertifications(input, year: input.year)

        var eventTotals: [EventTotals] = []
        var participantsOfEvent: [String: Set<String>] = [:]
        for event in yearEvents where !event.kind.isCourse {
            let (totals, participants) = eventFigures(event, records: byEvent[event.id] ?? [], people: input.people)
            eventTotals.append(totals)
            participantsOfEvent[event.id] = participants
        }
        let everyone = participantsOfEvent.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        let headcounts = eventTotals.compactMap { $0.headcount != nil && participantsOfEvent[$0.id]?.isEmpty == true ? $0.headcount : nil }
        let range = headcounts.isEmpty ? nil
            : CountRange(low: max(everyone.count, headcounts.max() ?? 0), high: everyone.count + headcounts.reduce(0, +))

        var eventsPerPerson: [String: Int] = [:]
        var countOfPerson: [String: Int] = [:]
        for participants in participantsOfEvent.values { for person in participants { countOfPerson[person, default: 0] += 1 } }
        for count in countOfPerson.values { eventsPerPerson[String(count), default: 0] += 1 }

        let attributes = everyone.map { input.people[$0] ?? PersonAttributes() }
        let governmentsOfParticipants = Set(attributes.compactMap(\.governmentKey))
        var courseTotals: [CourseTotals] = []
        for event in yearEvents where event.kind.isCourse {
            courseTotals.append(courseFigures(event, records: byEvent[event.id] ?? [], people: input.people,
                                              certified: certified, eventParticipants: everyone))
        }

        let regions = Set(attributes.compactMap(\.region)).sorted()
        return YearlyReport(
            year: input.year,
            participations: eventTotals.reduce(0) { $0 + $1.participants },
            uniqueParticipants: everyone.count,
            uniqueParticipantsRange: range,
            events: eventTotals,
            courses: courseTotals,
            eventsByKind: yearEvents.reduce(into: [:]) { $0[$1.kind.rawValue, default: 0] += 1 },
            bySector: tally(attributes.map { $0.sector ?? unknown }),
            byRegion: tally(attributes.map { $0.region ?? unknown }),
            byUF: tally(attributes.map { $0.uf ?? unknown }),
            regionsReached: regions,
            governmentsReached: governmentsOfParticipants.count,
            eventsPerPerson: eventsPerPerson,
            returningParticipants: countOfPerson.values.filter { $0 >= 2 }.count,
            certification: certificationFigures(input, certified: certified, participantGovernments: governmentsOfParticipants),
            sources: SourceTotals(files: input.fileCount, records: input.records.count,
                                  recordsWithoutPerson: input.records.filter { $0.personID == nil }.count))
    }

    /// The person a record counts for: its matched person, or the record itself before identity has run.
    static func person(of record: CountingRecord) -> String {
        record.personID ?? "record-\(record.id)"
    }

    static func eventFigures(_ event: Event, records: [CountingRecord], people: [String: PersonAttributes])
        -> (EventTotals, Set<String>)
    {
        // Minutes per (person, session); nil when no record of the stay says how long it was.
        var minutes: [String: [Day?: Int?]] = [:]
        var registrants = Set<String>()
        var staff = Set<String>()
        var hasRegistrationData = false
        for record in records {
            let person = person(of: record)
            if record.kind == .registration || record.isRegistered {
                hasRegistrationData = true
                registrants.insert(person)
            }
            guard record.kind == .attendance, record.attended != false else { continue }
            guard record.role.isParticipant else {
                staff.insert(person)
                continue
            }
            let session = record.session ?? event.dates.first
            let previous = minutes[person]?[session] ?? nil
            let total: Int? = switch (previous, record.minutes) {
            case (nil, nil): nil
            case (let a?, nil): a
            case (nil, let b?): b
            case (let a?, let b?): a + b
            }
            minutes[person, default: [:]][session] = .some(total)
        }
        var perSession: [Day?: Set<String>] = [:]
        for (person, sessions) in minutes {
            for (session, total) in sessions {
                if let threshold = event.minMinutes, let total, total < threshold { continue }
                perSession[session, default: []].insert(person)
            }
        }
        let participants = perSession.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        staff.subtract(participants)
        let attributes = participants.map { people[$0] ?? PersonAttributes() }
        let sessionDays = event.dates.isEmpty ? [Day?.none] : event.dates.map(Optional.some)
        var headcount: Int?
        var count = participants.count
        if let declared = event.headcount {
            headcount = declared
            if participants.isEmpty { count = declared }
        }
        let totals = EventTotals(
            id: event.id, kind: event.kind.rawValue, titlePT: event.titlePT, titleEN: event.titleEN,
            dates: event.dates.map(\.description), sessions: event.sessionCount, participants: count,
            registrants: hasRegistrationData ? registrants.count : nil,
            noShows: hasRegistrationData ? registrants.subtracting(participants).count : nil,
            governments: Set(attributes.compactMap(\.governmentKey)).count,
            perSession: sessionDays.map { day in
                SessionTotals(date: day?.description ?? "", participants: perSession[day]?.count ?? 0)
            },
            bySector: tally(attributes.map { $0.sector ?? unknown }),
            byRegion: tally(attributes.map { $0.region ?? unknown }),
            headcount: headcount, staff: staff.count)
        return (totals, participants)
    }

    static func courseFigures(_ event: Event, records: [CountingRecord], people: [String: PersonAttributes],
                              certified: [ResolvedGovernment], eventParticipants: Set<String>) -> CourseTotals {
        let completions = records.filter { $0.kind == .completion }
        var firstCompletion: [String: Day?] = [:]
        var servant: [String: Bool] = [:]
        var anyServantInformation = false
        for record in completions {
            let person = person(of: record)
            if let known = firstCompletion[person] {
                if let day = record.completionDate, known.map({ day < $0 }) ?? true { firstCompletion[person] = day }
            } else {
                firstCompletion[person] = record.completionDate
            }
            if let isServant = record.isPublicServant {
                anyServantInformation = true
                servant[person] = (servant[person] ?? false) || isServant
            }
        }
        let completers = Set(firstCompletion.keys)
        let completerGovernments = Set(completers.compactMap { people[$0]?.governmentKey })
        let enrolled = records.filter { $0.kind == .enrolment }.count
        return CourseTotals(
            id: event.id, titlePT: event.titlePT, titleEN: event.titleEN,
            completions: completions.count, completers: completers.count,
            publicServants: anyServantInformation ? servant.values.filter { $0 }.count : nil,
            enrolmentsNotCompleted: enrolled,
            completersByYear: tally(firstCompletion.values.compactMap { $0.map { String($0.year) } }),
            completersByMonth: tally(firstCompletion.values.compactMap { $0.map { String($0.description.prefix(7)) } }),
            certifiedGovernmentsWithCompleters: certified.filter { completerGovernments.contains($0.key) }
                .map(\.displayName).sorted(),
            certifiedGovernmentsWithoutCompleters: certified.filter { !completerGovernments.contains($0.key) }
                .map(\.displayName).sorted(),
            completersAtEvents: completers.intersection(eventParticipants).count)
    }

    static func resolvedCertifications(_ input: ReportInput, year: Int) -> [ResolvedGovernment] {
        var seen = Set<String>()
        return input.certifications.filter { $0.year == year }.compactMap(input.resolve).filter { seen.insert($0.key).inserted }
    }

    static func certificationFigures(_ input: ReportInput, certified: [ResolvedGovernment],
                                     participantGovernments: Set<String>) -> CertificationTotals {
        let thisYear = input.certifications.filter { $0.year == input.year }
        let lastYearKeys = Set(input.certifications.filter { $0.year == input.year - 1 }.compactMap(input.resolve).map(\.key))
        let regions = certified.compactMap(\.region)
        return CertificationTotals(
            governments: Set(thisYear.map { "\($0.level.rawValue):\($0.name.lowercased())/\($0.uf)" }).count,
            municipalities: Set(thisYear.filter { $0.level == .municipality }.map { "\($0.name)/\($0.uf)" }).count,
            states: Set(thisYear.filter { $0.level == .state }.map(\.uf)).count,
            alsoCertifiedYearBefore: certified.filter { lastYearKeys.contains($0.key) }.count,
            regions: Set(regions).sorted(),
            byRegion: tally(regions),
            withParticipants: certified.filter { participantGovernments.contains($0.key) }.count)
    }

    static func tally(_ values: [String]) -> [String: Int] {
        values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
