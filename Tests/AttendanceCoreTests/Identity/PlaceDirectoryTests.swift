import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct PlaceDirectoryTests {
    let places: PlaceDirectory

    init() throws {
        places = try PlaceDirectory.bundled()
    }

    @Test("the bundled lists are complete")
    func counts() {
        #expect(places.units.count == 27)
        #expect(places.municipalities.count == 5_571)
        #expect(places.municipality(code: 4_314_902)?.name == "Porto Alegre")
        #expect(places.unit(code: 43)?.abbreviation == "RS")
    }

    @Test(
        "UF fields in every form",
        arguments: [
            ("RS", "RS"), ("rs", "RS"), ("Rio Grande do Sul", "RS"), ("RIO GRANDE DO SUL", "RS"),
            ("Rio Grande Do Sul/RS", "RS"),
            ("MATO GROSSO DO SUL/MS", "MS"), ("Mato Grosso", "MT"), ("RS - Rio Grande do Sul", "RS"),
            ("Estado de São Paulo", "SP"),
            ("Sao Paulo", "SP"), ("Distrito Federal", "DF"), (" pr ", "PR"),
        ])
    func units(text: String, expected: String) {
        #expect(places.unit(matching: text)?.abbreviation == expected)
    }

    @Test("text naming no unit", arguments: ["", "Brasil", "XX", "Rio Grande"])
    func noUnit(text: String) {
        #expect(places.unit(matching: text) == nil)
    }

    @Test(
        "municipalities by name and unit, accents and case ignored",
        arguments: [
            ("Florianopolis", "SC", 4_205_407), ("CAXIAS DO SUL", "Rio Grande do Sul", 4_305_108),
            ("Campinas/SP", "", 3_509_502),
            ("BRASÍLIA/DF", "", 5_300_108), ("Cachoeirinha", "RS", 4_303_103), ("Cachoeirinha", "PE", 2_603_108),
            ("São Paulo", "SP", 3_550_308), ("Porto Alegre - RS", "", 4_314_902), ("Embu-Guaçu", "SP", 3_515_103),
        ])
    func municipalities(city: String, unit: String, code: Int) {
        #expect(places.municipality(city: city, unit: unit)?.code == code)
    }

    @Test(
        "an ambiguous or unknown city resolves to nothing",
        arguments: [
            ("Cachoeirinha", ""), ("Mato Grosso do Sul", "MS"), ("Atlantis", "RS"), ("", "RS"),
        ])
    func unresolved(city: String, unit: String) {
        #expect(places.municipality(city: city, unit: unit) == nil)
    }

    @Test(
        "institutional e-mail domains",
        arguments: [
            ("portoalegre.rs.gov.br", Government?.some(Government(level: .municipal, code: 4_314_902))),
            ("caxiasdosul.rs.gov.br", Government(level: .municipal, code: 4_305_108)),
            ("saude.rs.gov.br", Government(level: .state, code: 43)),
            ("rs.gov.br", Government(level: .state, code: 43)),
            ("ms.gov.br", Government(level: .state, code: 50)),
            ("saopaulo.sp.gov.br", Government(level: .municipal, code: 3_550_308)),
            ("gov.br", nil), ("saude.gov.br", nil), ("gmail.com", nil), ("ufrgs.br", nil),
        ])
    func domains(domain: String, expected: Government?) {
        #expect(places.government(forEmailDomain: domain) == expected)
    }

    @Test(
        "organisations naming a government",
        arguments: [
            ("Prefeitura Municipal de Dourados", "", "", "Dourados/MS"),
            ("Prefeitura de Sao Leopoldo", "RS", "", "São Leopoldo/RS"),
            ("PM Caxias do Sul", "", "", "Caxias do Sul/RS"),
            ("SECRETARIA MUNICIPAL DE ASSISTÊNCIA SOCIAL DE CAXIAS DO SUL", "RS", "", "Caxias do Sul/RS"),
            ("Gabinete do Prefeito de Cuiaba", "MT", "", "Cuiabá/MT"),
            ("Coordenadoria de Políticas para Migrantes de Boa Vista", "RR", "", "Boa Vista/RR"),
            ("Governo do Estado de Mato Grosso do Sul", "", "", "Mato Grosso do Sul (estado)"),
            ("GOVERNO DO ESTADO DE RIO GRANDE DO SUL", "", "", "Rio Grande do Sul (estado)"),
            ("Governo do Paraná", "", "", "Paraná (estado)"),
            ("Secretaria de Estado da Educação - Paraná", "PR", "", "Paraná (estado)"),
            ("Comitê Estadual de Atenção a Migrantes e Refugiados - Ceará", "", "", "Ceará (estado)"),
            ("Secretaria de Estado da Saúde", "MG", "", "Minas Gerais (estado)"),
            ("Governo do Estado de São Paulo", "SP", "", "São Paulo (estado)"),
            ("Prefeitura de São Paulo", "SP", "", "São Paulo/SP"),
            ("Prefeitura de Goiás", "GO", "", "Goiás/GO"),
            ("Governo de Goiás", "GO", "", "Goiás (estado)"),
            ("Prefeitura de Rio Grande", "RS", "", "Rio Grande/RS"),
            ("Prefeitura Municipal de Curitiba/PR", "", "", "Curitiba/PR"),
            ("Prefeitura de Cachoeirinha", "", "cachoeirinha.rs.gov.br", "Cachoeirinha/RS"),
            ("Prefeitura de Cachoeirinha", "PE", "", "Cachoeirinha/PE"),
            ("Prefeitura de Brasília", "DF", "", "Brasília/DF"),
            ("Governo do Distrito Federal", "", "", "Distrito Federal (estado)"),
            ("Secretaria de Estado de Saúde do DF", "", "", "Distrito Federal (estado)"),
            ("Secretaria de Saúde de Pelotas", "RS", "", "Pelotas/RS"),
        ])
    func organizations(organization: String, unit: String, domain: String, expected: String) throws {
        let government = try #require(places.government(forOrganization: organization, unit: unit, emailDomain: domain))
        #expect(places.displayName(of: government) == expected)
    }

    @Test(
        "organisations naming no government",
        arguments: [
            ("Universidade Federal de São Paulo (Unifesp)", ""), ("Organização Internacional para as Migrações", ""),
            ("Prefeitura de Cachoeirinha", ""),
            ("Departamento de Direito da Universidade Federal de Minas Gerais", "MG"),
            ("Prefeitura", ""), ("", "RS"),
            // The subject of a body, not a place (Saúde is a town in Bahia, Educação is not).
            ("Secretaria de Saúde", ""), ("Secretaria de Saúde", "RS"),
        ])
    func noGovernment(organization: String, unit: String) {
        #expect(places.government(forOrganization: organization, unit: unit) == nil)
    }

    @Test("a record's government: organisation first, then the e-mail domain")
    func record() {
        #expect(
            places.government(organization: "Prefeitura de Esteio", unit: "RS", emailDomain: "rs.gov.br")
                == Government(level: .municipal, code: 4_307_708))
        #expect(
            places.government(organization: "", unit: "", emailDomain: "rs.gov.br")
                == Government(level: .state, code: 43))
        // A body that names only its subject takes the government of its address.
        #expect(
            places.government(organization: "Secretaria de Saúde", unit: "", emailDomain: "esteio.rs.gov.br")
                == Government(level: .municipal, code: 4_307_708))
    }

    @Test("display names")
    func displayNames() {
        #expect(places.displayName(of: Government(level: .municipal, code: 4_106_902)) == "Curitiba/PR")
        #expect(places.displayName(of: Government(level: .state, code: 41)) == "Paraná (estado)")
        #expect(places.displayName(of: Government(level: .state, code: 99)) == "99")
    }

    @Test("a directory built from text rejects malformed rows")
    func malformed() {
        #expect(throws: ReferenceDataError.malformedRow(file: "ufs.csv", line: 2)) {
            try PlaceDirectory(
                unitsCSV: "code,uf,name,region\nxx,RS,Rio Grande do Sul,Sul\n",
                municipalitiesCSV: "codigo_ibge,nome,codigo_uf\n")
        }
        #expect(throws: ReferenceDataError.malformedRow(file: "municipios.csv", line: 2)) {
            try PlaceDirectory(
                unitsCSV: "code,uf,name,region\n", municipalitiesCSV: "codigo_ibge,nome,codigo_uf\n12,Lugar\n")
        }
    }

    @Test("the name key folds and splits on punctuation")
    func nameKey() {
        #expect(PlaceDirectory.nameKey("Dias d'Ávila") == "dias d avila")
        #expect(PlaceDirectory.nameKey("  SÃO   PAULO ") == "sao paulo")
    }
}
