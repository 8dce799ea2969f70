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
