import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct OrganizationKeyTests {
    @Test(
        "spellings of one organisation share a key",
        arguments: [
            ("Universidade Federal de Roraima (UFRR)", "UFRR"),
            ("Organização Internacional para as Migrações", "OIM"),
            ("ALTO COMISSARIADO DAS NAÇÕES UNIDAS PARA REFUGIADOS", "ACNUR"),
            ("Fundação Oswaldo Cruz (Fiocruz)", "FIOCRUZ"),
            ("Cáritas Arquidiocesana", "CARITAS ARQUIDIOCESANA"),
            ("Missao Paz", "Missão Paz"),
        ])
    func shared(a: String, b: String) {
        let keys = OrganizationKey.keys(for: b)
        #expect(OrganizationKey.keys(for: a).contains(where: keys.contains))
    }

    @Test("exact keys")
    func exact() {
        #expect(
            OrganizationKey.keys(for: "Universidade Federal do Paraná (UFPR)") == [
                "ufpr", "universidade federal parana",
            ])
        #expect(
            OrganizationKey.keys(for: "Organizacao Internacional para as Migracoes") == [
                "oim", "organizacao internacional migracoes",
            ])
        #expect(OrganizationKey.keys(for: "  ").isEmpty)
    }

    @Test("different organisations do not share keys")
    func different() {
        let unesp = OrganizationKey.keys(for: "Universidade Estadual Paulista (Unesp)")
        #expect(
            !OrganizationKey.keys(for: "Universidade Federal de São Paulo (Unifesp)").contains(where: unesp.contains))
    }
}
