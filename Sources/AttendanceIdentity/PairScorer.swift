import AttendanceModel
import Foundation

/// Compares two records' features field by field (the Fellegi–Sunter comparison vector).
package struct PairScorer: Sendable {
    let table: FeatureTable
    /// The weights in use: the hand-set ones with ``learned`` added.
    let weights: MatchWeights
    /// The hand-set weights (the priors), for explanations.
    let priorWeights: MatchWeights
    /// What this resolution learned from its own records.
    let learned: LearnedWeights

    /// A scorer with hand-set weights only.
    init(table: FeatureTable, weights: MatchWeights) {
        self.init(table: table, priorWeights: weights, learned: .none)
    }

    /// A scorer with hand-set weights and what a resolution learned.
    init(table: FeatureTable, priorWeights: MatchWeights, learned: LearnedWeights) {
        self.table = table
        self.priorWeights = priorWeights
        self.learned = learned
        self.weights = priorWeights.applying(learned)
    }

    /// The levels and weights of one comparison, without text (the hot path allocates nothing).
    struct Evidence {
        var cpf: (ComparisonLevel, Double) = (.missing, 0)
        var name: (ComparisonLevel, Double) = (.missing, 0)
        var email: (ComparisonLevel, Double) = (.missing, 0)
        var phone: (ComparisonLevel, Double) = (.missing, 0)
        var organization: (ComparisonLevel, Double) = (.missing, 0)
        var place: (ComparisonLevel, Double) = (.missing, 0)
        var source: (ComparisonLevel, Double) = (.missing, 0)
        /// The term-frequency adjustment of a name agreement: a common name says less.
        var frequency: (ComparisonLevel, Double) = (.missing, 0)
        var isBlocked = false

        var score: Double {
            cpf.1 + name.1 + email.1 + phone.1 + organization.1 + place.1 + source.1 + frequency.1
        }

        /// Whether a pair scored below the review threshold still deserves a person's look: the
        /// given name and surname agree though a middle name differs or is missing, the
        /// organisation or government is the same, and nothing contradicts it (a person whose
        /// lists carry different middle names and addresses).
        var isPossibleMatch: Bool {
            let names: Set<ComparisonLevel> = [.middleConflict, .middleAsGiven, .lastSurnameDropped, .shortened]
            let affiliations: Set<ComparisonLevel> = [.sameGovernment, .sameOrganization]
            return names.contains(name.0) && affiliations.contains(organization.0) && score >= 0 && !isContradicted
        }

        /// Whether some evidence speaks strongly of two people (``ComparisonLevel/isContradiction``).
        var isContradicted: Bool {
            name.0.isContradiction || organization.0.isContradiction || place.0.isContradiction
        }
    }

    enum WordMatch: Int {
        case none = 0
        case similar, exact
    }

    // MARK: Words

    /// Whether two name words are the same word, a typo of it, an initial of it, or different.
    ///
    /// Similar: one edit apart (both of four letters or more), Jaro–Winkler ≥ 0.92 (both of five
    /// letters or more), or equal phonetic codes with Jaro–Winkler ≥ 0.85 (sound alone is too
    /// loose: `helena`/`elaine` share a code); an initial matches any word starting with it.
    func match(_ a: Int32, _ b: Int32) -> WordMatch {
        if a == b { return .exact }
        let x = table.wordBytes[Int(a)]
        let y = table.wordBytes[Int(b)]
        if x.count == 1 || y.count == 1 { return x.first == y.first ? .similar : .none }
        if StringSimilarity.isGenderPair(x, y) { return .none }
        let shorter = min(x.count, y.count)
        if shorter >= 4, StringSimilarity.isWithinOneEdit(x, y) { return .similar }
        // A letter dropped from a word of four (`mlo` for `melo`), the first letter kept.
        if shorter == 3, max(x.count, y.count) == 4, x.first == y.first, StringSimilarity.isWithinOneEdit(x, y) {
            return .similar
        }
        guard shorter >= 3 else { return .none }
        let similarity = StringSimilarity.jaroWinkler(x, y)
        if shorter >= 5, similarity >= 0.92 { return .similar }
        if table.wordPhonetic[Int(a)] == table.wordPhonetic[Int(b)], similarity >= 0.85 { return .similar }
        return .none
    }

    // MARK: Names

    /// Compares two names' words: see ``ComparisonLevel`` for the levels.
    func compareNames(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, _ suffixA: NameSuffix?, _ suffixB: NameSuffix?
    ) -> (ComparisonLevel, Double) {
        if a.isEmpty || b.isEmpty { return (.missing, 0) }
        if let suffixA, let suffixB, suffixA != suffixB { return (.suffixConflict, weights.nameSuffixConflict) }
        // A two-word name keeps its suffix as a word ("Edson Junior"): set it aside when the other has that suffix.
        var (a, b) = (a, b)
        if let suffixA, suffixB == nil, b.count >= 2, NameSuffix(word: table.words[b[b.count - 1]]) == suffixA {
            b = UnsafeBufferPointer(rebasing: b.dropLast())
        }
        if let suffixB, suffixA == nil, a.count >= 2, NameSuffix(word: table.words[a[a.count - 1]]) == suffixB {
            a = UnsafeBufferPointer(rebasing: a.dropLast())
        }
        let (s, l) = a.count <= b.count ? (a, b) : (b, a)
        let n = s.count

        if n == l.count {
            var typos = 0
            var inOrder = true
            for k in 0..<n {
                switch match(s[k], l[k]) {
                case .exact: continue
                case .similar: typos += 1
                case .none: inOrder = false
                }
                if !inOrder { break }
            }
            if inOrder {
                if typos == 0 { return (.identical, MatchWeights.byCount(weights.nameIdentical, n)) }
                return (.typo, MatchWeights.byCount(weights.nameTypo, n) - weights.nameTypoPenalty * Double(typos - 1))
            }
        }
        if n == 1 {
            if match(s[0], l[0]) != .none { return (.givenOnly, weights.nameGivenOnly) }
            if match(s[0], l[l.count - 1]) != .none { return (.surnameOnly, weights.nameSurnameOnly) }
            return (.givenConflict, weights.nameGivenConflict)
        }

        let first = match(s[0], l[0]) != .none
        let last = match(s[n - 1], l[l.count - 1]) != .none
        if first && last {
            if innerWordsFound(s[1..<(n - 1)], in: l[1..<(l.count - 1)]) {
                return (.shortened, MatchWeights.byCount(weights.nameShortened, n))
            }
            return (.middleConflict, weights.nameMiddleConflict)
        }
        if first {
            if l.count > 1, innerWordsFound(s[1...], in: l[1..<(l.count - 1)]) {
                return (.lastSurnameDropped, MatchWeights.byCount(weights.nameLastSurnameDropped, n))
            }
            return (.surnameConflict, weights.nameSurnameConflict)
        }
        if match(s[0], l[l.count - 1]) != .none && match(s[n - 1], l[0]) != .none {
            return (.reordered, MatchWeights.byCount(weights.nameShortened, n) + weights.nameReordered)
        }
        if l.count >= 3, match(s[0], l[1]) != .none, last,
            innerWordsFound(s[1..<(n - 1)], in: l[2..<(l.count - 1)])
        {
            return (.middleAsGiven, MatchWeights.byCount(weights.nameMiddleAsGiven, n))
        }
        return (.givenConflict, weights.nameGivenConflict)
    }

    /// Whether every word of `inner` matches a distinct word of `pool` (in any order).
    private func innerWordsFound<Inner: Collection<Int32>, Pool: Collection<Int32>>(
        _ inner: Inner, in pool: Pool
    ) -> Bool {
        if inner.isEmpty { return true }
        if inner.count > pool.count { return false }
        var used: UInt64 = 0
        for word in inner {
            var found = false
            for (offset, candidate) in pool.enumerated() where offset < 64 && used & (1 << offset) == 0 {
                if match(word, candidate) != .none {
                    used |= 1 << offset
                    found = true
                    break
                }
            }
            if !found { return false }
        }
        return true
    }

    /// Whether two names can belong to one person: no conflict of given name, surname or suffix.
    ///
    /// - Parameter givenNameOnly: Accept a surname conflict (names that share the given name).
    func namesAreCompatible(_ a: RecordFeatures, _ b: RecordFeatures, givenNameOnly: Bool = false) -> Bool {
        switch compareNames(a, b).0 {
        case .givenConflict, .suffixConflict: false
        case .surnameConflict: givenNameOnly
        default: true
        }
    }

    /// Compares two records' names (the words live in the table's shared storage).
    func compareNames(_ a: RecordFeatures, _ b: RecordFeatures) -> (ComparisonLevel, Double) {
        let (x, y, suffixA, suffixB) = (a.words.indices, b.words.indices, a.suffix, b.suffix)
        return table.wordStorage.withUnsafeBufferPointer { storage in
            compareNames(
                UnsafeBufferPointer(rebasing: storage[x]), UnsafeBufferPointer(rebasing: storage[y]), suffixA, suffixB)
        }
    }

    // MARK: Records

    /// Compares two records on every field.
    func evidence(_ i: Int, _ j: Int) -> Evidence {
        evidence(table.records[i], table.records[j])
    }

    private func evidence(_ a: RecordFeatures, _ b: RecordFeatures) -> Evidence {
        var evidence = Evidence()
        if a.cpf != 0 && b.cpf != 0 {
            if a.cpf == b.cpf {
                evidence.cpf = (.agree, weights.cpfAgree)
            } else {
                evidence.cpf = (.disagree, weights.cpfDisagree)
                evidence.isBlocked = true
            }
        }
        evidence.name = compareNames(a, b)
        switch evidence.name.0 {
        case .identical, .typo, .shortened, .reordered, .middleAsGiven, .lastSurnameDropped:
            let penalty = frequencyPenalty(min(a.nameFrequency, b.nameFrequency))
            if penalty > 0 { evidence.frequency = (.commonName, -penalty) }
        default: break
        }
        evidence.email = compareEmails(a, b)
        if a.phone >= 0 && b.phone >= 0 {
            evidence.phone = a.phone == b.phone ? (.agree, weights.phoneAgree) : (.disagree, weights.phoneDisagree)
        }
        evidence.organization = compareAffiliations(a, b)
        evidence.place = comparePlaces(a, b)
        if a.source >= 0, a.source == b.source {
            if evidence.email.0 == .disagree || evidence.email.0 == .workAndPersonal {
                // Two rows of one list under different addresses: two people present at once, more
                // likely than one person signing in twice with two accounts.
                evidence.source = (.sameSourceOtherAddress, weights.sameSourceOtherAddress)
            }
        } else if a.event >= 0, a.event == b.event {
            // Another list of the same event (a registration and an attendance list, the next
            // session): an event's people recur, and namesakes meeting in one event are rare.
            evidence.source = (.sameEventOtherList, weights.sameEventOtherList)
        }
        return evidence
    }

    func score(_ i: Int, _ j: Int) -> Double { evidence(i, j).score }

    /// The weight a name agreement loses for a common name: log₂ of how many times more records
    /// carry it than ``MatchWeights/nameFrequencyBaseline``, capped.
    func frequencyPenalty(_ frequency: Int32) -> Double {
        guard Double(frequency) > weights.nameFrequencyBaseline else { return 0 }
        return min(weights.nameFrequencyPenaltyCap, log2(Double(frequency) / weights.nameFrequencyBaseline))
    }

    private func compareEmails(_ a: RecordFeatures, _ b: RecordFeatures) -> (
        ComparisonLevel, Double
    ) {
        if a.emails.isEmpty || b.emails.isEmpty { return (.missing, 0) }
        var best: (ComparisonLevel, Double)?
        func consider(_ level: ComparisonLevel, _ weight: Double) {
            if let current = best, current.1 >= weight { return }
            best = (level, weight)
        }
        var sameDomain = false
        for x in a.emails.indices {
            let addressA = table.emailStorage[x]
            for y in b.emails.indices {
                let addressB = table.emailStorage[y]
                if addressA == addressB {
                    if table.isSharedEmail[Int(addressA)] {
                        consider(.sharedAddress, weights.emailShared)
                    } else {
                        consider(.agree, weights.emailAgree)
                    }
                    continue
                }
                if table.addressDomain[Int(addressA)] == table.addressDomain[Int(addressB)] { sameDomain = true }
                // A local part that just spells a name repeats the name's evidence: namesakes build
                // the same local parts, so only other local parts count.
                if table.localSpellsNameStorage[x] || table.localSpellsNameStorage[y] { continue }
                let (localA, localB) = (table.localKeyStorage[x], table.localKeyStorage[y])
                let letters = table.localKeyBytes[Int(localA)]
                let otherLetters = table.localKeyBytes[Int(localB)]
                if localA == localB, !letters.isEmpty {
                    consider(
                        .sameLocalPart,
                        letters.count >= 8 ? weights.emailSameLocalPartLong : weights.emailSameLocalPartShort)
                } else if min(letters.count, otherLetters.count) >= 6,
                    StringSimilarity.jaroWinkler(letters, otherLetters) >= 0.93
                {
                    consider(.similarLocalPart, weights.emailSimilarLocalPart)
                }
            }
        }
        if let best { return best }
        if sameDomain, a.institutionalDomain >= 0, a.institutionalDomain == b.institutionalDomain {
            return (.disagree, weights.emailDisagreeSameDomain)
        }
        // One side writes only a work address and the other only a personal one: most people
        // have one of each, so this says less than two work or two personal addresses.
        let workOnly = { (r: RecordFeatures) in r.institutionalDomain >= 0 && !r.hasPersonalAddress }
        let personalOnly = { (r: RecordFeatures) in r.institutionalDomain < 0 && r.hasPersonalAddress }
        if (workOnly(a) && personalOnly(b)) || (personalOnly(a) && workOnly(b)) {
            return (.workAndPersonal, weights.emailWorkAndPersonal)
        }
        return (.disagree, weights.emailDisagree)
    }

    private func compareAffiliations(_ a: RecordFeatures, _ b: RecordFeatures) -> (
        ComparisonLevel, Double
    ) {
        if let ga = a.government, let gb = b.government {
            if ga == gb { return (.sameGovernment, weights.governmentAgree) }
            return (
                .differentGovernment,
                ga.unitCode == gb.unitCode ? weights.governmentDisagree : weights.governmentInOtherUnit
            )
        }
        let nonGovernment: (Sector?) -> Bool = { $0 != nil && $0 != .government }
        if (a.government != nil && nonGovernment(b.sector)) || (b.government != nil && nonGovernment(a.sector)) {
            return (.differentOrganization, weights.organizationDisagree)
        }
        if !a.organizationKeys.isEmpty && !b.organizationKeys.isEmpty {
            let keysB = table.organizationKeyStorage[b.organizationKeys.indices]
            if table.organizationKeyStorage[a.organizationKeys.indices].contains(where: keysB.contains) {
                return (.sameOrganization, weights.organizationAgree)
            }
            return (.differentOrganization, weights.organizationDisagree)
        }
        if a.institutionalDomain >= 0, b.institutionalDomain >= 0 {
            if a.institutionalDomain == b.institutionalDomain { return (.sameOrganization, weights.domainAgree) }
            // An institution's address says where a person works: `iom.int` and `ufms.br` are two
            // employers, `ufms.br` and `aluno.ufms.br` one.
            let (x, y) = (table.domains[a.institutionalDomain], table.domains[b.institutionalDomain])
            if !x.hasSuffix("." + y) && !y.hasSuffix("." + x) {
                return (.differentOrganization, weights.organizationDisagree)
            }
        }
        return (.missing, 0)
    }

    private func comparePlaces(_ a: RecordFeatures, _ b: RecordFeatures) -> (
        ComparisonLevel, Double
    ) {
        if a.municipality != 0 && b.municipality != 0 {
            if a.municipality == b.municipality { return (.sameMunicipality, weights.municipalityAgree) }
            return a.municipality / 100_000 == b.municipality / 100_000
                ? (.differentMunicipality, weights.municipalityDisagree) : (.differentUnit, weights.unitDisagree)
        }
        if a.unit != 0 && b.unit != 0 {
            return a.unit == b.unit ? (.sameUnit, weights.unitAgree) : (.differentUnit, weights.unitDisagree)
        }
        return (.missing, 0)
    }

    // MARK: Breakdown

    /// The comparison with the values compared, for people.
    package func breakdown(_ i: Int, _ j: Int) -> ScoreBreakdown {
        let evidence = evidence(i, j)
        let prior = PairScorer(table: table, weights: priorWeights).evidence(i, j)
        let a = table.records[i]
        let b = table.records[j]
        func words(_ r: RecordFeatures) -> String {
            table.words(r.words).map { table.words[$0] }.joined(separator: " ")
                + (r.suffix.map { " (\($0.rawValue))" } ?? "")
        }
        func emails(_ r: RecordFeatures) -> String {
            table.emailStorage[r.emails.indices].map { table.emails[$0] }.joined(separator: ",")
        }
        func affiliation(_ r: RecordFeatures) -> String {
            if let g = r.government { return "\(g.level.rawValue) \(g.code)" }
            return table.organizationKeyStorage[r.organizationKeys.indices].first.map { table.organizationKeys[$0] }
                ?? (r.institutionalDomain >= 0 ? "@" + table.domains[r.institutionalDomain] : "")
        }
        func place(_ r: RecordFeatures) -> String {
            r.municipality != 0 ? String(r.municipality) : (r.unit != 0 ? String(r.unit) : "")
        }
        // The event, and the list by the first characters of its key (a content fingerprint,
        // which names no file): enough to tell two lists apart.
        func context(_ r: RecordFeatures) -> String {
            [
                r.event >= 0 ? table.events[r.event] : "",
                r.source >= 0 ? "list " + table.sources[r.source].prefix(8) : "",
            ]
            .filter { !$0.isEmpty }.joined(separator: " ")
        }
        func pair(_ x: String, _ y: String) -> String { "\(x.isEmpty ? "–" : x) ~ \(y.isEmpty ? "–" : y)" }
        func frequency(_ r: RecordFeatures) -> String { r.nameFrequency > 0 ? String(r.nameFrequency) : "" }
        let frequencies =
            a.nameFrequency == 0 && b.nameFrequency == 0 ? "" : pair(frequency(a), frequency(b)) + " records"
        let rows: [(ScoreBreakdown.Field, (ComparisonLevel, Double), Double, String)] = [
            (
                .cpf, evidence.cpf, prior.cpf.1,
                pair(
                    a.cpfShown >= 0 ? table.cpfsShown[a.cpfShown] : "",
                    b.cpfShown >= 0 ? table.cpfsShown[b.cpfShown] : "")
            ),
            (.name, evidence.name, prior.name.1, pair(words(a), words(b))),
            (.frequency, evidence.frequency, prior.frequency.1, frequencies),
            (.email, evidence.email, prior.email.1, pair(emails(a), emails(b))),
            (
                .phone, evidence.phone, prior.phone.1,
                pair(a.phone >= 0 ? table.phones[a.phone] : "", b.phone >= 0 ? table.phones[b.phone] : "")
            ),
            (.organization, evidence.organization, prior.organization.1, pair(affiliation(a), affiliation(b))),
            (.place, evidence.place, prior.place.1, pair(place(a), place(b))),
            (.source, evidence.source, prior.source.1, pair(context(a), context(b))),
        ]
        let comparisons = rows.map { field, value, prior, detail in
            ScoreBreakdown.Comparison(field: field, level: value.0, weight: value.1, detail: detail, prior: prior)
        }
        return ScoreBreakdown(comparisons: comparisons, isBlocked: evidence.isBlocked)
    }
}
