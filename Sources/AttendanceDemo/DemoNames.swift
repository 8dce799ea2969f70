/// Word lists of the demo generator, written for it: common Brazilian given names and
/// surnames (with some of the immigrant families found in the south and among migrants), job
/// titles and the free-text answers people leave in forms.
enum DemoNames {
    static let femaleGiven = [
        "Ana", "Maria", "Juliana", "Fernanda", "Patrícia", "Aline", "Camila", "Amanda", "Bruna", "Jéssica",
        "Letícia", "Luciana", "Mariana", "Vanessa", "Carla", "Daniela", "Renata", "Adriana", "Cristina", "Simone",
        "Sandra", "Tatiana", "Priscila", "Larissa", "Gabriela", "Rafaela", "Beatriz", "Bianca", "Natália", "Carolina",
        "Débora", "Elaine", "Flávia", "Gisele", "Helena", "Isabela", "Joana", "Karina", "Lúcia", "Márcia",
        "Mônica", "Paula", "Raquel", "Rosângela", "Sílvia", "Sônia", "Tânia", "Thaís", "Valéria", "Viviane",
        "Luana", "Cíntia", "Érica", "Fabiana", "Andréa", "Cláudia", "Regina", "Rita", "Rosana", "Sabrina",
        "Solange", "Vera", "Luíza", "Lívia", "Marta", "Michele", "Alessandra", "Eliane", "Francisca", "Antônia",
        "Conceição", "Josefa", "Raimunda", "Jaqueline", "Roberta", "Talita", "Vitória", "Manuela", "Heloísa", "Lorena",
        "Marina", "Clara", "Cecília", "Inês", "Irene", "Iara", "Jussara", "Kátia", "Lilian", "Nádia",
        "Neide", "Rosa", "Sueli", "Telma", "Vânia", "Yolanda", "Graziela", "Denise", "Ângela", "Marlene",
    ]

    static let maleGiven = [
        "José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos",
        "Luís", "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Raimundo", "Rodrigo",
        "Manoel", "Mateus", "André", "Fernando", "Fábio", "Leonardo", "Gustavo", "Guilherme", "Leandro", "Tiago",
        "Anderson", "Ricardo", "Márcio", "Jorge", "Alexandre", "Roberto", "Sérgio", "Vinícius", "Diego", "Thiago",
        "Júlio", "Cláudio", "Renato", "Wellington", "Otávio", "Caio", "Heitor", "Igor", "Samuel", "Davi",
        "Arthur", "Henrique", "Murilo", "Vítor", "César", "Edson", "Emanuel", "Fabrício", "Gilberto", "Hugo",
        "Ivan", "Jefferson", "Juliano", "Maurício", "Nelson", "Osvaldo", "Raul", "Rogério", "Sandro", "Sílvio",
        "Valter", "Wagner", "Wilson", "Benedito", "Cícero", "Domingos", "Elias", "Everton", "Geraldo", "Hélio",
        "Jonas", "Lauro", "Mário", "Nilton", "Régis", "Sebastião", "Tadeu", "Vicente", "Yuri", "Adriano",
        "Alan", "Ângelo", "Artur", "Bernardo", "Cristiano", "Douglas", "Ênio", "Flávio", "Gerson", "Ismael",
    ]

    static let surnames = [
        "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
        "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa",
        "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas",
        "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo", "Correia", "Pinto", "Castro", "Cavalcanti",
        "Monteiro", "Moura", "Campos", "Cunha", "Melo", "Barros", "Azevedo", "Batista", "Borges", "Brandão",
        "Bezerra", "Brito", "Cruz", "Duarte", "Farias", "Figueiredo", "Fonseca", "Freire", "Guimarães", "Jesus",
        "Leite", "Macedo", "Magalhães", "Medeiros", "Miranda", "Moraes", "Nogueira", "Pacheco", "Peixoto", "Pires",
        "Queiroz", "Reis", "Sales", "Sampaio", "Siqueira", "Tavares", "Toledo", "Vasconcelos", "Xavier", "Aguiar",
        "Assis", "Bastos", "Coelho", "Damasceno", "Falcão", "Garcia", "Lacerda", "Matos", "Neves", "Paiva",
        "Prado", "Rezende", "Simões", "Conceição", "Amaral", "Antunes", "Bittencourt", "Caldeira", "Dutra", "Esteves",
        "Schneider", "Wagner", "Klein", "Hoffmann", "Zimmermann", "Kunz", "Rossi", "Bianchi", "Ferrari", "Colombo",
        "Ricci", "Lombardi", "Bortolini", "Zanella", "Tanaka", "Suzuki", "Yamada", "Watanabe", "Kobayashi", "Haddad",
        "Saad", "Khoury", "Kowalski", "Hernández", "González", "Pérez", "Joseph", "Pierre", "Jean-Baptiste", "Okafor",
    ]

