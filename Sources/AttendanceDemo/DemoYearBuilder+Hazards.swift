import AttendanceModel

/// The hazards of a year generated with ``DemoHazards/field``: the people they concern, made
/// before the first event, and the event lists each goes on.
///
/// Every draw here comes from ``DemoYearBuilder/hazardRNG`` (and the population's own), so that
/// a year without hazards is written exactly as before. Hazard people are nobody's returning
/// participants: they appear only on the lists chosen here, where each record still carries an
/// address, an organisation, a city or a state that tells the namesakes apart (or, for the
/// splits, that joins the two records of one person).
extension DemoYearBuilder {
    /// Makes the people of every hazard and chooses their events.
    mutating func planHazards() {
        guard hazards == .field else { return }
        let events = plans.filter { !$0.event.kind.isCourse }
        func ids(_ accepts: (DemoExportKind) -> Bool) -> [String] {
            events.filter { accepts($0.export) }.map(\.event.id)
        }
        // Lists where a guarded person always shows an address (walk-ins and the SUAS workshop's
        // restricted audience left out).
        let anyList = ids {
            switch $0 {
            case .zoomWebinar, .formsPresence, .sheetsPresence, .zoomMeeting, .teams, .meet, .sympla, .typedList: true
            default: false
            }
        }
        // Lists with organisation, city and UF columns beside the name.
        let withOrganization = ids {
            switch $0 {
            case .formsPresence, .sheetsPresence, .sympla, .typedList: true
            default: false
            }
        }
        let withCPF = ids {
            switch $0 {
            case .formsPresence, .sympla: true
            default: false
            }
        }
        let nameOnly = ids { if case .typedList = $0 { true } else { false } }
        let teams = ids { if case .teams = $0 { true } else { false } }
        guard !anyList.isEmpty else { return }

        for _ in 0..<scaled(DemoHazards.namesakeElsewherePairs) {
            let (a, b) = namesakesElsewhere()
            place(a, in: anyList)
            place(b, in: anyList)
        }
        for _ in 0..<scaled(DemoHazards.borrowedEmailPairs) {
            let (owner, borrower) = borrowedEmailPair()
            place(owner, in: anyList)
            place(borrower, in: withOrganization.isEmpty ? anyList : withOrganization)
        }
        for _ in 0..<scaled(DemoHazards.givenNameGenderPairs) {
            let (a, b) = genderedPair()
            place(a, in: anyList)
            place(b, in: anyList)
        }
        for _ in 0..<scaled(DemoHazards.shortAndLongNamePairs) {
            let (a, b) = shortAndLongPair()
            place(a, in: anyList)
            place(b, in: anyList)
        }
        if !nameOnly.isEmpty {
            for _ in 0..<scaled(DemoHazards.nameOnlyNamesakePairs) {
                let (listed, withCPFPerson) = nameOnlyPair()
                place(listed, in: nameOnly)
                place(withCPFPerson, in: withCPF.isEmpty ? anyList : withCPF)
            }
        }
        if !teams.isEmpty {
            for _ in 0..<scaled(DemoHazards.misspeltGuests) {
                let person = population.add(in: organization(for: generalAudience))
                population.mark(person, hazard: .guestMisspelt, omitsAddress: true)
                place(person, in: teams)
            }
        }
        let twoLists = withOrganization.count >= 2 ? withOrganization : anyList
        for _ in 0..<scaled(DemoHazards.middleNamesVaryPeople) {
            let person = personWithVaryingMiddleNames()
            let first = hazardRNG.pick(twoLists, or: twoLists[0])
            let others = twoLists.filter { $0 != first }
            hazardGuests[first, default: []].append(person)
            hazardGuests[hazardRNG.pick(others, or: first), default: []].append(person)
        }
    }

    /// The participants of `plan` with the hazard people planned for its lists, at random places.
    mutating func withHazards(_ participants: [Int], of plan: DemoEventPlan) -> [Int] {
        guard let extra = hazardGuests[plan.event.id], !extra.isEmpty else { return participants }
        var out = participants
        for person in extra where !out.contains(person) {
            out.insert(person, at: hazardRNG.int(in: 0...out.count))
        }
        return out
    }

    /// A namesake of a course completer for the course's list: half the time the same full name,
    /// otherwise the same first name and last surname with other middle names; both marked.
    mutating func courseNamesake(of person: Int, in organization: DemoOrganization) -> Int {
        let original = population[person]
        let namesake: Int
        if hazardRNG.chance(0.5) {
            namesake = population.addTwin(of: person, in: organization)
        } else {
            let (given, surnames) = variedName(of: original)
            namesake = population.addNamed(
                given: given, surnames: surnames, isFemale: original.isFemale, in: organization, address: .usual,
                hazard: .courseNamesake)
        }
        population.mark(person, hazard: .courseNamesake)
        population.mark(namesake, hazard: .courseNamesake)
        return namesake
    }

    // MARK: - The people of each hazard

    private var generalAudience: DemoAudience {
        DemoAudience(municipal: 45, state: 15, federal: 10, academia: 14, civilSociety: 10, international: 6)
    }

