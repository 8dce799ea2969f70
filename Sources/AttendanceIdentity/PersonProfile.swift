import AttendanceModel
/// What the reports say about one person, derived from all of the person's records.
package struct PersonProfile: Sendable, Hashable {
    /// A government with the name reports show for it.
    package struct GovernmentReference: Sendable, Hashable {
        /// The government (level and IBGE code).
        package var government: Government
        /// `Curitiba/PR` for a municipality, `Paraná (estado)` for a state.
        package var displayName: String
    }

    /// The most frequent spelling of the name, without display noise; empty when no record has a name.
    package var displayName: String
    /// The institution's sector; `nil` when no record names an institution.
    package var sector: Sector?
    /// The government the person works for, if any record names one.
    package var government: GovernmentReference?
    /// The person's federative unit: the government's, else the one most records give.
    package var unit: FederativeUnit?
    /// The unit's macro-region.
    package var region: Region? { unit?.region }

    /// Creates a profile from its values.
    package init(displayName: String, sector: Sector?, government: GovernmentReference?, unit: FederativeUnit?) {
        self.displayName = displayName
        self.sector = sector
        self.government = government
        self.unit = unit
    }

    /// Derives a person's profile from the person's records.
    ///
    /// - Display name: the most frequent ``PersonName/displayName``; ties go to mixed case over
    ///   all capitals or all lower case, then to more words, then to the alphabetically first.
    /// - Government: the one most records name (organisation wording counts twice, an e-mail
    ///   domain once); ties go to the lower level and code.
    /// - Sector: `.government` with a government, else the most frequent inferred sector other
    ///   than `.other` (ties in ``Sector`` declaration order), else the sector a note after the
    ///   name gives (`Maria Martins (UFMG)`), else `.other` when some record names an
    ///   organisation, else `nil`.
    /// - Unit: the government's, else the most frequent unit of the records' UF and city fields,
    ///   else that of a `*.gov.br` address, else one a note after the name gives
    ///   (`Luciana Pereira (Florianópolis)`, when the city's name is unique or its UF is known).
    ///
    /// - Parameters:
    ///   - records: The person's records, in any order.
    ///   - places: The IBGE directory.
    package static func derive(from records: [IdentityRecord], places: PlaceDirectory) -> PersonProfile {
        var cache = RuleCache()
        return derive(from: records, places: places, cache: &cache)
    }

    /// What ``derive(from:places:)`` learns from one record's text, kept by that text: many
    /// people share an organisation, a city or a mailbox domain, and one person's rejoins
    /// repeat every field, so one identity run applies each rule once per distinct text.
    package struct RuleCache: Sendable {
        struct NameFacts: Sendable {
            var displayName: String
            var noteUnits: [Int]
            var noteSectors: [Sector]
        }

        struct OrganizationFacts: Sendable {
            var named: Government?
            var fromDomain: Government?
            var sector: Sector?
            var hasOrganization: Bool
        }

        var names: [String: NameFacts] = [:]
        var domains: [String: String] = [:]
        var organizations: [String: OrganizationFacts] = [:]
        var units: [String: Int?] = [:]

        package init() {}
    }

    /// Derives a profile as ``derive(from:places:)`` does, reusing what `cache` already knows.
    package static func derive(from records: [IdentityRecord], places: PlaceDirectory, cache: inout RuleCache)
        -> PersonProfile
    {
        var names: [String: Int] = [:]
        var governments: [Government: Int] = [:]
        var sectors: [Sector: Int] = [:]
        var units: [Int: Int] = [:]
        var domainUnits: [Int: Int] = [:]
        var hasOrganization = false
        var noteUnits: [Int: Int] = [:]
        var noteSectors: [Sector: Int] = [:]
        for record in records {
            let nameKey = record.name + "\u{1F}" + record.uf
            let nameFacts: RuleCache.NameFacts
            if let known = cache.names[nameKey] {
                nameFacts = known
            } else {
                var facts = RuleCache.NameFacts(
                    displayName: PersonName.displayName(of: record.name), noteUnits: [],
                    noteSectors: [])
                for note in PersonName.parentheticalNotes(record.name) {
                    if let unit = places.unit(matching: note)?.code
                        ?? places.municipality(city: note, unit: record.uf)?.unitCode
                    {
                        facts.noteUnits.append(unit)
                    }
                    if let sector = Sector.inferred(organization: note), sector != .other {
                        facts.noteSectors.append(sector)
                    }
                }
                cache.names[nameKey] = facts
                nameFacts = facts
            }
            for unit in nameFacts.noteUnits { noteUnits[unit, default: 0] += 1 }
            for sector in nameFacts.noteSectors { noteSectors[sector, default: 0] += 1 }
            if !nameFacts.displayName.isEmpty { names[nameFacts.displayName, default: 0] += 1 }

            let domain: String
            if let known = cache.domains[record.email] {
                domain = known
            } else {
                domain = EmailAddress.addresses(in: record.email).first { !$0.isPersonalProvider }?.domain ?? ""
                cache.domains[record.email] = domain
            }
            let organizationKey = record.organization + "\u{1F}" + record.uf + "\u{1F}" + domain
            let facts: RuleCache.OrganizationFacts
            if let known = cache.organizations[organizationKey] {
                facts = known
            } else {
                let named = places.government(
                    forOrganization: record.organization, unit: record.uf, emailDomain: domain)
                let fromDomain = places.government(forEmailDomain: domain)
                let sector = Sector.inferred(
                    organization: record.organization, emailDomain: domain,
                    namesGovernment: named != nil || fromDomain != nil)
                facts = RuleCache.OrganizationFacts(
                    named: named, fromDomain: fromDomain, sector: sector,
                    hasOrganization: !TextNormalization.collapsingSpaces(record.organization).isEmpty)
                cache.organizations[organizationKey] = facts
            }
            if let named = facts.named {
                governments[named, default: 0] += 2
            } else if let fromDomain = facts.fromDomain {
                governments[fromDomain, default: 0] += 1
            }
            if let fromDomain = facts.fromDomain { domainUnits[fromDomain.unitCode, default: 0] += 1 }
            if facts.hasOrganization { hasOrganization = true }
            if let sector = facts.sector, sector != .other { sectors[sector, default: 0] += 1 }

            let placeKey = record.uf + "\u{1F}" + record.city
            let unit: Int?
            if let known = cache.units[placeKey] {
                unit = known
            } else {
                unit =
                    places.unit(matching: record.uf)?.code
                    ?? places.municipality(city: record.city, unit: record.uf)?.unitCode
                cache.units[placeKey] = unit
            }
            if let unit { units[unit, default: 0] += 1 }
        }

        let displayName =
            names.max { x, y in
                if x.value != y.value { return x.value < y.value }
                let (cx, cy) = (isMixedCase(x.key), isMixedCase(y.key))
                if cx != cy { return !cx }
                let (wx, wy) = (x.key.split(separator: " ").count, y.key.split(separator: " ").count)
                if wx != wy { return wx < wy }
                return x.key > y.key
            }?.key ?? ""

        let government = governments.max { x, y in x.value != y.value ? x.value < y.value : y.key < x.key }?.key
        var sector: Sector?
        if government != nil {
            sector = .government
        } else if let best = mostFrequent(sectors) ?? mostFrequent(noteSectors) {
            sector = best
        } else if hasOrganization {
            sector = .other
        }
        let unitCode =
            government?.unitCode ?? mostFrequent(units) ?? mostFrequent(domainUnits) ?? mostFrequent(noteUnits)
        return PersonProfile(
            displayName: displayName, sector: sector,
            government: government.map { GovernmentReference(government: $0, displayName: places.displayName(of: $0)) },
            unit: unitCode.flatMap { places.unit(code: $0) })
    }

    private static func mostFrequent(_ counts: [Int: Int]) -> Int? {
        counts.max { x, y in x.value != y.value ? x.value < y.value : y.key < x.key }?.key
    }

    private static func mostFrequent(_ counts: [Sector: Int]) -> Sector? {
        counts.max { x, y in x.value != y.value ? x.value < y.value : rank(of: y.key) < rank(of: x.key) }?.key
    }

    private static func rank(of sector: Sector) -> Int {
        Sector.allCases.firstIndex(of: sector) ?? Sector.allCases.count
    }

    private static func isMixedCase(_ text: String) -> Bool {
        text != text.uppercased() && text != text.lowercased()
    }
}
