/// The people of the demo year, created on demand with unique names, addresses and CPFs.
///
/// Names are unique both in full and shortened to first name and last surname, except for the
/// homonyms made on purpose (``addTwin(of:in:)``): a shortened name in a list then still points
/// to one person, as the identity step needs.
struct DemoPopulation {
    private(set) var people: [DemoPerson] = []
    private var rng: SplitMix64
    private var fullNames: Set<String> = []
    private var shortNames: Set<String> = []
    private var emails: Set<String> = []
    private var cpfs: Set<String> = []
    /// One copy of each organisation people work at, by name: people of one body share its
    /// strings instead of each holding their own (it matters at a benchmark year's 600,000 people).
    private var organizations: [String: DemoOrganization] = [:]
    private var publicCount = 0
    private var staffCount = 0
    /// Whether shortened names stay unique too: up to the published year's size there are
    /// enough first name and last surname pairs, beyond it (benchmark years) not.
    private let uniqueShortNames: Bool

    init(seed: UInt64, uniqueShortNames: Bool = true) {
        rng = SplitMix64(seed: seed, stream: "population")
        self.uniqueShortNames = uniqueShortNames
    }

    subscript(index: Int) -> DemoPerson {
        people[index]
    }

    /// A new member of the public working at `organization`; returns their index.
    ///
    /// - Parameter student: `true` for a student of a university (not a public servant),
    ///   `false` for staff, `nil` to let the draw decide.
    mutating func add(in organization: DemoOrganization, student: Bool? = nil) -> Int {
        publicCount += 1
        let key = "P" + padded(publicCount, 4)
        let isFemale = rng.chance(0.6)
        let (given, surnames) = freshName(isFemale: isFemale)
        return append(
            key: key, given: given, surnames: surnames, isFemale: isFemale, organization: organization,
            student: student)
    }

    /// A member of the programme's staff (hosts, panelists, organizers): key `S001`….
    mutating func addStaff(in organization: DemoOrganization) -> Int {
        staffCount += 1
        let isFemale = rng.chance(0.6)
        let (given, surnames) = freshName(isFemale: isFemale)
        return append(
            key: "S" + padded(staffCount, 3), given: given, surnames: surnames, isFemale: isFemale,
            organization: organization, student: false)
    }

    /// A different person with exactly the same name as `index`, at another organisation.
    mutating func addTwin(of index: Int, in organization: DemoOrganization) -> Int {
        publicCount += 1
        let original = people[index]
        let twin = append(
            key: "P" + padded(publicCount, 4), given: original.given, surnames: original.surnames,
            isFemale: original.isFemale, organization: organization, student: false)
        people[index].hasHomonym = true
        people[twin].hasHomonym = true
        return twin
    }

    /// Makes `second` use `first`'s address (a department mailbox), dropping any other address.
    mutating func shareEmail(_ first: Int, with second: Int, mailbox: String) {
        guard let domain = people[first].organization.domain else { return }
        var address = "\(mailbox)@\(domain)"
        var suffix = 2
        while emails.contains(address) {
            address = "\(mailbox)\(suffix)@\(domain)"
            suffix += 1
        }
        emails.insert(address)
        for index in [first, second] {
            people[index].email = address
            people[index].alternateEmail = nil
            people[index].sharesEmail = true
        }
    }

    // MARK: - Hazards

    /// How a hazard person's main address is made.
    enum Address {
        /// The organisation's, when it has a domain (a personal one otherwise).
        case institutional
        case personal
        /// As anyone's: mostly institutional where there is a domain.
        case usual
    }

    /// Whether nobody has the full name `given + surnames` yet.
    func isFree(given: [String], surnames: [String]) -> Bool {
        !fullNames.contains(DemoText.slug((given + surnames).joined(separator: " "), separator: " "))
    }

    /// A member of the public with the name given (a hazard's namesake: the full name may be
    /// someone else's, and the shortened name usually is), marked with `hazard`.
    mutating func addNamed(
        given: [String], surnames: [String], isFemale: Bool, in organization: DemoOrganization,
        address: Address, hazard: DemoMess
    ) -> Int {
        publicCount += 1
        let index = append(
            key: "P" + padded(publicCount, 4), given: given, surnames: surnames, isFemale: isFemale,
            organization: organization, student: false)
        let person = people[index]
        fullNames.insert(DemoText.slug(person.fullName, separator: " "))
        shortNames.insert(DemoText.slug(person.shortName, separator: " "))
        switch address {
        case .institutional:
            if let domain = organization.domain, !person.email.hasSuffix("@" + domain) {
                people[index].email = institutionalAddress(for: person, at: domain)
            }
        case .personal:
            if let domain = organization.domain, person.email.hasSuffix("@" + domain) {
                people[index].email = personalAddress(for: person)
            }
        case .usual: break
        }
        people[index].hazard = hazard
        return index
    }

    /// Marks `index` as part of `hazard`; `omitsAddress` for a person who writes none where a row may go without.
    mutating func mark(_ index: Int, hazard: DemoMess, omitsAddress: Bool = false) {
        people[index].hazard = hazard
        people[index].omitsAddress = omitsAddress
    }

    /// Has `index` type `address` (a namesake's) once instead of their own.
    mutating func lend(_ address: String, to index: Int) {
        people[index].borrowedEmail = address
    }

    /// Gives `index` two addresses (institutional and personal, or two personal) and the two
    /// names their lists carry in turn.
    mutating func vary(_ index: Int, names: [String]) {
        let person = people[index]
        if person.alternateEmail == nil { people[index].alternateEmail = personalAddress(for: person) }
        people[index].nameVariants = names
    }

    // MARK: - Making one person

