/// A Brazilian federative unit (one of the 26 states or the Distrito Federal).
///
/// Identified by its 2-digit IBGE code; the abbreviation (`RS`) and the name are for display
/// and lookup.
package struct FederativeUnit: Sendable, Hashable, Codable {
    /// The 2-digit IBGE code (`43` for Rio Grande do Sul).
    package var code: Int
    /// The two-letter abbreviation in capitals (`RS`).
    package var abbreviation: String
    /// The official name with accents (`Rio Grande do Sul`).
    package var name: String
    /// The macro-region the unit belongs to.
    package var region: Region

    /// Creates a unit from its reference values.
    package init(code: Int, abbreviation: String, name: String, region: Region) {
        self.code = code
        self.abbreviation = abbreviation
        self.name = name
        self.region = region
    }
}

/// One of Brazil's five macro-regions, spelt as IBGE spells them.
package enum Region: String, Sendable, Hashable, Codable, CaseIterable {
    case norte = "Norte"
    case nordeste = "Nordeste"
    case sudeste = "Sudeste"
    case sul = "Sul"
    case centroOeste = "Centro-Oeste"
}
