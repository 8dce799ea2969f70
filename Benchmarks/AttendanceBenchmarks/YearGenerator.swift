import AttendanceService
import Foundation

/// `year-generate DIR --records N [--seed S] [--year Y]`: writes a programme-year folder of about N
/// records, laid out as the acceptance contract says and written as the platforms write them.
///
/// About 30 events: Zoom webinars (attendee and registration reports, English and Portuguese
/// interfaces, one with six sessions), Zoom meetings (classic and newer portal participant
/// reports), Google Forms presence and registration lists, Sympla lists (`;`, BOM), an Excel
/// list in Windows-1252, the virtual school's certificates (the biggest list) and a Moodle
/// completion report. Files hold at most 200,000 rows; a bigger session or list is split into
/// parts, as people download them.
///
/// The records come from a population of about N/3 people drawn with a skew, so that most
/// people appear in several events and some in many. Each record writes its person the way
/// lists do: accents dropped, capitals or lower case, a shortened name or "Surname, Given", a
/// second or a department e-mail, a CPF with or without punctuation, rejoins in Zoom reports,
/// guests without e-mail. Everything follows from N and the seed: the same arguments always
/// write the same bytes.
struct YearGenerator {
    static let maximumRows = 200_000

    static func run(_ arguments: [String]) throws {
        var directory: String?
        var records: Int?
        var seed: UInt64 = 2021
        var year = 2021
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch argument {
            case "--records":
                records = Int(value)
                index += 2
            case "--seed":
                seed = UInt64(value) ?? seed
                index += 2
            case "--year":
                year = Int(value) ?? year
                index += 2
            default:
                directory = argument
                index += 1
            }
        }
        guard let directory, let records, records >= 100 else {
            throw CSVBenchmark.Usage(
                description: "usage: year-generate DIR --records N [--seed S] [--year Y] (N >= 100)")
        }
        var generator = YearGenerator(directory: directory, records: records, seed: seed, year: year)
        let written = try generator.generate()
        print(
            "{\"dir\":\"\(directory)\",\"records\":\(written),\"files\":\(generator.files),"
                + "\"people\":\(generator.population),\"seed\":\(seed)}")
    }

    let directory: String
    let records: Int
    let seed: UInt64
    let year: Int
    let population: Int
    private(set) var files = 0

    init(directory: String, records: Int, seed: UInt64, year: Int) {
        self.directory = directory
        self.records = records
        self.seed = seed
        self.year = year
        population = max(30, records / 3)
    }

    // MARK: The year

    enum Style {
        case zoomWebinar(portuguese: Bool)
        case zoomMeeting(portal: Bool)
        case forms(quoted: Bool)
        case sympla
        case excelList
        case certificates
        case moodle
    }

    struct PlannedEvent {
        var id: String
        var kind: String
        var titlePT: String
        var titleEN: String
        /// Sessions as (month, day); a course's first and last day.
        var dates: [(Int, Int)]
        var minMinutes: Int?
        var style: Style
        var weight: Int
    }

    var events: [PlannedEvent] {
        func event(
            _ id: String, _ kind: String, _ pt: String, _ en: String, _ dates: [(Int, Int)], _ style: Style,
            _ weight: Int, min: Int? = nil
        ) -> PlannedEvent {
            PlannedEvent(
                id: id, kind: kind, titlePT: pt, titleEN: en, dates: dates, minMinutes: min, style: style,
                weight: weight)
        }
        let y = String(year)
        return [
            event(
                "\(y)-02-25-webinario-monitoramento", "webinar", "Webinário sobre monitoramento de políticas",
                "Webinar on monitoring policies", [(2, 25)], .zoomWebinar(portuguese: false), 3),
            event(
                "\(y)-03-25-live-congemas", "live", "Diálogos CONGEMAS: certificação \(y)",
                "CONGEMAS dialogues: \(y) certification", [(3, 25)], .zoomWebinar(portuguese: true), 3),
            event(
                "\(y)-04-14-dialogo-acolhida", "dialogue", "Diálogo MigraCidades: acolhida",
                "MigraCidades dialogue: reception", [(4, 14)], .zoomMeeting(portal: false), 2),
            event(
                "\(y)-05-12-webinario-diagnostico", "webinar", "Webinário sobre o diagnóstico",
                "Webinar on the diagnosis step", [(5, 12)], .zoomWebinar(portuguese: true), 3),
            event(
                "\(y)-05-20-capacitacao-suas", "training", "Capacitação SUAS e migração", "SUAS and migration training",
                [(5, 20)], .sympla, 2),
            event(
                "\(y)-gt-saude", "working-group", "GT Saúde e migração", "Working group on health and migration",
                [(5, 18), (6, 15), (7, 13), (8, 17), (9, 14), (10, 19), (11, 16)], .zoomMeeting(portal: true), 3),
            event(
                "\(y)-06-10-webinario-saude", "webinar", "Webinário acesso à saúde", "Webinar on access to health",
                [(6, 10)], .zoomWebinar(portuguese: false), 2),
            event(
                "\(y)-06-24-seminario-educacao", "seminar", "Seminário acesso à educação",
                "Seminar on access to education", [(6, 24)], .forms(quoted: true), 2),
            event(
                "\(y)-ciclo-webinarios", "webinar", "Ciclo de webinários MigraCidades", "MigraCidades webinar series",
                [(3, 10), (4, 7), (5, 5), (6, 2), (7, 7), (8, 4)], .zoomWebinar(portuguese: true), 14, min: 15),
            event(
                "\(y)-07-08-webinario-educacao", "webinar", "Webinário educação e migração",
                "Webinar on education and migration", [(7, 8)], .zoomWebinar(portuguese: true), 2),
            event(
                "\(y)-07-15-capacitacao-trabalho", "training", "Capacitação trabalho e renda",
                "Labour market training", [(7, 15)], .sympla, 2),
            event(
                "\(y)-gt-assistencia", "working-group", "GT Assistência Social", "Working group on social assistance",
                [(6, 8), (8, 10), (10, 5)], .zoomMeeting(portal: true), 2),
            event(
                "\(y)-08-05-webinario-trabalho", "webinar", "Webinário acesso ao trabalho",
                "Webinar on access to work", [(8, 5)], .zoomWebinar(portuguese: false), 2),
            event(
                "\(y)-08-31-dialogo-saude", "dialogue", "Diálogos MigraCidades: saúde (1ª edição)",
                "MigraCidades dialogues: health (1st edition)", [(8, 31)], .zoomMeeting(portal: false), 2),
            event(
                "\(y)-09-15-boas-praticas", "seminar", "Compartilhamento de boas práticas", "Best practices sharing",
                [(9, 15), (9, 16)], .forms(quoted: false), 2),
            event(
                "\(y)-09-22-oficina-dados", "workshop", "Oficina de dados migratórios", "Workshop on migration data",
                [(9, 22)], .forms(quoted: true), 2, min: 15),
            event(
                "\(y)-gt-educacao", "working-group", "GT Educação", "Working group on education",
                [(9, 8), (10, 13), (11, 10)], .zoomMeeting(portal: true), 2),
            event(
                "\(y)-10-08-webinario-priorizacao", "webinar", "Webinário sobre a priorização",
                "Webinar on the prioritisation step", [(10, 8), (10, 15)], .zoomWebinar(portuguese: true), 3, min: 15),
            event(
                "\(y)-10-21-dialogo-protecao", "dialogue", "Diálogo MigraCidades: proteção",
                "MigraCidades dialogue: protection", [(10, 21)], .zoomMeeting(portal: true), 2),
            event(
                "\(y)-10-28-capacitacao-protecao", "training", "Capacitação serviços de proteção",
                "Protection services training", [(10, 28)], .sympla, 2),
            event(
                "\(y)-11-03-webinario-assistencia", "webinar", "Webinário assistência social",
                "Webinar on social assistance", [(11, 3)], .zoomWebinar(portuguese: false), 2),
            event(
                "\(y)-11-13-capacitacao-coesao", "training", "Capacitação coesão social e migração",
                "Training on social cohesion and migration", [(11, 13)], .sympla, 2),
            event(
                "\(y)-11-18-dialogo-participacao", "dialogue", "Diálogo MigraCidades: participação social",
                "MigraCidades dialogue: social participation", [(11, 18)], .zoomMeeting(portal: false), 2),
            event(
                "\(y)-11-25-oficina-suas", "workshop", "Oficina do guia SUAS", "Workshop on the SUAS guide",
                [(11, 25)], .forms(quoted: false), 2),
            event(
                "\(y)-12-01-dialogo-transparencia", "dialogue", "Diálogo MigraCidades: transparência",
                "MigraCidades dialogue: transparency", [(12, 1)], .zoomMeeting(portal: true), 2),
            event(
                "\(y)-12-13-dialogo-saude-2", "dialogue", "Diálogos MigraCidades: saúde (2ª edição)",
                "MigraCidades dialogues: health (2nd edition)", [(12, 13)], .zoomMeeting(portal: false), 2),
            event(
                "\(y)-12-16-entrega-do-selo", "ceremony", "Entrega do Selo MigraCidades \(y)",
                "Award ceremony of the MigraCidades \(y) seal", [(12, 16)], .excelList, 3),
            event(
                "curso-enap-migracidades-\(y)", "course", "Curso MigraCidades (certificados)",
                "Online course MigraCidades (certificates)", [(1, 1), (12, 31)], .certificates, 24),
            event(
                "curso-moodle-\(y)", "course", "Turma do curso (Moodle)", "Course class (Moodle)", [(3, 1), (11, 30)],
                .moodle, 3),
        ]
    }

    mutating func generate() throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let plan = events
        let catalog = try ExportFile(path: "\(directory)/events.csv")
        catalog.row(["id", "year", "kind", "title_pt", "title_en", "dates", "min_minutes"])
        for event in plan {
            catalog.row([
                event.id, String(year), event.kind, event.titlePT, event.titleEN,
                event.dates.map { iso($0) }.joined(separator: ";"), event.minMinutes.map(String.init) ?? "",
            ])
        }
        catalog.close()
        let certifications = try ExportFile(path: "\(directory)/certifications.csv")
        certifications.row(["year", "level", "name", "uf"])
        for place in SyntheticPlaces.municipalities.prefix(30) {
            certifications.row([String(year), "municipio", place.name, place.uf])
        }
        for state in SyntheticPlaces.states.prefix(9) {
            certifications.row([String(year), "estado", state.name, state.uf])
        }
        certifications.close()
        files = 2

        let totalWeight = plan.reduce(0) { $0 + $1.weight }
        var written = 0
        for (number, event) in plan.enumerated() {
            // Rejoins, hosts and panelists come on top, so a year holds a few percent more than N.
            let budget = max(1, records * event.weight / totalWeight)
            let folder = "\(directory)/\(event.id)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let writer = EventWriter(generator: self, event: event, number: number, folder: folder)
            written += try writer.write(budget: budget)
            files += writer.files
        }
        return written
    }

    func iso(_ date: (Int, Int)) -> String {
        "\(year)-\(pad(date.0))-\(pad(date.1))"
    }

    /// The person behind the `k`-th place of an event's audience: the same k gives the same person
    /// in the registration and the attendance lists; a skewed draw makes some people frequent.
    func audience(event: Int, _ k: Int) -> Int {
        var mix = SplitMix64(seed: seed &* 0x9E37_79B9 ^ UInt64(event) << 40 ^ UInt64(k))
        let u = Double(mix.next() >> 11) / Double(1 << 53)
        return min(population - 1, Int(Double(population) * pow(u, 1.3)))
    }

    func person(_ index: Int) -> Person {
        Person(index: index, seed: seed)
    }
}

