import AttendanceCSV
import AttendanceModel

/// The year from start to end: staff, each event in date order, the courses, the catalog and
/// the answer key.
extension DemoYearBuilder {
    /// The whole year in memory: its files in path order and the answer key.
    mutating func run() -> DemoYear {
        writeExports()
        let truth = DemoTruth.make(
            year: year, plans: plans, certifications: certifications, files: files,
            population: population)
        return DemoYear(files: catalogFiles() + files.map(\.demoFile).sorted { $0.path < $1.path }, truth: truth)
    }

    /// `events.csv` and `certifications.csv`.
    func catalogFiles() -> [DemoFile] {
        [eventsFile(), certificationsFile()]
    }

    /// Casts staff, each event in date order and the courses, and hands every export to ``add(_:)``.
    mutating func writeExports() {
        makeStaff()
        planHazards()
        var workingGroup: [Int] = []
        var namesake: Int?
        for plan in plans where !plan.event.kind.isCourse {
            switch plan.export {
            case .zoomWebinar(let portuguese):
                let participants = withHazards(castParticipants(of: plan), of: plan)
                writeZoomWebinar(
                    plan, portuguese: portuguese, participants: participants, panelists: panelists(for: plan))
            case .formsPresence, .sheetsPresence:
                let sheets = if case .sheetsPresence = plan.export { true } else { false }
                let participants = withHazards(castParticipants(of: plan, colleagues: 1), of: plan)
                writePresenceForm(plan, participants: participants, sheets: sheets)
            case .zoomMeeting:
                writeZoomMeeting(plan, participants: withHazards(castParticipants(of: plan), of: plan))
            case .teams:
                let participants = withHazards(castParticipants(of: plan), of: plan)
                writeTeams(plan, participants: participants, presenters: presenters(for: plan, excluding: participants))
            case .meet:
                let earlier = Set(seen)
                workingGroup = castParticipants(of: plan)
                // A namesake of a new member, elsewhere, who only takes the course: made now so
                // that every list of the member writes a name someone else also has.
                if let member = workingGroup.first(where: { !earlier.contains($0) && !population[$0].hasHomonym }) {
                    namesake = population.addTwin(of: member, in: courseServantOrganization())
                }
                writeMeet(plan, participants: withHazards(workingGroup, of: plan))
            case .sympla:
                writeSympla(plan, participants: withHazards(castParticipants(of: plan), of: plan))
            case .zoomPortalWithRegistration:
                let participants = castParticipants(of: plan, restrictedTo: certifiedBothYears, colleagues: 1)
                writeZoomPortalWorkshop(plan, participants: participants, governments: certifiedBothYears)
            case .typedList:
                let participants = withHazards(castParticipants(of: plan, twins: 1, colleagues: 2), of: plan)
                writeTypedList(plan, participants: participants)
            case .certificates, .moodle:
                break
            }
        }
        for plan in plans where plan.event.kind.isCourse {
            switch plan.export {
            case .certificates: castCourse(plan, namesake: namesake)
            case .moodle: castMoodleClass(plan, workingGroup: workingGroup)
            default: break
            }
        }
    }

    /// The staff who speak at a webinar.
    private func panelists(for plan: DemoEventPlan) -> [Int] {
        plan.panelists.filter { staff.panelists.indices.contains($0) }.map { staff.panelists[$0] }
    }

    /// One presenter per presenting government (published: 20), split over the days; regulars of
    /// certified governments when there are, new people otherwise.
    private mutating func presenters(for plan: DemoEventPlan, excluding participants: [Int]) -> [[Int]] {
        let count = scaled(20, minimum: 2)
        let excluded = Set(participants)
        var governments: Set<String> = []
        var chosen: [Int] = []
        for person in rng.shuffle(seen) where chosen.count < count && !excluded.contains(person) {
            guard let government = population[person].government, certifiedThisYear.contains(government),
                governments.insert(government.key).inserted, !population[person].hasHomonym
            else { continue }
            chosen.append(person)
        }
        for government in rng.shuffle(certifiedThisYear) where chosen.count < count {
            guard governments.insert(government.key).inserted else { continue }
            chosen.append(population.add(in: organization(in: government, area: .migration)))
        }
        let half = (chosen.count + 1) / 2
        return [Array(chosen.prefix(half)), Array(chosen.dropFirst(half))]
    }

    // MARK: - Courses

