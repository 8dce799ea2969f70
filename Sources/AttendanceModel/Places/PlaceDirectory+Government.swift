/// Finding the government an organisation name or an institutional e-mail domain names.
extension PlaceDirectory {
    /// The government an institutional e-mail domain belongs to.
    ///
    /// `<uf>.gov.br` and any agency under it (`saude.rs.gov.br`) is the state; `<name>.<uf>.gov.br`
    /// is a municipality when `<name>` is the municipality's name without spaces, accents or
    /// punctuation within that state (`portoalegre.rs.gov.br` → Porto Alegre/RS), else the state.
    ///
    /// - Parameter domain: A lower-case domain, as ``EmailAddress`` normalises it.
    /// - Returns: `nil` for federal (`gov.br`, `saude.gov.br`) and non-government domains.
    package func government(forEmailDomain domain: String) -> Government? {
        let labels = domain.split(separator: ".").map(String.init)
        guard labels.count >= 3, labels[labels.count - 1] == "br", labels[labels.count - 2] == "gov",
            let unitCode = unitCodeByAbbreviation(labels[labels.count - 3])
        else { return nil }
        if labels.count >= 4, let municipality = municipality(compactName: labels[labels.count - 4], unitCode: unitCode)
        {
            return Government(level: .municipal, code: municipality.code)
        }
        return Government(level: .state, code: unitCode)
    }

    /// The government an organisation's name names, if it names one.
    ///
    /// Recognises municipal wording (`Prefeitura Municipal de X`, `Prefeitura de X`, `PM X`,
    /// `Secretaria Municipal de … de X`, `Gabinete do Prefeito de X`, `Câmara Municipal de X`),
    /// state wording (`Governo do Estado de Y`, `Governo do Y`, `Secretaria de Estado … - Y`,
    /// `Secretaria Estadual …`, `Comitê Estadual … - Y`) and generic public-body wording
    /// (`Secretaria de … de X`, `Coordenadoria de Políticas para Migrantes de X`), where the place
    /// decides the level. A place naming both a state and a municipality ("São Paulo", "Paraná",
    /// "Goiás") follows the wording: "Governo", "Estado" or "do/da Y" mean the state.
    ///
    /// A municipality named without its state is looked up in the unit a qualifier gives
    /// (`Prefeitura de Curitiba/PR`), then in the record's unit, then in the e-mail domain's
    /// unit, then by a name unique in the country. A state body without a state name takes the
    /// record's unit, then the e-mail domain's.
    ///
    /// - Parameters:
    ///   - organization: The organisation as written.
    ///   - unit: The record's UF field as written, or empty.
    ///   - emailDomain: The record's normalised e-mail domain, or empty.
    /// - Returns: `nil` when the name has no government wording or its place cannot be resolved.
    package func government(forOrganization organization: String, unit: String = "", emailDomain: String = "")
        -> Government?
    {
        let parts = Self.segments(TextNormalization.folded(organization))
        guard let main = parts.first else { return nil }
        let words = main.split(separator: " ").map(String.init)
        guard let wording = Self.wording(of: words) else { return nil }

        let qualifierUnit = parts.dropFirst().lazy.compactMap { self.unitCode(forKey: $0) }.first
        let recordUnit = self.unit(matching: unit)?.code
        let domainUnit = government(forEmailDomain: emailDomain)?.unitCode
        let preferences = [qualifierUnit, recordUnit, domainUnit]

        // The place: the longest run of final words naming a municipality or a unit, in the main
        // part first and then in each qualifier.
        var place: (key: String, unitCode: Int?, hasMunicipality: Bool, particle: String?)?
        for (index, words) in ([words] + parts.dropFirst().map { $0.split(separator: " ").map(String.init) })
            .enumerated()
        {
            let start = index == 0 ? wording.placeSearchStart : 0
            guard start < words.count else { continue }
            for length in stride(from: min(longestNameWords, words.count - start), through: 1, by: -1) {
                let key = words[(words.count - length)...].joined(separator: " ")
                let unitCode = unitCode(forKey: key)
                let hasMunicipality = !municipalities(key: key).isEmpty
                if unitCode != nil || hasMunicipality {
                    let particle = words.count - length - 1 >= 0 ? words[words.count - length - 1] : nil
                    place = (key, unitCode, hasMunicipality, particle)
                    break
                }
            }
            if place != nil { break }
        }

        switch wording.level {
        case .state:
            if let code = place?.unitCode ?? qualifierUnit ?? recordUnit ?? domainUnit {
                return Government(level: .state, code: code)
            }
            return nil
        case .municipal:
            guard let place, place.hasMunicipality,
                let municipality = municipality(key: place.key, preferring: preferences)
            else { return nil }
            return Government(level: .municipal, code: municipality.code)
        case nil:
            guard let place else { return nil }
            let municipality = place.hasMunicipality ? municipality(key: place.key, preferring: preferences) : nil
            if let unitCode = place.unitCode {
                let saysState = wording.mentionsGovernment || place.particle == "do" || place.particle == "da"
                if municipality == nil || saysState || municipality?.unitCode != unitCode {
                    return Government(level: .state, code: unitCode)
                }
            }
            return municipality.map { Government(level: .municipal, code: $0.code) }
        }
    }

