import AttendanceCSV
import AttendanceModel

/// The working state of one generation: the people, who came to what, and the files so far.
///
/// ``DemoYearGenerator/generate()`` makes one, runs it once and keeps its output; the facets
/// `DemoYearBuilder+<Format>.swift` write each kind of export.
struct DemoYearBuilder {
    let year: Int
    let scale: Double
    let hazards: DemoHazards
    var population: DemoPopulation
    var styler: DemoStyler
    /// Who comes to what.
    var rng: SplitMix64
    /// Times, counts and other details of the exports.
    var detail: SplitMix64
    /// The exports so far, when they are kept (no `writer`).
    var files: [DemoExportFile] = []
    /// Where finished exports go instead of `files` (a benchmark year written as it is made, without answer key).
    let writer: DemoFolderWriter?
    /// The most records a plain list holds before it is split into parts; `nil`: never split.
    let maximumRowsPerFile: Int?
    let plans: [DemoEventPlan]
    let certifications: [DemoCertification]
    let certifiedThisYear: [DemoGovernment]
    /// Governments certified in both years: the ones the SUAS workshop invited.
    let certifiedBothYears: [DemoGovernment]
    /// People who were participants of an event so far, in the order they first came.
    private(set) var seen: [Int] = []
    private var seenSet: Set<Int> = []
    /// How many events each person came to so far (a core of regulars comes back more).
    private var eventsAttended: [Int: Int] = [:]
    var staff = Staff()
    /// Draws of the hazards only, so that a year without them has the bytes it always had.
    var hazardRNG: SplitMix64
    /// The people of the hazards, by the event whose lists they go on (not participants anyone
    /// else picks: they come only where the hazard puts them).
    var hazardGuests: [String: [Int]] = [:]

    struct Staff {
        /// The programme's Zoom account ("OIM Brasil") and Teams organizer.
        var host = 0
        var organizer = 0
        var panelists: [Int] = []
    }

    init(
        seed: UInt64, year: Int, scale: Double, hazards: DemoHazards = .off, maximumRowsPerFile: Int? = nil,
        writer: DemoFolderWriter? = nil
    ) {
        self.year = year
        self.maximumRowsPerFile = maximumRowsPerFile
        self.writer = writer
        self.scale = scale
        self.hazards = hazards
        hazardRNG = SplitMix64(seed: seed, stream: "hazards")
        population = DemoPopulation(seed: seed, uniqueShortNames: scale <= 1)
        styler = DemoStyler(seed: seed)
        rng = SplitMix64(seed: seed, stream: "cast")
        detail = SplitMix64(seed: seed, stream: "detail")
        plans = DemoProgramme.plans(year: year)
        certifications = DemoProgramme.certifications(year: year)
        certifiedThisYear = certifications.filter { $0.year == year }.map(\.government)
        let firstYear = Set(certifications.filter { $0.year == year - 1 }.map(\.government.key))
        certifiedBothYears = certifiedThisYear.filter { firstYear.contains($0.key) }
    }

    /// A count of the published year at this builder's scale, never below `minimum`.
    func scaled(_ count: Int, minimum: Int = 1) -> Int {
        guard count > 0 else { return 0 }
        return max(minimum, Int((Double(count) * scale).rounded()))
    }

    // MARK: - Staff

    mutating func makeStaff() {
        staff.host = population.addStaff(in: DemoOrganization.named("OIM"))
        staff.organizer = population.addStaff(in: DemoOrganization.named("OIM"))
        staff.panelists = [
            population.addStaff(in: DemoOrganization.named("UFRGS")),
            population.addStaff(in: DemoOrganization.named("Enap")),
            population.addStaff(in: DemoOrganization.named("ACNUR")),
            population.addStaff(in: DemoOrganization.named("MJSP")),
        ]
    }

    // MARK: - New people

    /// A new person from the audience of an event.
    mutating func newPerson(_ audience: DemoAudience) -> Int {
        population.add(in: organization(for: audience))
    }

    /// An organisation a new member of `audience` works at.
    mutating func organization(for audience: DemoAudience) -> DemoOrganization {
        switch rng.weightedIndex(audience.weights) {
        case 0, 1:
            let wantsState = rng.weightedIndex([audience.municipal, audience.state]) == 1
            let certified = rng.chance(audience.certifiedShare)
            let pool =
                certified
                ? certifiedThisYear.filter { ($0.level == .state) == wantsState }
                : otherGovernments(states: wantsState)
            let government = rng.pick(pool, or: certifiedThisYear[0])
            return organization(in: government, area: area(preferring: audience.area))
        case 2:
            let federal = DemoOrganization.federal
            let matching = federal.filter { $0.area == audience.area }
            return rng.pick(!matching.isEmpty && rng.chance(0.6) ? matching : federal, or: federal[0])
        case 3:
            let universities = DemoOrganization.universities
            let matching = universities.filter { $0.area == audience.area }
            return rng.pick(!matching.isEmpty && rng.chance(0.4) ? matching : universities, or: universities[0])
        case 4: return rng.pick(DemoOrganization.civilSociety, or: DemoOrganization.civilSociety[0])
        default: return rng.pick(DemoOrganization.international, or: DemoOrganization.international[0])
        }
    }

