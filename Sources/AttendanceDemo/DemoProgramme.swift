import AttendanceModel

/// A government certified in a year, as `certifications.csv` lists it.
struct DemoCertification: Sendable {
    let year: Int
    let government: DemoGovernment
    /// `public` when the certification is published, `fictional` when the demo completes the list.
    let source: String
}

/// How an event's participants are recorded.
enum DemoExportKind: Sendable {
    /// Zoom webinar attendee report(s), one per session, and the registration report.
    case zoomWebinar(portuguese: Bool)
    /// A Google Forms presence list downloaded from Forms (quoted fields, `GMT-3` timestamps).
    case formsPresence
    /// A Google Forms presence list downloaded from Sheets (`dd/mm/yyyy` timestamps).
    case sheetsPresence
    /// The classic Zoom meeting participants report.
    case zoomMeeting
    /// Teams attendance reports, one per session (English first day, Portuguese second).
    case teams
    /// Google Meet attendance, one file per meeting.
    case meet
    /// A Sympla participant list with check-in.
    case sympla
    /// The Portuguese Zoom portal's participants export plus a Forms registration list.
    case zoomPortalWithRegistration
    /// A list typed into Excel (Windows-1252, semicolons).
    case typedList
    /// The virtual school's completion certificates.
    case certificates
    /// A Moodle course completion report.
    case moodle
}

/// Who comes to an event, as weights of the kinds of organisation new people work at.
struct DemoAudience: Sendable {
    var municipal = 0.0
    var state = 0.0
    var federal = 0.0
    var academia = 0.0
    var civilSociety = 0.0
    var international = 0.0
    /// The area government bodies of this audience mostly work in.
    var area: DemoArea?
    /// The share of government people from governments certified in the year.
    var certifiedShare = 0.55

    var weights: [Double] { [municipal, state, federal, academia, civilSociety, international] }
}

/// One event of the demo year with what the generator needs to cast it.
struct DemoEventPlan: Sendable {
    let event: Event
    /// Participants at scale 1 (the published figure).
    let participants: Int
    /// Of those, people who already took part in an earlier event of the year.
    let returning: Int
    let audience: DemoAudience
    let export: DemoExportKind
    /// Registrants who came to no session, at scale 1.
    var noShows = 0
    /// People whose only stays were shorter than `min_minutes` (not participants), at scale 1.
    var shortStays = 0
    /// Participants who came without registering (Zoom's "Other Attended"), at scale 1.
    var walkIns = 0
    /// Rows repeated by the same person (forms sent twice, a second order, a name typed twice).
    var duplicates = 0
    /// The staff speaking at a webinar, as indexes of the generator's panelists.
    var panelists: [Int] = []
}

/// The demo programme year: the catalog, the certified governments and the published figures.
enum DemoProgramme {
    /// Municipalities certified in the second year (published).
    static let certifiedMunicipalities: [(String, String)] = [
        ("Belém", "PA"), ("Belo Horizonte", "MG"), ("Cachoeirinha", "RS"), ("Campo Largo", "PR"),
        ("Caxias do Sul", "RS"),
        ("Contagem", "MG"), ("Corumbá", "MS"), ("Curitiba", "PR"), ("Dourados", "MS"), ("Esteio", "RS"),
        ("Foz do Iguaçu", "PR"), ("Goiânia", "GO"), ("Guaporé", "RS"), ("Guarulhos", "SP"), ("Igarassu", "PE"),
        ("Joinville", "SC"), ("Juiz de Fora", "MG"), ("Lajeado", "RS"), ("Mossoró", "RN"), ("Niterói", "RJ"),
        ("Nova Iguaçu", "RJ"), ("Novo Hamburgo", "RS"), ("Pelotas", "RS"), ("Recife", "PE"), ("Santarém", "PA"),
        ("São José do Rio Preto", "SP"), ("São Leopoldo", "RS"), ("São Paulo", "SP"), ("Sapucaia do Sul", "RS"),
        ("Umuarama", "PR"), ("Venâncio Aires", "RS"), ("Vitória da Conquista", "BA"),
    ]
    /// States certified in the second year (published).
    static let certifiedStates = ["CE", "GO", "MA", "MG", "PB", "PR", "RN", "RS", "RR"]
    /// The first year: published states and municipalities.
    static let firstYearStates = ["CE", "MG", "PR", "RS", "RN", "MS"]
    static let firstYearPublicMunicipalities: [(String, String)] = [
        ("Curitiba", "PR"), ("Dourados", "MS"), ("Porto Alegre", "RS"), ("São Paulo", "SP"), ("Corumbá", "MS"),
        ("Guarulhos", "SP"), ("Cachoeirinha", "RS"), ("Esteio", "RS"),
    ]
    /// The first year's unpublished rest, chosen for the demo from real municipalities: nine
    /// also certified in the second year (so that exactly 21 governments hold both seals, the
    /// 21 the SUAS workshop invited) and four that were not.
    static let firstYearFictionalMunicipalities: [(String, String)] = [
        ("Belo Horizonte", "MG"), ("Caxias do Sul", "RS"), ("Foz do Iguaçu", "PR"), ("Joinville", "SC"),
        ("Niterói", "RJ"), ("Recife", "PE"), ("São Leopoldo", "RS"), ("Lajeado", "RS"), ("Mossoró", "RN"),
        ("Boa Vista", "RR"), ("Manaus", "AM"), ("Chapecó", "SC"), ("Campo Grande", "MS"),
    ]

