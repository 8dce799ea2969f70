import Foundation

/// A government certified in a year, as listed in `certifications.csv`.
package struct Certification: Sendable, Hashable, Codable {
    package enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case municipality = "municipio"
        case state = "estado"
    }

    package var year: Int
    package var level: Level
    package var name: String
    package var uf: String

    package init(year: Int, level: Level, name: String, uf: String) {
        self.year = year
        self.level = level
        self.name = name
        self.uf = uf
    }
}