    private mutating func place(_ person: Int, in events: [String]) {
        hazardGuests[hazardRNG.pick(events, or: events[0]), default: []].append(person)
    }

    /// A common first name and last surname (the heads of the name lists), with a middle name or
    /// surname half the time.
    private mutating func commonName(isFemale: Bool) -> (given: [String], surnames: [String]) {
        let pool = isFemale ? DemoNames.femaleGiven : DemoNames.maleGiven
        let first = pool[hazardRNG.below(6)]
        let last = DemoNames.surnames[hazardRNG.below(8)]
        var given = [first]
        var surnames = [last]
        while true {
            given = [first]
            surnames = [last]
            if hazardRNG.chance(0.5) {
                let middle = pool[hazardRNG.below(pool.count)]
                if middle != first { given.append(middle) }
            }
            let other = DemoNames.surnames[hazardRNG.below(DemoNames.surnames.count)]
            if other != last { surnames.insert(other, at: 0) }
            if population.isFree(given: given, surnames: surnames) { return (given, surnames) }
        }
    }

    /// Another name with the same first name and last surname: other middle words.
    private mutating func variedName(of person: DemoPerson) -> (given: [String], surnames: [String]) {
        let pool = person.isFemale ? DemoNames.femaleGiven : DemoNames.maleGiven
        while true {
            var given = [person.given[0]]
            let middle = pool[hazardRNG.below(pool.count)]
            if middle != given[0] && hazardRNG.chance(0.5) { given.append(middle) }
            var surnames = [person.lastSurname]
            let other = DemoNames.surnames[hazardRNG.below(DemoNames.surnames.count)]
            if other != person.lastSurname { surnames.insert(other, at: 0) }
            if given + surnames != person.given + person.surnames,
                population.isFree(given: given, surnames: surnames)
            {
                return (given, surnames)
            }
        }
    }

    /// A municipality outside the Federal District, other than `excluded`.
    private mutating func municipality(excluding excluded: Int? = nil) -> DemoMunicipality {
        let pool = DemoPlaces.municipalities.filter { $0.uf != "DF" && $0.code != excluded }
        return hazardRNG.pick(pool, or: DemoPlaces.municipalities[0])
    }

    private mutating func anyArea() -> DemoArea {
        let areas: [DemoArea] = [.general, .socialAssistance, .health, .education, .humanRights, .migration]
        return areas[hazardRNG.below(areas.count)]
    }

    /// Two people with a common first and last name: a municipality and another municipality or
    /// a state, or a university and an international organisation; each with the institutional
    /// address of their own.
    private mutating func namesakesElsewhere() -> (Int, Int) {
        let isFemale = hazardRNG.chance(0.6)
        let name = commonName(isFemale: isFemale)
        let first: DemoOrganization
        let second: DemoOrganization
        if hazardRNG.chance(0.7) {
            let town = municipality()
            first = .municipal(town, area: anyArea())
            if hazardRNG.chance(0.5) {
                second = .municipal(municipality(excluding: town.code), area: anyArea())
            } else {
                let states = DemoPlaces.states.filter { $0.uf != "DF" }
                second = .state(hazardRNG.pick(states, or: DemoPlaces.states[0]), area: anyArea())
            }
        } else {
            first = hazardRNG.pick(DemoOrganization.universities, or: DemoOrganization.universities[0])
            let international = DemoOrganization.international.filter { $0.domain != nil }
            second = hazardRNG.pick(international, or: DemoOrganization.international[0])
        }
        let a = population.addNamed(
            given: name.given, surnames: name.surnames, isFemale: isFemale, in: first, address: .institutional,
            hazard: .namesakeElsewhere)
        let secondName = hazardRNG.chance(0.5) ? name : variedName(of: population[a])
        let b = population.addNamed(
            given: secondName.given, surnames: secondName.surnames, isFemale: isFemale, in: second,
            address: .institutional, hazard: .namesakeElsewhere)
        return (a, b)
    }

    /// The owner of a personal address and a namesake (same first name and last surname, other
    /// middle names, organisation, city and state) who types it once.
    private mutating func borrowedEmailPair() -> (owner: Int, borrower: Int) {
        let isFemale = hazardRNG.chance(0.6)
        let name = commonName(isFemale: isFemale)
        let ownerPlace = organization(for: generalAudience)
        let owner = population.addNamed(
            given: name.given, surnames: name.surnames, isFemale: isFemale, in: ownerPlace, address: .personal,
            hazard: .borrowedEmail)
        var borrowerPlace = organization(for: generalAudience)
        var tries = 0
        while borrowerPlace.uf == ownerPlace.uf && tries < 50 {
            borrowerPlace = organization(for: generalAudience)
            tries += 1
        }
        let other = variedName(of: population[owner])
        let borrower = population.addNamed(
            given: other.given, surnames: other.surnames, isFemale: isFemale, in: borrowerPlace, address: .usual,
            hazard: .borrowedEmail)
        population.lend(population[owner].email, to: borrower)
        return (owner, borrower)
    }

