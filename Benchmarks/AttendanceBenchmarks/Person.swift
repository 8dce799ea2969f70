import Foundation

/// One synthetic person of a generated year, derived from an index and a seed alone (nothing is
/// stored per person), with the ways lists write that person.
struct Person {
    let index: Int
    let first: String
    let middle: String
    let last: String
    let secondLast: String
    let place: SyntheticPlaces.Place
    let organizationName: String
    let organizationShort: String
    let sphere: String
    let isServant: Bool
    let primaryEmail: String
    let secondEmail: String?
    /// A department's mailbox the person sometimes gives (shared with colleagues).
    let sharedEmail: String?
    let cpfDigits: String
    let job: String

    init(index: Int, seed: UInt64) {
        self.index = index
        var random = SplitMix64(seed: seed &* 0xD1B5_4A32_D192_ED03 ^ UInt64(index))
        let names = SyntheticPlaces.self
        first = random.pick(names.firstNames)
        middle = random.below(100) < 40 ? random.pick(random.below(2) == 0 ? names.firstNames : names.lastNames) : ""
        last = random.pick(names.lastNames)
        secondLast = random.below(100) < 50 ? random.pick(names.lastNames) : ""
        let kind = random.below(100)
        let domain: String?
        if kind < 55 {
            place = random.pick(names.municipalities)
            let slug = ascii(place.name).replacingOccurrences(of: " ", with: "")
            domain = "\(slug).\(place.uf.lowercased()).gov.br"
            switch random.below(3) {
            case 0:
                organizationName = "Prefeitura Municipal de \(place.name)"
                organizationShort = "PM \(place.name)"
            case 1:
                organizationName = "Secretaria Municipal de Assistência Social de \(place.name)"
                organizationShort = "SMAS \(place.name)"
            default:
                organizationName = "Coordenadoria de Políticas para Migrantes de \(place.name)"
                organizationShort = "Prefeitura de \(place.name)"
            }
            sphere = "Municipal"
            isServant = random.below(100) < 90
        } else if kind < 75 {
            let state = random.pick(names.states)
            place = SyntheticPlaces.Place(name: state.capital, uf: state.uf)
            domain = "\(state.uf.lowercased()).gov.br"
            organizationName =
                random.below(2) == 0
                ? "Governo do Estado de \(state.name)"
                : "Secretaria de Estado de Justiça e Direitos Humanos - \(state.name)"
            organizationShort = "GOVERNO DO ESTADO DE \(state.name.uppercased())"
            sphere = "Estadual"
            isServant = random.below(100) < 90
        } else {
            let other = random.pick(names.others)
            place = other.place
            domain = other.domain
            organizationName = other.name
            organizationShort = other.name.uppercased()
            sphere = other.sphere
            isServant = other.sphere == "Federal" && random.below(100) < 70
        }
        let local = ascii(first) + "." + ascii(secondLast.isEmpty ? last : secondLast)
        let personal = ascii(first) + ascii(last) + String(index) + "@" + random.pick(names.providers)
        if let domain, random.below(100) < 60 {
            primaryEmail = local + String(index) + "@" + domain
            secondEmail = random.below(100) < 35 ? personal : nil
        } else {
            primaryEmail = personal
            secondEmail =
                random.below(100) < 10
                ? local.replacingOccurrences(of: ".", with: "_") + String(index) + "@"
                    + random.pick(names.providers) : nil
        }
        sharedEmail = sphere == "Municipal" && random.below(100) < 8 ? "migrantes@\(domain ?? "gov.br")" : nil
        var digits = (0..<9).map { _ in random.below(10) }
        if Set(digits).count == 1 { digits[0] = (digits[0] + 1) % 10 }
        for count in [9, 10] {
            let sum = (0..<count).reduce(0) { $0 + digits[$1] * (count + 1 - $1) }
            let remainder = (sum * 10) % 11
            digits.append(remainder == 10 ? 0 : remainder)
        }
        cpfDigits = digits.map(String.init).joined()
        job = random.pick(names.jobs)
    }