func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

/// Writes one event's exports.
final class EventWriter {
    let generator: YearGenerator
    let event: YearGenerator.PlannedEvent
    let number: Int
    let folder: String
    var files = 0
    var random: SplitMix64

    init(generator: YearGenerator, event: YearGenerator.PlannedEvent, number: Int, folder: String) {
        self.generator = generator
        self.event = event
        self.number = number
        self.folder = folder
        random = SplitMix64(seed: generator.seed ^ (UInt64(number + 1) &* 0xA24B_AED4_963E_E407))
    }

    var year: Int { generator.year }

    func write(budget: Int) throws -> Int {
        switch event.style {
        case .zoomWebinar(let portuguese):
            let registrations = budget / 4
            var written = try parts(stem: "registration_report", rows: registrations) { file, range in
                writeZoomRegistrations(file, range, portuguese: portuguese)
            }
            let perSession = split(budget - registrations, into: event.dates.count)
            for (session, rows) in zip(event.dates, perSession) {
                let stem = event.dates.count > 1 ? "\(generator.iso(session))-attendee_report" : "attendee_report"
                written += try parts(stem: stem, rows: rows, crlf: false) { file, range in
                    writeZoomAttendees(file, range, session: session, portuguese: portuguese)
                }
            }
            return written
        case .zoomMeeting(let portal):
            var written = 0
            for (session, rows) in zip(event.dates, split(budget, into: event.dates.count)) {
                let stem = event.dates.count > 1 ? "\(generator.iso(session))-participants" : "participants"
                written += try parts(stem: stem, rows: rows, crlf: false) { file, range in
                    writeZoomMeeting(file, range, session: session, portal: portal)
                }
            }
            return written
        case .forms(let quoted):
            let registrations = budget * 2 / 5
            var written = try parts(stem: "inscricoes", rows: registrations, quotesAll: quoted, crlf: false) {
                file, range in writeForm(file, range, quoted: quoted, submittedBefore: true)
            }
            written += try parts(
                stem: "lista-de-presenca", rows: budget - registrations, quotesAll: quoted, crlf: false
            ) {
                file, range in writeForm(file, range, quoted: quoted, submittedBefore: false)
            }
            return written
        case .sympla:
            return try parts(stem: "participantes-sympla", rows: budget, delimiter: ";", encoding: .utf8BOM) {
                file, range in writeSympla(file, range)
            }
        case .excelList:
            return try parts(stem: "lista", rows: budget, delimiter: ";", encoding: .windows1252) { file, range in
                writeExcelList(file, range)
            }
        case .certificates:
            return try parts(stem: "certificados", rows: budget, delimiter: ";", encoding: .utf8BOM) { file, range in
                writeCertificates(file, range)
            }
        case .moodle:
            return try parts(stem: "completion-migracidades", rows: budget, encoding: .utf8BOM, crlf: false) {
                file, range in writeMoodle(file, range)
            }
        }
    }

