import Foundation

/// A kind of mess a demo record carries, as real lists do; listed per record in the truth.
///
/// The generator uses every kind of ``allCases`` at least once in a year (at any scale), at
/// rates close to the field samples', and never piles up messes a careful identity step could
/// not undo: a name shortened or misspelt keeps a usable address or CPF beside it, and a name
/// without address keeps all its words.
///
/// The kinds of ``hazardKinds`` (namesakes, a borrowed address, …) appear only in a year
/// generated with ``DemoHazards/field``; each is listed on every record of the people it
/// concerns, so that a wrong merge or split can be traced to its hazard.
package enum DemoMess: String, Sendable, Hashable, Codable, CaseIterable {
    /// `Joao Goncalves` for `João Gonçalves`.
    case accentsDropped = "accents-dropped"
    case upperCase = "upper-case"
    case lowerCase = "lower-case"
    /// First given name and last surname only.
    case middleNamesDropped = "middle-names-dropped"
    /// One letter swapped, doubled, dropped or replaced.
    case typo
    /// `Souza, Ana Maria`.
    case surnameFirst = "surname-first"
    /// Doubled or trailing spaces.
    case extraSpaces = "extra-spaces"
    /// `Ana Souza (Pelotas)`.
    case cityInParentheses = "city-in-parentheses"
    /// Teams' `(Guest)` after a name without address.
    case guestSuffix = "guest-suffix"
    /// A Zoom display name such as `iPhone de Ana`.
    case deviceName = "device-name"
    /// A Zoom display name such as `Ana - UFPR`.
    case organizationSuffix = "organization-suffix"
    /// The address in other letter case.
    case emailCase = "email-case"
    /// The person's other address.
    case secondEmail = "second-email"
    /// `hotmal.com`, `gmail.com.br`.
    case mistypedDomain = "mistyped-domain"
    /// Spaces around the address.
    case emailSpaces = "email-spaces"
    /// No address where the format usually has one.
    case emailMissing = "email-missing"
    /// A department address two colleagues share.
    case sharedEmail = "shared-email"
    case cpfDigitsOnly = "cpf-digits-only"
    case cpfPunctuated = "cpf-punctuated"
    case cpfSpaced = "cpf-spaced"
    case cpfDashOnly = "cpf-dash-only"
    /// A CPF starting with 0 that a spreadsheet turned into ten digits.
    case cpfLeadingZeroLost = "cpf-leading-zero-lost"
    case cpfMissing = "cpf-missing"
    /// Another person of the year has the same name.
    case homonym
    /// A second stay of the same person in the same session.
    case rejoin
    /// A form sent twice.
    case doubleSubmission = "double-submission"
    /// A stay shorter than the event's `min_minutes`.
    case shortStay = "short-stay"
    /// A row typed twice into a hand-made list.
    case typedTwice = "typed-twice"
    /// A second completion of the course by the same person.
    case repeatedCompletion = "repeated-completion"

    // Hazards (only with ``DemoHazards/field``).

    /// Two people with a common first and last name at different governments or organisations,
    /// each writing the institutional address of their own.
    case namesakeElsewhere = "namesake-elsewhere"
    /// Two namesakes (same first and last name, other middle names, city, state and
    /// organisation), one of whom typed the other's personal address in one list.
    case borrowedEmail = "borrowed-email"
    /// Two people with the same surnames whose given names differ by gender or a suffix
    /// (`Gabriel` / `Gabriela`).
    case givenNameGender = "given-name-gender"
    /// Two people in different states, one with a short name contained in the other's long one
    /// (`Ana Costa` / `Ana Maria Costa Lima`).
    case shortAndLongName = "short-long-name"
    /// A name-only row (no address) of one person, and a namesake with a CPF in the same state.
    case nameOnlyNamesake = "name-only-namesake"
    /// A Teams guest misspelt in one session and written right in the next one of the same event.
    case guestMisspelt = "guest-misspelt"
    /// One person with two addresses whose lists carry different middle names.
    case middleNamesVary = "middle-names-vary"
    /// The list has an empty row after its header: every record is one line further down.
    case emptyRowAfterHeader = "empty-row-after-header"
    /// The course list's many namesakes: two completers with the same name elsewhere.
    case courseNamesake = "course-namesake"

    /// The kinds every generated year has, hazards or not (a year without hazards has exactly
    /// these); ``hazardKinds`` are the others.
    package static let allCases: [DemoMess] = [
        .accentsDropped, .upperCase, .lowerCase, .middleNamesDropped, .typo, .surnameFirst, .extraSpaces,
        .cityInParentheses, .guestSuffix, .deviceName, .organizationSuffix, .emailCase, .secondEmail,
        .mistypedDomain, .emailSpaces, .emailMissing, .sharedEmail, .cpfDigitsOnly, .cpfPunctuated, .cpfSpaced,
        .cpfDashOnly, .cpfLeadingZeroLost, .cpfMissing, .homonym, .rejoin, .doubleSubmission, .shortStay,
        .typedTwice, .repeatedCompletion,
    ]

    /// The kinds only a year generated with ``DemoHazards/field`` has, each at least once.
    package static let hazardKinds: [DemoMess] = [
        .namesakeElsewhere, .borrowedEmail, .givenNameGender, .shortAndLongName, .nameOnlyNamesake, .guestMisspelt,
        .middleNamesVary, .emptyRowAfterHeader, .courseNamesake,
    ]
}

