import Foundation

/// The IBGE list of federative units and municipalities, indexed for lookups by name and code.
///
/// Lookups compare names folded with `TextNormalization/folded(_:)` (no accents, no case, any
/// punctuation as a space). Municipality names are not unique, so every lookup by name takes a
/// unit, or answers only when the name is unique in the country.
public struct PlaceDirectory: Sendable {
    /// The 27 federative units, in file order.
    package let units: [FederativeUnit]
    /// Every municipality, in file order.
    package let municipalities: [Municipality]

    private let unitIndexByCode: [Int: Int]
    private let unitCodeByKey: [String: Int]
    private let municipalityIndexByCode: [Int: Int]
    private let municipalityIndicesByKey: [String: [Int]]
    private let municipalityIndicesByCompactKey: [String: [Int]]
    /// Longest municipality or unit name, in words; bounds the suffix search in organisation names.
    let longestNameWords: Int

    /// Loads the files bundled in `Resources/` (`ufs.csv` and `municipios.csv`).
    ///
    /// - Throws: `ReferenceDataError` when a file is missing or malformed.
    public static func bundled() throws -> PlaceDirectory {
        func text(_ name: String) throws -> String {
            guard
                let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: "csv")
                    ?? Bundle.module.url(forResource: name, withExtension: "csv"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { throw ReferenceDataError.missingResource("\(name).csv") }
            return text
        }
        return try PlaceDirectory(unitsCSV: text("ufs"), municipalitiesCSV: text("municipios"))
    }

