import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct PersonNameTests {
    @Test(
        "display noise is removed",
        arguments: [
            ("Georgina Márcia Simões (Guest)", "Georgina Márcia Simões"),
            ("Ana Lima (Convidado)", "Ana Lima"),
            ("Luciana Vieira Pereira (Florianópolis)", "Luciana Vieira Pereira"),
            ("Maria Priscila Martins ((UFMG))", "Maria Priscila Martins"),
            ("iPhone de Pedro", "Pedro"),
            ("iPhone de FLÁVIA", "FLÁVIA"),
            ("Galaxy A52", ""),
            ("Galaxy S20 de Maria Souza", "Maria Souza"),
            ("Heitor - SOS", "Heitor"),
            ("Edson - (UFRR)", "Edson"),
            ("Caio | Prefeitura", "Caio"),
            ("  Fábio   Moreira ", "Fábio Moreira"),
            ("Ana Lima (Guest", "Ana Lima"),
            ("Ana Lima/PMPA", "Ana Lima"),
            ("Ana Lima -SMAS", "Ana Lima"),
            ("Maria Silva-Santos", "Maria Silva-Santos"),
            ("maria.silva_2@gmail.com", "maria silva 2"),
        ])
    func noise(text: String, expected: String) {
        #expect(PersonName.removingDisplayNoise(text) == expected)
    }

    @Test(
        "Surname, Given is put back in order",
        arguments: [
            ("Silva, Ana Oliveira do", "Ana Oliveira do Silva"),
            ("Nascimento,  Antônia", "Antônia Nascimento"),
            ("Ana Silva", "Ana Silva"),
            ("Silva,", "Silva"),
            ("a, b, c", "a b c"),
        ])
    func reorder(text: String, expected: String) {
        #expect(PersonName.reorderingSurnameFirst(text) == expected)
    }

    @Test("comparison words are folded letters")
    func comparisonWords() {
        #expect(PersonName.comparisonWords("JOSÉ  d'Ávila 2º") == ["jose", "d", "avila"])
    }

    @Test("titles before the name are dropped unless nothing else remains")
    func titles() {
        #expect(PersonName.droppingTitles(["dra", "maria", "silva"]) == ["maria", "silva"])
        #expect(PersonName.droppingTitles(["prof", "dr", "joao", "lima"]) == ["joao", "lima"])
        #expect(PersonName.droppingTitles(["maria", "dra"]) == ["maria", "dra"])
        #expect(PersonName.droppingTitles(["dr"]) == ["dr"])
        #expect(PersonName("Dra. Maria da Silva").words == ["maria", "silva"])
    }

    @Test("particles are dropped unless nothing else remains")
    func particles() {
        #expect(
            PersonName.droppingParticles(["ana", "do", "silva", "e", "souza", "das", "dos", "da", "de", "d"]) == [
                "ana", "silva", "souza",
            ])
        #expect(PersonName.droppingParticles(["de"]) == ["de"])
    }

    @Test(
        "a final generational suffix is split off when two words remain",
        arguments: [
            (["igor", "souza", "junior"], ["igor", "souza"], NameSuffix.junior),
            (["jose", "silva", "jr"], ["jose", "silva"], .junior),
            (["joao", "lima", "filho"], ["joao", "lima"], .filho),
            (["joao", "lima", "neto"], ["joao", "lima"], .neto),
            (["joao", "lima", "sobrinho"], ["joao", "lima"], .sobrinho),
        ])
    func suffix(words: [String], expected: [String], suffix: NameSuffix) {
        let result = PersonName.splittingSuffix(words)
        #expect(result.words == expected)
        #expect(result.suffix == suffix)
    }

    @Test("a two-word name keeps a suffix-like word")
    func shortSuffix() {
        let result = PersonName.splittingSuffix(["edson", "junior"])
        #expect(result.words == ["edson", "junior"])
        #expect(result.suffix == nil)
    }

    @Test("immediate repetitions are removed")
    func repetitions() {
        #expect(
            PersonName.removingRepeatedWords(["fabio", "fabio", "teixeira", "simoes", "simoes"]) == [
                "fabio", "teixeira", "simoes",
            ])
    }

    @Test("the full pipeline keeps the original and compares folded words")
    func pipeline() {
        let name = PersonName("Silva, Ana Oliveira do (Guest)")
        #expect(name.original == "Silva, Ana Oliveira do (Guest)")
        #expect(name.displayName == "Ana Oliveira do Silva")
        #expect(name.words == ["ana", "oliveira", "silva"])
        #expect(name.suffix == nil)
        let junior = PersonName("IGOR SOUZA ANDRADE JÚNIOR")
        #expect(junior.words == ["igor", "souza", "andrade"])
        #expect(junior.suffix == .junior)
        #expect(PersonName("Galaxy A10").words.isEmpty)
    }
}
