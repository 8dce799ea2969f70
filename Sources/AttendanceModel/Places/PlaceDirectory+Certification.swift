import Foundation

/// A certified government resolved to its level and IBGE code.
package struct ResolvedGovernment: Sendable, Hashable {
    /// `level:code`, the same key as ``PersonAttributes/governmentKey``.
    package var key: String
    /// `Curitiba/PR` or `Paraná/PR`.
    package var displayName: String
    package var region: String?

    package init(key: String, displayName: String, region: String?) {
        self.key = key
        self.displayName = displayName
        self.region = region
    }
}

extension PlaceDirectory {
    /// The government a certification names, with its key, report name and region; `nil` when
    /// its state or municipality is not in the IBGE list.
    package func government(certified certification: Certification) -> ResolvedGovernment? {
        guard let unit = unit(matching: certification.uf) else { return nil }
        switch certification.level {
        case .state:
            return ResolvedGovernment(
                key: "\(Government.Level.state.rawValue):\(unit.code)",
                displayName: "\(unit.name)/\(unit.abbreviation)", region: unit.region.rawValue)
        case .municipality:
            guard let municipality = municipality(city: certification.name, unit: unit.abbreviation) else {
                return nil
            }
            return ResolvedGovernment(
                key: "\(Government.Level.municipal.rawValue):\(municipality.code)",
                displayName: "\(municipality.name)/\(unit.abbreviation)",
                region: unit.region.rawValue)
        }
    }
}