    /// A body of `government` working in `area`.
    func organization(in government: DemoGovernment, area: DemoArea) -> DemoOrganization {
        switch government.level {
        case .municipality: .municipal(DemoPlaces.municipality(government.name, government.uf), area: area)
        case .state: .state(DemoPlaces.state(government.uf), area: area)
        }
    }

    /// The area of a government body: mostly the audience's, otherwise any.
    mutating func area(preferring preferred: DemoArea?) -> DemoArea {
        if let preferred, rng.chance(0.7) { return preferred }
        let areas: [DemoArea] = [.general, .socialAssistance, .health, .education, .humanRights, .labour, .migration]
        return areas[rng.weightedIndex([30, 20, 14, 10, 8, 6, 12])]
    }

    private func otherGovernments(states: Bool) -> [DemoGovernment] {
        let certified = Set(certifiedThisYear.map(\.key))
        if states {
            return DemoPlaces.states.map(DemoGovernment.init).filter { !certified.contains($0.key) }
        }
        return DemoPlaces.municipalities.filter { $0.uf != "DF" }.map(DemoGovernment.init)
            .filter { !certified.contains($0.key) }
    }

    // MARK: - Casting

    /// Chooses the participants of an event: some returning from earlier events, the rest new.
    ///
    /// - Parameters:
    ///   - restrictedTo: governments the participants must work for (the SUAS workshop); each
    ///     gets a participant when there are enough.
    ///   - twins: pairs of new participants who have the same name (homonyms).
    ///   - colleagues: pairs of new participants of the same body who write its department
    ///     address instead of their own.
    mutating func castParticipants(
        of plan: DemoEventPlan, restrictedTo governments: [DemoGovernment]? = nil,
        twins: Int = 0, colleagues: Int = 0
    ) -> [Int] {
        let total = scaled(plan.participants, minimum: 3)
        let allowed = governments.map { Set($0.map(\.key)) }
        let eligible = seen.filter { person in
            guard let allowed else { return true }
            return population[person].government.map { allowed.contains($0.key) } ?? false
        }
        let returningCount = min(Int((Double(plan.returning) * scale).rounded()), total - 1, eligible.count)
        let weights = eligible.map { returningWeight(of: $0, for: plan) }
        var chosen = rng.sample(Array(eligible.indices), count: returningCount) { weights[$0] }.map { eligible[$0] }
        var covered = Set(chosen.compactMap { population[$0].government?.key })
        var twinsLeft = twins
        var colleaguesLeft = colleagues
        while chosen.count < total {
            let person: Int
            if let governments {
                let uncovered = governments.filter { !covered.contains($0.key) }
                let government = rng.pick(uncovered.isEmpty ? governments : uncovered, or: governments[0])
                let area: DemoArea = rng.chance(0.75) ? .socialAssistance : area(preferring: nil)
                person = population.add(in: organization(in: government, area: area))
                covered.insert(government.key)
            } else {
                person = newPerson(plan.audience)
            }
            chosen.append(person)
            let organization = population[person].organization
            if colleaguesLeft > 0, chosen.count < total, organization.domain != nil {
                let colleague = population.add(in: organization, student: false)
                population.shareEmail(person, with: colleague, mailbox: governments == nil ? "migrantes" : "suas")
                styler.note(.sharedEmail)
                chosen.append(colleague)
                colleaguesLeft -= 1
            } else if twinsLeft > 0, chosen.count < total {
                chosen.append(population.addTwin(of: person, in: self.organization(for: plan.audience)))
                twinsLeft -= 1
            }
        }
        for person in chosen {
            if seenSet.insert(person).inserted { seen.append(person) }
            eventsAttended[person, default: 0] += 1
        }
        return rng.shuffle(chosen)
    }

    private func returningWeight(of person: Int, for plan: DemoEventPlan) -> Double {
        let who = population[person]
        var weight = 1.0 + Double(eventsAttended[person] ?? 0)
        if let government = who.government {
            weight *= certifiedThisYear.contains(government) ? 3 : 2
        }
        if let area = plan.audience.area, who.organization.area == area { weight *= 2.5 }
        return weight
    }

