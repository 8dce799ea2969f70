import AttendanceModel
/// What the identity step needs to know about one record, in the export's original text.
///
/// The caller builds these from stored ``AttendanceRecord``s; every field is text as written,
/// since each normalisation rule is applied here, once. Empty text means unknown.
package struct IdentityRecord: Sendable, Hashable, Codable {
    /// The record's stable identifier in the store; unique within one resolution.
    public var id: Int64
    /// The name as written.
    package var name: String
    /// The e-mail field as written (it may hold a second address).
    package var email: String
    /// The CPF as written, with or without punctuation, or masked when ``cpfKey`` stands for it.
    package var cpf: String
    /// The CPF's match key (``MatchKeyring``): when given, matching compares keys and ignores ``cpf``.
    package var cpfKey: MatchKey?
    /// The phone number as written.
    package var phone: String
    /// The organisation as written.
    package var organization: String
    /// The city as written (it may carry the UF: `Campinas/SP`).
    package var city: String
    /// The UF as written (`RS`, `Rio Grande do Sul`, `MATO GROSSO DO SUL/MS`).
    package var uf: String
    /// The event the record belongs to.
    package var eventID: String
    /// The file the record was read from: a key that depends on what the file says, not on its bytes
    /// (the store gives its content fingerprint), so that a list re-saved with an empty row or
    /// another encoding is ordered, and so matched, as before.
    package var sourceKey: String

    /// Creates a record; unknown fields stay empty.
    package init(
        id: Int64, name: String = "", email: String = "", cpf: String = "", cpfKey: MatchKey? = nil,
        phone: String = "",
        organization: String = "", city: String = "", uf: String = "", eventID: String = "", sourceKey: String = ""
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.cpf = cpf
        self.cpfKey = cpfKey
        self.phone = phone
        self.organization = organization
        self.city = city
        self.uf = uf
        self.eventID = eventID
        self.sourceKey = sourceKey
    }
}

/// A decision a person took about two sets of records, which automatic matching must respect.
///
/// An answer about two people covers every record of each: `same` puts them all in one person,
/// `different` keeps every record of one side out of any person holding a record of the other.
package struct IdentityDecision: Sendable, Hashable, Codable {
    /// Whether the sides are one person or two.
    package enum Kind: String, Sendable, Hashable, Codable {
        case same, different
    }

    package var kind: Kind
    /// Record ids of one side.
    package var sideA: [Int64]
    /// Record ids of the other side.
    package var sideB: [Int64]

    /// A decision about two sides.
    package init(_ kind: Kind, _ sideA: [Int64], _ sideB: [Int64]) {
        self.kind = kind
        self.sideA = sideA
        self.sideB = sideB
    }

    /// Two records are the same person, whatever the evidence says.
    package static func merge(a: Int64, b: Int64) -> IdentityDecision { IdentityDecision(.same, [a], [b]) }
    /// Two records are different people: they never end up in one person.
    package static func distinct(a: Int64, b: Int64) -> IdentityDecision { IdentityDecision(.different, [a], [b]) }
}
