/// A column an export may carry, known by its headers in Portuguese and English.
///
/// ``aliases`` are whole headers (compared as ``HeaderKey``s, so `E-mail`, `email` and
/// ` EMAIL ` are one alias). ``keywords`` serve forms and hand-made lists, whose headers are
/// question texts (`Qual é o seu e-mail institucional?`): a header containing one of them
/// (as whole words) and none of ``excludedWords`` is taken when no alias matched.
enum Column: String, CaseIterable, Sendable {
    // A person.
    case name, firstName, lastName, userName, email, cpf, phone, organization, jobTitle, city, uf, country
    case publicServant
    // A stay in a session.
    case attended, presence, joinTime, leaveTime, duration, isGuest, role, upn, waitingRoom, userAction
    // Registrations, check-ins, forms, courses, lists.
    case registrationTime, checkIn, checkInDate, timestamp, courseComplete, completionDate, date
    // The block above a meeting's participants.
    case hostEmail, startTime

    var aliases: [String] {
        switch self {
        case .name:
            [
                "nome", "name", "nome completo", "full name", "participante", "participant", "nome do participante",
                "participant name", "nome e sobrenome", "aluno", "nome do aluno", "aluno(a)", "student", "cursista",
                "nome do cursista", "name (original name)", "nome (nome original)", "nome original",
                "nomes", "names",
            ]
        case .firstName:
            ["first name", "primeiro nome", "given name", "prenome"]
        case .lastName:
            ["last name", "sobrenome", "surname", "family name", "ultimo nome", "apelido"]
        case .userName:
            ["user name (original name)", "nome de usuario (nome original)", "user name", "nome de usuario"]
        case .email:
            [
                "email", "e-mail", "e mail", "correio", "correio eletronico", "endereco de e-mail", "endereco de email",
                "email address", "user email", "email do usuario", "e-mail do usuario", "e-mail do participante",
                "email do participante", "mail", "e-mail institucional", "email institucional",
            ]
        case .cpf:
            ["cpf", "numero do cpf", "n do cpf", "cpf do participante", "documento cpf"]
        case .phone:
            [
                "telefone", "phone", "celular", "telefone celular", "whatsapp", "telefone de contato", "phone number",
                "fone", "telefone/celular", "telefone (whatsapp)",
            ]
        case .organization:
            [
                "instituicao", "orgao", "organizacao", "organization", "organisation", "empresa", "company",
                "instituicao/orgao", "orgao/instituicao", "orgao de lotacao", "lotacao", "entidade", "institution",
                "instituicao de origem", "orgao/entidade", "organizacao/instituicao",
            ]
        case .jobTitle:
            ["cargo", "job title", "cargo/funcao", "funcao/cargo", "funcao", "position", "ocupacao", "profissao"]
        case .city:
            ["cidade", "municipio", "city", "localidade", "town", "cidade/municipio"]
        case .uf:
            ["uf", "estado", "state", "state/province", "estado/provincia", "unidade federativa", "sigla da uf"]
        case .country:
            ["pais", "country", "country/region", "pais/regiao", "country/region name", "nome do pais/regiao"]
        case .publicServant:
            [
                "servidor publico", "servidor(a) publico(a)", "servidor", "public servant", "e servidor publico",
                "voce e servidor publico",
            ]
        case .attended:
            ["attended", "participou"]
        case .presence:
            ["presente", "presenca", "compareceu", "present", "presence", "attended", "participou"]
        case .joinTime:
            [
                "join time", "time joined", "first join", "joined", "joined at", "hora de entrada",
                "horario de entrada",
                "ingressar na hora", "primeiro ingresso", "hora de ingresso", "hora do ingresso", "entrada",
            ]
        case .leaveTime:
            [
                "leave time", "time exited", "last leave", "left", "left at", "exit time", "hora de saida",
                "horario de saida", "ultima saida", "saida",
            ]
        case .duration:
            [
                "duration", "duration (minutes)", "time in session (minutes)", "time in session", "in-meeting duration",
                "duracao", "duracao (minutos)", "tempo na sessao (minutos)", "tempo na sessao", "duracao na reuniao",
                "attendance duration", "minutes", "minutos",
            ]
        case .isGuest:
            ["is guest", "guest", "e convidado", "convidado"]
        case .role:
            ["role", "funcao", "papel"]
        case .upn:
            ["participant id (upn)", "id do participante (upn)", "upn", "user principal name"]
        case .waitingRoom:
            ["in waiting room", "na sala de espera"]
        case .userAction:
            // The older Teams attendance log: what each row's timestamp records (joined, left).
            ["user action", "acao do usuario", "acao de usuario", "acao do utilizador"]
        case .registrationTime:
            [
                "registration time", "hora da inscricao", "horario da inscricao", "data de inscricao",
                "data da inscricao",
            ]
        case .checkIn:
            ["check-in", "checkin", "check in", "fez check-in"]
        case .checkInDate:
            [
                "data check-in", "data do check-in", "data de check-in", "check-in date", "data/hora do check-in",
                "horario do check-in",
            ]
        case .timestamp:
            ["carimbo de data/hora", "carimbo de data e hora", "timestamp", "marca temporal", "data/hora"]
        case .courseComplete:
            [
                "course complete", "course completion", "curso completo", "curso concluido", "conclusao do curso",
                "course completed",
            ]
        case .completionDate:
            [
                "data de conclusao", "data da conclusao", "completion date", "date completed", "concluido em",
                "data conclusao",
            ]
        case .date:
            [
                "data", "date", "dia", "data do evento", "data da atividade", "data da sessao", "data de participacao",
                "data da presenca", "session date", "event date",
            ]
        case .hostEmail:
            ["user email", "host email", "e-mail do anfitriao", "email do anfitriao", "anfitriao", "host"]
        case .startTime:
            [
                "start time", "actual start time", "scheduled time", "meeting start time", "hora de inicio",
                "horario de inicio", "hora de inicio real", "horario de inicio real", "horario agendado",
                "hora agendada", "data de inicio",
            ]
        }
    }

