import AttendanceIdentity
import AttendanceModel
import Testing

@Suite struct PersonProfileTests {
    let places: PlaceDirectory

    init() throws {
        places = try PlaceDirectory.bundled()
    }

    @Test("a municipal servant: most frequent name, government, sector, unit and region")
    func municipal() throws {
        let profile = PersonProfile.derive(
            from: [
                IdentityRecord(id: 1, name: "ALINE COELHO BARROS", email: "aline.barros@curitiba.pr.gov.br"),
                IdentityRecord(id: 2, name: "Aline Coelho Barros (Guest)"),
                IdentityRecord(
                    id: 3, name: "Aline  Coelho Barros", organization: "PM Curitiba", city: "Curitiba", uf: "PR"),
                IdentityRecord(id: 4, name: "aline coelho barros", email: "aline@gmail.com"),
            ], places: places)
        #expect(profile.displayName == "Aline Coelho Barros")
        let government = try #require(profile.government)
        #expect(government.government == Government(level: .municipal, code: 4_106_902))
        #expect(government.displayName == "Curitiba/PR")
        #expect(profile.sector == .government)
        #expect(profile.unit?.abbreviation == "PR")
        #expect(profile.region == .sul)
    }

    @Test("a state servant known only by the e-mail domain")
    func stateByDomain() {
        let profile = PersonProfile.derive(
            from: [IdentityRecord(id: 1, name: "Priscila Andrade", email: "priscila.andrade@ms.gov.br")], places: places
        )
        #expect(profile.government?.displayName == "Mato Grosso do Sul (estado)")
        #expect(profile.sector == .government)
        #expect(profile.unit?.abbreviation == "MS")
        #expect(profile.region == .centroOeste)
    }

    @Test("organisation wording outweighs an e-mail domain")
    func wordingFirst() {
        let profile = PersonProfile.derive(
            from: [
                IdentityRecord(
                    id: 1, name: "Ana Lima", email: "ana.lima@rs.gov.br", organization: "Prefeitura de Esteio", uf: "RS"
                )
            ], places: places)
        #expect(profile.government?.displayName == "Esteio/RS")
    }

    @Test("non-government sectors; unit from the city")
    func sectors() {
        let fiocruz = PersonProfile.derive(
            from: [
                IdentityRecord(
                    id: 1, name: "Carlos Monteiro", organization: "Fundação Oswaldo Cruz (Fiocruz)",
                    city: "Rio de Janeiro", uf: "")
            ],
            places: places)
        #expect(fiocruz.sector == .academia)
        #expect(fiocruz.government == nil)
        #expect(fiocruz.unit?.abbreviation == "RJ")
        let iom = PersonProfile.derive(
            from: [IdentityRecord(id: 1, name: "Carlos Albuquerque", email: "calbuquerque@iom.int")], places: places)
        #expect(iom.sector == .internationalOrganization)
        #expect(iom.unit == nil)
        let company = PersonProfile.derive(
            from: [IdentityRecord(id: 1, name: "Rui Reis", organization: "Padaria Pão Quente Ltda")], places: places)
        #expect(company.sector == .other)
    }

    @Test("a note after the name is a last resort for unit and sector")
    func notes() {
        #expect(PersonName.parentheticalNotes("Ana Lima (Guest) (Recife)") == ["Recife"])
        #expect(PersonName.parentheticalNotes("Maria Priscila Martins ((UFMG))") == ["UFMG"])
        let city = PersonProfile.derive(
            from: [IdentityRecord(id: 1, name: "Luciana Vieira Pereira (Florianópolis)")], places: places)
        #expect(city.unit?.abbreviation == "SC")
        #expect(city.sector == nil)
        let university = PersonProfile.derive(
            from: [IdentityRecord(id: 1, name: "Maria Priscila Martins ((UFMG))")], places: places)
        #expect(university.sector == .academia)
    }

    @Test("nothing known gives an empty profile")
    func empty() {
        let profile = PersonProfile.derive(
            from: [IdentityRecord(id: 1, name: "Galaxy A10", email: "x@gmail.com")], places: places)
        #expect(profile.displayName.isEmpty)
        #expect(profile.sector == nil)
        #expect(profile.government == nil)
        #expect(profile.unit == nil)
        #expect(PersonProfile.derive(from: [], places: places).displayName.isEmpty)
    }
}
