import AttendanceModel
import AttendanceStore
/// What a yearly report is computed from.
package struct ReportInput: Sendable {
    package var year: Int
    /// The catalog (every year: certifications and courses look at neighbours).
    package var events: [Event]
    /// The counting side of the year's records.
    package var records: [CountingRecord]
    package var people: [String: PersonAttributes]
    /// Certifications of every year.
    package var certifications: [Certification]
    /// Resolves a certified government to its key; `nil` when it cannot be found.
    package var resolve: @Sendable (Certification) -> ResolvedGovernment?
    package var fileCount: Int

    package init(
        year: Int, events: [Event], records: [CountingRecord], people: [String: PersonAttributes],
        certifications: [Certification], resolve: @escaping @Sendable (Certification) -> ResolvedGovernment?,
        fileCount: Int
    ) {
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
package enum ReportBuilder {
    /// The label used for people whose sector, region or UF is not known.
    package static let unknown = ReportLanguage.unknownKey

    /// Builds the report of `input.year`.
    ///
    /// - A participant of an event is a distinct person with a participant-role attendance record
    ///   in at least one session; with `min_minutes` set and times known, the minutes of all the
    ///   person's records in a session are added up and must reach it.
    /// - Registrants are the distinct persons on registration records (`nil` without any).
    /// - Participations add up the events' participants; a headcount-only event adds its headcount.
    package static func build(_ input: ReportInput) -> YearlyReport {
        let yearEvents = input.events.filter { $0.year == input.year }
        let people = PersonNumbers(input)
        var byEvent: [String: [Int]] = [:]
        var lastEvent: (id: String, indices: [Int])?
        for index in input.records.indices {
            // Records come file by file: one look-up per run of the same event.
            let eventID = input.records[index].eventID
            if lastEvent?.id != eventID {
                if let last = lastEvent { byEvent[last.id] = last.indices }
                lastEvent = (eventID, byEvent.removeValue(forKey: eventID) ?? [])
            }
            lastEvent?.indices.append(index)
        }
        if let last = lastEvent { byEvent[last.id] = last.indices }
        let certified = resolvedCertifications(input, year: input.year)

        var marks = EventMarks(count: people.count)
        var eventTotals: [EventTotals] = []
        var participantsOfEvent: [String: [Int32]] = [:]
        var eventsOfPerson = [Int32](repeating: 0, count: people.count)
        for event in yearEvents where !event.kind.isCourse {
            let (totals, participants) = eventFigures(
                event, records: byEvent[event.id] ?? [], input: input, people: people, marks: &marks)
            eventTotals.append(totals)
            participantsOfEvent[event.id] = participants
            for person in participants { eventsOfPerson[Int(person)] += 1 }
        }
        var everyone: [Int32] = []
        var isParticipant = [Bool](repeating: false, count: people.count)
        for (person, events) in eventsOfPerson.enumerated() where events > 0 {
            everyone.append(Int32(person))
            isParticipant[person] = true
        }
        let headcounts = eventTotals.compactMap {
            $0.headcount != nil && participantsOfEvent[$0.id]?.isEmpty == true ? $0.headcount : nil
        }
        let range =
            headcounts.isEmpty
            ? nil
            : CountRange(
                low: max(everyone.count, headcounts.max() ?? 0), high: everyone.count + headcounts.reduce(0, +))

        var eventsPerPerson: [String: Int] = [:]
        for events in eventsOfPerson where events > 0 { eventsPerPerson[String(events), default: 0] += 1 }

        let governmentsOfParticipants = Set(everyone.compactMap { people.governmentKey(of: $0) })
        var courseTotals: [CourseTotals] = []
        var anyCompleter = Set<Int32>()
        for event in yearEvents where event.kind.isCourse {
            for index in byEvent[event.id] ?? [] where input.records[index].kind == .completion {
                anyCompleter.insert(people.numberOfRecord[index])
            }
            courseTotals.append(
                courseFigures(
                    event, records: byEvent[event.id] ?? [], input: input, people: people,
                    certified: certified, isEventParticipant: isParticipant))
        }

        let regions = Set(everyone.compactMap { people.attributes[Int($0)]?.region }).sorted()
        return YearlyReport(
            year: input.year,
            participations: eventTotals.reduce(0) { $0 + $1.participants },
            uniqueParticipants: everyone.count,
            uniqueParticipantsRange: range,
            events: eventTotals,
            courses: courseTotals,
            eventsByKind: yearEvents.reduce(into: [:]) { $0[$1.kind.rawValue, default: 0] += 1 },
            bySector: people.tally(everyone, .sector),
            byRegion: people.tally(everyone, .region),
            byUF: people.tally(everyone, .uf),
            regionsReached: regions,
            governmentsReached: governmentsOfParticipants.count,
            eventsPerPerson: eventsPerPerson,
            returningParticipants: eventsOfPerson.filter { $0 >= 2 }.count,
            certification: certificationFigures(
                input, certified: certified, participantGovernments: governmentsOfParticipants),
            sources: SourceTotals(
                files: input.fileCount, records: input.records.count,
                recordsWithoutPerson: input.records.filter { $0.personID == nil }.count),
            uniqueCompleters: anyCompleter.count)
    }

    /// The person a record counts for: its matched person, or the record itself before identity has run.
    static func person(of record: CountingRecord) -> String {
        record.personID ?? "record-\(record.id)"
    }

    /// One event's figures and its participants (each once), from the indices of its records in `input.records`.
    static func eventFigures(
        _ event: Event, records: [Int], input: ReportInput, people: PersonNumbers,
        marks: inout EventMarks
    ) -> (EventTotals, [Int32]) {
        // Minutes per (person, session); nil when no record of the stay says how long it was.
        // Keyed by person number and the session's place in `sessions` (a handful of days).
        var sessions: [Day?] = []
        var minutes: [Int64: Int?] = [:]
        var registrants: [Int32] = []
        var staff: [Int32] = []
        var hasRegistrationData = false
        let registrantMark = marks.registrants.next()
        let staffMark = marks.staff.next()
        for index in records {
            // Fields are read in place: copying each record out (and retaining its strings) cost more than the counting.
            let person = people.numberOfRecord[index]
            let kind = input.records[index].kind
            if kind == .registration || input.records[index].isRegistered {
                hasRegistrationData = true
                if marks.registrants.set(person, registrantMark) { registrants.append(person) }
            }
            guard kind == .attendance, input.records[index].attended != false else { continue }
            guard input.records[index].role.isParticipant else {
                if marks.staff.set(person, staffMark) { staff.append(person) }
                continue
            }
            let session = input.records[index].session ?? event.dates.first
            let slot: Int
            if let found = sessions.firstIndex(of: session) {
                slot = found
            } else {
                slot = sessions.count
                sessions.append(session)
            }
            let key = Int64(person) << 32 | Int64(slot)
            let previous = minutes[key] ?? nil
            let total: Int? =
                switch (previous, input.records[index].minutes) {
                case (nil, nil): nil
                case (let a?, nil): a
                case (nil, let b?): b
                case (let a?, let b?): a + b
                }
            minutes[key] = .some(total)
        }
        var perSession = [Int](repeating: 0, count: sessions.count)
        var participants: [Int32] = []
        let participantMark = marks.participants.next()
        for (key, total) in minutes {
            if let threshold = event.minMinutes, let total, total < threshold { continue }
            let person = Int32(truncatingIfNeeded: key >> 32)
            perSession[Int(key & 0xFFFF_FFFF)] += 1
            if marks.participants.set(person, participantMark) { participants.append(person) }
        }
        let staffCount = staff.filter { !marks.participants.isSet($0, participantMark) }.count
        let noShows = registrants.filter { !marks.participants.isSet($0, participantMark) }.count
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
            noShows: hasRegistrationData ? noShows : nil,
            governments: Set(participants.compactMap { people.governmentKey(of: $0) }).count,
            perSession: sessionDays.map { day in
                SessionTotals(
                    date: day?.description ?? "", participants: sessions.firstIndex(of: day).map { perSession[$0] } ?? 0
                )
            },
            bySector: people.tally(participants, .sector),
            byRegion: people.tally(participants, .region),
            headcount: headcount, staff: staffCount)
        return (totals, participants)
    }

    static func courseFigures(
        _ event: Event, records: [Int], input: ReportInput, people: PersonNumbers,
        certified: [ResolvedGovernment], isEventParticipant: [Bool]
    ) -> CourseTotals {
        var completions = 0
        var enrolled = 0
        var firstCompletion: [Int32: Day?] = [:]
        var servant: [Int32: Bool] = [:]
        var anyServantInformation = false
        for index in records {
            let record = input.records[index]
            if record.kind == .enrolment { enrolled += 1 }
            guard record.kind == .completion else { continue }
            completions += 1
            let person = people.numberOfRecord[index]
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
        let completers = Array(firstCompletion.keys)
        let completerGovernments = Set(completers.compactMap { people.governmentKey(of: $0) })
        return CourseTotals(
            id: event.id, titlePT: event.titlePT, titleEN: event.titleEN,
            completions: completions, completers: completers.count,
            publicServants: anyServantInformation ? servant.values.filter { $0 }.count : nil,
            enrolmentsNotCompleted: enrolled,
            completersByYear: tally(firstCompletion.values.compactMap { $0.map { String($0.year) } }),
            completersByMonth: tally(firstCompletion.values.compactMap { $0.map { String($0.description.prefix(7)) } }),
            certifiedGovernmentsWithCompleters: certified.filter { completerGovernments.contains($0.key) }
                .map(\.displayName).sorted(),
            certifiedGovernmentsWithoutCompleters: certified.filter { !completerGovernments.contains($0.key) }
                .map(\.displayName).sorted(),
            completersAtEvents: completers.filter { isEventParticipant[Int($0)] }.count)
    }

    static func resolvedCertifications(_ input: ReportInput, year: Int) -> [ResolvedGovernment] {
        var seen = Set<String>()
        return input.certifications.filter { $0.year == year }.compactMap(input.resolve).filter {
            seen.insert($0.key).inserted
        }
    }

    static func certificationFigures(
        _ input: ReportInput, certified: [ResolvedGovernment],
        participantGovernments: Set<String>
    ) -> CertificationTotals {
        // Only governments the IBGE directory knows count, each once however its name was spelt:
        // a row naming none (`<script>`, a city of another UF) is no certified government.
        let thisYear = input.certifications.filter { $0.year == input.year }.compactMap { certification in
            input.resolve(certification).map { (level: certification.level, key: $0.key) }
        }
        let lastYearKeys = Set(
            input.certifications.filter { $0.year == input.year - 1 }.compactMap(input.resolve).map(\.key))
        let regions = certified.compactMap(\.region)
        return CertificationTotals(
            governments: Set(thisYear.map(\.key)).count,
            municipalities: Set(thisYear.filter { $0.level == .municipality }.map(\.key)).count,
            states: Set(thisYear.filter { $0.level == .state }.map(\.key)).count,
            alsoCertifiedYearBefore: certified.filter { lastYearKeys.contains($0.key) }.count,
            regions: Set(regions).sorted(),
            byRegion: tally(regions),
            withParticipants: certified.filter { participantGovernments.contains($0.key) }.count)
    }

    static func tally(_ values: [String]) -> [String: Int] {
        values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}

/// The persons of a report's records numbered 0..<count, with their attributes looked up once.
///
/// Counting works on these numbers, in flat arrays and integer keys: hashing person-id strings
/// into sets, per event and per record, was most of a report's time at a million records.
struct PersonNumbers {
    /// The person of each record of ``ReportInput/records``, by the record's index.
    private(set) var numberOfRecord: [Int32] = []
    /// Each person's attributes (`nil` when the store has none), by number.
    private(set) var attributes: [PersonAttributes?] = []
    private var governmentKeys: [String?] = []
    /// Each person's sector, region and UF label (``ReportBuilder/unknown`` for none), as indices into ``labels``.
    private var labelOf: [Attribute: [Int32]] = [.sector: [], .region: [], .uf: []]
    private var labels: [String] = []

    /// The attributes reports tally people by.
    enum Attribute: CaseIterable {
        case sector, region, uf
    }

    init(_ input: ReportInput) {
        var numbers = PersonIDTable()
        numberOfRecord.reserveCapacity(input.records.count)
        for index in input.records.indices {
            let (number, isNew) = numbers.number(for: ReportBuilder.person(of: input.records[index]))
            numberOfRecord.append(number)
            if isNew {
                let found = input.people[numbers.id(of: number)]
                attributes.append(found)
                governmentKeys.append(found?.governmentKey)
            }
        }
        var labelNumbers: [String: Int32] = [:]
        for attribute in Attribute.allCases {
            labelOf[attribute] = attributes.map { found in
                let label = found.flatMap { Self.value(of: attribute, in: $0) } ?? ReportBuilder.unknown
                if let number = labelNumbers[label] { return number }
                labelNumbers[label] = Int32(labels.count)
                labels.append(label)
                return Int32(labels.count - 1)
            }
        }
    }

    private static func value(of attribute: Attribute, in attributes: PersonAttributes) -> String? {
        switch attribute {
        case .sector: attributes.sector
        case .region: attributes.region
        case .uf: attributes.uf
        }
    }

    var count: Int { attributes.count }

    func governmentKey(of person: Int32) -> String? { governmentKeys[Int(person)] }

    /// How many of `persons` have each value of an attribute, ``ReportBuilder/unknown`` standing for none.
    func tally(_ persons: [Int32], _ attribute: Attribute) -> [String: Int] {
        guard let labelOf = labelOf[attribute] else { return [:] }
        var counts = [Int](repeating: 0, count: labels.count)
        for person in persons { counts[Int(labelOf[Int(person)])] += 1 }
        var tally: [String: Int] = [:]
        for (label, count) in counts.enumerated() where count > 0 { tally[labels[label]] = count }
        return tally
    }
}

/// The sets one event's figures collect: registrants, staff and participants.
struct EventMarks {
    var registrants: PersonMarks
    var staff: PersonMarks
    var participants: PersonMarks

    init(count: Int) {
        registrants = PersonMarks(count: count)
        staff = PersonMarks(count: count)
        participants = PersonMarks(count: count)
    }
}

/// Per-person marks that say whether a person is already in the current set, reused across
/// events without clearing: each new set gets a new stamp.
struct PersonMarks {
    private var stamps: [UInt32]
    private var current: UInt32 = 0

    init(count: Int) {
        stamps = [UInt32](repeating: 0, count: count)
    }

    /// A stamp for a new, empty set.
    mutating func next() -> UInt32 {
        current += 1
        return current
    }

    /// Adds `person` to the set `stamp`; returns whether it was not there yet.
    mutating func set(_ person: Int32, _ stamp: UInt32) -> Bool {
        if stamps[Int(person)] == stamp { return false }
        stamps[Int(person)] = stamp
        return true
    }

    func isSet(_ person: Int32, _ stamp: UInt32) -> Bool { stamps[Int(person)] == stamp }
}

/// Person ids numbered in order of first appearance: an open-addressing table hashed with
/// FNV-1a over the id's bytes.
///
/// A report looks a person id up once per record; `Dictionary<String, _>` hashes each with a
/// seeded SipHash, which was the largest single cost of a million-record report.
struct PersonIDTable {
    private var ids: [String] = []
    private var hashes: [UInt64] = []
    /// Number + 1 of the id in each slot, 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1 << 10)

    /// The id's number, and whether it was new.
    mutating func number(for id: String) -> (Int32, isNew: Bool) {
        var text = id
        let hash = text.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return hash
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot] - 1)
            if hashes[number] == hash && ids[number] == id { return (Int32(number), false) }
            slot = (slot + 1) & mask
        }
        let number = Int32(ids.count)
        ids.append(id)
        hashes.append(hash)
        slots[slot] = number + 1
        if ids.count * 2 > slots.count { grow() }
        return (number, true)
    }

    func id(of number: Int32) -> String { ids[Int(number)] }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 4)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