    /// People who are not participants of an event but show up on its lists (registrants who
    /// did not come, short stays): half from the year's regulars, half new.
    mutating func outsiders(_ count: Int, excluding: [Int], audience: DemoAudience) -> [Int] {
        let excluded = Set(excluding)
        let candidates = seen.filter { !excluded.contains($0) }
        let fromSeen = min(count / 2, candidates.count)
        var out = rng.sample(candidates, count: fromSeen) { _ in 1 }
        while out.count < count { out.append(newPerson(audience)) }
        return out
    }

    // MARK: - Stays in a call

    enum StayKind {
        /// One stay of 20 minutes or more.
        case normal
        /// Two stays adding up to 20 minutes or more.
        case rejoin
        /// One stay of 2 to 9 minutes.
        case short
        /// Two short stays that add up to 17–21 minutes.
        case shortRejoins
        /// Two short stays adding up to less than 12 minutes.
        case shortRejoinsUnder
    }

    /// The stays of one person in a session from `start` to `end`.
    mutating func stays(_ kind: StayKind, start: DemoInstant, end: DemoInstant) -> [DemoStay] {
        let length = end.second - start.second
        switch kind {
        case .normal, .rejoin:
            let join = start.adding(seconds: detail.int(in: -240...min(1200, length - 1800)))
            var leave = detail.chance(0.45) ? end : end.adding(seconds: -detail.int(in: 60...min(4200, length - 1500)))
            if leave.second - join.second < 1200 { leave = end }
            guard kind == .rejoin, leave.second - join.second >= 1500 else {
                return [DemoStay(join: join, leave: leave)]
            }
            let split = join.adding(seconds: detail.int(in: 300...(leave.second - join.second - 600)))
            let back = split.adding(seconds: detail.int(in: 20...240))
            return [DemoStay(join: join, leave: split), DemoStay(join: back, leave: leave)]
        case .short:
            let join = start.adding(seconds: detail.int(in: 0...min(3000, length - 600)))
            return [DemoStay(join: join, leave: join.adding(seconds: detail.int(in: 120...540)))]
        case .shortRejoins:
            let join = start.adding(seconds: detail.int(in: 0...1200))
            let first = DemoStay(join: join, leave: join.adding(seconds: detail.int(in: 480...600)))
            let back = first.leave.adding(seconds: detail.int(in: 60...300))
            return [first, DemoStay(join: back, leave: back.adding(seconds: detail.int(in: 540...629)))]
        case .shortRejoinsUnder:
            let join = start.adding(seconds: detail.int(in: 0...1800))
            let first = DemoStay(join: join, leave: join.adding(seconds: detail.int(in: 150...300)))
            let back = first.leave.adding(seconds: detail.int(in: 60...600))
            return [first, DemoStay(join: back, leave: back.adding(seconds: detail.int(in: 150...300)))]
        }
    }

    /// The usual stay of a participant: mostly one, sometimes a rejoin.
    mutating func participantStays(start: DemoInstant, end: DemoInstant, rejoinRate: Double = 0.1) -> [DemoStay] {
        stays(detail.chance(rejoinRate) ? .rejoin : .normal, start: start, end: end)
    }

    // MARK: - Files

    /// A new export of `plan`'s event; `isList` for a plain list (header, then one row per record).
    func newFile(
        _ plan: DemoEventPlan, _ name: String, _ encoding: TextEncoding, crlf: Bool, isList: Bool = false
    ) -> DemoExportFile {
        DemoExportFile(
            event: plan.event.id, name: name, encoding: encoding, lineEnding: crlf ? "\r\n" : "\n", isList: isList)
    }

    /// Takes a finished export: split into parts when it is a list longer than
    /// `maximumRowsPerFile`, then kept for the answer key or handed to the `writer`.
    mutating func add(_ file: DemoExportFile) {
        for part in maximumRowsPerFile.map({ file.parts(maximumRows: $0) }) ?? [file] {
            if let writer {
                writer.write(part.demoFile, records: part.records.count)
            } else {
                files.append(part)
            }
        }
    }

    /// A Zoom-style meeting number: `851 2345 6789`.
    mutating func meetingNumber() -> String {
        "8\(detail.int(in: 10...99)) \(detail.int(in: 1000...9999)) \(detail.int(in: 1000...9999))"
    }
}

/// One continuous stay in a call.
struct DemoStay: Sendable {
    var join: DemoInstant
    var leave: DemoInstant

    var seconds: Int { leave.second - join.second }
    /// Whole minutes as the platforms print them (rounded to the nearest).
    var minutes: Int { (seconds + 30) / 60 }
}
