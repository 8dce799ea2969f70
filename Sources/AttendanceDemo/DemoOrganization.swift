/// A municipal or state government, identified by level and IBGE code (never by name).
struct DemoGovernment: Sendable, Hashable {
    enum Level: String, Sendable {
        case municipality = "municipio"
        case state = "estado"
    }

    let level: Level
    /// Seven-digit municipality code or two-digit state code.
    let code: Int
    /// `Caxias do Sul`, `Rio Grande do Sul`.
    let name: String
    let uf: String

    init(_ municipality: DemoMunicipality) {
        level = .municipality
        code = municipality.code
        name = municipality.name
        uf = municipality.uf
    }

    init(_ state: DemoState) {
        level = .state
        code = state.code
        name = state.name
        uf = state.uf
    }

    /// `municipio:4305108`, `estado:43`: the key the pipeline's reports use.
    var key: String { "\(level.rawValue):\(code)" }
    /// `Caxias do Sul/RS`, `Rio Grande do Sul/RS`.
    var displayName: String { "\(name)/\(uf)" }
}

/// The sector of an organisation, with the labels of the programme's reports.
enum DemoSector: String, Sendable {
    case government = "governo"
    case academia = "academia"
    case civilSociety = "sociedade civil"
    case international = "organismo internacional"
}

/// The "Esfera" of the virtual school's certificates.
enum DemoSphere: String, Sendable {
    case municipal = "Municipal"
    case state = "Estadual"
    case federal = "Federal"
    case none = "Não se aplica"
}

/// The policy area of a government body, which decides the events its staff come to.
enum DemoArea: Sendable, CaseIterable {
    case general, socialAssistance, health, education, humanRights, labour, migration
}

/// An organisation people work for, with the ways its name is typed.
struct DemoOrganization: Sendable, Equatable {
    let name: String
    /// Other ways people type the name (`PM Caxias do Sul`, `Prefeitura de Caxias do Sul`).
    let variants: [String]
    /// What people put after their name in a call: an acronym, `PM Caxias do Sul`, `Governo RS`.
    let label: String
    let sector: DemoSector
    let government: DemoGovernment?
    /// Institutional mail domain; `nil` when its people use personal addresses.
    let domain: String?
    /// How addresses are formed at this domain.
    let mailbox: Mailbox
    let city: String
    let uf: String
    let sphere: DemoSphere
    let area: DemoArea
    /// Whether its staff are public servants (students of a public university are not).
    let employsPublicServants: Bool

    enum Mailbox: Sendable, Equatable {
        /// `ana.souza@`
        case givenDotSurname
        /// `asouza@` (the United Nations agencies)
        case initialSurname
        /// `ana@` (small organisations)
        case given
    }

    /// A body of a municipal government.
    static func municipal(_ m: DemoMunicipality, area: DemoArea) -> DemoOrganization {
        let place = m.name
        let name: String
        switch area {
        case .general: name = "Prefeitura Municipal de \(place)"
        case .socialAssistance: name = "Secretaria Municipal de Assistência Social de \(place)"
        case .health: name = "Secretaria Municipal de Saúde de \(place)"
        case .education: name = "Secretaria Municipal de Educação de \(place)"
        case .humanRights: name = "Secretaria Municipal de Direitos Humanos de \(place)"
        case .labour: name = "Secretaria Municipal de Desenvolvimento Econômico de \(place)"
        case .migration: name = "Coordenadoria de Políticas para Migrantes de \(place)"
        }
        return DemoOrganization(
            name: name, variants: ["PM \(place)", "Prefeitura de \(place)", "Prefeitura Municipal de \(place)"],
            label: "PM \(place)", sector: .government, government: DemoGovernment(m), domain: m.domain,
            mailbox: .givenDotSurname,
            city: place, uf: m.uf, sphere: .municipal, area: area, employsPublicServants: true)
    }

