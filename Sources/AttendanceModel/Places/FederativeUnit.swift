/// A Brazilian federative unit (one of the 26 states or the Distrito Federal).
///
/// Identified by its 2-digit IBGE code; the abbreviation (`RS`) and the name are for display
/// and lookup.
public struct FederativeUnit: Sendable, Hashable, Codable {
    /// The 2-digit IBGE code (`43` for Rio Grande do Sul).
    public var code: Int
    /// The two-letter abbreviation in capitals (`RS`).
    public var abbreviation: String
    /// The official name with accents (`Rio Grande do Sul`).
    public var name: String
    /// The macro-region the unit belongs to.
    public var region: Region

    /// Creates a unit from its reference values.
    public init(code: Int, abbreviation: String, name: String, region: Region) {
        self.code = code
        self.abbreviation = abbreviation
        self.name = name
        self.region = region
    }
}

/// One of Brazil's five macro-regions, spelt as IBGE spells them.
public enum Region: String, Sendable, Hashable, Codable, CaseIterable {
    case norte = "Norte"
    case nordeste = "Nordeste"
    case sudeste = "Sudeste"
    case sul = "Sul"
    case centroOeste = "Centro-Oeste"
}
