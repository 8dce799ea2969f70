import AttendanceModel

/// Computing the answer key from the records, by the counting rules of the acceptance contract.
///
/// The figures are derived here from what the files say about the true people, never copied
/// from the targets the generator aimed at: a test comparing them with the published figures
/// checks the generated files, not a constant.
extension DemoTruth {
    static func make(
        year: Int, plans: [DemoEventPlan], certifications: [DemoCertification],
        files: [DemoExportFile], population: DemoPopulation
    ) -> DemoTruth {
        var personByKey: [String: DemoPerson] = [:]
        for person in population.people { personByKey[person.key] = person }
        // Homonyms are people of the records sharing a name, whether or not the generator knew,
        // when it wrote a record, that the namesake would appear.
        let written = files.flatMap(\.records)
        var keysByName: [String: Set<String>] = [:]
        for key in Set(written.map(\.personKey)) {
            if let person = personByKey[key] { keysByName[person.fullName, default: []].insert(key) }
        }
        let homonyms = Set(keysByName.values.filter { $0.count > 1 }.flatMap { $0 })
        let records = written.map { record in
            var marked = record
            if !homonyms.contains(record.personKey) {
                marked.mess.removeAll { $0 == .homonym }
            } else if !marked.mess.contains(.homonym) {
                marked.mess.append(.homonym)
            }
            return marked
        }
        var byEvent: [String: [Record]] = [:]
        for record in records { byEvent[record.event, default: []].append(record) }

        var events: [EventFigures] = []
        var courses: [CourseFigures] = []
        var everyone: Set<String> = []
        var participations = 0
        for plan in plans {
            let event = plan.event
            let eventRecords = byEvent[event.id] ?? []
            if event.kind.isCourse {
                courses.append(
                    courseFigures(
                        event.id, eventRecords, personByKey,
                        reportsServants: { if case .certificates = plan.export { true } else { false } }()))
                continue
            }
            let participants = participantKeys(eventRecords, minMinutes: event.minMinutes)
            let registrants = Set(eventRecords.filter { $0.role == .registrant }.map(\.personKey))
            let governments = Set(participants.compactMap { personByKey[$0]?.government?.key })
            var checked = false
            if case .zoomPortalWithRegistration = plan.export { checked = true }
            events.append(
                EventFigures(
                    id: event.id, kind: event.kind.rawValue, dates: event.dates.map(\.description),
                    sessions: event.dates.count,
                    participants: participants.count, registrants: registrants.isEmpty ? nil : registrants.count,
                    governments: governments.count, governmentsChecked: checked))
            participations += participants.count
            everyone.formUnion(participants)
        }

        var bySector: [String: Int] = [:]
        var byRegion: [String: Int] = [:]
        var byUF: [String: Int] = [:]
        for key in everyone {
            guard let person = personByKey[key] else { continue }
            bySector[person.sector.rawValue, default: 0] += 1
            byRegion[person.state.region, default: 0] += 1
            byUF[person.uf, default: 0] += 1
        }
        var certified: [String: [String: Int]] = [:]
        for certification in certifications {
            certified[String(certification.year), default: [:]][certification.government.level.rawValue, default: 0] +=
                1
        }
        let figures = Figures(
            year: year, participations: participations, uniqueParticipants: everyone.count, events: events,
            courses: courses, certifications: certified, bySector: bySector, byRegion: byRegion, byUF: byUF,
            regionsReached: byRegion.keys.sorted(),
            notes: "Hosts, organizers, panelists and presenters are not participants; with min_minutes a person "
                + "attends a session when the minutes of their attendee rows in it add up to it (Teams activity "
                + "lines repeat the participant row and are not added). Registrants are the persons on registration "
                + "records. Governments count municipal and state governments by level and IBGE code.")

        let keys = Set(records.map(\.personKey))
        let people = population.people.filter { keys.contains($0.key) }.map { person in
            Person(
                key: person.key, name: person.fullName, organization: person.organization.name,
                sector: person.sector.rawValue, uf: person.uf, region: person.state.region,
                government: person.government?.key, isPublicServant: person.isPublicServant)
        }
        return DemoTruth(expected: figures, files: files.map(\.path), records: records, people: people)
    }

    /// Persons who attended at least one session: a participant role, present, and — when the
    /// event sets `min_minutes` and the rows give minutes — the session's minutes reaching it.
    static func participantKeys(_ records: [Record], minMinutes: Int?) -> Set<String> {
        var minutes: [String: Int] = [:]
        var timed: Set<String> = []
        var present: Set<String> = []
        for record in records where record.role.isParticipantRole && record.attended == true {
            let key = record.personKey + "|" + (record.session ?? "")
            present.insert(key)
            if let m = record.minutes {
                minutes[key, default: 0] += m
                timed.insert(key)
            }
        }
        var out: Set<String> = []
        for key in present {
            if let minimum = minMinutes, timed.contains(key), (minutes[key] ?? 0) < minimum { continue }
            out.insert(String(key.split(separator: "|", maxSplits: 1)[0]))
        }
        return out
    }

    private static func courseFigures(
        _ id: String, _ records: [Record], _ people: [String: DemoPerson],
        reportsServants: Bool
    ) -> CourseFigures {
        let completions = records.filter { $0.role == .completion }
        let completers = Set(completions.map(\.personKey))
        var firstYear: [String: String] = [:]
        for record in completions {
            guard let day = record.completedOn else { continue }
            let year = String(day.prefix(4))
            if let known = firstYear[record.personKey], known <= year { continue }
            firstYear[record.personKey] = year
        }
        var byYear: [String: Int] = [:]
        for year in firstYear.values { byYear[year, default: 0] += 1 }
        let servants = completers.filter { people[$0]?.isPublicServant ?? false }.count
        return CourseFigures(
            id: id, completions: completions.count, completers: completers.count,
            publicServants: reportsServants ? servants : nil, completersByYear: byYear)
    }
}
