import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct HeaderKeyTests {
    @Test(
        "case, accents, spacing and punctuation do not matter",
        arguments: [
            ("E-mail", "Email"), (" ÓRGÃO ", "orgao"), ("Nome (nome original)", "nome nome original"),
            ("Carimbo de data/hora", "carimbo de data hora"), ("\u{FEFF}Nome", "nome"),
        ])
    func sameKey(a: String, b: String) {
        #expect(HeaderKey(a).compact == HeaderKey(b).compact)
    }

    @Test("phrases are found as whole words")
    func phrases() {
        let key = HeaderKey("Qual é o seu e-mail institucional?")
        #expect(key.contains(anyOf: ["e mail"]))
        #expect(!key.contains(anyOf: ["mai"]))
        #expect(HeaderKey("Nome da instituição").words == ["nome", "da", "instituicao"])
    }
}
