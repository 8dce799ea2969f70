import Foundation

/// A government certified in a year, as listed in `certifications.csv`.
public struct Certification: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case municipality = "municipio"
        case state = "estado"
    }

    public var year: Int
    public var level: Level
    public var name: String
    public var uf: String

    public init(year: Int, level: Level, name: String, uf: String) {
        self.year = year
        self.level = level
        self.name = name
        self.uf = uf
    }
}