    /// Two people with the same surnames whose given names differ by gender or a suffix.
    private mutating func genderedPair() -> (Int, Int) {
        let pairs = [
            ("Gabriel", "Gabriela"), ("Daniel", "Daniela"), ("Paulo", "Paula"), ("João", "Joana"),
            ("Rafael", "Rafaela"), ("Adriano", "Adriana"), ("Fabrício", "Fabrícia"), ("Luciano", "Luciana"),
        ]
        let (male, female) = pairs[hazardRNG.below(pairs.count)]
        var surnames: [String] = []
        repeat {
            let a = DemoNames.surnames[hazardRNG.below(40)]
            let b = DemoNames.surnames[hazardRNG.below(40)]
            surnames = a == b ? [a] : [a, b]
        } while !population.isFree(given: [male], surnames: surnames)
            || !population.isFree(given: [female], surnames: surnames)
        let him = population.addNamed(
            given: [male], surnames: surnames, isFemale: false, in: organization(for: generalAudience),
            address: .usual, hazard: .givenNameGender)
        let her = population.addNamed(
            given: [female], surnames: surnames, isFemale: true, in: organization(for: generalAudience),
            address: .usual, hazard: .givenNameGender)
        return hazardRNG.chance(0.5) ? (him, her) : (her, him)
    }

    /// `Ana Costa` in one state and `Ana Maria Costa Lima` in another.
    private mutating func shortAndLongPair() -> (Int, Int) {
        let isFemale = hazardRNG.chance(0.6)
        let pool = isFemale ? DemoNames.femaleGiven : DemoNames.maleGiven
        var given = ""
        var second = ""
        var surname = ""
        var last = ""
        repeat {
            given = pool[hazardRNG.below(12)]
            second = pool[hazardRNG.below(pool.count)]
            surname = DemoNames.surnames[hazardRNG.below(30)]
            last = DemoNames.surnames[hazardRNG.below(DemoNames.surnames.count)]
        } while second == given || last == surname || !population.isFree(given: [given], surnames: [surname])
            || !population.isFree(given: [given, second], surnames: [surname, last])
        let shortPlace = organization(for: generalAudience)
        var longPlace = organization(for: generalAudience)
        var tries = 0
        while longPlace.uf == shortPlace.uf && tries < 50 {
            longPlace = organization(for: generalAudience)
            tries += 1
        }
        let short = population.addNamed(
            given: [given], surnames: [surname], isFemale: isFemale, in: shortPlace, address: .usual,
            hazard: .shortAndLongName)
        let long = population.addNamed(
            given: [given, second], surnames: [surname, last], isFemale: isFemale, in: longPlace, address: .usual,
            hazard: .shortAndLongName)
        return (short, long)
    }

    /// A person on a list without addresses (organisation, municipality and UF beside the name)
    /// and a namesake with a CPF at another municipality of the same state.
    private mutating func nameOnlyPair() -> (listed: Int, withCPF: Int) {
        let town = municipality()
        let listed = population.add(in: .municipal(town, area: anyArea()), student: false)
        let others = DemoPlaces.municipalities(in: town.uf).filter { $0.code != town.code }
        let otherPlace: DemoOrganization =
            others.isEmpty
            ? .state(DemoPlaces.state(town.uf), area: anyArea())
            : .municipal(hazardRNG.pick(others, or: others[0]), area: anyArea())
        let namesake = population.addTwin(of: listed, in: otherPlace)
        population.mark(listed, hazard: .nameOnlyNamesake, omitsAddress: true)
        population.mark(namesake, hazard: .nameOnlyNamesake)
        return (listed, namesake)
    }

    /// A person with two given names and two surnames, two addresses, and lists that drop one
    /// middle word or the other (`Ana Maria Souza`, `Ana Lima Souza`).
    private mutating func personWithVaryingMiddleNames() -> Int {
        let isFemale = hazardRNG.chance(0.6)
        let pool = isFemale ? DemoNames.femaleGiven : DemoNames.maleGiven
        var given: [String] = []
        var surnames: [String] = []
        repeat {
            given = [pool[hazardRNG.below(pool.count)], pool[hazardRNG.below(pool.count)]]
            surnames = [
                DemoNames.surnames[hazardRNG.below(DemoNames.surnames.count)],
                DemoNames.surnames[hazardRNG.below(DemoNames.surnames.count)],
            ]
        } while given[0] == given[1] || surnames[0] == surnames[1]
            || !population.isFree(given: given, surnames: surnames)
            || !population.isFree(given: [given[0]], surnames: [surnames[1]])
            || !population.isFree(given: given, surnames: [surnames[1]])
            || !population.isFree(given: [given[0]], surnames: surnames)
        let town = municipality()
        let person = population.addNamed(
            given: given, surnames: surnames, isFemale: isFemale, in: .municipal(town, area: anyArea()),
            address: .institutional, hazard: .middleNamesVary)
        population.vary(
            person, names: ["\(given[0]) \(given[1]) \(surnames[1])", "\(given[0]) \(surnames[0]) \(surnames[1])"])
        return person
    }
}
