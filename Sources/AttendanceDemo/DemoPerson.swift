/// One true person of the demo year: who they are, not how a list wrote them.
struct DemoPerson: Sendable {
    /// `P0001` for the public, `S001` for the programme's staff: the truth's person key.
    let key: String
    /// Given names (`Ana`, `Maria`).
    let given: [String]
    /// Surnames, a particle attached to the one it precedes (`da Silva`, `Souza`).
    let surnames: [String]
    let isFemale: Bool
    let organization: DemoOrganization
    /// The address the person mostly uses.
    var email: String
    /// A second address (personal or old) some lists show instead.
    var alternateEmail: String?
    /// Eleven digits with valid check digits.
    let cpf: String
    let jobTitle: String
    let city: String
    let uf: String
    let isPublicServant: Bool
    /// Shares ``email`` with a colleague (a department address).
    var sharesEmail = false
    /// Another person of the year has exactly the same name.
    var hasHomonym = false
    /// The hazard this person is part of (``DemoHazards/field`` only), listed on each record.
    var hazard: DemoMess?
    /// Writes no address wherever a format lets a row go without one (a guest, a name-only row).
    var omitsAddress = false
    /// A namesake's address the person typed once instead of their own.
    var borrowedEmail: String?
    /// Names the person's lists carry in turn instead of the full one (other middle names).
    var nameVariants: [String] = []

    /// Whether the generator must leave the name as it is and keep the own address (homonyms
    /// and hazards: any other damage would make the case one no careful reader could settle).
    var isGuarded: Bool { hasHomonym || hazard != nil }

    var fullName: String { (given + surnames).joined(separator: " ") }

    /// The words of the full name (particles included).
    var words: [String] { fullName.split(separator: " ").map(String.init) }

    /// The last surname without its particle (`da Silva` → `Silva`).
    var lastSurname: String {
        surnames.last.map { String($0.split(separator: " ").last ?? Substring($0)) } ?? ""
    }

    /// First given name and last surname: how people shorten their name.
    var shortName: String { "\(given[0]) \(lastSurname)" }

    /// Whether the name has words between the first given name and the last surname.
    var hasMiddleNames: Bool { words.count > 2 }

    var government: DemoGovernment? { organization.government }
    var sector: DemoSector { organization.sector }
    var state: DemoState { DemoPlaces.state(uf) }
}
