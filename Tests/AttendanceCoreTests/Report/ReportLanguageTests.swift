import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct ReportLanguageTests {
    @Test(
        "counts are grouped by thousands with a comma in English and a dot in Portuguese",
        arguments: [
            (0, "0", "0"), (999, "999", "999"), (1_194, "1,194", "1.194"), (12_345, "12,345", "12.345"),
            (1_234_567, "1,234,567", "1.234.567"), (-1_194, "-1,194", "-1.194"),
        ])
    func grouping(count: Int, english: String, portuguese: String) {
        #expect(ReportLanguage.english.formatted(count) == english)
        #expect(ReportLanguage.portuguese.formatted(count) == portuguese)
    }

    @Test(
        "sector keys have their published names",
        arguments: [
            ("government", "Government", "Governo"), ("academia", "Academia", "Academia"),
            ("civil_society", "Civil society", "Sociedade civil"),
            ("international_organization", "International organization", "Organismo internacional"),
            ("other", "Other", "Outro"), ("unknown", "Unknown", "Não identificado"),
        ])
    func sectors(key: String, english: String, portuguese: String) {
        #expect(ReportLanguage.english.label(forSector: key) == english)
        #expect(ReportLanguage.portuguese.label(forSector: key) == portuguese)
    }

    @Test(
        "regions keep their Portuguese names in English; only unknown is translated",
        arguments: [
            ("Norte", "Norte", "Norte"), ("Centro-Oeste", "Centro-Oeste", "Centro-Oeste"),
            ("unknown", "Unknown", "Não identificada"),
        ])
    func regions(key: String, english: String, portuguese: String) {
        #expect(ReportLanguage.english.label(forRegion: key) == english)
        #expect(ReportLanguage.portuguese.label(forRegion: key) == portuguese)
    }

    @Test(
        "event kinds are translated",
        arguments: [
            ("webinar", "Webinar", "Webinário"), ("working-group", "Working group", "Grupo de trabalho"),
            ("training", "Training", "Capacitação"), ("ceremony", "Ceremony", "Cerimônia"), ("live", "Live", "Live"),
        ])
    func kinds(rawValue: String, english: String, portuguese: String) {
        #expect(ReportLanguage.english.label(forKind: rawValue) == english)
        #expect(ReportLanguage.portuguese.label(forKind: rawValue) == portuguese)
    }

    @Test("every event kind has a label in both languages", arguments: EventKind.allCases)
    func everyKind(kind: EventKind) {
        for language in ReportLanguage.allCases {
            #expect(!language.label(forKind: kind.rawValue).isEmpty)
            #expect(language.label(forKind: kind.rawValue) != kind.rawValue || kind == .live)
        }
    }

    @Test("unknown keys are shown unchanged rather than hidden")
    func unknownKeys() {
        #expect(ReportLanguage.english.label(forKind: "hackathon") == "hackathon")
        #expect(ReportLanguage.portuguese.label(forSector: "press") == "press")
        #expect(ReportLanguage.english.label(forUF: "SP") == "SP")
    }

    @Test("a missing figure reads n/a in English and n/d in Portuguese")
    func notAvailable() {
        #expect(ReportLanguage.english.notAvailable == "n/a")
        #expect(ReportLanguage.portuguese.notAvailable == "n/d")
    }
}