    /// Both years' certifications; `year` is the second year.
    static func certifications(year: Int) -> [DemoCertification] {
        var out: [DemoCertification] = []
        for uf in firstYearStates {
            out.append(
                DemoCertification(year: year - 1, government: DemoGovernment(DemoPlaces.state(uf)), source: "public"))
        }
        for (name, uf) in firstYearPublicMunicipalities {
            out.append(
                DemoCertification(
                    year: year - 1, government: DemoGovernment(DemoPlaces.municipality(name, uf)), source: "public"))
        }
        for (name, uf) in firstYearFictionalMunicipalities {
            out.append(
                DemoCertification(
                    year: year - 1, government: DemoGovernment(DemoPlaces.municipality(name, uf)), source: "fictional"))
        }
        for (name, uf) in certifiedMunicipalities {
            out.append(
                DemoCertification(
                    year: year, government: DemoGovernment(DemoPlaces.municipality(name, uf)), source: "public"))
        }
        for uf in certifiedStates {
            out.append(
                DemoCertification(year: year, government: DemoGovernment(DemoPlaces.state(uf)), source: "public"))
        }
        return out
    }

    static let workingGroupMeetings = [(5, 20), (6, 17), (7, 15), (8, 12), (9, 9), (9, 30), (10, 21)]