    private func split(_ total: Int, into count: Int) -> [Int] {
        (0..<count).map { total / count + ($0 < total % count ? 1 : 0) }
    }

    /// Writes `rows` audience places into files of at most ``YearGenerator/maximumRows`` rows;
    /// `body` returns the rows it wrote (rejoins add some).
    private func parts(
        stem: String, rows: Int, delimiter: Character = ",",
        encoding: ExportFile.Encoding = .utf8, quotesAll: Bool = false, crlf: Bool = true,
        _ body: (ExportFile, Range<Int>) -> Int
    ) throws -> Int {
        guard rows > 0 else { return 0 }
        let count = (rows + YearGenerator.maximumRows - 1) / YearGenerator.maximumRows
        var written = 0
        for part in 0..<count {
            let name = count == 1 ? "\(stem).csv" : "\(stem)-parte\(pad(part + 1)).csv"
            let file = try ExportFile(
                path: "\(folder)/\(name)", delimiter: delimiter, crlf: crlf, encoding: encoding,
                quotesAll: quotesAll)
            let lower = part * rows / count
            let upper = (part + 1) * rows / count
            written += body(file, lower..<upper)
            file.close()
            files += 1
        }
        return written
    }

    private func person(_ k: Int) -> Person { generator.person(generator.audience(event: number, k)) }