    /// Builds a directory from the text of `ufs.csv` (`code,uf,name,region`) and `municipios.csv`
    /// (`codigo_ibge,nome,…,codigo_uf,…`), each with a header row and no quoted fields.
    ///
    /// - Throws: ``ReferenceDataError/malformedRow(file:line:)`` for a row without the columns
    ///   or with a non-numeric code.
    package init(unitsCSV: String, municipalitiesCSV: String) throws {
        var units: [FederativeUnit] = []
        for (offset, line) in unitsCSV.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4, let code = Int(cells[0]), let region = Region(rawValue: cells[3]) else {
                throw ReferenceDataError.malformedRow(file: "ufs.csv", line: offset + 1)
            }
            units.append(FederativeUnit(code: code, abbreviation: cells[1], name: cells[2], region: region))
        }
        var municipalities: [Municipality] = []
        var header: [String] = []
        for (offset, line) in municipalitiesCSV.split(whereSeparator: \.isNewline).enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if offset == 0 {
                header = cells
                continue
            }
            guard
                let codeColumn = header.firstIndex(of: "codigo_ibge"), let nameColumn = header.firstIndex(of: "nome"),
                let unitColumn = header.firstIndex(of: "codigo_uf"),
                cells.count > max(codeColumn, nameColumn, unitColumn),
                let code = Int(cells[codeColumn]), let unitCode = Int(cells[unitColumn])
            else { throw ReferenceDataError.malformedRow(file: "municipios.csv", line: offset + 1) }
            municipalities.append(Municipality(code: code, name: cells[nameColumn], unitCode: unitCode))
        }
        self.init(units: units, municipalities: municipalities)
    }

    /// Builds a directory from values (tests use a handful of places).
    package init(units: [FederativeUnit], municipalities: [Municipality]) {
        self.units = units
        self.municipalities = municipalities
        var unitIndexByCode: [Int: Int] = [:]
        var unitCodeByKey: [String: Int] = [:]
        var longest = 1
        for (index, unit) in units.enumerated() {
            unitIndexByCode[unit.code] = index
            unitCodeByKey[unit.abbreviation.lowercased()] = unit.code
            let key = Self.nameKey(unit.name)
            unitCodeByKey[key] = unit.code
            longest = max(longest, key.split(separator: " ").count)
        }
        var byCode: [Int: Int] = [:]
        var byKey: [String: [Int]] = [:]
        var byCompact: [String: [Int]] = [:]
        for (index, municipality) in municipalities.enumerated() {
            byCode[municipality.code] = index
            let key = Self.nameKey(municipality.name)
            byKey[key, default: []].append(index)
            byCompact[key.replacingOccurrences(of: " ", with: ""), default: []].append(index)
            longest = max(longest, key.split(separator: " ").count)
        }
        self.unitIndexByCode = unitIndexByCode
        self.unitCodeByKey = unitCodeByKey
        self.municipalityIndexByCode = byCode
        self.municipalityIndicesByKey = byKey
        self.municipalityIndicesByCompactKey = byCompact
        self.longestNameWords = longest
    }

    /// The lookup key of a place name: folded, words of letters and digits joined by one space.
    ///
    /// - Parameter name: A place name as written (`"Dias d'Ávila"`, `"SÃO PAULO"`).
    /// - Returns: For example `"Dias d'Ávila"` → `"dias d avila"`, `"Embu-Guaçu"` → `"embu guacu"`.
    package static func nameKey(_ name: String) -> String {
        TextNormalization.alphanumericTokens(TextNormalization.folded(name)).joined(separator: " ")
    }

    // MARK: Units

    /// The unit with this 2-digit IBGE code.
    package func unit(code: Int) -> FederativeUnit? {
        unitIndexByCode[code].map { units[$0] }
    }

    /// The unit a UF field names, in any of the forms exports use.
    ///
    /// Accepts the abbreviation (`RS`, `rs`), the name with or without accents and in any case
    /// (`Rio Grande do Sul`, `RIO GRANDE DO SUL`), both joined by `/`, `-` or parentheses
    /// (`Rio Grande Do Sul/RS`, `MATO GROSSO DO SUL/MS`, `RS - Rio Grande do Sul`) and a leading
    /// "Estado de". The first part that names a unit wins.
    ///
    /// - Returns: `nil` for empty text or text naming no unit (`"Brasil"`).
    package func unit(matching text: String) -> FederativeUnit? {
        for part in Self.segments(TextNormalization.folded(text)) {
            if let code = unitCode(forKey: part) { return unit(code: code) }
        }
        return nil
    }

    /// The code of a unit named by an exact key (abbreviation or folded name, "estado de" allowed).
    package func unitCode(forKey key: String) -> Int? {
        if let code = unitCodeByKey[key] { return code }
        for prefix in ["estado de ", "estado do ", "estado da "] where key.hasPrefix(prefix) {
            return unitCodeByKey[String(key.dropFirst(prefix.count))]
        }
        return nil
    }

    /// Splits folded text on the separators exports put between a place and its unit, and returns
    /// each part as a lookup key.
    ///
    /// Separators are `/`, `|`, commas, parentheses, and a dash with a space on either side
    /// (`Rio Grande do Sul - RS`, `RS -Rio Grande do Sul`); a dash inside a name (`Embu-Guaçu`) is not one.
    static func segments(_ folded: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var previous: Character = " "
        let characters = Array(folded)
        for (index, character) in characters.enumerated() {
            let next: Character = index + 1 < characters.count ? characters[index + 1] : " "
            let isDash = character == "-" || character == "–"
            if "/|,()".contains(character) || (isDash && (previous == " " || next == " ")) {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        parts.append(current)
        return parts.map { TextNormalization.alphanumericTokens($0).joined(separator: " ") }.filter { !$0.isEmpty }
    }

    // MARK: Municipalities

    /// The municipality with this 7-digit IBGE code.
    package func municipality(code: Int) -> Municipality? {
        municipalityIndexByCode[code].map { municipalities[$0] }
    }

    /// Every municipality with this name (compared folded), in file order.
    package func municipalities(named name: String) -> [Municipality] {
        (municipalityIndicesByKey[Self.nameKey(name)] ?? []).map { municipalities[$0] }
    }

    /// Municipalities whose lookup key is exactly `key` (see ``nameKey(_:)``).
    func municipalities(key: String) -> [Municipality] {
        (municipalityIndicesByKey[key] ?? []).map { municipalities[$0] }
    }

    /// The municipality a city field and a UF field name.
    ///
    /// The city may carry its own unit (`Campinas/SP`, `Porto Alegre - RS`, `BRASÍLIA/DF`), which
    /// wins over `unit`. Without any unit the name must be unique in the country.
    ///
    /// - Parameters:
    ///   - city: The city as written.
    ///   - unit: The UF field as written, or empty.
    /// - Returns: `nil` when the name is unknown, ambiguous, or names only a state
    ///   (`"Mato Grosso do Sul"` as a city).
    package func municipality(city: String, unit: String) -> Municipality? {
        let parts = Self.segments(TextNormalization.folded(city))
        guard let name = parts.first else { return nil }
        var unitCode = parts.dropFirst().lazy.compactMap { self.unitCode(forKey: $0) }.first
        if unitCode == nil { unitCode = self.unit(matching: unit)?.code }
        return municipality(key: name, preferring: [unitCode])
    }

    /// The municipality named by `key`, choosing by the first given unit that has one, else by a unique name.
    func municipality(key: String, preferring unitCodes: [Int?]) -> Municipality? {
        let candidates = municipalities(key: key)
        guard !candidates.isEmpty else { return nil }
        for case let code? in unitCodes {
            if let match = candidates.first(where: { $0.unitCode == code }) { return match }
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The municipality whose name, written without spaces and accents, is `label`, within a unit.
    ///
    /// This is how municipal e-mail domains are written (`portoalegre` → Porto Alegre/RS).
    package func municipality(compactName label: String, unitCode: Int) -> Municipality? {
        (municipalityIndicesByCompactKey[label] ?? []).map { municipalities[$0] }.first { $0.unitCode == unitCode }
    }

    // MARK: Display

    /// How a government is shown in reports: `Curitiba/PR` for a municipality, `Paraná (estado)` for a state.
    ///
    /// - Returns: The name, or the bare code for a code missing from the directory.
    package func displayName(of government: Government) -> String {
        switch government.level {
        case .municipal:
            guard let municipality = municipality(code: government.code) else { return String(government.code) }
            let unit = unit(code: municipality.unitCode)?.abbreviation ?? String(municipality.unitCode)
            return "\(municipality.name)/\(unit)"
        case .state:
            guard let unit = unit(code: government.code) else { return String(government.code) }
            return "\(unit.name) (estado)"
        }
    }
}
