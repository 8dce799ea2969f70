import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct TextNormalizationTests {
    @Test(
        "display form is NFC with single spaces, accents and case kept",
        arguments: [
            ("Jose\u{301}  da Silva ", "José da Silva"),
            ("\u{00A0}Ana\tMaria\n", "Ana Maria"),
            ("", ""),
        ])
    func displayForm(text: String, expected: String) {
        #expect(TextNormalization.displayForm(text) == expected)
        #expect(TextNormalization.displayForm(text).unicodeScalars.count == expected.unicodeScalars.count)
    }

    @Test(
        "folding removes accents and case, keeps punctuation, collapses spaces",
        arguments: [
            ("  JOSÉ  Conceição ", "jose conceicao"),
            ("Jose\u{301}", "jose"),
            ("São Paulo/SP", "sao paulo/sp"),
            ("ﬁm", "fim"),
            ("d'Ávila-Souza", "d'avila-souza"),
            ("MÜLLER Ñandú", "muller nandu"),
        ])
    func folded(text: String, expected: String) {
        #expect(TextNormalization.folded(text) == expected)
    }

    @Test(
        "the one folding keeps spacing: headers, dates and durations split words themselves",
        arguments: [
            ("ÓRGÃO  ", "orgao  "),
            ("Duração (min)", "duracao (min)"),
            ("  JOSÉ\tConceição ", "  jose\tconceicao "),
            ("ﬁm", "fim"),
            ("Inscrições.CSV", "inscricoes.csv"),
        ])
    func caseAndAccentFolded(text: String, expected: String) {
        #expect(TextNormalization.caseAndAccentFolded(text) == expected)
        let folded = TextNormalization.caseAndAccentFolded(text)
        #expect(TextNormalization.collapsingSpaces(folded) == TextNormalization.folded(text))
    }

    @Test(
        "every Unicode space, control character and byte-order mark separates",
        arguments: [
            ("\u{FEFF}Ana\u{2003}Maria\u{0007}Lima\u{3000}", "Ana Maria Lima"),
            ("Ana\r\n\u{0085}Lima", "Ana Lima"),
            ("   ", ""),
        ])
    func spaces(text: String, expected: String) {
        #expect(TextNormalization.collapsingSpaces(text) == expected)
    }

    @Test("tokens are runs of letters and digits, accented or not")
    func accentedTokens() {
        #expect(
            TextNormalization.alphanumericTokens("São José-dos Campos/SP") == ["São", "José", "dos", "Campos", "SP"])
        #expect(TextNormalization.alphanumericTokens("Jose\u{301} ²") == ["Jose\u{301}", "²"])
    }

    @Test("tokens are runs of letters and digits")
    func tokens() {
        #expect(TextNormalization.alphanumericTokens("d'avila-souza (ufmg) 2") == ["d", "avila", "souza", "ufmg", "2"])
        #expect(TextNormalization.alphanumericTokens(" - ").isEmpty)
    }
}