    /// The virtual school's completers: some of the year's participants, new people for the rest,
    /// with exactly the published number of public servants; some complete twice.
    ///
    /// - Parameter namesake: a public servant with the same name as a participant, to include.
    private mutating func castCourse(_ plan: DemoEventPlan, namesake: Int?) {
        let completions = scaled(DemoProgramme.courseCompletions, minimum: 4)
        let completers = min(scaled(DemoProgramme.courseCompleters, minimum: 3), completions)
        let servants = min(scaled(DemoProgramme.coursePublicServants, minimum: 2), completers - 1)
        let fromEvents = scaled(DemoProgramme.courseCompletersFromEvents, minimum: 2)
        let candidates = seen.filter { !population[$0].hasHomonym }
        let servantPool = candidates.filter { population[$0].isPublicServant }
        let otherPool = candidates.filter { !population[$0].isPublicServant }
        var chosen = rng.sample(servantPool, count: min(fromEvents * 85 / 100, servants), weight: { _ in 1 })
        chosen += rng.sample(
            otherPool, count: min(fromEvents - chosen.count, completers - servants), weight: { _ in 1 })
        var servantCount = chosen.filter { population[$0].isPublicServant }.count
        var otherCount = chosen.count - servantCount
        if let namesake, servantCount < servants {
            chosen.append(namesake)
            servantCount += 1
        }
        var pairs = 1
        // With hazards, the course list has many namesakes (``DemoMess/courseNamesake``).
        var hazardPairs = hazards == .field ? scaled(DemoHazards.courseNamesakePairs) : 0
        while servantCount < servants {
            let person = population.add(in: courseServantOrganization(), student: false)
            chosen.append(person)
            servantCount += 1
            if pairs > 0 && servantCount < servants {
                chosen.append(population.addTwin(of: person, in: courseServantOrganization()))
                servantCount += 1
                pairs -= 1
            } else if hazardPairs > 0 && servantCount < servants {
                var elsewhere = courseServantOrganization()
                while elsewhere.name == population[person].organization.name { elsewhere = courseServantOrganization() }
                chosen.append(courseNamesake(of: person, in: elsewhere))
                servantCount += 1
                hazardPairs -= 1
            }
        }
        while otherCount < completers - servants {
            let organization: DemoOrganization
            switch rng.weightedIndex([45, 30, 15]) {
            case 0: organization = rng.pick(DemoOrganization.civilSociety, or: DemoOrganization.civilSociety[0])
            case 1: organization = rng.pick(DemoOrganization.universities, or: DemoOrganization.universities[0])
            default: organization = rng.pick(DemoOrganization.international, or: DemoOrganization.international[0])
            }
            chosen.append(population.add(in: organization, student: true))
            otherCount += 1
        }
        let repeaters = rng.sample(chosen, count: completions - completers, weight: { _ in 1 })
        writeCertificates(plan, completers: rng.shuffle(chosen), repeaters: repeaters)
    }

    /// A government (mostly municipal) or public university body, whose people are public servants.
    private mutating func courseServantOrganization() -> DemoOrganization {
        let audience = DemoAudience(
            municipal: 66, state: 22, federal: 5, academia: 7, civilSociety: 0, international: 0,
            certifiedShare: 0.4)
        while true {
            let organization = organization(for: audience)
            if organization.employsPublicServants { return organization }
        }
    }

    /// A Moodle class for the health working group: mostly its members, some other health staff.
    private mutating func castMoodleClass(_ plan: DemoEventPlan, workingGroup: [Int]) {
        let enrolled = scaled(46, minimum: 3)
        var people = rng.sample(
            workingGroup.filter { !population[$0].hasHomonym }, count: enrolled * 6 / 10,
            weight: { _ in 1 })
        while people.count < enrolled { people.append(newPerson(plan.audience)) }
        let completed = scaled(34, minimum: 2)
        writeMoodle(plan, completed: Array(people.prefix(completed)), notCompleted: Array(people.dropFirst(completed)))
    }

    // MARK: - Catalog

    /// `events.csv`: `id,year,kind,title_pt,title_en,dates,min_minutes,headcount`.
    private func eventsFile() -> DemoFile {
        var text = "id,year,kind,title_pt,title_en,dates,min_minutes,headcount\n"
        for plan in plans {
            let event = plan.event
            text +=
                DemoText.line(
                    [
                        event.id, String(event.year), event.kind.rawValue, event.titlePT, event.titleEN,
                        event.dates.map(\.description).joined(separator: ";"),
                        event.minMinutes.map(String.init) ?? "", "",
                    ], delimiter: ",") + "\n"
        }
        return DemoFile(path: "events.csv", bytes: DemoText.bytes(text, encoding: .utf8), encoding: .utf8)
    }

    /// `certifications.csv`: `year,level,name,uf,source` (`source`: `public` or `fictional`).
    private func certificationsFile() -> DemoFile {
        var text = "year,level,name,uf,source\n"
        let ordered = certifications.sorted {
            ($0.year, $0.government.level.rawValue, $0.government.name, $0.government.uf)
                < ($1.year, $1.government.level.rawValue, $1.government.name, $1.government.uf)
        }
        for certification in ordered {
            let government = certification.government
            text +=
                DemoText.line(
                    [
                        String(certification.year), government.level.rawValue, government.name, government.uf,
                        certification.source,
                    ], delimiter: ",") + "\n"
        }
        return DemoFile(path: "certifications.csv", bytes: DemoText.bytes(text, encoding: .utf8), encoding: .utf8)
    }
}