    private func chance(_ percent: Int) -> Bool { random.below(100) < percent }

    // MARK: Formats

    private func writeZoomRegistrations(_ file: ExportFile, _ range: Range<Int>, portuguese: Bool) -> Int {
        let (month, day) = event.dates[0]
        file.row([portuguese ? "Relatório de inscrição" : "Registration Report"])
        file.row(["Report Generated:", Stamp.zoomNumeric(year, month, day, 8 * 60)])
        file.row(
            portuguese
                ? ["Tópico", "ID do webinar", "Horário agendado", "Nº de inscritos"]
                : ["Topic", "Webinar ID", "Scheduled Time", "# Registered"])
        file.row([event.titlePT, webinarID, Stamp.zoomLong(year, month, day, 600, 0), String(range.count)])
        file.row([])
        file.row(
            portuguese
                ? [
                    "Nome", "Sobrenome", "E-mail", "Cidade", "Estado/província", "Organização", "Cargo",
                    "Hora da inscrição",
                    "Status de aprovação",
                ]
                : [
                    "First Name", "Last Name", "Email", "City", "State/Province", "Organization", "Job Title",
                    "Registration Time", "Approval Status",
                ])
        for k in range {
            let person = person(k)
            let (first, last) = person.splitName(&random)
            let registered = Stamp.zoomLong(
                year, max(1, month - 1), 1 + random.below(28), random.below(1440), random.below(60))
            file.row([
                first, last, person.email(&random), person.city(&random), person.uf(&random),
                person.organization(&random), person.job, registered, portuguese ? "aprovado" : "approved",
            ])
        }
        return range.count
    }