    /// Particles that go before a surname (`Maria da Silva`).
    static let particles = ["da", "de", "do", "dos", "das"]

    /// Job titles by gender (the platforms ask for a free-text "cargo").
    static let governmentTitles: [(female: String, male: String)] = [
        ("Assistente social", "Assistente social"), ("Psicóloga", "Psicólogo"), ("Coordenadora", "Coordenador"),
        ("Analista", "Analista"), ("Técnica administrativa", "Técnico administrativo"), ("Diretora", "Diretor"),
        ("Secretária adjunta", "Secretário adjunto"), ("Gestora", "Gestor"), ("Enfermeira", "Enfermeiro"),
        ("Assessora técnica", "Assessor técnico"), ("Agente administrativa", "Agente administrativo"),
        ("Médica", "Médico"), ("Professora", "Professor"), ("Educadora social", "Educador social"),
    ]
    static let healthTitles: [(female: String, male: String)] = [
        ("Enfermeira", "Enfermeiro"), ("Médica", "Médico"),
        ("Agente comunitária de saúde", "Agente comunitário de saúde"),
        ("Coordenadora de atenção básica", "Coordenador de atenção básica"), ("Sanitarista", "Sanitarista"),
        ("Psicóloga", "Psicólogo"), ("Gestora", "Gestor"),
    ]
    static let academicTitles: [(female: String, male: String)] = [
        ("Professora", "Professor"), ("Pesquisadora", "Pesquisador"), ("Doutoranda", "Doutorando"),
        ("Estudante de mestrado", "Estudante de mestrado"),
        ("Técnica em assuntos educacionais", "Técnico em assuntos educacionais"),
    ]
    static let studentTitles: Set<String> = ["Doutoranda", "Doutorando", "Estudante de mestrado"]
    static let civilTitles: [(female: String, male: String)] = [
        ("Coordenadora de projetos", "Coordenador de projetos"), ("Advogada", "Advogado"), ("Voluntária", "Voluntário"),
        ("Assistente social", "Assistente social"), ("Educadora", "Educador"), ("Jornalista", "Jornalista"),
    ]
    static let internationalTitles: [(female: String, male: String)] = [
        ("Oficial de projetos", "Oficial de projetos"), ("Consultora", "Consultor"),
        ("Assistente de programa", "Assistente de programa"),
        ("Oficial de proteção", "Oficial de proteção"), ("Coordenadora de campo", "Coordenador de campo"),
    ]

    /// Personal mail providers, by how often Brazilians of these years used them.
    static let providers = [
        "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br",
        "terra.com.br", "live.com",
    ]
    static let providerWeights: [Double] = [40, 18, 10, 10, 6, 5, 4, 4]

    /// Domains as people mistype them.
    static let mistypedDomains: [String: [String]] = [
        "gmail.com": ["gmail.com.br", "gmial.com", "gmail.co"],
        "hotmail.com": ["hotmal.com", "hotmail.com.br", "hotmil.com"],
        "yahoo.com.br": ["yahoo.com", "yaho.com.br"],
        "outlook.com": ["outlok.com", "outlook.com.br"],
        "uol.com.br": ["uol.com"],
        "bol.com.br": ["bol.com"],
        "terra.com.br": ["tera.com.br"],
        "live.com": ["live.com.br"],
    ]

    /// What people write in a form's "comments" box (most leave it empty).
    static let comments = [
        "Excelente iniciativa!", "Parabéns pela organização.", "Gostaria de receber a apresentação.",
        "Muito útil para o nosso trabalho na assistência social.", "Poderiam disponibilizar a gravação?",
        "Ótimo debate, obrigada.", "Sugiro mais encontros sobre saúde da população migrante.",
        "Tive problemas de conexão no início, mas acompanhei o restante.",
    ]

    /// Multi-line comments, typed with a line break inside the answer.
    static let multilineComments = [
        "Excelente encontro!\nObrigado a toda a equipe.",
        "Gostaria de sugerir um tema:\nacesso de crianças migrantes à escola.",
    ]
}