    /// A body of a state government (or of the Federal District).
    static func state(_ s: DemoState, area: DemoArea) -> DemoOrganization {
        let uf = s.uf.lowercased()
        let (name, domain): (String, String)
        switch area {
        case .general: (name, domain) = (s.governmentName, "\(uf).gov.br")
        case .socialAssistance:
            (name, domain) = ("Secretaria de Estado de Assistência Social - \(s.name)", "social.\(uf).gov.br")
        case .health: (name, domain) = ("Secretaria de Estado da Saúde - \(s.name)", "saude.\(uf).gov.br")
        case .education: (name, domain) = ("Secretaria de Estado da Educação - \(s.name)", "educacao.\(uf).gov.br")
        case .humanRights:
            (name, domain) = ("Secretaria de Estado de Justiça e Direitos Humanos - \(s.name)", "sjdh.\(uf).gov.br")
        case .labour: (name, domain) = ("Secretaria de Estado do Trabalho - \(s.name)", "trabalho.\(uf).gov.br")
        case .migration:
            (name, domain) = ("Comitê Estadual de Atenção a Migrantes e Refugiados - \(s.name)", "\(uf).gov.br")
        }
        return DemoOrganization(
            name: name, variants: [s.governmentName, "Governo \(s.article) \(s.name)"], label: "Governo \(s.uf)",
            sector: .government,
            government: DemoGovernment(s), domain: domain, mailbox: .givenDotSurname, city: s.capital, uf: s.uf,
            sphere: .state, area: area, employsPublicServants: true)
    }

    private static func other(
        _ name: String, _ acronym: String?, _ sector: DemoSector, _ domain: String?,
        _ mailbox: Mailbox, _ city: String, _ uf: String, _ sphere: DemoSphere = .none,
        area: DemoArea = .general, publicServants: Bool = false
    ) -> DemoOrganization {
        DemoOrganization(
            name: acronym.map { "\(name) (\($0))" } ?? name, variants: [name, acronym].compactMap { $0 },
            label: acronym ?? city, sector: sector, government: nil, domain: domain, mailbox: mailbox, city: city,
            uf: uf, sphere: sphere,
            area: area, employsPublicServants: publicServants)
    }

    static let universities: [DemoOrganization] = [
        other(
            "Universidade Federal do Rio Grande do Sul", "UFRGS", .academia, "ufrgs.br", .givenDotSurname,
            "Porto Alegre", "RS", .federal, publicServants: true),
        other(
            "Universidade Federal do Paraná", "UFPR", .academia, "ufpr.br", .givenDotSurname, "Curitiba", "PR",
            .federal, publicServants: true),
        other(
            "Universidade Federal de Minas Gerais", "UFMG", .academia, "ufmg.br", .givenDotSurname, "Belo Horizonte",
            "MG", .federal, publicServants: true),
        other(
            "Universidade de Brasília", "UnB", .academia, "unb.br", .givenDotSurname, "Brasília", "DF", .federal,
            publicServants: true),
        other(
            "Universidade Federal de Roraima", "UFRR", .academia, "ufrr.br", .givenDotSurname, "Boa Vista", "RR",
            .federal, publicServants: true),
        other(
            "Universidade Estadual de Campinas", "Unicamp", .academia, "unicamp.br", .givenDotSurname, "Campinas", "SP",
            .state, publicServants: true),
        other(
            "Universidade de São Paulo", "USP", .academia, "usp.br", .givenDotSurname, "São Paulo", "SP", .state,
            publicServants: true),
        other(
            "Universidade Federal de Santa Catarina", "UFSC", .academia, "ufsc.br", .givenDotSurname, "Florianópolis",
            "SC", .federal, publicServants: true),
        other(
            "Universidade Federal de Pernambuco", "UFPE", .academia, "ufpe.br", .givenDotSurname, "Recife", "PE",
            .federal, publicServants: true),
        other(
            "Universidade Federal da Bahia", "UFBA", .academia, "ufba.br", .givenDotSurname, "Salvador", "BA", .federal,
            publicServants: true),
        other(
            "Universidade Federal do Pará", "UFPA", .academia, "ufpa.br", .givenDotSurname, "Belém", "PA", .federal,
            publicServants: true),
        other(
            "Universidade Federal do Amazonas", "UFAM", .academia, "ufam.edu.br", .givenDotSurname, "Manaus", "AM",
            .federal, publicServants: true),
        other(
            "Universidade Federal de Mato Grosso do Sul", "UFMS", .academia, "ufms.br", .givenDotSurname,
            "Campo Grande", "MS", .federal, publicServants: true),
        other(
            "Universidade Federal de Goiás", "UFG", .academia, "ufg.br", .givenDotSurname, "Goiânia", "GO", .federal,
            publicServants: true),
        other(
            "Universidade Federal do Ceará", "UFC", .academia, "ufc.br", .givenDotSurname, "Fortaleza", "CE", .federal,
            publicServants: true),
        other(
            "Fundação Oswaldo Cruz", "Fiocruz", .academia, "fiocruz.br", .givenDotSurname, "Rio de Janeiro", "RJ",
            .federal, area: .health, publicServants: true),
        other(
            "Pontifícia Universidade Católica do Rio Grande do Sul", "PUCRS", .academia, "pucrs.br", .givenDotSurname,
            "Porto Alegre", "RS"),
    ]

