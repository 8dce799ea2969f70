/// A Brazilian state (or the Federal District) as the demo generator needs it.
struct DemoState: Sendable, Hashable {
    /// Two-letter abbreviation, `RS`.
    let uf: String
    let name: String
    /// Two-digit IBGE code; its first digit is the macro-region.
    let code: Int
    /// The contraction used before the name: `do` Paraná, `de` Minas Gerais, `da` Paraíba.
    let article: String
    let capital: String

    /// `Norte`, `Nordeste`, `Sudeste`, `Sul` or `Centro-Oeste`.
    var region: String { DemoPlaces.region(ofCode: code) }
    /// `Governo do Estado do Paraná`; `Governo do Distrito Federal`.
    var governmentName: String { uf == "DF" ? "Governo do Distrito Federal" : "Governo do Estado \(article) \(name)" }
}

/// A municipality with its IBGE code.
struct DemoMunicipality: Sendable, Hashable {
    let name: String
    let uf: String
    /// Seven-digit IBGE code.
    let code: Int

    var region: String { DemoPlaces.region(ofCode: code / 100_000) }
    /// The host part of its institutional addresses: `caxiasdosul.rs.gov.br`.
    var domain: String { "\(DemoText.slug(name)).\(uf.lowercased()).gov.br" }
}

/// The places of the demo year: real names and IBGE codes (see `Resources/municipios.csv`).
enum DemoPlaces {
    static func region(ofCode code: Int) -> String {
        switch code / 10 {
        case 1: "Norte"
        case 2: "Nordeste"
        case 3: "Sudeste"
        case 4: "Sul"
        default: "Centro-Oeste"
        }
    }

    static let states: [DemoState] = [
        DemoState(uf: "RO", name: "Rondônia", code: 11, article: "de", capital: "Porto Velho"),
        DemoState(uf: "AC", name: "Acre", code: 12, article: "do", capital: "Rio Branco"),
        DemoState(uf: "AM", name: "Amazonas", code: 13, article: "do", capital: "Manaus"),
        DemoState(uf: "RR", name: "Roraima", code: 14, article: "de", capital: "Boa Vista"),
        DemoState(uf: "PA", name: "Pará", code: 15, article: "do", capital: "Belém"),
        DemoState(uf: "AP", name: "Amapá", code: 16, article: "do", capital: "Macapá"),
        DemoState(uf: "TO", name: "Tocantins", code: 17, article: "do", capital: "Palmas"),
        DemoState(uf: "MA", name: "Maranhão", code: 21, article: "do", capital: "São Luís"),
        DemoState(uf: "PI", name: "Piauí", code: 22, article: "do", capital: "Teresina"),
        DemoState(uf: "CE", name: "Ceará", code: 23, article: "do", capital: "Fortaleza"),
        DemoState(uf: "RN", name: "Rio Grande do Norte", code: 24, article: "do", capital: "Natal"),
        DemoState(uf: "PB", name: "Paraíba", code: 25, article: "da", capital: "João Pessoa"),
        DemoState(uf: "PE", name: "Pernambuco", code: 26, article: "de", capital: "Recife"),
        DemoState(uf: "AL", name: "Alagoas", code: 27, article: "de", capital: "Maceió"),
        DemoState(uf: "SE", name: "Sergipe", code: 28, article: "de", capital: "Aracaju"),
        DemoState(uf: "BA", name: "Bahia", code: 29, article: "da", capital: "Salvador"),
        DemoState(uf: "MG", name: "Minas Gerais", code: 31, article: "de", capital: "Belo Horizonte"),
        DemoState(uf: "ES", name: "Espírito Santo", code: 32, article: "do", capital: "Vitória"),
        DemoState(uf: "RJ", name: "Rio de Janeiro", code: 33, article: "do", capital: "Rio de Janeiro"),
        DemoState(uf: "SP", name: "São Paulo", code: 35, article: "de", capital: "São Paulo"),
        DemoState(uf: "PR", name: "Paraná", code: 41, article: "do", capital: "Curitiba"),
        DemoState(uf: "SC", name: "Santa Catarina", code: 42, article: "de", capital: "Florianópolis"),
        DemoState(uf: "RS", name: "Rio Grande do Sul", code: 43, article: "do", capital: "Porto Alegre"),
        DemoState(uf: "MS", name: "Mato Grosso do Sul", code: 50, article: "de", capital: "Campo Grande"),
        DemoState(uf: "MT", name: "Mato Grosso", code: 51, article: "de", capital: "Cuiabá"),
        DemoState(uf: "GO", name: "Goiás", code: 52, article: "de", capital: "Goiânia"),
        DemoState(uf: "DF", name: "Distrito Federal", code: 53, article: "do", capital: "Brasília"),
    ]