    /// The column's position in ``allCases``: header maps keep their positions in an array, so that
    /// reading a cell (a dozen per row) costs no hashing.
    package var ordinal: Int {
        switch self {
        case .name: 0
        case .firstName: 1
        case .lastName: 2
        case .userName: 3
        case .email: 4
        case .cpf: 5
        case .phone: 6
        case .organization: 7
        case .jobTitle: 8
        case .city: 9
        case .uf: 10
        case .country: 11
        case .publicServant: 12
        case .attended: 13
        case .presence: 14
        case .joinTime: 15
        case .leaveTime: 16
        case .duration: 17
        case .isGuest: 18
        case .role: 19
        case .upn: 20
        case .waitingRoom: 21
        case .userAction: 22
        case .registrationTime: 23
        case .checkIn: 24
        case .checkInDate: 25
        case .timestamp: 26
        case .courseComplete: 27
        case .completionDate: 28
        case .date: 29
        case .hostEmail: 30
        case .startTime: 31
        }
    }

    /// ``aliases`` as compact ``HeaderKey``s, folded once for the whole run.
    var aliasKeys: Set<String> { Self.aliasKeyTable[self] ?? [] }

    private static let aliasKeyTable: [Column: Set<String>] = Dictionary(
        uniqueKeysWithValues: allCases.map { column in (column, Set(column.aliases.map { HeaderKey($0).compact })) }
    )

    /// Words that, found in a question-like header, point at this column.
    var keywords: [String] {
        switch self {
        case .name: ["nome", "name", "participante"]
        case .email: ["email", "e mail", "correio eletronico"]
        case .cpf: ["cpf"]
        case .phone: ["telefone", "celular", "whatsapp", "phone"]
        case .organization:
            [
                "instituicao", "orgao", "organizacao", "organization", "empresa", "entidade", "lotacao",
                "institution",
            ]
        case .jobTitle: ["cargo", "funcao", "job title", "ocupacao", "profissao"]
        case .city: ["municipio", "cidade", "city"]
        case .uf: ["uf", "estado", "state"]
        case .country: ["pais", "country"]
        case .publicServant: ["servidor", "servidora", "public servant"]
        default: []
        }
    }

    /// Words that stop a keyword match (`Nome da instituição` is not the person's name).
    var excludedWords: [String] {
        switch self {
        case .name:
            [
                "instituicao", "orgao", "organizacao", "organization", "empresa", "entidade", "municipio",
                "cidade", "mae", "pai", "evento", "curso", "cargo", "email", "mail", "social", "usuario", "user",
                "chefia", "chefe", "responsavel", "secretaria", "setor", "departamento", "country", "pais",
                "region", "regiao", "original",
            ]
        case .uf: ["municipio", "cidade"]
        default: []
        }
    }
}