    private var webinarID: String { "8\(pad(number)) \(1000 + number * 37) \(4000 + number * 91)" }

    private func writeZoomAttendees(
        _ file: ExportFile, _ range: Range<Int>, session: (Int, Int),
        portuguese: Bool
    ) -> Int {
        let (month, day) = session
        let padding = [String](repeating: "", count: 10)
        file.row([portuguese ? "Relatório de participantes" : "Attendee Report"] + padding)
        file.row(
            [
                portuguese ? "Relatório gerado:" : "Report Generated:",
                Stamp.zoomNumeric(year, month, day + 1 > 28 ? day : day + 1, 600),
            ]
                + padding)
        file.row(
            ZoomReportHeaders.summary(portuguese: portuguese))
        file.row([
            event.titlePT, webinarID, Stamp.zoomLong(year, month, day, 600, 0), "120", String(range.count), "0",
            String(range.count * 4 / 5), String(range.count), String(range.count * 3 / 4),
        ])
        let staffHeader = ZoomReportHeaders.staff(portuguese: portuguese)
        let yes = portuguese ? "Sim" : "Yes"
        let no = portuguese ? "Não" : "No"
        file.row([portuguese ? "Detalhes do anfitrião" : "Host Details"] + padding)
        file.row(staffHeader)
        file.row([
            yes, "OIM Brasil", "migracidades@iom.int", Stamp.zoomLong(year, month, day, 585, 0),
            Stamp.zoomLong(year, month, day, 720, 0), "135", no, "Brazil",
        ])
        file.row([portuguese ? "Detalhes do painelista" : "Panelist Details"] + padding)
        file.row(staffHeader)
        for k in 0..<2 {
            let panelist = generator.person(k * 7)
            file.row([
                yes, panelist.displayName, panelist.primaryEmail, Stamp.zoomLong(year, month, day, 595, 0),
                Stamp.zoomLong(year, month, day, 720, 0), "125", no, "Brazil",
            ])
        }
        file.row([portuguese ? "Detalhes do participante" : "Attendee Details"] + padding)
        file.row(
            ZoomReportHeaders.attendees(portuguese: portuguese))
        var rows = 3
        for k in range {
            let person = person(k)
            let name = person.name(&random)
            let (first, last) = person.splitName(&random)
            let email = person.email(&random)
            let city = person.city(&random)
            let uf = person.uf(&random)
            let organization = person.organization(&random)
            let registered = Stamp.zoomLong(
                year, max(1, month - 1), 1 + random.below(28), random.below(1440),
                random.below(60))
            let approval = portuguese ? "aprovado" : "approved"
            let place = "\(person.place.name)/\(person.place.uf)"
            if chance(18) {
                file.row([
                    no, name, first, last, email, city, "Brazil", uf, organization, person.job, registered, approval,
                    "--", "--", "--", "--", organization, place, "",
                ])
                rows += 1
                continue
            }
            var join = 590 + random.below(40)
            for _ in 0..<(chance(8) ? 2 : 1) {
                let minutes = 1 + random.below(max(1, 720 - join))
                file.row([
                    yes, name, first, last, email, city, "Brazil", uf, organization, person.job, registered,
                    approval, Stamp.zoomLong(year, month, day, join, random.below(60)),
                    Stamp.zoomLong(year, month, day, join + minutes, 0), String(minutes), no, organization,
                    place, "Brazil",
                ])
                rows += 1
                join = min(715, join + minutes + 1 + random.below(10))
            }
        }
        return rows
    }

