@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceTotals

/// Hand-built ``YearlyReport`` values for the renderer tests (no store, no CSV).
enum ReportFixture {
    /// An event with the figures the renderers show; breakdowns default to empty.
    static func event(
        _ id: String, kind: String, pt: String, en: String, dates: [String], participants: Int,
        registrants: Int? = nil, noShows: Int? = nil, governments: Int = 0,
        bySector: [String: Int] = [:], byRegion: [String: Int] = [:], headcount: Int? = nil, staff: Int = 0
    ) -> EventTotals {
        EventTotals(
            id: id, kind: kind, titlePT: pt, titleEN: en, dates: dates, sessions: max(dates.count, 1),
            participants: participants, registrants: registrants, noShows: noShows, governments: governments,
            perSession: dates.enumerated().map { SessionTotals(date: $1, participants: participants - $0 * 5) },
            bySector: bySector, byRegion: byRegion, headcount: headcount, staff: staff)
    }

    /// A course; `byMonth` gives the completers by month and, summed, the completers.
    static func course(
        _ id: String, pt: String, en: String, completions: Int, byMonth: [String: Int],
        publicServants: Int?
    ) -> CourseTotals {
        let completers = byMonth.values.reduce(0, +)
        return CourseTotals(
            id: id, titlePT: pt, titleEN: en, completions: completions, completers: completers,
            publicServants: publicServants, enrolmentsNotCompleted: 310,
            completersByYear: ["2025": completers], completersByMonth: byMonth,
            certifiedGovernmentsWithCompleters: ["Curitiba/PR", "Recife/PE"],
            certifiedGovernmentsWithoutCompleters: ["Manaus/AM"], completersAtEvents: 12)
    }

    /// Three events (one with an accented title too long for a narrow table, one known only by a
    /// headcount), two courses (one without public-servant data) and small breakdown cells.
    static func small() -> YearlyReport {
        YearlyReport(
            year: 2025, participations: 689, uniqueParticipants: 88,
            uniqueParticipantsRange: CountRange(low: 593, high: 681),
            events: [
                event(
                    "2025-webinar-abertura", kind: "webinar",
                    pt: "Webinário de abertura: governança migratória local",
                    en: "Opening webinar: local migration governance", dates: ["2025-03-12"], participants: 21,
                    registrants: 30, noShows: 9, governments: 8,
                    bySector: ["government": 15, "academia": 3, "civil_society": 2, "unknown": 1],
                    byRegion: ["Sudeste": 10, "Nordeste": 6, "Sul": 4, "unknown": 1], staff: 3),
                event(
                    "2025-dialogo-acolhimento", kind: "dialogue",
                    pt: "Diálogo sobre acolhimento e integração de pessoas migrantes e refugiadas nos municípios",
                    en: "Dialogue on reception and integration of migrants and refugees in municipalities",
                    dates: ["2025-05-06", "2025-05-13", "2025-06-03"], participants: 75, registrants: 120,
                    noShows: 45, governments: 31,
                    bySector: [
                        "government": 50, "academia": 12, "civil_society": 8, "international_organization": 3,
                        "unknown": 2,
                    ],
                    byRegion: ["Norte": 3, "Nordeste": 16, "Sudeste": 34, "Sul": 16, "unknown": 6]),
                event(
                    "2025-seminario-nacional", kind: "seminar", pt: "Seminário nacional", en: "National seminar",
                    dates: ["2025-11-18"], participants: 593, headcount: 593),
            ],
            courses: [
                course(
                    "2025-curso-ead", pt: "Curso de Governança Migratória Local (EaD)",
                    en: "Local Migration Governance Course (online)", completions: 1_204,
                    byMonth: ["2025-02": 300, "2025-03": 500, "2025-05": 394], publicServants: 830),
                course(
                    "2025-curso-extensao", pt: "Curso de extensão", en: "Extension course", completions: 40,
                    byMonth: ["2025-09": 38], publicServants: nil),
            ],
            eventsByKind: ["webinar": 1, "dialogue": 1, "seminar": 1, "course": 2],
            bySector: [
                "government": 60, "academia": 12, "civil_society": 10, "international_organization": 3,
                "unknown": 3,
            ],
            byRegion: ["Norte": 3, "Nordeste": 20, "Sudeste": 40, "Sul": 18, "unknown": 7],
            byUF: ["SP": 30, "RJ": 10, "PR": 18, "PE": 20, "AM": 3, "unknown": 7],
            regionsReached: ["Nordeste", "Norte", "Sudeste", "Sul"], governmentsReached: 35,
            eventsPerPerson: ["1": 80, "2": 7, "3": 1], returningParticipants: 8,
            certification: CertificationTotals(
                governments: 40, municipalities: 36, states: 4, alsoCertifiedYearBefore: 12,
                regions: ["Centro-Oeste", "Nordeste", "Norte", "Sudeste", "Sul"],
                byRegion: ["Norte": 4, "Nordeste": 10, "Sudeste": 16, "Sul": 8, "Centro-Oeste": 2],
                withParticipants: 25),
            sources: SourceTotals(files: 14, records: 1_530, recordsWithoutPerson: 2))
    }