    /// The events of the year in date order, the courses last.
    static func plans(year y: Int) -> [DemoEventPlan] {
        func day(_ month: Int, _ d: Int, _ offset: Int = 0) -> Day { DemoCalendar.date(y + offset, month, d) }
        func event(_ id: String, _ kind: EventKind, _ pt: String, _ en: String, _ dates: [Day], min: Int? = nil)
            -> Event
        {
            Event(id: id, year: y, kind: kind, titlePT: pt, titleEN: en, dates: dates, minMinutes: min)
        }
        let general = DemoAudience(
            municipal: 50, state: 18, federal: 4, academia: 14, civilSociety: 9, international: 5)
        let social = DemoAudience(
            municipal: 80, state: 12, federal: 4, academia: 1, civilSociety: 3, international: 0,
            area: .socialAssistance)
        let health = DemoAudience(
            municipal: 52, state: 16, federal: 4, academia: 16, civilSociety: 7, international: 5,
            area: .health)
        let training = DemoAudience(
            municipal: 34, state: 12, federal: 3, academia: 14, civilSociety: 30, international: 7)
        let ceremony = DemoAudience(
            municipal: 58, state: 17, federal: 3, academia: 9, civilSociety: 8, international: 5,
            certifiedShare: 0.85)
        return [
            DemoEventPlan(
                event: event(
                    "\(y)-02-25-webinario-monitoramento", .webinar,
                    "Webinário sobre monitoramento de políticas públicas relacionadas à migração",
                    "Webinar on monitoring migration-related public policies", [day(2, 25)]),
                participants: 21, returning: 0, audience: general, export: .zoomWebinar(portuguese: true), noShows: 12,
                panelists: [0, 1]),
            DemoEventPlan(
                event: event(
                    "\(y)-03-25-dialogos-congemas", .live,
                    "Diálogos CONGEMAS: apresentação da certificação MigraCidades \(y) (transmissão ao vivo)",
                    "CONGEMAS dialogues: presentation of the \(y) MigraCidades certification (live stream)",
                    [day(3, 25)]),
                participants: 75, returning: 8, audience: social, export: .formsPresence, duplicates: 3),
            DemoEventPlan(
                event: event(
                    "\(y)-05-12-webinario-diagnostico", .webinar,
                    "Webinário sobre a etapa de diagnóstico", "Webinar on the diagnosis step", [day(5, 12)]),
                participants: 64, returning: 18, audience: general, export: .zoomWebinar(portuguese: false),
                noShows: 37, walkIns: 3, panelists: [1, 2, 3]),
            DemoEventPlan(
                event: event(
                    "\(y)-gt-saude", .workingGroup, "Grupo de trabalho sobre saúde e migração",
                    "Working group on health and migration",
                    workingGroupMeetings.map { day($0.0, $0.1) }),
                participants: 63, returning: 20, audience: health, export: .meet),
            DemoEventPlan(
                event: event(
                    "\(y)-08-31-dialogos-saude", .dialogue,
                    "Diálogos MigraCidades: acesso à saúde (1ª edição)",
                    "MigraCidades Dialogues: access to health (1st edition)", [day(8, 31)]),
                participants: 76, returning: 22, audience: health, export: .zoomMeeting),
            DemoEventPlan(
                event: event(
                    "\(y)-09-15-seminario-boas-praticas", .seminar,
                    "Seminário de compartilhamento de boas práticas em governança migratória local",
                    "Seminar sharing best practices in local migration governance",
                    [day(9, 15), day(9, 16)]),
                participants: 61, returning: 20, audience: general, export: .teams),
            DemoEventPlan(
                event: event(
                    "\(y)-10-08-webinario-priorizacao", .webinar,
                    "Webinário sobre a etapa de priorização", "Webinar on the prioritisation step",
                    [day(10, 8), day(10, 15)], min: 15),
                participants: 63, returning: 22, audience: general, export: .zoomWebinar(portuguese: true),
                noShows: 37, shortStays: 4, panelists: [0, 3]),
            DemoEventPlan(
                event: event(
                    "\(y)-11-13-capacitacao-coesao-social", .training,
                    "Capacitação Coesão social e migração (com o Consulado-Geral do Canadá)",
                    "Training Social cohesion and migration (with the Consulate General of Canada)",
                    [day(11, 13)]),
                participants: 72, returning: 15, audience: training, export: .sympla, noShows: 36, duplicates: 1),
            DemoEventPlan(
                event: event(
                    "\(y)-11-25-oficina-suas", .workshop,
                    "Oficina sobre o guia de atendimento a migrantes internacionais no SUAS",
                    "Workshop on the guide for assisting international migrants in SUAS",
                    [day(11, 25)], min: 15),
                participants: 54, returning: 20, audience: social, export: .zoomPortalWithRegistration,
                noShows: 6, shortStays: 3, duplicates: 1),
            DemoEventPlan(
                event: event(
                    "\(y)-12-13-dialogos-saude-2", .dialogue,
                    "Diálogos MigraCidades: acesso à saúde (2ª edição)",
                    "MigraCidades Dialogues: access to health (2nd edition)", [day(12, 13)]),
                participants: 52, returning: 12, audience: health, export: .sheetsPresence, duplicates: 2),
            DemoEventPlan(
                event: event(
                    "\(y)-12-16-entrega-do-selo", .ceremony,
                    "Cerimônia de entrega do Selo MigraCidades \(y)",
                    "Award ceremony of the \(y) MigraCidades seal", [day(12, 16)]),
                participants: 593, returning: 250, audience: ceremony, export: .typedList, duplicates: 3),
            DemoEventPlan(
                event: event(
                    "curso-migracidades-enap", .course,
                    "Curso MigraCidades: aprimorando a governança migratória local (Escola Virtual.Gov)",
                    "MigraCidades course: improving local migration governance (Enap virtual school)",
                    [day(6, 1, -1), day(1, 31, 1)]),
                participants: 0, returning: 0, audience: general, export: .certificates),
            DemoEventPlan(
                event: event(
                    "curso-moodle-turma-saude", .course,
                    "Turma do curso MigraCidades para o grupo de trabalho de saúde (Moodle)",
                    "MigraCidades course class for the health working group (Moodle)",
                    [day(6, 1), day(11, 30)]),
                participants: 0, returning: 0, audience: health, export: .moodle),
        ]
    }

    /// The virtual school's figures at scale 1 (published: more than 2,000 completers, more
    /// than 1,500 of them public servants).
    static let courseCompletions = 2176
    static let courseCompleters = 2120
    static let coursePublicServants = 1632
    /// Completers who are also participants of the year's events, at scale 1.
    static let courseCompletersFromEvents = 380
}
