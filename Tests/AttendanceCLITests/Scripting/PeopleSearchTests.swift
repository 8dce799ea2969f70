import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@testable import AttendanceCLI

/// `people --search`: words in any order, each beginning a word of a name, e-mail or organisation.
@Suite struct PeopleSearchTests {
    static let texts = ["Flávio Souza Hernández", "flavio.hernandez@example.org", "Prefeitura de São Paulo"]

    @Test(
        "finds by folded word prefixes in any order",
        arguments: [
            "flavio hernandez", "Flávio Hernández", "hernandez flavio", "FLAV hern", "souza", "sao paulo",
            "hernandez@example", "  flávio  ", "",
        ])
    func finds(search: String) {
        #expect(PeopleSearch(words: search).matches(Self.texts))
    }

    @Test(
        "does not find a word that begins nothing or a piece from inside a word",
        arguments: ["flavia hernandez", "ouza", "flavio silva", "andez", "rio"])
    func missesOthers(search: String) {
        #expect(!PeopleSearch(words: search).matches(Self.texts))
    }
}
