import AttendanceCSV
import Foundation

/// Reads the programme catalog: `events.csv` and `certifications.csv`.
package enum Catalog {
    /// Reads `events.csv`: `id,year,kind,title_pt,title_en,dates[,min_minutes][,headcount]`.
    ///
    /// Extra columns are ignored, and so are blank rows. A missing required column, an empty id
    /// or one that could not be a folder name (a `/`, a leading `.`, a control character), a year
    /// that is not 1900–2999, an unknown kind, no date or a bad one, a bad number, or an id listed
    /// twice throws, naming the file, line and column.
    package static func readEvents(path: String, displayName: String? = nil) throws -> [Event] {
        var lines: [String: Int] = [:]
        return try readEvents(path: path, displayName: displayName, lines: &lines)
    }

    /// Reads `events.csv` as ``readEvents(path:displayName:)`` does, noting each event's line.
    static func readEvents(path: String, displayName: String?, lines: inout [String: Int]) throws -> [Event] {
        let name = displayName ?? path
        var events: [Event] = []
        var found: [String: Int] = [:]
        try readTable(path: path, name: name, required: ["id", "year", "kind", "dates"]) { row, column in
            let idColumn = column["id"]!
            let id = row[idColumn].trimmingCharacters(in: .whitespaces)
            guard isEventID(id) else {
                throw ImportError.invalidValue(
                    id, expected: "an event id (not empty, no '/', not starting with '.', no control characters)",
                    file: name, line: row.line, column: idColumn + 1)
            }
            guard found[id] == nil else { throw ImportError.duplicateEvent(id, file: name, line: row.line) }
            found[id] = row.line
            let year = try integer(row, column["year"]!, name: name, expected: "a year (1900 to 2999)")
            guard (1900...2999).contains(year) else {
                throw ImportError.invalidValue(
                    String(year), expected: "a year (1900 to 2999)", file: name, line: row.line,
                    column: column["year"]! + 1)
            }
            let kindText = row[column["kind"]!]
            guard let kind = EventKind(catalogText: kindText) else {
                throw ImportError.invalidValue(
                    kindText, expected: "a known kind (\(EventKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                    file: name, line: row.line, column: column["kind"]! + 1)
            }
            var dates: [Day] = []
            // At least one date; an empty part (a trailing `;`) is no date and is passed over.
            let parts = row[column["dates"]!].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            for text in parts.isEmpty ? [""] : parts {
                guard let day = Day(iso: text) else {
                    throw ImportError.invalidValue(
                        text, expected: "a date YYYY-MM-DD (dates are separated by ';')", file: name,
                        line: row.line, column: column["dates"]! + 1)
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
        lines = found
        return events
    }

    /// Whether `id` can be an event id: it names the event's folder, so it is one plain folder name.
    static func isEventID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && !id.contains("/") && !id.contains("\\")
            && !id.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Reads `certifications.csv`: `year,level,name,uf` with level `municipio` or `estado`.
    ///
    /// Each row must name a government of the IBGE directory: a `municipio` whose name is a
    /// municipality of that UF, an `estado` whose name is that UF's state (`São Paulo`, `Estado de
    /// São Paulo`, `Governo do Estado de São Paulo` or `SP`). A row that does not (a bad year, a
    /// level other than `municipio`/`estado`, an unknown UF, a name that is no such government, such
    /// as `<script>` or `=1+1`) is refused with its file, line and column, and never counted; the
    /// other rows are read. Blank rows are skipped.
    ///
    /// - Throws: ``ImportError`` for a whole-file problem (unreadable, a missing column).
    package static func readCertifications(path: String, displayName: String? = nil, places: PlaceDirectory) throws
        -> (certified: [Certification], refused: [ImportError])
    {
        let name = displayName ?? path
        var certified: [Certification] = []
        var refused: [ImportError] = []
        try readTable(path: path, name: name, required: ["year", "level", "name", "uf"]) { row, column in
            func refuse(_ text: String, _ reason: String, _ key: String) {
                refused.append(
                    .unknownGovernment(text, reason: reason, file: name, line: row.line, column: column[key]! + 1))
            }
            let yearText = row[column["year"]!].trimmingCharacters(in: .whitespaces)
            guard let year = Int(yearText), (1900...2999).contains(year) else {
                return refuse(yearText, "is not a year (1900 to 2999)", "year")
            }
            let levelText = row[column["level"]!].trimmingCharacters(in: .whitespaces)
            guard let level = Certification.Level(rawValue: levelText.lowercased()) else {
                return refuse(levelText, "is not a level (municipio or estado)", "level")
            }
            let ufText = row[column["uf"]!].trimmingCharacters(in: .whitespaces)
            guard let unitCode = places.unitCode(forKey: TextNormalization.folded(ufText)),
                let unit = places.unit(code: unitCode)
            else {
                return refuse(ufText, "is not a UF (a two-letter abbreviation such as SP)", "uf")
            }
            let government = row[column["name"]!].trimmingCharacters(in: .whitespaces)
            switch level {
            case .municipality:
                guard let found = places.municipality(city: government, unit: unit.abbreviation),
                    found.unitCode == unit.code
                else {
                    return refuse(government, "is not a municipality of \(unit.abbreviation) in the IBGE list", "name")
                }
            case .state:
                guard stateName(government, places: places) == unit.code else {
                    return refuse(government, "is not the state of \(unit.abbreviation) (\(unit.name))", "name")
                }
            }
            certified.append(Certification(year: year, level: level, name: government, uf: unit.abbreviation))
        }
        return (certified, refused)
    }

    /// The code of the unit a state government's name names, or `nil`.
    private static func stateName(_ text: String, places: PlaceDirectory) -> Int? {
        var key = TextNormalization.folded(text)
        for prefix in ["governo do ", "governo da ", "governo de "] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count))
        }
        return places.unitCode(forKey: key)
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
                // Spreadsheets save empty rows as a line of delimiters: blank too.
                guard !row.isBlank, row.fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
                else { return }
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
