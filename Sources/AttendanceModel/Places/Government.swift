/// A government a participant works for: a municipality or a state, by IBGE code.
///
/// A government is never a bare name: "Goiás", "Paraná" and "São Paulo" each name both a state
/// and a municipality, so the level and the code identify it. Display names come from
/// ``PlaceDirectory/displayName(of:)``.
package struct Government: Sendable, Hashable, Codable, Comparable {
    /// Whether the government is a municipality's or a state's (the Distrito Federal counts as a state).
    package enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case municipal
        case state
    }

    /// The sphere of government.
    package var level: Level
    /// The IBGE code: 7 digits for a municipality, 2 digits for a state.
    package var code: Int

    /// Creates a government reference; the code must match the level (not checked here).
    package init(level: Level, code: Int) {
        self.level = level
        self.code = code
    }

    /// The 2-digit IBGE code of the state the government belongs to (itself for a state).
    package var unitCode: Int { level == .state ? code : code / 100_000 }

    /// Orders municipal before state governments, then by code (a stable order for reports and ties).
    package static func < (lhs: Government, rhs: Government) -> Bool {
        (lhs.level.rawValue, lhs.code) < (rhs.level.rawValue, rhs.code)
    }
}
