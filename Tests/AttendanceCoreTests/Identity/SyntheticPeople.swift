import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService

/// Generates fictional records of fictional people, with the mess field lists carry, for
/// performance and scale tests. Deterministic: the same seed gives the same records.
struct SyntheticPeople {
    /// The records and the true person of each record id.
    var records: [IdentityRecord] = []
    var truth: [Int64: Int] = [:]

    private static let givenNames = [
        "Ana", "Maria", "José", "João", "Antônio", "Francisca", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos",
        "Luís", "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Raimundo", "Rodrigo",
        "Adriana",
        "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra", "Camila", "Amanda", "Bruna", "Jéssica",
        "Letícia",
        "Júlia", "Luciana", "Vanessa", "Mariana", "Gabriela", "Vera", "Vitória", "Larissa", "Cláudia", "Beatriz",
        "Rita",
        "Luana", "Sônia", "Renata", "Eliane", "Josefa", "Simone", "Natália", "Cristiane", "Carla", "Débora",
        "Rosângela",
        "Jaqueline", "Tatiane", "Thiago", "Gustavo", "Matheus", "Leonardo", "Igor", "Caio", "Otávio", "Heitor",
        "Regina",
    ]
    private static let surnames = [
        "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa",
        "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha",
        "Dias",
        "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Ramos",
        "Gonçalves", "Santana", "Teixeira", "Araújo", "Pinto", "Correia", "Cavalcanti", "Monteiro", "Moura", "Campos",
        "Castro", "Azevedo", "Batista", "Reis", "Nogueira", "Brandão", "Peçanha", "Bragança", "Yamamoto", "Nakamura",
        "Becker", "Müller", "Schmidt", "Quispe", "Bolívar", "Patsanza", "Sarkar", "Guimarães", "Figueiredo",
        "Magalhães",
    ]
    private static let organizations = [
        ("Prefeitura Municipal de Porto Alegre", "Porto Alegre", "RS", "portoalegre.rs.gov.br"),
        ("PM Curitiba", "Curitiba", "PR", "curitiba.pr.gov.br"),
        ("Secretaria Municipal de Saúde de Campinas", "Campinas", "SP", "campinas.sp.gov.br"),
        ("Governo do Estado de Minas Gerais", "Belo Horizonte", "MG", "mg.gov.br"),
        ("Secretaria de Estado da Educação - Paraná", "Londrina", "PR", "pr.gov.br"),
        ("Prefeitura de Boa Vista", "Boa Vista", "RR", "boavista.rr.gov.br"),
        ("Cáritas Arquidiocesana", "Manaus", "AM", "caritas.org.br"),
        ("Universidade Federal de Pelotas (UFPel)", "Pelotas", "RS", "ufpel.edu.br"),
        ("Organização Internacional para as Migrações", "Brasília", "DF", "iom.int"),
        ("Missão Paz", "São Paulo", "SP", "missaonspaz.org"),
        ("Prefeitura de Dourados", "Dourados", "MS", "dourados.ms.gov.br"),
        ("Governo do Estado de Santa Catarina", "Florianópolis", "SC", "sc.gov.br"),
    ]
    private static let providers = [
        "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "bol.com.br", "uol.com.br",
    ]

    private var state: UInt64
    private var usedLocalParts = Set<String>()

    /// Generates about `count` records of about `count / 3` people.
    init(count: Int, seed: UInt64 = 42) {
        state = seed
        var person = 0
        while records.count < count {
            addPerson(person, limit: count - records.count)
            person += 1
        }
    }

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func chance(_ percent: Int) -> Bool { next(100) < percent }

    private mutating func addPerson(_ person: Int, limit: Int) {
        var given = [Self.givenNames[next(Self.givenNames.count)]]
        if chance(40) { given.append(Self.givenNames[next(Self.givenNames.count)]) }
        var family = [Self.surnames[next(Self.surnames.count)]]
        for _ in 0..<next(3) { family.append(Self.surnames[next(Self.surnames.count)]) }
        let fullName = (given + family).joined(separator: " ")
        let organization = Self.organizations[next(Self.organizations.count)]
        // Mailboxes belong to one person: a taken local part gets a number, as providers require.
        var local = Self.ascii(given[0] + "." + family[family.count - 1]).lowercased()
        if chance(50) || usedLocalParts.contains(local) { local += String(person) }
        usedLocalParts.insert(local)
        let personal = local + "@" + Self.providers[next(Self.providers.count)]
        let institutional = local + "@" + organization.3
        let cpf = chance(40) ? Self.cpf(100_000_000 + person) : ""
        for _ in 0..<min(limit, 1 + next(5)) {
            var record = IdentityRecord(
                id: Int64(records.count + 1), eventID: "event\(next(20))", sourceKey: "file\(next(60))")
            record.name = variant(of: fullName, given: given, family: family)
            record.email = chance(15) ? "" : (chance(70) ? institutional : personal)
            if chance(20) { record.email = record.email.uppercased() }
            if chance(50) { record.cpf = cpf }
            if chance(70) {
                record.organization = organization.0
                record.city = chance(20) ? Self.ascii(organization.1).uppercased() : organization.1
                record.uf = organization.2
            }
            records.append(record)
            truth[record.id] = person
        }
    }

    private mutating func variant(of fullName: String, given: [String], family: [String]) -> String {
        var name = fullName
        switch next(10) {
        case 0: name = given[0] + " " + family[family.count - 1]
        case 1: name = name.uppercased()
        case 2: name = Self.ascii(name).lowercased()
        case 3: name += " (Guest)"
        case 4 where name.count > 6:
            var characters = Array(name)
            let index = 2 + next(characters.count - 3)
            characters.insert(characters[index], at: index)
            name = String(characters)
        case 5: name = family[family.count - 1] + ", " + (given + family.dropLast()).joined(separator: " ")
        default: break
        }
        return name
    }

    private static func ascii(_ text: String) -> String {
        TextNormalization.folded(text).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
            separator: " ")
    }

    /// A valid CPF made from a 9-digit base.
    static func cpf(_ base: Int) -> String {
        var digits = String(base % 1_000_000_000).compactMap(\.wholeNumberValue)
        while digits.count < 9 { digits.insert(0, at: 0) }
        for count in [9, 10] {
            var sum = 0
            for index in 0..<count { sum += digits[index] * (count + 1 - index) }
            let remainder = (sum * 10) % 11
            digits.append(remainder == 10 ? 0 : remainder)
        }
        return digits.map(String.init).joined()
    }
}