    private mutating func append(
        key: String, given: [String], surnames: [String], isFemale: Bool,
        organization made: DemoOrganization, student: Bool?
    ) -> Int {
        let organization = shared(made)
        let titles: [(female: String, male: String)]
        switch organization.sector {
        case .government: titles = organization.area == .health ? DemoNames.healthTitles : DemoNames.governmentTitles
        case .academia:
            let isStudent = student ?? rng.chance(0.3)
            titles = DemoNames.academicTitles.filter { DemoNames.studentTitles.contains($0.female) == isStudent }
        case .civilSociety: titles = DemoNames.civilTitles
        case .international: titles = DemoNames.internationalTitles
        }
        let title = rng.pick(titles, or: ("Analista", "Analista"))
        let jobTitle = isFemale ? title.female : title.male
        var city = organization.city
        if organization.government?.level == .state, rng.chance(0.3) {
            city = rng.pick(DemoPlaces.municipalities(in: organization.uf).map(\.name), or: city)
        }
        let person = DemoPerson(
            key: key, given: given, surnames: surnames, isFemale: isFemale, organization: organization,
            email: "", alternateEmail: nil, cpf: freshCPF(), jobTitle: jobTitle, city: city, uf: organization.uf,
            isPublicServant: organization.employsPublicServants && !DemoNames.studentTitles.contains(jobTitle))
        var withMail = person
        let institutional = organization.domain.map { institutionalAddress(for: person, at: $0) }
        let usesInstitutional =
            institutional != nil
            && rng.chance(organization.sector == .civilSociety ? 0.6 : 0.9)
        if let institutional, usesInstitutional {
            withMail.email = institutional
            if rng.chance(0.25) { withMail.alternateEmail = personalAddress(for: person) }
        } else {
            withMail.email = personalAddress(for: person)
        }
        people.append(withMail)
        return people.count - 1
    }

    /// `organization`, or the equal copy made for an earlier person.
    private mutating func shared(_ organization: DemoOrganization) -> DemoOrganization {
        if let known = organizations[organization.name], known == organization { return known }
        organizations[organization.name] = organization
        return organization
    }

    private mutating func freshName(isFemale: Bool) -> ([String], [String]) {
        let pool = isFemale ? DemoNames.femaleGiven : DemoNames.maleGiven
        while true {
            var given = [rng.pick(pool)]
            if rng.chance(0.3) {
                let second = rng.pick(pool)
                if second != given[0] { given.append(second) }
            }
            let surnameCount = [1, 2, 2, 2, 2, 3][rng.below(6)]
            var surnames: [String] = []
            while surnames.count < surnameCount {
                let surname = rng.pick(DemoNames.surnames)
                if !surnames.contains(surname) { surnames.append(surname) }
            }
            if surnames.count > 1 || given.count > 1, rng.chance(0.18) {
                let at = rng.below(surnames.count)
                surnames[at] = rng.pick(DemoNames.particles) + " " + surnames[at]
            }
            let full = DemoText.slug((given + surnames).joined(separator: " "), separator: " ")
            let lastWord = surnames.last.map { String($0.split(separator: " ").last ?? Substring($0)) } ?? ""
            let short = DemoText.slug(given[0] + " " + lastWord, separator: " ")
            guard !fullNames.contains(full), !uniqueShortNames || !shortNames.contains(short) else { continue }
            fullNames.insert(full)
            shortNames.insert(short)
            return (given, surnames)
        }
    }

    private mutating func freshCPF() -> String {
        while true {
            let cpf = DemoCPF.make(&rng)
            if cpfs.insert(cpf).inserted { return cpf }
        }
    }

    private mutating func institutionalAddress(for person: DemoPerson, at domain: String) -> String {
        let first = DemoText.slug(person.given[0], separator: ".")
        let last = DemoText.slug(person.lastSurname, separator: "")
        let candidates: [String]
        switch person.organization.mailbox {
        case .givenDotSurname:
            let middle = person.words.count > 2 ? DemoText.slug(String(person.words[1].prefix(1))) : "x"
            candidates = ["\(first).\(last)", "\(first).\(middle).\(last)"]
        case .initialSurname:
            candidates = ["\(first.prefix(1))\(last)", "\(first.prefix(2))\(last)"]
        case .given:
            candidates = [first, "\(first).\(last)"]
        }
        return unique(candidates, domain: domain)
    }

    private mutating func personalAddress(for person: DemoPerson) -> String {
        let provider = DemoNames.providers[rng.weightedIndex(DemoNames.providerWeights)]
        let first = DemoText.slug(person.given[0], separator: "")
        let last = DemoText.slug(person.lastSurname, separator: "")
        let number = rng.int(in: 1...99)
        let box: String
        switch rng.below(6) {
        case 0: box = "\(first).\(last)"
        case 1: box = "\(first)\(last)"
        case 2: box = "\(first)_\(last)"
        case 3: box = "\(first).\(last)\(number)"
        case 4: box = "\(first)\(last)\(number)"
        default: box = "\(first.prefix(1))\(last)\(rng.int(in: 60...99))"
        }
        return unique([box], domain: provider)
    }

    private mutating func unique(_ candidates: [String], domain: String) -> String {
        for box in candidates where !emails.contains("\(box)@\(domain)") {
            emails.insert("\(box)@\(domain)")
            return "\(box)@\(domain)"
        }
        var suffix = 2
        let base = candidates.first ?? "contato"
        while emails.contains("\(base)\(suffix)@\(domain)") { suffix += 1 }
        emails.insert("\(base)\(suffix)@\(domain)")
        return "\(base)\(suffix)@\(domain)"
    }

    private func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