    private func writeZoomMeeting(
        _ file: ExportFile, _ range: Range<Int>, session: (Int, Int),
        portal: Bool
    ) -> Int {
        let (month, day) = session
        func clock(_ year: Int, _ month: Int, _ day: Int, _ minute: Int, _ second: Int) -> String {
            portal
                ? Stamp.brClock(year, month, day, minute, second) : Stamp.usClock(year, month, day, minute, second)
        }
        let meetingID = "9\(pad(number)) \(5000 + number * 13) \(2000 + number * 7)"
        if portal {
            file.row([
                "Tópico", "ID", "Anfitrião", "Duração (minutos)", "Horário de início", "Horário de término",
                "Participantes",
            ])
            file.row([
                event.titlePT, meetingID, "migracidades@iom.int", "120", clock(year, month, day, 600, 0),
                clock(year, month, day, 720, 0), String(range.count),
            ])
            file.row([])
            file.row([
                "Nome (nome original)", "E-mail", "Ingressar na hora", "Hora de saída", "Duração (minutos)",
                "Convidado", "Na sala de espera",
            ])
        } else {
            file.row([
                "Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
                "Participants",
            ])
            file.row([
                meetingID, event.titlePT, clock(year, month, day, 600, 0), clock(year, month, day, 720, 0),
                "migracidades@iom.int", "120", String(range.count),
            ])
            file.row([])
            file.row(["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"])
        }
        let yes = portal ? "Sim" : "Yes"
        let no = portal ? "Não" : "No"
        func host(_ cells: [String]) -> [String] { portal ? cells + [no] : cells }
        file.row(
            host([
                "OIM Brasil (Francisca)", "migracidades@iom.int", clock(year, month, day, 590, 0),
                clock(year, month, day, 720, 0), "130", no,
            ]))
        var rows = 1
        for k in range {
            let person = person(k)
            let isGuest = chance(6)
            var name = person.name(&random)
            if chance(4) { name += " (\(person.place.name))" }
            let email = isGuest ? "" : person.email(&random)
            var join = 598 + random.below(40)
            for _ in 0..<(chance(10) ? 2 : 1) {
                let minutes = 1 + random.below(max(1, 720 - join))
                file.row(
                    host([
                        name, email, clock(year, month, day, join, random.below(60)),
                        clock(year, month, day, join + minutes, 0), String(minutes), isGuest ? yes : no,
                    ]))
                rows += 1
                join = min(715, join + minutes + 1 + random.below(10))
            }
        }
        return rows
    }

    private func writeForm(_ file: ExportFile, _ range: Range<Int>, quoted: Bool, submittedBefore: Bool) -> Int {
        let (month, day) = event.dates[0]
        file.row([
            "Carimbo de data/hora", "Endereço de e-mail", "Nome completo", "CPF", "Instituição/Órgão",
            "Cargo/Função", "Município", "UF",
            "Você autoriza o uso dos seus dados para fins de emissão de certificado? (LGPD)",
            "Comentários ou sugestões",
        ])
        for k in range {
            let person = person(k)
            let submittedDay = submittedBefore ? max(1, day - 1 - random.below(min(day, 10))) : day
            let minute = submittedBefore ? random.below(1440) : 600 + random.below(150)
            let stamp =
                quoted
                ? Stamp.formsLong(year, month, submittedDay, minute, random.below(60))
                : Stamp.brShort(year, month, submittedDay, minute, random.below(60))
            let comment: String
            switch random.below(25) {
            case 0: comment = "Gostaria de receber os slides, \"por favor\"."
            case 1: comment = "Parabéns pela iniciativa!\nMuito útil para o município."
            default: comment = ""
            }
            file.row([
                stamp, person.email(&random), person.name(&random), person.cpf(&random),
                person.organization(&random), person.job, person.city(&random), person.uf(&random), "Sim",
                comment,
            ])
        }
        return range.count
    }

    private func writeSympla(_ file: ExportFile, _ range: Range<Int>) -> Int {
        let (month, day) = event.dates[0]
        file.row([
            "Número do pedido", "Nome", "Sobrenome", "Email", "Data da compra", "Tipo de ingresso", "Valor",
            "Check-in", "Data Check-in", "CPF", "Instituição", "Cidade", "Estado",
        ])
        for k in range {
            let person = person(k)
            let (first, last) = person.splitName(&random)
            let checkedIn = chance(75)
            let bought = Stamp.brShort(year, max(1, month - 1), 1 + random.below(28), random.below(1440), nil)
            file.row([
                String(10_000_000 + random.below(89_999_999)), first, last, person.email(&random), bought,
                "Gratuito", "0,00", checkedIn ? "Sim" : "Não",
                checkedIn ? Stamp.brShort(year, month, day, 570 + random.below(60), nil) : "",
                person.cpf(&random), person.organization(&random), person.city(&random), person.uf(&random),
            ])
        }
        return range.count
    }

    private func writeExcelList(_ file: ExportFile, _ range: Range<Int>) -> Int {
        let (month, day) = event.dates[0]
        file.row(["Nome", "E-mail", "Instituição", "Cidade", "UF", "Data"])
        for k in range {
            let person = person(k)
            file.row([
                person.name(&random), person.email(&random), person.organization(&random), person.city(&random),
                person.place.uf, "\(pad(day))/\(pad(month))/\(year)",
            ])
        }
        return range.count
    }

