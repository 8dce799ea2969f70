import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct SectorTests {
    @Test(
        "organisation names",
        arguments: [
            ("Prefeitura Municipal de Dourados", Sector.government),
            ("Secretaria de Estado da Saúde - Mato Grosso do Sul", .government),
            ("PM Caxias do Sul", .government),
            ("Universidade Federal de Roraima (UFRR)", .academia),
            ("UFPel", .academia),
            ("Instituto Federal de Goiás", .academia),
            ("IFRS - Campus Canoas", .academia),
            ("IFSul", .academia),
            ("OPAS/OMS", .internationalOrganization),
            ("Fundação Oswaldo Cruz (Fiocruz)", .academia),
            ("Organização Internacional para as Migrações", .internationalOrganization),
            ("ACNUR", .internationalOrganization),
            ("Fundo das Nações Unidas para a Infância", .internationalOrganization),
            ("Consulado Geral do Canadá", .internationalOrganization),
            ("Cáritas Arquidiocesana", .civilSociety),
            ("Aldeias Infantis SOS", .civilSociety),
            ("Missão Paz", .civilSociety),
            ("Associação de Venezuelanos no Brasil", .civilSociety),
            ("Instituto Migrações e Direitos Humanos", .civilSociety),
            ("Serviço Jesuíta a Migrantes e Refugiados", .civilSociety),
            ("Padaria Pão Quente Ltda", .other),
        ])
    func organizations(organization: String, expected: Sector) {
        #expect(Sector.inferred(organization: organization) == expected)
    }

    @Test(
        "e-mail domains",
        arguments: [
            ("portoalegre.rs.gov.br", Sector?.some(.government)), ("ms.gov.br", .government),
            ("tjrs.jus.br", .government),
            ("ufpel.edu.br", .academia), ("unicamp.br", .academia), ("ufrr.br", .academia), ("fiocruz.br", .academia),
            ("iom.int", .internationalOrganization), ("unhcr.org", .internationalOrganization),
            ("international.gc.ca", .internationalOrganization), ("caritas.org.br", .civilSociety),
            ("missaonspaz.org", .civilSociety), ("gmail.com", nil), ("empresa.com.br", nil), ("", nil),
        ])
    func domains(domain: String, expected: Sector?) {
        #expect(Sector.inferred(emailDomain: domain) == expected)
    }

    @Test("a named government wins; the organisation comes before the domain")
    func precedence() {
        #expect(
            Sector.inferred(organization: "Fundação de Assistência", emailDomain: "", namesGovernment: true)
                == .government)
        #expect(
            Sector.inferred(organization: "Cáritas Arquidiocesana", emailDomain: "ufpel.edu.br", namesGovernment: false)
                == .civilSociety)
        #expect(Sector.inferred(organization: "", emailDomain: "ufpel.edu.br", namesGovernment: false) == .academia)
        #expect(Sector.inferred(organization: "", emailDomain: "gmail.com", namesGovernment: false) == nil)
    }
}
