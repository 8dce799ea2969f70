/// A Brazilian municipality from the IBGE list.
///
/// Names are not unique across the country; a municipality is identified by its 7-digit code,
/// whose first two digits are the code of its ``FederativeUnit``.
package struct Municipality: Sendable, Hashable, Codable {
    /// The 7-digit IBGE code (`4314902` for Porto Alegre).
    package var code: Int
    /// The official name with accents (`Porto Alegre`).
    package var name: String
    /// The 2-digit IBGE code of the municipality's federative unit.
    package var unitCode: Int

    /// Creates a municipality from its reference values.
    package init(code: Int, name: String, unitCode: Int) {
        self.code = code
        self.name = name
        self.unitCode = unitCode
    }
}
