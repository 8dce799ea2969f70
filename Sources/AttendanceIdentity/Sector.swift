import AttendanceModel
/// The kind of institution a participant comes from, as the programme reports it.
///
/// Raw values are the English identifiers used in files; reports map them to their labels
/// (governo, academia, sociedade civil, organismo internacional).
package enum Sector: String, Sendable, Hashable, Codable, CaseIterable {
    case government
    case academia
    case civilSociety = "civil_society"
    case internationalOrganization = "international_organization"
    case other

    /// Infers the sector from an organisation's name and an e-mail domain.
    ///
    /// The organisation decides when it is recognisable (``inferred(organization:)``); otherwise
    /// the institutional e-mail domain does (``inferred(emailDomain:)``). A record whose
    /// organisation names a government (``Government``) is `.government` whatever the words say.
    ///
    /// - Parameters:
    ///   - organization: The organisation as written, or empty.
    ///   - emailDomain: A normalised domain, or empty.
    ///   - namesGovernment: Whether the record's organisation or domain resolved to a government.
    /// - Returns: `nil` when neither says anything (a personal address and no organisation).
    package static func inferred(organization: String, emailDomain: String, namesGovernment: Bool) -> Sector? {
        if namesGovernment { return .government }
        return inferred(organization: organization) ?? inferred(emailDomain: emailDomain)
    }

    /// International organisations: UN agencies, IOM, foreign consulates and embassies.
    private static let internationalWords: [[String]] = [
        ["oim"], ["iom"], ["acnur"], ["unhcr"], ["unicef"], ["onu"], ["opas"], ["paho"], ["oit"], ["ilo"],
        ["unfpa"], ["unesco"], ["oms"], ["who"], ["acnudh"], ["ohchr"], ["pnud"], ["undp"], ["unodc"],
        ["nacoes", "unidas"], ["united", "nations"],
        ["organizacao", "internacional"], ["organizacao", "pan", "americana"], ["international", "organization"],
        ["consulado"], ["consulate"], ["embaixada"], ["embassy"], ["banco", "mundial"], ["world", "bank"],
        ["cicv"], ["icrc"], ["comite", "internacional", "da", "cruz", "vermelha"], ["uniao", "europeia"],
        ["european", "union"], ["cooperacao", "alema"], ["giz"], ["usaid"],
    ]
    /// Universities, federal institutes and research foundations (Fiocruz counts as academia:
    /// in the programme's own counts its staff are researchers).
    private static let academicWords: [[String]] = [
        ["universidade"], ["university"], ["faculdade"], ["faculdades"], ["instituto", "federal"],
        ["centro", "universitario"], ["fiocruz"], ["fundacao", "oswaldo", "cruz"], ["escola", "superior"],
        ["pontificia"], ["puc"], ["usp"], ["unicamp"], ["unesp"], ["unifesp"], ["unb"], ["uerj"], ["ufrj"],
        ["ipea"], ["cefet"], ["embrapa"], ["programa", "de", "pos", "graduacao"], ["grupo", "de", "pesquisa"],
        ["laboratorio"], ["observatorio"],
    ]
    /// Public bodies named without a place (the place-aware rule is ``PlaceDirectory/government(forOrganization:unit:emailDomain:)``).
    private static let governmentWords: [[String]] = [
        ["prefeitura"], ["secretaria"], ["ministerio"], ["governo"], ["camara", "municipal"],
        ["assembleia", "legislativa"], ["defensoria"], ["tribunal"], ["policia"], ["procuradoria"],
        ["gabinete", "do", "prefeito"], ["conselho", "municipal"], ["conselho", "estadual"], ["comite", "estadual"],
        ["coordenadoria"], ["sus"], ["cras"], ["creas"], ["centro", "pop"], ["ubs"], ["pm"],
    ]
    /// Associations, NGOs, churches and other civil-society bodies.
    private static let civilSocietyWords: [[String]] = [
        ["associacao"], ["ong"], ["instituto"], ["caritas"], ["aldeias", "infantis"], ["missao", "paz"],
        ["servico", "jesuita"], ["pastoral"], ["centro", "de", "apoio"], ["fundacao"], ["coletivo"], ["rede"],
        ["movimento"], ["igreja"], ["paroquia"], ["congregacao"], ["cruz", "vermelha"], ["sindicato"],
        ["cooperativa"], ["federacao"], ["osc"], ["forum"], ["casa", "do", "migrante"], ["conectas"], ["sos"], ["cami"],
        ["sjmr"], ["avb"], ["adus"], ["compassiva"], ["abraco", "cultural"],
    ]

    private static let ufs: Set<String> = [
        "ac", "al", "ap", "am", "ba", "ce", "df", "es", "go", "ma", "mt", "ms", "mg", "pa", "pb", "pr", "pe", "pi",
        "rj",
        "rn", "rs", "ro", "rr", "sc", "sp", "se", "to",
    ]
    private static let institutes: Set<String> = [
        "ifsul", "iff", "ifb", "ifam", "ifba", "ifbaiano", "ifgoiano", "ifsertao",
    ]

    /// Infers the sector from an organisation's name alone.
    ///
    /// Checked in order, each by whole words of the folded name: international organisations,
    /// academia, government, civil society. A name that matches none but is not empty is `.other`
    /// (a company, a consultancy).
    ///
    /// - Returns: For example `"Fundação Oswaldo Cruz (Fiocruz)"` → `.academia`,
    ///   `"Cáritas Arquidiocesana"` → `.civilSociety`; `nil` for an empty name.
    package static func inferred(organization: String) -> Sector? {
        let words = TextNormalization.alphanumericTokens(TextNormalization.folded(organization))
        guard !words.isEmpty else { return nil }
        func contains(_ phrases: [[String]]) -> Bool {
            phrases.contains { phrase in
                guard phrase.count <= words.count else { return false }
                return (0...(words.count - phrase.count)).contains { Array(words[$0..<$0 + phrase.count]) == phrase }
            }
        }
        if contains(internationalWords) { return .internationalOrganization }
        if contains(academicWords) { return .academia }
        if contains(governmentWords) { return .government }
        if contains(civilSocietyWords) { return .civilSociety }
        // Federal universities and institutes by acronym: UFRR, UFPel, UFMG; IFRS, IFSP, IFSul.
        if words.contains(where: { $0.count >= 4 && $0.hasPrefix("uf") }) { return .academia }
        if words.contains(where: {
            $0.count >= 3 && $0.hasPrefix("if") && (institutes.contains($0) || ufs.contains(String($0.dropFirst(2))))
        }) {
            return .academia
        }
        return .other
    }

    /// Infers the sector from an e-mail domain alone.
    ///
    /// `*.gov.br`, `*.leg.br`, `*.jus.br`, `*.mp.br`, `*.def.br` → government; `*.edu.br`,
    /// university domains (`unicamp.br`, `ufrgs.br`, `fiocruz.br`, `usp.br`…) → academia;
    /// `*.int`, UN agencies (`unhcr.org`, `unicef.org`, `un.org`, `paho.org`…) and foreign-service
    /// domains (`international.gc.ca`) → international organisation; `*.org`, `*.org.br`,
    /// `*.ong.br` → civil society.
    ///
    /// - Returns: `nil` for public mail providers, unknown domains and empty text.
    package static func inferred(emailDomain domain: String) -> Sector? {
        guard !domain.isEmpty, !EmailAddress.providerDomains.contains(domain) else { return nil }
        let labels = domain.split(separator: ".").map(String.init)
        func endsWith(_ tail: String) -> Bool { domain == tail || domain.hasSuffix("." + tail) }
        if ["gov.br", "leg.br", "jus.br", "mp.br", "def.br", "mil.br"].contains(where: endsWith) { return .government }
        if endsWith("edu.br") || endsWith("edu") { return .academia }
        let academicDomains = [
            "usp.br", "unicamp.br", "unesp.br", "unifesp.br", "unb.br", "fiocruz.br", "puc-rio.br", "pucsp.br",
            "pucrs.br", "pucpr.br", "uerj.br", "ufscar.br", "ipea.gov.br", "fgv.br", "uece.br", "uem.br", "uel.br",
        ]
        if academicDomains.contains(where: endsWith) { return .academia }
        if labels.count >= 2, labels[labels.count - 1] == "br", labels[labels.count - 2].hasPrefix("uf") {
            return .academia
        }
        if labels.count >= 2, labels[labels.count - 1] == "br", labels[labels.count - 2].hasPrefix("if") {
            return .academia
        }
        let internationalDomains = [
            "un.org", "unhcr.org", "unicef.org", "iom.int", "paho.org", "ilo.org", "undp.org", "unfpa.org",
            "unesco.org", "unodc.org", "worldbank.org", "icrc.org", "gc.ca", "state.gov", "europa.eu", "giz.de",
        ]
        if endsWith("int") || internationalDomains.contains(where: endsWith) { return .internationalOrganization }
        if endsWith("org") || endsWith("org.br") || endsWith("ong.br") { return .civilSociety }
        return nil
    }
}