    private func writeCertificates(_ file: ExportFile, _ range: Range<Int>) -> Int {
        file.row([
            "Nome", "CPF", "E-mail", "Órgão", "Esfera", "Município", "UF", "Servidor público",
            "Data de conclusão", "Carga horária", "Nota final",
        ])
        for k in range {
            let person = person(k)
            let day = 1 + random.below(365)
            let (month, dayOfMonth) = Stamp.monthDay(dayOfYear: day, year: year)
            file.row([
                person.name(&random), person.cpf(&random), person.email(&random), person.organization(&random),
                person.sphere, person.city(&random), person.place.uf, person.isServant ? "Sim" : "Não",
                "\(pad(dayOfMonth))/\(pad(month))/\(year)", "30h",
                "\(70 + random.below(30)),\(random.below(10))",
            ])
        }
        return range.count
    }

    private func writeMoodle(_ file: ExportFile, _ range: Range<Int>) -> Int {
        file.row([
            "ID", "Name", "Email address", "Avaliação final - Módulo 4", "Avaliação final - Completion date",
            "Course complete",
        ])
        for k in range {
            let person = person(k)
            if chance(20) {
                file.row([String(200_000 + k), person.name(&random), person.email(&random), "Not completed", "", ""])
                continue
            }
            let (month, day) = Stamp.monthDay(dayOfYear: 60 + random.below(270), year: year)
            let stamp = "\(pad(day))/\(pad(month))/\(year % 100), 12:00"
            file.row([
                String(200_000 + k), person.name(&random), person.email(&random),
                "Completed (achieved pass grade)", stamp, stamp,
            ])
        }
        return range.count
    }
}

/// Dates and times as each platform writes them.
enum Stamp {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func time24(_ minute: Int, _ second: Int?) -> String {
        let base = "\(pad(minute / 60 % 24)):\(pad(minute % 60))"
        return second.map { base + ":\(pad($0))" } ?? base
    }

    static func time12(_ minute: Int, _ second: Int) -> String {
        let hour = minute / 60 % 24
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(pad(twelve)):\(pad(minute % 60)):\(pad(second)) \(hour < 12 ? "AM" : "PM")"
    }

    /// `Sep 10, 2021 10:05:57` (webinar reports, either language).
    static func zoomLong(_ year: Int, _ month: Int, _ day: Int, _ minute: Int, _ second: Int) -> String {
        "\(months[month - 1]) \(pad(day)), \(year) \(time24(minute, second))"
    }

    /// `09/11/2021 10:00:00 AM` (report generation time).
    static func zoomNumeric(_ year: Int, _ month: Int, _ day: Int, _ minute: Int) -> String {
        "\(pad(month))/\(pad(day))/\(year) \(time12(minute, 0))"
    }

    /// `10/08/2021 10:00:05 AM`: classic meeting reports, month first.
    static func usClock(_ year: Int, _ month: Int, _ day: Int, _ minute: Int, _ second: Int) -> String {
        "\(pad(month))/\(pad(day))/\(year) \(time12(minute, second))"
    }

    /// `12/10/2021 10:00:51 AM`: the portal's Portuguese reports, day first.
    static func brClock(_ year: Int, _ month: Int, _ day: Int, _ minute: Int, _ second: Int) -> String {
        "\(pad(day))/\(pad(month))/\(year) \(time12(minute, second))"
    }

    /// `2021/10/20 10:27:13 AM GMT-3`: a Forms download.
    static func formsLong(_ year: Int, _ month: Int, _ day: Int, _ minute: Int, _ second: Int) -> String {
        "\(year)/\(pad(month))/\(pad(day)) \(time12(minute, second)) GMT-3"
    }

    /// `27/10/2021 10:05:53` or `18/11/2021 22:42`.
    static func brShort(_ year: Int, _ month: Int, _ day: Int, _ minute: Int, _ second: Int?) -> String {
        "\(pad(day))/\(pad(month))/\(year) \(time24(minute, second))"
    }

    static func monthDay(dayOfYear: Int, year: Int) -> (Int, Int) {
        var remaining = min(max(1, dayOfYear), 365)
        for month in 1...12 {
            let days = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if remaining <= days { return (month, remaining) }
            remaining -= days
        }
        return (12, 31)
    }
}
