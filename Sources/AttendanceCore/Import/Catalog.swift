import AttendanceCSV
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

/// Reads the programme catalog: `events.csv` and `certifications.csv`.
public enum Catalog {
    /// Reads `events.csv`: `id,year,kind,title_pt,title_en,dates[,min_minutes][,headcount]`.
    ///
    /// Extra columns are ignored. A missing required column, an unknown kind, a bad date or
    /// number, or an id listed twice throws, naming the file, line and column.
    public static func readEvents(path: String, displayName: String? = nil) throws -> [Event] {
        let name = displayName ?? path
        var events: [Event] = []
        var seen = Set<String>()
        try readTable(path: path, name: name, required: ["id", "year", "kind", "dates"]) { row, column in
            let id = row[column["id"]!].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { return }
            guard seen.insert(id).inserted else { throw ImportError.duplicateEvent(id, file: name, line: row.line) }
            let year = try integer(row, column["year"]!, name: name, expected: "a year")
            let kindText = row[column["kind"]!]
            guard let kind = EventKind(catalogText: kindText) else {
                throw ImportError.invalidValue(
                    kindText, expected: "a known kind (\(EventKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                    file: name, line: row.line, column: column["kind"]! + 1)
            }
            var dates: [Day] = []
            for part in row[column["dates"]!].split(separator: ";") {
                let text = part.trimmingCharacters(in: .whitespaces)
                guard let day = Day(iso: text) else {
                    throw ImportError.invalidValue(
                        text, expected: "a date YYYY-MM-DD", file: name, line: row.line,
                        column: column["dates"]! + 1)
                }
                dates.append(day)
            }
            let minMinutes = try column["min_minutes"].flatMap { try optionalInteger(row, $0, name: name) }
            let headcount = try column["headcount"].flatMap { try optionalInteger(row, $0, name: name) }
            events.append(
                Event(
                    id: id, year: year, kind: kind, titlePT: column["title_pt"].map { row[$0] } ?? "",
                    titleEN: column["title_en"].map { row[$0] } ?? "", dates: dates.sorted(),
                    minMinutes: minMinutes, headcount: headcount))
        }
        return events
    }

    /// Reads `certifications.csv`: `year,level,name,uf` with level `municipio` or `estado`.
    public static func readCertifications(path: String, displayName: String? = nil) throws -> [Certification] {
        let name = displayName ?? path
        var out: [Certification] = []
        try readTable(path: path, name: name, required: ["year", "level", "name", "uf"]) { row, column in
            let levelText = row[column["level"]!].trimmingCharacters(in: .whitespaces).lowercased()
            guard !row[column["name"]!].trimmingCharacters(in: .whitespaces).isEmpty else { return }
            guard let level = Certification.Level(rawValue: levelText) else {
                throw ImportError.invalidValue(
                    levelText, expected: "municipio or estado", file: name, line: row.line,
                    column: column["level"]! + 1)
            }
            out.append(
                Certification(
                    year: try integer(row, column["year"]!, name: name, expected: "a year"),
                    level: level, name: row[column["name"]!].trimmingCharacters(in: .whitespaces),
                    uf: row[column["uf"]!].trimmingCharacters(in: .whitespaces).uppercased()))
        }
        return out
    }

    private static func readTable(
        path: String, name: String, required: [String],
        _ body: (CSVRow, [String: Int]) throws -> Void
    ) throws {
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path)
        } catch let error as CSVError {
            throw ImportError.csv(error)
        }
        var column: [String: Int]?
        do {
            try reader.forEachRow { row in
                guard !row.isBlank else { return }
                guard let columns = column else {
                    var map: [String: Int] = [:]
                    for (index, header) in row.fields.enumerated() {
                        map[header.trimmingCharacters(in: .whitespaces).lowercased()] = map[header] ?? index
                    }
                    for key in required where map[key] == nil { throw ImportError.missingColumn(key, file: name) }
                    column = map
                    return
                }
                try body(row, columns)
            }
        } catch let error as CSVError {
            throw ImportError.csv(error)
        }
        if column == nil { throw ImportError.missingColumn(required[0], file: name) }
    }

    private static func integer(_ row: CSVRow, _ index: Int, name: String, expected: String) throws -> Int {
        let text = row[index].trimmingCharacters(in: .whitespaces)
        guard let value = Int(text) else {
            throw ImportError.invalidValue(text, expected: expected, file: name, line: row.line, column: index + 1)
        }
        return value
    }

    private static func optionalInteger(_ row: CSVRow, _ index: Int, name: String) throws -> Int? {
        let text = row[index].trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        guard let value = Int(text), value >= 0 else {
            throw ImportError.invalidValue(
                text, expected: "a whole number", file: name, line: row.line, column: index + 1)
        }
        return value
    }
}
