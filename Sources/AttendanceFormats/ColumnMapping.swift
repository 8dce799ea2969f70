import Foundation

/// Which header holds which field, given by the user for a list the tool cannot read by itself.
///
/// Written as `field=Header` pairs separated by commas: `name=Nome do aluno,email=Correio`.
/// Header texts are compared like every header (case, accents, spacing and punctuation
/// ignored), so they cannot themselves contain a comma. Fields the mapping leaves out are
/// still looked for by their usual headers.
public struct ColumnMapping: Sendable, Hashable, CustomStringConvertible {
    /// A field of ``AttendanceRecord`` a header can be mapped to.
    package enum Field: String, Sendable, Hashable, CaseIterable {
        /// The person's full name.
        case name
        /// The given name, joined with ``lastName`` when there is no full name.
        case firstName = "first-name"
        /// The family name.
        case lastName = "last-name"
        /// The e-mail address.
        case email
        /// The CPF, as written.
        case cpf
        /// A phone number.
        case phone
        /// The institution or government body.
        case organization
        /// The job title or function.
        case jobTitle = "job-title"
        /// The municipality.
        case city
        /// The state (UF).
        case uf
        /// The country.
        case country
        /// A yes/no "public servant" answer.
        case publicServant = "public-servant"
        /// The session day (a list's `Data` column).
        case date
        /// Minutes present.
        case minutes

        var column: Column {
            switch self {
            case .name: .name
            case .firstName: .firstName
            case .lastName: .lastName
            case .email: .email
            case .cpf: .cpf
            case .phone: .phone
            case .organization: .organization
            case .jobTitle: .jobTitle
            case .city: .city
            case .uf: .uf
            case .country: .country
            case .publicServant: .publicServant
            case .date: .date
            case .minutes: .duration
            }
        }
    }

    /// The pairs in the order written.
    package private(set) var pairs: [(field: Field, header: String)]

    /// Parses `field=Header,field=Header`.
    ///
    /// Field names ignore case, `-` and `_` (`jobTitle`, `job_title`, `job-title`).
    /// - Throws: ``FormatError/invalidMapping(_:reason:)`` for an unknown field, a pair without
    ///   `=` or a header, a field given twice, or a mapping without a name (`name`, or
    ///   `first-name`/`last-name`).
    public init(parsing text: String) throws {
        var pairs: [(field: Field, header: String)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let pair = part.trimmingCharacters(in: .whitespaces)
            guard !pair.isEmpty else { continue }
            guard let equals = pair.firstIndex(of: "=") else {
                throw FormatError.invalidMapping(text, reason: "'\(pair)' is not field=Header")
            }
            let fieldText = pair[..<equals].trimmingCharacters(in: .whitespaces)
            let header = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            let fieldKey = Self.key(fieldText)
            guard let field = Field.allCases.first(where: { Self.key($0.rawValue) == fieldKey }) else {
                let known = Field.allCases.map(\.rawValue).joined(separator: ", ")
                throw FormatError.invalidMapping(text, reason: "unknown field '\(fieldText)' (known: \(known))")
            }
            guard !header.isEmpty else {
                throw FormatError.invalidMapping(text, reason: "no header given for '\(fieldText)'")
            }
            guard !pairs.contains(where: { $0.field == field }) else {
                throw FormatError.invalidMapping(text, reason: "'\(field.rawValue)' is given twice")
            }
            pairs.append((field, header))
        }
        guard pairs.contains(where: { [.name, .firstName, .lastName].contains($0.field) }) else {
            throw FormatError.invalidMapping(text, reason: "no name column (name=… or first-name=…)")
        }
        self.pairs = pairs
    }

    /// The header mapped to `field`, if any.
    package func header(for field: Field) -> String? {
        pairs.first { $0.field == field }?.header
    }

    /// The mapping written back as `field=Header,…`.
    public var description: String {
        pairs.map { "\($0.field.rawValue)=\($0.header)" }.joined(separator: ",")
    }

    /// Mappings are equal when they pair the same fields with the same headers, in the same order.
    public static func == (lhs: ColumnMapping, rhs: ColumnMapping) -> Bool {
        lhs.description == rhs.description
    }

    /// Hashes the pairs, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }

    private static func key(_ text: String) -> String {
        text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
    }
}
