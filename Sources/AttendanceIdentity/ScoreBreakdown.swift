import Foundation

/// How two records compare, field by field: the level each comparison reached and its weight.
///
/// Weights are log₂ likelihood ratios (Fellegi–Sunter): positive when the agreement is more
/// likely for one person than for two, negative the other way. `score` is their sum.
public struct ScoreBreakdown: Sendable, Hashable, CustomStringConvertible {
    /// A compared field.
    package enum Field: String, Sendable, Hashable, Codable, CaseIterable {
        case cpf, name
        /// How common the agreeing name is in the store (term frequency): a common name's
        /// agreement says less.
        case frequency
        case email, phone, organization, place
        /// Whether the records come from one list (file) or one event.
        case source
    }

    /// One field's comparison.
    package struct Comparison: Sendable, Hashable {
        /// The field compared.
        package var field: Field
        /// The level the comparison reached.
        package var level: ComparisonLevel
        /// The level's weight (log₂ likelihood ratio); 0 when a side is missing.
        package var weight: Double
        /// The values compared, for people reading the breakdown (`"ana silva ~ ana m silva"`).
        package var detail: String
        /// The hand-set weight of the level; ``weight`` differs from it by what the resolution
        /// learned from its own records (``LearnedWeights``).
        package var prior: Double

        /// Creates a comparison.
        package init(field: Field, level: ComparisonLevel, weight: Double, detail: String, prior: Double? = nil) {
            self.field = field
            self.level = level
            self.weight = weight
            self.detail = detail
            self.prior = prior ?? weight
        }

        /// What the resolution learned for this level: ``weight`` − ``prior``.
        package var learned: Double { weight - prior }
    }

    /// The comparisons, in ``Field`` order.
    package var comparisons: [Comparison]
    /// Whether a hard rule keeps the records apart (two different valid CPFs).
    package var isBlocked: Bool

    /// The total weight of the evidence.
    package var score: Double { comparisons.reduce(0) { $0 + $1.weight } }

    /// The comparisons that speak strongly of two people, whatever the total says.
    package var contradictions: [Comparison] { comparisons.filter { $0.level.isContradiction } }
    /// The comparisons that speak for one person.
    package var support: [Comparison] { comparisons.filter { $0.weight > 0 } }

    /// The comparison of one field.
    package subscript(field: Field) -> Comparison? { comparisons.first { $0.field == field } }

    /// A text waterfall: one line per field with its level, weight and running total.
    public var description: String {
        var lines: [String] = []
        var total = 0.0
        for comparison in comparisons {
            total += comparison.weight
            let field = comparison.field.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            let level = comparison.level.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)
            let learned =
                (comparison.learned * 10).rounded() == 0
                ? "" : "  (prior \(Self.signed(comparison.prior)), learned \(Self.signed(comparison.learned)))"
            lines.append(
                "\(field) \(level) \(Self.signed(comparison.weight)) → \(Self.signed(total))  \(comparison.detail)\(learned)"
            )
        }
        lines.append("score \(Self.signed(total))\(isBlocked ? " (blocked: different valid CPFs)" : "")")
        return lines.joined(separator: "\n")
    }

    private static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return (rounded >= 0 ? "+" : "") + String(rounded)
    }
}

/// The level a field comparison reached.
package enum ComparisonLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// One side (or both) has no usable value.
    case missing
    // Shared by several fields.
    case agree, disagree
    // Names.
    case identical, typo, shortened, reordered, middleAsGiven, lastSurnameDropped, middleConflict, givenOnly
    case surnameOnly, surnameConflict, givenConflict, suffixConflict
    // E-mails.
    case sharedAddress, sameLocalPart, similarLocalPart
    /// Different addresses, one only at work and the other only personal.
    case workAndPersonal
    // Organisation.
    case sameGovernment, differentGovernment, sameOrganization, differentOrganization
    // Place.
    case sameMunicipality, sameUnit, differentMunicipality, differentUnit
    // Frequency.
    /// The agreeing name is carried by more records than usual.
    case commonName
    // Source.
    /// Two rows of the same list with different addresses.
    case sameSourceOtherAddress
    /// Two records of the same event from different lists.
    case sameEventOtherList
}

extension ComparisonLevel {
    /// Whether the level is strong evidence of two people: given names or surnames that cannot be
    /// one person's, two different governments, two different states.
    package var isContradiction: Bool {
        switch self {
        case .givenConflict, .suffixConflict, .surnameConflict, .differentGovernment, .differentUnit: true
        default: false
        }
    }
}