    /// The participants of the eleven events of the realistic report; they add up to 1,194.
    static let realisticParticipants = [21, 75, 64, 76, 52, 61, 63, 63, 72, 54, 593]

    /// A report shaped like a real programme year: eleven events and a course with 2,176 completions.
    static func realistic() -> YearlyReport {
        let titles: [(String, String, String, [String])] = [
            ("webinar", "Webinário de abertura do ciclo 2025", "Opening webinar of the 2025 cycle", ["2025-03-12"]),
            (
                "dialogue", "Diálogo federativo: acolhimento de pessoas migrantes e refugiadas",
                "Federative dialogue: reception of migrants and refugees", ["2025-04-08", "2025-04-15"]
            ),
            (
                "webinar", "Dados e evidências para políticas migratórias locais",
                "Data and evidence for local migration policies", ["2025-04-29"]
            ),
            (
                "working-group", "Grupo de trabalho: planos municipais de migração",
                "Working group: municipal migration plans", ["2025-05-20", "2025-06-03", "2025-06-17"]
            ),
            (
                "live", "Live: acesso à saúde e à assistência social", "Live: access to health and social assistance",
                ["2025-06-24"]
            ),
            (
                "webinar", "Integração laboral e empreendedorismo migrante",
                "Labour integration and migrant entrepreneurship",
                ["2025-07-15"]
            ),
            (
                "training", "Capacitação em atendimento intercultural nos serviços públicos",
                "Training on intercultural service in public services", ["2025-08-05", "2025-08-12"]
            ),
            (
                "webinar", "Educação e acolhimento de crianças migrantes nas escolas",
                "Education and reception of migrant children in schools", ["2025-09-02"]
            ),
            (
                "workshop", "Oficina de comitês e conselhos municipais",
                "Workshop on municipal committees and councils",
                ["2025-09-23"]
            ),
            (
                "dialogue", "Diálogo regional Norte: fronteiras e interiorização",
                "Northern regional dialogue: borders and relocation", ["2025-10-14"]
            ),
            (
                "ceremony", "Seminário nacional e cerimônia de certificação MigraCidades",
                "National seminar and MigraCidades certification ceremony", ["2025-11-27"]
            ),
        ]
        let events = zip(titles, realisticParticipants).enumerated().map { index, pair in
            let ((kind, pt, en, dates), participants) = pair
            let isHeadcount = index == titles.count - 1
            return event(
                "2025-\(index + 1)", kind: kind, pt: pt, en: en, dates: dates, participants: participants,
                registrants: isHeadcount ? nil : participants + 20 + index * 3,
                noShows: isHeadcount ? nil : 20 + index * 3, governments: isHeadcount ? 0 : participants / 2,
                headcount: isHeadcount ? participants : nil)
        }
        let byMonth = [
            "2025-02": 96, "2025-03": 241, "2025-04": 312, "2025-05": 268, "2025-06": 187, "2025-07": 122,
            "2025-08": 205, "2025-09": 263, "2025-10": 219, "2025-11": 176, "2025-12": 87,
        ]
        return YearlyReport(
            year: 2025, participations: 1_194, uniqueParticipants: 412,
            uniqueParticipantsRange: CountRange(low: 593, high: 1_005), events: events,
            courses: [
                course(
                    "2025-curso", pt: "Curso de Governança Migratória Local", en: "Local Migration Governance Course",
                    completions: 2_176, byMonth: byMonth, publicServants: 1_518)
            ],
            eventsByKind: [
                "webinar": 4, "dialogue": 2, "working-group": 1, "live": 1, "training": 1, "workshop": 1,
                "ceremony": 1, "course": 1,
            ],
            bySector: [
                "government": 287, "academia": 46, "civil_society": 51, "international_organization": 14,
                "other": 3, "unknown": 11,
            ],
            byRegion: ["Norte": 38, "Nordeste": 97, "Sudeste": 142, "Sul": 96, "Centro-Oeste": 31, "unknown": 8],
            byUF: [
                "SP": 71, "RJ": 38, "MG": 33, "PR": 44, "SC": 27, "RS": 25, "PE": 21, "BA": 30, "CE": 18,
                "AM": 16, "RR": 14, "PA": 8, "DF": 19, "GO": 12, "unknown": 36,
            ],
            regionsReached: ["Centro-Oeste", "Nordeste", "Norte", "Sudeste", "Sul"], governmentsReached: 143,
            eventsPerPerson: ["1": 301, "2": 68, "3": 27, "4": 11, "5": 4, "6": 1], returningParticipants: 111,
            certification: CertificationTotals(
                governments: 52, municipalities: 47, states: 5, alsoCertifiedYearBefore: 18,
                regions: ["Centro-Oeste", "Nordeste", "Norte", "Sudeste", "Sul"],
                byRegion: ["Norte": 6, "Nordeste": 13, "Sudeste": 17, "Sul": 12, "Centro-Oeste": 4],
                withParticipants: 39),
            sources: SourceTotals(files: 31, records: 6_842, recordsWithoutPerson: 4))
    }
}