    /// The municipalities people of the demo year work in: every certified one and a spread of
    /// others over the five regions.
    static let municipalities: [DemoMunicipality] = [
        // Certified in 2021.
        DemoMunicipality(name: "Belém", uf: "PA", code: 1_501_402),
        DemoMunicipality(name: "Belo Horizonte", uf: "MG", code: 3_106_200),
        DemoMunicipality(name: "Cachoeirinha", uf: "RS", code: 4_303_103),
        DemoMunicipality(name: "Campo Largo", uf: "PR", code: 4_104_204),
        DemoMunicipality(name: "Caxias do Sul", uf: "RS", code: 4_305_108),
        DemoMunicipality(name: "Contagem", uf: "MG", code: 3_118_601),
        DemoMunicipality(name: "Corumbá", uf: "MS", code: 5_003_207),
        DemoMunicipality(name: "Curitiba", uf: "PR", code: 4_106_902),
        DemoMunicipality(name: "Dourados", uf: "MS", code: 5_003_702),
        DemoMunicipality(name: "Esteio", uf: "RS", code: 4_307_708),
        DemoMunicipality(name: "Foz do Iguaçu", uf: "PR", code: 4_108_304),
        DemoMunicipality(name: "Goiânia", uf: "GO", code: 5_208_707),
        DemoMunicipality(name: "Guaporé", uf: "RS", code: 4_309_407),
        DemoMunicipality(name: "Guarulhos", uf: "SP", code: 3_518_800),
        DemoMunicipality(name: "Igarassu", uf: "PE", code: 2_606_804),
        DemoMunicipality(name: "Joinville", uf: "SC", code: 4_209_102),
        DemoMunicipality(name: "Juiz de Fora", uf: "MG", code: 3_136_702),
        DemoMunicipality(name: "Lajeado", uf: "RS", code: 4_311_403),
        DemoMunicipality(name: "Mossoró", uf: "RN", code: 2_408_003),
        DemoMunicipality(name: "Niterói", uf: "RJ", code: 3_303_302),
        DemoMunicipality(name: "Nova Iguaçu", uf: "RJ", code: 3_303_500),
        DemoMunicipality(name: "Novo Hamburgo", uf: "RS", code: 4_313_409),
        DemoMunicipality(name: "Pelotas", uf: "RS", code: 4_314_407),
        DemoMunicipality(name: "Recife", uf: "PE", code: 2_611_606),
        DemoMunicipality(name: "Santarém", uf: "PA", code: 1_506_807),
        DemoMunicipality(name: "São José do Rio Preto", uf: "SP", code: 3_549_805),
        DemoMunicipality(name: "São Leopoldo", uf: "RS", code: 4_318_705),
        DemoMunicipality(name: "São Paulo", uf: "SP", code: 3_550_308),
        DemoMunicipality(name: "Sapucaia do Sul", uf: "RS", code: 4_320_008),
        DemoMunicipality(name: "Umuarama", uf: "PR", code: 4_128_104),
        DemoMunicipality(name: "Venâncio Aires", uf: "RS", code: 4_322_608),
        DemoMunicipality(name: "Vitória da Conquista", uf: "BA", code: 2_933_307),
        // Certified in 2020 only.
        DemoMunicipality(name: "Porto Alegre", uf: "RS", code: 4_314_902),
        DemoMunicipality(name: "Boa Vista", uf: "RR", code: 1_400_100),
        DemoMunicipality(name: "Manaus", uf: "AM", code: 1_302_603),
        DemoMunicipality(name: "Chapecó", uf: "SC", code: 4_204_202),
        DemoMunicipality(name: "Campo Grande", uf: "MS", code: 5_002_704),
        // Not certified.
        DemoMunicipality(name: "Pacaraima", uf: "RR", code: 1_400_456),
        DemoMunicipality(name: "Florianópolis", uf: "SC", code: 4_205_407),
        DemoMunicipality(name: "Cuiabá", uf: "MT", code: 5_103_403),
        DemoMunicipality(name: "Fortaleza", uf: "CE", code: 2_304_400),
        DemoMunicipality(name: "Natal", uf: "RN", code: 2_408_102),
        DemoMunicipality(name: "Teresina", uf: "PI", code: 2_211_001),
        DemoMunicipality(name: "São Luís", uf: "MA", code: 2_111_300),
        DemoMunicipality(name: "Salvador", uf: "BA", code: 2_927_408),
        DemoMunicipality(name: "Maceió", uf: "AL", code: 2_704_302),
        DemoMunicipality(name: "João Pessoa", uf: "PB", code: 2_507_507),
        DemoMunicipality(name: "Aracaju", uf: "SE", code: 2_800_308),
        DemoMunicipality(name: "Palmas", uf: "TO", code: 1_721_000),
        DemoMunicipality(name: "Porto Velho", uf: "RO", code: 1_100_205),
        DemoMunicipality(name: "Rio Branco", uf: "AC", code: 1_200_401),
        DemoMunicipality(name: "Macapá", uf: "AP", code: 1_600_303),
        DemoMunicipality(name: "Vitória", uf: "ES", code: 3_205_309),
        DemoMunicipality(name: "Rio de Janeiro", uf: "RJ", code: 3_304_557),
        DemoMunicipality(name: "Campinas", uf: "SP", code: 3_509_502),
        DemoMunicipality(name: "Santos", uf: "SP", code: 3_548_500),
        DemoMunicipality(name: "Londrina", uf: "PR", code: 4_113_700),
        DemoMunicipality(name: "Maringá", uf: "PR", code: 4_115_200),
        DemoMunicipality(name: "Cascavel", uf: "PR", code: 4_104_808),
        DemoMunicipality(name: "Santa Maria", uf: "RS", code: 4_316_907),
        DemoMunicipality(name: "Blumenau", uf: "SC", code: 4_202_404),
        DemoMunicipality(name: "Uberlândia", uf: "MG", code: 3_170_206),
        DemoMunicipality(name: "Tabatinga", uf: "AM", code: 1_304_062),
        DemoMunicipality(name: "Ponta Porã", uf: "MS", code: 5_006_606),
        DemoMunicipality(name: "Criciúma", uf: "SC", code: 4_204_608),
        DemoMunicipality(name: "Passo Fundo", uf: "RS", code: 4_314_100),
        DemoMunicipality(name: "Imperatriz", uf: "MA", code: 2_105_302),
        DemoMunicipality(name: "Campina Grande", uf: "PB", code: 2_504_009),
        DemoMunicipality(name: "Anápolis", uf: "GO", code: 5_201_108),
        DemoMunicipality(name: "Caruaru", uf: "PE", code: 2_604_106),
        DemoMunicipality(name: "Feira de Santana", uf: "BA", code: 2_910_800),
        DemoMunicipality(name: "Ananindeua", uf: "PA", code: 1_500_800),
        DemoMunicipality(name: "Sobral", uf: "CE", code: 2_312_908),
        DemoMunicipality(name: "Canoas", uf: "RS", code: 4_304_606),
        DemoMunicipality(name: "Brasília", uf: "DF", code: 5_300_108),
    ]

    /// The state of an abbreviation of the table above.
    static func state(_ uf: String) -> DemoState {
        states.first { $0.uf == uf } ?? states[0]
    }

    /// A municipality of the table above by name and UF.
    static func municipality(_ name: String, _ uf: String) -> DemoMunicipality {
        municipalities.first { $0.name == name && $0.uf == uf } ?? municipalities[0]
    }

    /// Municipalities of a state in the table above, for the city of a state civil servant.
    static func municipalities(in uf: String) -> [DemoMunicipality] {
        municipalities.filter { $0.uf == uf && $0.uf != "DF" }
    }
}