    /// The government a record names: its organisation first, then its institutional e-mail domain.
    ///
    /// - Parameters:
    ///   - organization: The organisation as written.
    ///   - unit: The UF field as written.
    ///   - emailDomain: The normalised e-mail domain, or empty.
    package func government(organization: String, unit: String, emailDomain: String) -> Government? {
        government(forOrganization: organization, unit: unit, emailDomain: emailDomain)
            ?? government(forEmailDomain: emailDomain)
    }

    private func unitCodeByAbbreviation(_ label: String) -> Int? {
        label.count == 2 ? unitCode(forKey: label) : nil
    }

    /// What an organisation's words say about the sphere of government.
    struct Wording {
        /// `.state`/`.municipal` for explicit wording, `nil` for a generic public body.
        var level: Government.Level?
        /// Whether the word "governo" appears (a generic "Governo de São Paulo" is the state).
        var mentionsGovernment: Bool
        /// Where the place may start: after the marker words, so "Governo do Estado" is not a place.
        var placeSearchStart: Int
    }

    private static let stateMarkers: [[String]] = [
        ["governo", "do", "estado"], ["governo", "estadual"], ["secretaria", "de", "estado"],
        ["secretaria", "estadual"], ["comite", "estadual"], ["conselho", "estadual"], ["coordenadoria", "estadual"],
        ["defensoria", "publica", "do", "estado"], ["estado", "de"],
        ["estado", "do"], ["estado", "da"],
    ]
    private static let municipalMarkers: [[String]] = [
        ["prefeitura"], ["secretaria", "municipal"], ["gabinete", "do", "prefeito"], ["gabinete", "da", "prefeita"],
        ["camara", "municipal"], ["conselho", "municipal"], ["fundacao", "municipal"], ["municipio", "de"],
        ["coordenadoria", "municipal"], ["governo", "municipal"], ["prefeito"], ["prefeita"],
    ]
    private static let publicBodyWords: Set<String> = [
        "secretaria", "subsecretaria", "coordenadoria", "coordenacao", "superintendencia", "diretoria",
        "departamento", "gabinete", "governo", "assessoria", "gerencia", "nucleo",
    ]

    /// Words that make a generic "Departamento de … de Minas Gerais" a non-government body.
    private static let nonGovernmentWords: Set<String> = [
        "universidade", "faculdade", "instituto", "associacao", "ong", "igreja", "pastoral", "caritas", "missao",
        "centro", "servico", "escola", "fundacao", "empresa", "ltda", "sindicato", "federacao", "cooperativa",
    ]

    /// Classifies an organisation's words as state, municipal or generic public-body wording.
    ///
    /// - Returns: `nil` when the words carry no government wording at all (a university, an NGO).
    static func wording(of words: [String]) -> Wording? {
        func find(_ markers: [[String]]) -> Int? {
            var best: Int?
            for marker in markers {
                guard marker.count <= words.count else { continue }
                for start in 0...(words.count - marker.count) where Array(words[start..<start + marker.count]) == marker
                {
                    best = max(best ?? 0, start + marker.count)
                    break
                }
            }
            return best
        }
        let mentionsGovernment = words.contains("governo")
        if let end = find(stateMarkers) {
            return Wording(level: .state, mentionsGovernment: mentionsGovernment, placeSearchStart: end)
        }
        if let end = find(municipalMarkers) {
            return Wording(level: .municipal, mentionsGovernment: mentionsGovernment, placeSearchStart: end)
        }
        if words.first == "pm" || words.first == "pmm" {
            return Wording(level: .municipal, mentionsGovernment: false, placeSearchStart: 1)
        }
        if let index = words.firstIndex(where: publicBodyWords.contains),
            !words.contains(where: nonGovernmentWords.contains)
        {
            // A government names its place at once ("Governo de Goiás"); another body names its
            // subject first, so "Secretaria de Saúde" names no place (Saúde is also a town in
            // Bahia) and "Secretaria de Saúde de Pelotas" names Pelotas.
            let particles: Set<String> = ["de", "do", "da", "dos", "das"]
            let subject = index + 1 < words.count && particles.contains(words[index + 1]) ? index + 2 : index + 1
            let start = words[index] == "governo" ? index + 1 : subject + 1
            return Wording(level: nil, mentionsGovernment: mentionsGovernment, placeSearchStart: start)
        }
        return nil
    }
}