/// How one record writes a person: the name, address and CPF as they appear in the file.
struct DemoIdentity {
    var name: String
    var email: String
    var cpf: String
    var mess: [DemoMess]

    /// The first word and the rest, for formats with separate first and last name columns.
    var firstAndLast: (String, String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(of: " ") else { return (trimmed, "") }
        let rest = trimmed[trimmed.index(after: space)...]
        // A doubled space stays with the last name, as it was typed.
        return (String(trimmed[..<space]), String(rest))
    }
}

/// What a format's row can hold, for ``DemoStyler``.
struct DemoFields {
    enum Email {
        /// The format has an address column that people fill in.
        case required
        /// Guests may have none (Zoom meetings, Teams): the probability of a guest row.
        case optional(guestRate: Double)
        case absent
    }

    var email: Email = .required
    var hasCPF = false
    /// Hand-typed lists and forms: `Surname, Given` happens.
    var allowsSurnameFirst = false
    /// Display names of video calls: `Name (City)` happens.
    var allowsCity = false
    /// Teams guests carry `(Guest)`.
    var guestSuffix = false
}

/// Writes people as lists write them, with the year's mess.
///
/// The first record eligible for a kind of mess not used yet gets it, so that every kind
/// appears even at small scales; after that, kinds come at their rates.
///
/// Every record of a person stays linkable to the others through something written exactly
/// (up to case, accents and spaces): a person is *anchored* once a record shows their full name
/// with their own address. A name is shortened or misspelt only for an anchored person and
/// beside their own address (which links it to the anchor); another, mistyped or missing
/// address goes with the full name (which links it to the anchor, or to the person's other
/// records, all full until then).
struct DemoStyler {
    private var rng: SplitMix64
    private(set) var used: Set<DemoMess> = []
    /// Whether the record being written already got a kind because the year lacked it: one
    /// such kind per record, so that the first records do not pile every kind up.
    private var forcedInRecord = false
    /// Keys of the people some record showed with their full name and own address.
    private var anchored: Set<String> = []
    /// Records written so far of each person a hazard concerns.
    private var hazardRecords: [String: Int] = [:]
    /// Keys of the people who already typed a namesake's address.
    private var borrowedTyped: Set<String> = []

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed, stream: "mess")
    }

    /// Marks a structural kind (rejoin, double submission…) as present.
    mutating func note(_ kind: DemoMess) {
        used.insert(kind)
    }

    /// Picks `kind` when the year still lacks it (one such kind per record), or with `probability`.
    /// Callers check that the record can take the kind before asking.
    private mutating func wants(_ kind: DemoMess, _ probability: Double) -> Bool {
        if !used.contains(kind) && !forcedInRecord {
            forcedInRecord = true
            return true
        }
        return rng.chance(probability)
    }

    /// The identity of `person` in one record of a format with `fields`.
    mutating func identity(of person: DemoPerson, fields: DemoFields) -> DemoIdentity {
        forcedInRecord = false
        if let hazard = person.hazard { return hazardIdentity(of: person, hazard: hazard, fields: fields) }
        var mess: [DemoMess] = []
        let cpf = fields.hasCPF ? cpfText(of: person, mess: &mess) : ""
        let isAnchored = anchored.contains(person.key)
        // The address decides how much the name may be damaged.
        var email = ""
        var isOwnAddress = false
        var isGuest = false
        switch fields.email {
        case .absent: break
        case .optional(let guestRate):
            let kind: DemoMess = fields.guestSuffix ? .guestSuffix : .emailMissing
            if !person.isGuarded && !person.sharesEmail && wants(kind, guestRate) {
                isGuest = true
                mess.append(.emailMissing)
            }
        case .required: break
        }
        if case .absent = fields.email {
        } else if !isGuest {
            (email, isOwnAddress) = address(of: person, mess: &mess)
        }
        if person.hasHomonym { mess.append(.homonym) }
        let shapeBefore = mess.count
        let mayDamage = isOwnAddress && isAnchored && !person.isGuarded
        var name = styledName(of: person, fields: fields, mayDamage: mayDamage, mess: &mess)
        let keepsShape = !mess[shapeBefore...].contains { $0 == .middleNamesDropped || $0 == .typo }
        if isOwnAddress && keepsShape { anchored.insert(person.key) }
        if isGuest && fields.guestSuffix {
            name += " (Guest)"
            mess.append(.guestSuffix)
        }
        for kind in mess { used.insert(kind) }
        return DemoIdentity(name: name, email: email, cpf: cpf, mess: mess)
    }

    /// The identity of a person a hazard concerns: never shortened, misspelt or reordered except
    /// as the hazard says, and written in letters (accents, case, spaces) as anyone's.
    ///
    /// A person who omits the address does so wherever the format allows; a borrowed address is
    /// typed in the person's first record with an address column; a person whose middle names
    /// vary alternates between two shortened names, the main address with the first and the
    /// other address with the second; a misspelt guest is misspelt in the first record only.
    private mutating func hazardIdentity(of person: DemoPerson, hazard: DemoMess, fields: DemoFields) -> DemoIdentity {
        var mess: [DemoMess] = []
        let cpf = fields.hasCPF ? cpfText(of: person, mess: &mess) : ""
        let index = hazardRecords[person.key, default: 0]
        hazardRecords[person.key] = index + 1
        var email = ""
        var isGuest = false
        switch fields.email {
        case .absent: break
        case .optional where person.omitsAddress:
            isGuest = true
            mess.append(.emailMissing)
        case .optional, .required:
            email = person.email
            if let borrowed = person.borrowedEmail, borrowedTyped.insert(person.key).inserted {
                email = borrowed
            } else if !person.nameVariants.isEmpty, index % 2 == 1, let second = person.alternateEmail {
                email = second
                mess.append(.secondEmail)
            }
        }
        if person.hasHomonym { mess.append(.homonym) }
        var base = person.fullName
        if !person.nameVariants.isEmpty {
            base = person.nameVariants[index % person.nameVariants.count]
            mess.append(.middleNamesDropped)
        }
        if hazard == .guestMisspelt && index == 0 {
            base = misspelt(base)
            mess.append(.typo)
        }
        var name = styledName(of: person, fields: fields, mayDamage: false, base: base, mess: &mess)
        if isGuest && fields.guestSuffix {
            name += " (Guest)"
            mess.append(.guestSuffix)
        }
        mess.append(hazard)
        for kind in mess { used.insert(kind) }
        return DemoIdentity(name: name, email: email, cpf: cpf, mess: mess)
    }

    /// The address a record shows, and whether it is the person's own (not another, mistyped
    /// or shared one).
    private mutating func address(of person: DemoPerson, mess: inout [DemoMess]) -> (String, Bool) {
        if person.sharesEmail {
            mess.append(.sharedEmail)
            return (person.email, false)
        }
        if let second = person.alternateEmail, !person.isGuarded, wants(.secondEmail, 0.35) {
            mess.append(.secondEmail)
            return (second, false)
        }
        let domain = String(person.email.split(separator: "@").last ?? "")
        if !person.isGuarded, let typos = DemoNames.mistypedDomains[domain], wants(.mistypedDomain, 0.02) {
            mess.append(.mistypedDomain)
            let box = person.email.split(separator: "@").first.map(String.init) ?? ""
            return ("\(box)@\(rng.pick(typos))", false)
        }
        if wants(.emailCase, 0.1) {
            mess.append(.emailCase)
            let text =
                rng.chance(0.3)
                ? person.email.uppercased() : person.email.prefix(1).uppercased() + person.email.dropFirst()
            return (text, true)
        }
        if wants(.emailSpaces, 0.015) {
            mess.append(.emailSpaces)
            return (rng.chance(0.5) ? " " + person.email : person.email + " ", true)
        }
        return (person.email, true)
    }

    private mutating func cpfText(of person: DemoPerson, mess: inout [DemoMess]) -> String {
        if wants(.cpfMissing, 0.03) {
            mess.append(.cpfMissing)
            return ""
        }
        if person.cpf.hasPrefix("0"), wants(.cpfLeadingZeroLost, 0.5) {
            mess.append(.cpfLeadingZeroLost)
            return DemoCPF.text(person.cpf, .leadingZeroLost)
        }
        let kinds: [(DemoMess, DemoCPF.Style, Double)] = [
            (.cpfSpaced, .spaced, 0.04), (.cpfDashOnly, .dashOnly, 0.05), (.cpfDigitsOnly, .digits, 0.33),
        ]
        for (kind, style, rate) in kinds where wants(kind, rate) {
            mess.append(kind)
            return DemoCPF.text(person.cpf, style)
        }
        mess.append(.cpfPunctuated)
        return DemoCPF.text(person.cpf, .punctuated)
    }

    private mutating func styledName(
        of person: DemoPerson, fields: DemoFields, mayDamage: Bool, base: String? = nil,
        mess: inout [DemoMess]
    ) -> String {
        var name = base ?? person.fullName
        // Shape: shortened, misspelt or reordered (one at most).
        if mayDamage && person.hasMiddleNames && wants(.middleNamesDropped, 0.3) {
            name = shortened(person)
            mess.append(.middleNamesDropped)
        } else if mayDamage && wants(.typo, 0.03) {
            name = misspelt(name)
            mess.append(.typo)
        } else if fields.allowsSurnameFirst && !person.isGuarded && wants(.surnameFirst, 0.03) {
            let words = person.words
            let last = person.lastSurname
            let rest = words.dropLast().joined(separator: " ")
            name = "\(last), \(rest)"
            mess.append(.surnameFirst)
        }
        // Letters: accents and case.
        if DemoText.hasAccents(name), wants(.accentsDropped, 0.2) {
            name = DemoText.folded(name)
            mess.append(.accentsDropped)
        }
        if wants(.upperCase, 0.11) {
            name = name.uppercased()
            mess.append(.upperCase)
        } else if wants(.lowerCase, 0.05) {
            name = name.lowercased()
            mess.append(.lowerCase)
        }
        if wants(.extraSpaces, 0.05) {
            if rng.chance(0.5), let space = name.firstIndex(of: " ") {
                name.insert(" ", at: space)
            } else {
                name += " "
            }
            mess.append(.extraSpaces)
        }
        if fields.allowsCity && !person.isGuarded && wants(.cityInParentheses, 0.03) {
            name = "\(name.trimmingCharacters(in: .whitespaces)) (\(person.city))"
            mess.append(.cityInParentheses)
        }
        return name
    }

    /// The name without some of its middle words: first name and last surname only, or without
    /// one word in between (and the particle before it).
    private mutating func shortened(_ person: DemoPerson) -> String {
        let words = person.words
        var middle = Array(words.dropFirst().dropLast())
        let candidates = middle.indices.filter { !DemoNames.particles.contains(middle[$0]) }
        guard words.count > 3, !candidates.isEmpty, rng.chance(0.5) else { return person.shortName }
        let at = candidates[rng.below(candidates.count)]
        middle.remove(at: at)
        if at > 0, DemoNames.particles.contains(middle[at - 1]) { middle.remove(at: at - 1) }
        return ([words[0]] + middle + [words[words.count - 1]]).joined(separator: " ")
    }

    /// The name with one letter of one longer word swapped, doubled, dropped or replaced.
    private mutating func misspelt(_ name: String) -> String {
        var words = name.split(separator: " ").map { Array($0) }
        let candidates = words.indices.filter { words[$0].count >= 4 }
        guard !candidates.isEmpty else { return name }
        let w = candidates[rng.below(candidates.count)]
        var letters = words[w]
        let at = rng.int(in: 1...(letters.count - 2))
        switch rng.below(4) {
        case 0: letters.swapAt(at, at + 1)
        case 1: letters.insert(letters[at], at: at)
        case 2: letters.remove(at: at)
        default:
            let vowels: [Character] = ["a", "e", "i", "o", "u"]
            let replacement = vowels[rng.below(vowels.count)]
            letters[at] = replacement == letters[at] ? "e" : replacement
        }
        if letters == words[w] { letters.insert(letters[at], at: at) }
        words[w] = letters
        return words.map { String($0) }.joined(separator: " ")
    }

    /// A Zoom display name: usually the styled name, sometimes a device or a name with an
    /// organisation, when the registration columns beside it still name the person.
    mutating func displayName(of person: DemoPerson, styled: String, mess: inout [DemoMess]) -> String {
        guard !person.isGuarded else { return styled }
        if wants(.deviceName, 0.03) {
            mess.append(.deviceName)
            used.insert(.deviceName)
            return "\(rng.pick(["iPhone", "Galaxy A12", "Notebook", "iPad"])) de \(person.given[0])"
        }
        if wants(.organizationSuffix, 0.03) {
            mess.append(.organizationSuffix)
            used.insert(.organizationSuffix)
            return "\(person.given[0]) - \(person.organization.label)"
        }
        return styled
    }

    /// How a list writes an organisation: mostly its name, sometimes a variant, capitals or no accents.
    mutating func organizationText(_ organization: DemoOrganization) -> String {
        var text = organization.name
        if rng.chance(0.15), let variant = organization.variants.first { text = variant }
        switch rng.below(12) {
        case 0: text = text.uppercased()
        case 1: text = DemoText.folded(text)
        default: break
        }
        return text
    }

    /// How a list writes a city: mostly right, sometimes in capitals or without accents.
    mutating func cityText(_ city: String) -> String {
        switch rng.below(10) {
        case 0: city.uppercased()
        case 1: DemoText.folded(city)
        default: city
        }
    }

    /// A UF column: the abbreviation, sometimes the state's full name.
    mutating func ufText(_ uf: String) -> String {
        rng.chance(0.12) ? DemoPlaces.state(uf).name : uf
    }

    /// A free-text comment: mostly empty, sometimes a sentence, rarely two lines.
    mutating func comment() -> String {
        if wantsMultiline() { return rng.pick(DemoNames.multilineComments) }
        return rng.chance(0.1) ? rng.pick(DemoNames.comments) : ""
    }

    private var multilineDone = false
    private mutating func wantsMultiline() -> Bool {
        if !multilineDone {
            multilineDone = true
            return true
        }
        return rng.chance(0.01)
    }
}