    var displayName: String {
        [first, middle, last, secondLast].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The name as one list writes it.
    func name(_ random: inout SplitMix64) -> String {
        let full = displayName
        switch random.below(100) {
        case 0..<60: return full
        case 60..<72: return asciiKeepingCase(full)
        case 72..<78: return full.uppercased()
        case 78..<82: return full.lowercased()
        case 82..<90: return "\(first) \(secondLast.isEmpty ? last : secondLast)"
        case 90..<95: return full + " "
        default: return "\(secondLast.isEmpty ? last : secondLast), \(first)\(middle.isEmpty ? "" : " " + middle)"
        }
    }

    /// First and last names for exports that split them.
    func splitName(_ random: inout SplitMix64) -> (String, String) {
        let rest = [middle, last, secondLast].filter { !$0.isEmpty }.joined(separator: " ")
        switch random.below(100) {
        case 0..<70: return (first, rest)
        case 70..<80: return (asciiKeepingCase(first), asciiKeepingCase(rest))
        case 80..<88: return (first.uppercased(), rest.uppercased())
        case 88..<92: return (first.lowercased(), rest.lowercased())
        default: return (first, secondLast.isEmpty ? last : secondLast)
        }
    }

    func email(_ random: inout SplitMix64) -> String {
        switch random.below(100) {
        case 0..<68: return primaryEmail
        case 68..<78: return secondEmail ?? primaryEmail
        case 78..<84: return primaryEmail.prefix(1).uppercased() + primaryEmail.dropFirst()
        case 84..<87: return primaryEmail.uppercased()
        case 87..<90: return " " + primaryEmail
        case 90..<95: return sharedEmail ?? primaryEmail
        default: return secondEmail.map { "\(primaryEmail); \($0)" } ?? primaryEmail
        }
    }

    func cpf(_ random: inout SplitMix64) -> String {
        let d = Array(cpfDigits)
        switch random.below(100) {
        case 0..<40: return "\(String(d[0..<3])).\(String(d[3..<6])).\(String(d[6..<9]))-\(String(d[9..<11]))"
        case 40..<75: return cpfDigits
        case 75..<85: return "\(String(d[0..<3])) \(String(d[3..<6])) \(String(d[6..<9]))-\(String(d[9..<11]))"
        case 85..<95: return String(cpfDigits.drop { $0 == "0" })
        default: return ""
        }
    }

    func city(_ random: inout SplitMix64) -> String {
        switch random.below(10) {
        case 0: return place.name.uppercased()
        case 1: return asciiKeepingCase(place.name)
        default: return place.name
        }
    }

    func uf(_ random: inout SplitMix64) -> String {
        random.below(10) == 0 ? SyntheticPlaces.stateName(of: place.uf) : place.uf
    }

    func organization(_ random: inout SplitMix64) -> String {
        random.below(4) == 0 ? organizationShort : organizationName
    }
}

/// The name folded to lower-case ASCII letters and dots, as e-mail addresses spell it.
func ascii(_ text: String) -> String {
    asciiKeepingCase(text).lowercased().replacingOccurrences(of: " ", with: "")
}

/// The text without accents (how many people type names).
func asciiKeepingCase(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "á", "à", "â", "ã": out.append("a")
        case "Á", "À", "Â", "Ã": out.append("A")
        case "é", "ê": out.append("e")
        case "É", "Ê": out.append("E")
        case "í": out.append("i")
        case "Í": out.append("I")
        case "ó", "ô", "õ": out.append("o")
        case "Ó", "Ô", "Õ": out.append("O")
        case "ú", "ü": out.append("u")
        case "Ú", "Ü": out.append("U")
        case "ç": out.append("c")
        case "Ç": out.append("C")
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Names, places and organisations the synthetic people are made of (IBGE names, so that
/// governments resolve as they do for real lists).
enum SyntheticPlaces {
    struct Place {
        var name: String
        var uf: String
    }

    struct State {
        var name: String
        var uf: String
        var capital: String
    }

    struct Organization {
        var name: String
        var domain: String
        var sphere: String
        var place: Place
    }

    static let firstNames = [
        "João", "Maria", "José", "Ana", "Antônio", "Francisca", "Luís", "Conceição", "Sebastião", "Márcia", "Fábio",
        "Luíza", "Vinícius", "Patrícia", "Jéssica", "Inês", "Otávio", "Lúcia", "Caetano", "Glória", "Pedro", "Paula",
        "Carlos", "Juliana", "Rafael", "Fernanda", "Marcos", "Camila", "Thiago", "Débora", "Sérgio", "Vanessa",
        "Gustavo", "Aline", "Rodrigo", "Beatriz", "Matheus", "Priscila", "Bruno", "Simone", "André", "Viviane",
        "Felipe", "Gabriela", "Samuel", "Regina", "Emanuel", "Rosângela", "Ígor", "Mônica", "Raimundo", "Cláudia",
        "Júlio", "Sílvia", "Nélson", "Flávia", "Caio", "Elaine", "Raphael", "Bárbara",
    ]
    static let lastNames = [
        "da Silva", "Conceição", "Araújo", "Gonçalves", "Magalhães", "Simões", "Gusmão", "Brandão", "Assunção",
        "Falcão", "Guimarães", "Damásio", "Sá", "Pinheiro", "Leão", "Nóbrega", "Castelo Branco", "Estêvão", "Souza",
        "Oliveira", "Pereira", "Rodrigues", "Almeida", "Nascimento", "Lima", "Ferreira", "Costa", "Carvalho", "Gomes",
        "Martins", "Rocha", "Ribeiro", "Alves", "Monteiro", "Mendes", "Barros", "Freitas", "Barbosa", "Pinto",
        "Moreira", "Cavalcanti", "Dias", "Castro", "Campos", "Cardoso", "Teixeira", "Vieira", "Nakamura", "Yamamoto",
        "Schmidt", "Müller", "Becker", "Patsanza", "Quispe", "Sarkar", "Peçanha", "Corrêa", "Bolívar",
    ]
    static let municipalities: [Place] = [
        ("Belém", "PA"), ("Belo Horizonte", "MG"), ("Cachoeirinha", "RS"), ("Campo Largo", "PR"),
        ("Caxias do Sul", "RS"), ("Contagem", "MG"), ("Corumbá", "MS"), ("Curitiba", "PR"), ("Dourados", "MS"),
        ("Esteio", "RS"), ("Foz do Iguaçu", "PR"), ("Goiânia", "GO"), ("Guaporé", "RS"), ("Guarulhos", "SP"),
        ("Igarassu", "PE"), ("Joinville", "SC"), ("Juiz de Fora", "MG"), ("Lajeado", "RS"), ("Mossoró", "RN"),
        ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Novo Hamburgo", "RS"), ("Pelotas", "RS"), ("Recife", "PE"),
        ("Santarém", "PA"), ("São José do Rio Preto", "SP"), ("São Leopoldo", "RS"), ("São Paulo", "SP"),
        ("Sapucaia do Sul", "RS"), ("Umuarama", "PR"), ("Venâncio Aires", "RS"), ("Vitória da Conquista", "BA"),
        ("Manaus", "AM"), ("Boa Vista", "RR"), ("Florianópolis", "SC"), ("Campinas", "SP"), ("Porto Alegre", "RS"),
        ("Pacaraima", "RR"), ("Chapecó", "SC"), ("Cuiabá", "MT"),
    ].map { Place(name: $0.0, uf: $0.1) }
    static let states: [State] = [
        State(name: "Ceará", uf: "CE", capital: "Fortaleza"), State(name: "Goiás", uf: "GO", capital: "Goiânia"),
        State(name: "Maranhão", uf: "MA", capital: "São Luís"),
        State(name: "Minas Gerais", uf: "MG", capital: "Belo Horizonte"),
        State(name: "Paraíba", uf: "PB", capital: "João Pessoa"), State(name: "Paraná", uf: "PR", capital: "Curitiba"),
        State(name: "Rio Grande do Norte", uf: "RN", capital: "Natal"),
        State(name: "Rio Grande do Sul", uf: "RS", capital: "Porto Alegre"),
        State(name: "Roraima", uf: "RR", capital: "Boa Vista"),
        State(name: "Mato Grosso do Sul", uf: "MS", capital: "Campo Grande"),
        State(name: "São Paulo", uf: "SP", capital: "São Paulo"),
    ]
    static let others: [Organization] = [
        Organization(
            name: "Universidade Estadual de Campinas (Unicamp)", domain: "unicamp.br", sphere: "Estadual",
            place: Place(name: "Campinas", uf: "SP")),
        Organization(
            name: "Universidade Federal do Rio Grande do Sul (UFRGS)", domain: "ufrgs.br", sphere: "Federal",
            place: Place(name: "Porto Alegre", uf: "RS")),
        Organization(
            name: "Universidade Federal de São Paulo (Unifesp)", domain: "unifesp.br", sphere: "Federal",
            place: Place(name: "São Paulo", uf: "SP")),
        Organization(
            name: "Fundação Oswaldo Cruz (Fiocruz)", domain: "fiocruz.br", sphere: "Federal",
            place: Place(name: "Rio de Janeiro", uf: "RJ")),
        Organization(
            name: "Organização Internacional para as Migrações", domain: "iom.int", sphere: "Não se aplica",
            place: Place(name: "Brasília", uf: "DF")),
        Organization(
            name: "Alto Comissariado das Nações Unidas para Refugiados", domain: "unhcr.org",
            sphere: "Não se aplica", place: Place(name: "Boa Vista", uf: "RR")),
        Organization(
            name: "Fundo das Nações Unidas para a Infância", domain: "unicef.org", sphere: "Não se aplica",
            place: Place(name: "Manaus", uf: "AM")),
        Organization(
            name: "Cáritas Arquidiocesana", domain: "caritas.org.br", sphere: "Não se aplica",
            place: Place(name: "Florianópolis", uf: "SC")),
        Organization(
            name: "Aldeias Infantis SOS", domain: "aldeiasinfantis.org.br", sphere: "Não se aplica",
            place: Place(name: "Salvador", uf: "BA")),
        Organization(
            name: "Instituto Migrações e Direitos Humanos", domain: "migrante.org.br", sphere: "Não se aplica",
            place: Place(name: "Brasília", uf: "DF")),
    ]
    static let providers = [
        "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "terra.com.br", "bol.com.br",
        "live.com",
    ]
    static let jobs = [
        "Assistente social", "Psicóloga", "Agente administrativo", "Diretor", "Gestora", "Professora", "Analista",
        "Coordenador de projetos", "Secretário adjunto", "Técnico administrativo", "Assessora técnica", "Advogada",
    ]

    static func stateName(of uf: String) -> String { stateNames[uf] ?? uf }

    private static let stateNames = [
        "AM": "Amazonas", "BA": "Bahia", "CE": "Ceará", "DF": "Distrito Federal", "GO": "Goiás", "MA": "Maranhão",
        "MG": "Minas Gerais", "MS": "Mato Grosso do Sul", "MT": "Mato Grosso", "PA": "Pará", "PB": "Paraíba",
        "PE": "Pernambuco", "PR": "Paraná", "RJ": "Rio de Janeiro", "RN": "Rio Grande do Norte", "RR": "Roraima",
        "RS": "Rio Grande do Sul", "SC": "Santa Catarina", "SP": "São Paulo",
    ]
}