    static let civilSociety: [DemoOrganization] = [
        other("Cáritas Arquidiocesana de São Paulo", nil, .civilSociety, "caritassp.org.br", .given, "São Paulo", "SP"),
        other("Missão Paz", nil, .civilSociety, "missaonspaz.org", .givenDotSurname, "São Paulo", "SP"),
        other(
            "Serviço Jesuíta a Migrantes e Refugiados", "SJMR", .civilSociety, "sjmrbrasil.org", .given, "Boa Vista",
            "RR"),
        other(
            "Instituto Migrações e Direitos Humanos", "IMDH", .civilSociety, "migrante.org.br", .given, "Brasília", "DF"
        ),
        other(
            "Aldeias Infantis SOS", nil, .civilSociety, "aldeiasinfantis.org.br", .givenDotSurname, "Porto Alegre", "RS"
        ),
        other(
            "Centro de Apoio e Pastoral do Migrante", "CAMI", .civilSociety, "cami.org.br", .given, "São Paulo", "SP"),
        other("Conectas Direitos Humanos", nil, .civilSociety, "conectas.org", .givenDotSurname, "São Paulo", "SP"),
        other("Associação Antônio Vieira", "ASAV", .civilSociety, "asav.org.br", .given, "Porto Alegre", "RS"),
        other("Cáritas Brasileira Regional Paraná", nil, .civilSociety, nil, .given, "Curitiba", "PR"),
        other("Pastoral do Migrante de Manaus", nil, .civilSociety, nil, .given, "Manaus", "AM"),
        other(
            "Colegiado Nacional de Gestores Municipais de Assistência Social", "CONGEMAS", .civilSociety,
            "congemas.org.br", .givenDotSurname, "Brasília", "DF", area: .socialAssistance),
        other("Associação de Venezuelanos em Pernambuco", nil, .civilSociety, nil, .given, "Recife", "PE"),
        other("Coletivo de Mulheres Migrantes de Goiânia", nil, .civilSociety, nil, .given, "Goiânia", "GO"),
        other("Centro de Referência para Refugiados de Belém", nil, .civilSociety, nil, .given, "Belém", "PA"),
    ]

    static let international: [DemoOrganization] = [
        other(
            "Organização Internacional para as Migrações", "OIM", .international, "iom.int", .initialSurname,
            "Brasília", "DF"),
        other(
            "Alto Comissariado das Nações Unidas para Refugiados", "ACNUR", .international, "unhcr.org",
            .initialSurname, "Boa Vista", "RR"),
        other(
            "Fundo das Nações Unidas para a Infância", "UNICEF", .international, "unicef.org", .initialSurname,
            "Manaus", "AM"),
        other(
            "Fundo de População das Nações Unidas", "UNFPA", .international, "unfpa.org", .initialSurname, "Brasília",
            "DF", area: .health),
        other(
            "Organização Internacional do Trabalho", "OIT", .international, "ilo.org", .initialSurname, "Brasília",
            "DF", area: .labour),
        other(
            "Programa das Nações Unidas para o Desenvolvimento", "PNUD", .international, "undp.org", .givenDotSurname,
            "Brasília", "DF"),
        other(
            "Consulado-Geral do Canadá em São Paulo", nil, .international, "international.gc.ca", .givenDotSurname,
            "São Paulo", "SP"),
    ]

    static let federal: [DemoOrganization] = [
        other(
            "Ministério da Cidadania", nil, .government, "cidadania.gov.br", .givenDotSurname, "Brasília", "DF",
            .federal, area: .socialAssistance, publicServants: true),
        other(
            "Ministério da Justiça e Segurança Pública", "MJSP", .government, "mj.gov.br", .givenDotSurname, "Brasília",
            "DF", .federal, area: .migration, publicServants: true),
        other(
            "Escola Nacional de Administração Pública", "Enap", .government, "enap.gov.br", .givenDotSurname,
            "Brasília", "DF", .federal, publicServants: true),
        other(
            "Defensoria Pública da União", "DPU", .government, "dpu.def.br", .givenDotSurname, "Porto Alegre", "RS",
            .federal, area: .humanRights, publicServants: true),
        other(
            "Ministério da Saúde", nil, .government, "saude.gov.br", .givenDotSurname, "Brasília", "DF", .federal,
            area: .health, publicServants: true),
    ]

    /// An organisation of the lists above by acronym, for the programme's staff.
    static func named(_ acronym: String) -> DemoOrganization {
        (universities + international + federal).first { $0.variants.contains(acronym) } ?? international[0]
    }
}
