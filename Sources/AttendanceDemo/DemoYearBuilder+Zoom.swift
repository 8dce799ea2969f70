import AttendanceCSV
import AttendanceModel

/// Zoom exports: webinar attendee and registration reports, the classic meeting participants
/// report and the Portuguese portal's participants export.
extension DemoYearBuilder {
    /// A session of a call: 10:00 to 12:00 on its day.
    func session(_ day: Day) -> (start: DemoInstant, end: DemoInstant) {
        (DemoInstant(day, hour: 10), DemoInstant(day, hour: 12))
    }

    /// When someone registered: up to three weeks before the first session.
    mutating func registrationTime(before day: Day) -> DemoInstant {
        DemoInstant(day: DemoCalendar.adding(-detail.int(in: 1...21), to: day), second: detail.int(in: 0...86_399))
    }

    // MARK: - Webinar

    /// Writes the attendee report of every session and the registration report of a webinar.
    ///
    /// Registered participants, short stays and no-shows are on the registration report; walk-ins
    /// ("Other Attended", English reports only) are not. With `min_minutes`, one participant adds
    /// up two short stays and one is short in one session but stays in the other.
    mutating func writeZoomWebinar(_ plan: DemoEventPlan, portuguese: Bool, participants: [Int], panelists: [Int]) {
        let event = plan.event
        let days = event.dates
        let hasMinimum = event.minMinutes != nil
        let walkIns =
            portuguese
            ? []
            : Array(
                participants.filter { !population[$0].isGuarded }
                    .prefix(min(scaled(plan.walkIns), max(0, participants.count - 2))))
        let walkInSet = Set(walkIns)
        let registered = participants.filter { !walkInSet.contains($0) }
        let shortStayers =
            hasMinimum ? outsiders(scaled(plan.shortStays), excluding: participants, audience: plan.audience) : []
        let noShows = outsiders(scaled(plan.noShows), excluding: participants + shortStayers, audience: plan.audience)

        // Who is in which session, for how long.
        var staysBySession: [[Int: [DemoStay]]] = Array(repeating: [:], count: days.count)
        for (index, person) in (registered + walkIns).enumerated() {
            var attended: [Int] = Array(days.indices)
            if days.count > 1 {
                let draw = detail.unit()
                attended = draw < 0.6 ? [0, 1] : draw < 0.82 ? [0] : [1]
            }
            for s in attended {
                let (start, end) = session(days[s])
                var kind: StayKind = detail.chance(0.1) ? .rejoin : .normal
                if hasMinimum && index == 0 { kind = .shortRejoins }
                if !hasMinimum && detail.chance(0.04) { kind = .short }
                staysBySession[s][person] = stays(kind, start: start, end: end)
            }
            if hasMinimum && index == 1 && attended.count == 2 {
                let (start, end) = session(days[0])
                staysBySession[0][person] = stays(.short, start: start, end: end)
            }
        }
        for (index, person) in shortStayers.enumerated() {
            let s = detail.below(days.count)
            let (start, end) = session(days[s])
            staysBySession[s][person] = stays(index % 2 == 0 ? .shortRejoinsUnder : .short, start: start, end: end)
        }

        let registrants = rng.shuffle(registered + shortStayers + noShows)
        var registeredAt: [Int: DemoInstant] = [:]
        for person in registrants { registeredAt[person] = registrationTime(before: days[0]) }
        let number = meetingNumber()

        for s in days.indices {
            let name =
                days.count > 1
                ? "\(days[s])-\(portuguese ? "relatorio-participantes" : "attendee-report").csv"
                : (portuguese ? "relatorio-participantes.csv" : "attendee-report.csv")
            var file = newFile(plan, name, .utf8, crlf: false)
            writeWebinarAttendees(
                &file, plan: plan, day: days[s], portuguese: portuguese, number: number,
                registrants: registrants, registeredAt: registeredAt, stays: staysBySession[s],
                walkIns: walkIns, panelists: panelists)
            add(file)
        }

        var file = newFile(plan, portuguese ? "relatorio-inscricoes.csv" : "registration-report.csv", .utf8, crlf: true)
        let (start, _) = session(days[0])
        file.line(portuguese ? "Relatório de inscrição" : "Registration Report")
        file.line(
            "Report Generated:,\"\(DemoInstant(DemoCalendar.adding(-1, to: days[0]), hour: 8).text(.zoomGenerated))\"")
        file.line(
            portuguese
                ? "Tópico,ID do webinar,Horário agendado,Nº de inscritos"
                : "Topic,Webinar ID,Scheduled Time,# Registered")
        file.row([event.titlePT, number, start.text(.zoomWebinar), String(registrants.count)], delimiter: ",")
        file.line("")
        file.line(
            portuguese
                ? "Nome,Sobrenome,E-mail,Cidade,Estado/província,Organização,Cargo,Hora da inscrição,Status de aprovação"
                : "First Name,Last Name,Email,City,State/Province,Organization,Job Title,Registration Time,Approval Status"
        )
        let ordered = registrants.sorted { (registeredAt[$0] ?? start, $0) < (registeredAt[$1] ?? start, $1) }
        for person in ordered {
            let who = population[person]
            let identity = styler.identity(of: who, fields: DemoFields())
            let (first, last) = identity.firstAndLast
            file.record(who, role: .registrant, session: days[0], attended: nil, mess: identity.mess)
            file.row(
                [
                    first, last, identity.email, styler.cityText(who.city), styler.ufText(who.uf),
                    styler.organizationText(who.organization), who.jobTitle,
                    (registeredAt[person] ?? start).text(.zoomWebinar), portuguese ? "aprovado" : "approved",
                ],
                delimiter: ",")
        }
        add(file)
    }

    private mutating func writeWebinarAttendees(
        _ file: inout DemoExportFile, plan: DemoEventPlan, day: Day, portuguese: Bool, number: String,
        registrants: [Int], registeredAt: [Int: DemoInstant], stays: [Int: [DemoStay]], walkIns: [Int], panelists: [Int]
    ) {
        let width = 17
        func padded(_ fields: [String]) -> [String] {
            fields.count >= width ? fields : fields + Array(repeating: "", count: width - fields.count)
        }
        let (start, end) = session(day)
        let yes = portuguese ? "Sim" : "Yes"
        let no = portuguese ? "Não" : "No"
        let attendees = registrants.filter { stays[$0] != nil } + walkIns.filter { stays[$0] != nil }
        let rows = attendees.reduce(0) { $0 + (stays[$1]?.count ?? 0) }
        file.row(padded([portuguese ? "Relatório de participantes" : "Attendee Report"]), delimiter: ",")
        let generated = DemoInstant(DemoCalendar.adding(1, to: day), hour: 10).text(.zoomGenerated)
        file.line(
            "\(portuguese ? "Relatório gerado:" : "Report Generated:"),\"\(generated)\""
                + String(repeating: ",", count: width - 2))
        file.row(
            padded(
                ZoomReportHeaders.summary(portuguese: portuguese)), delimiter: ",")
        file.row(
            padded([
                plan.event.titlePT, number, start.text(.zoomWebinar), "120", String(registrants.count), "0",
                String(attendees.count), String(rows), String(max(1, attendees.count - detail.int(in: 0...4))),
            ]),
            delimiter: ",")
        let staffHeader = ZoomReportHeaders.staff(portuguese: portuguese)
        file.row(padded([portuguese ? "Detalhes do anfitrião" : "Host Details"]), delimiter: ",")
        file.row(padded(staffHeader), delimiter: ",")
        let host = population[staff.host]
        let hostStay = DemoStay(join: start.adding(seconds: -900), leave: end.adding(seconds: 120))
        file.record(host, role: .host, session: day, attended: true, minutes: hostStay.minutes)
        file.row(
            padded([
                yes, "OIM Brasil", host.email, hostStay.join.text(.zoomWebinar), hostStay.leave.text(.zoomWebinar),
                String(hostStay.minutes), no, "Brazil",
            ]), delimiter: ",")
        file.row(padded([portuguese ? "Detalhes do painelista" : "Panelist Details"]), delimiter: ",")
        file.row(padded(staffHeader), delimiter: ",")
        for panelist in panelists {
            let who = population[panelist]
            let stay = DemoStay(join: start.adding(seconds: -detail.int(in: 240...600)), leave: end)
            file.record(who, role: .panelist, session: day, attended: true, minutes: stay.minutes)
            file.row(
                padded([
                    yes, who.fullName, who.email, stay.join.text(.zoomWebinar), stay.leave.text(.zoomWebinar),
                    String(stay.minutes), no, "Brazil",
                ]), delimiter: ",")
        }
        file.row(padded([portuguese ? "Detalhes do participante" : "Attendee Details"]), delimiter: ",")
        file.row(
            ZoomReportHeaders.attendees(portuguese: portuguese), delimiter: ",")
        for person in rng.shuffle(registrants) {
            let who = population[person]
            var identity = styler.identity(of: who, fields: DemoFields())
            let (first, last) = identity.firstAndLast
            let organization = styler.organizationText(who.organization)
            let question = styler.organizationText(who.organization)
            let place = "\(styler.cityText(who.city))/\(who.uf)"
            let registered = (registeredAt[person] ?? start).text(.zoomWebinar)
            let common = [
                first, last, identity.email, styler.cityText(who.city), "Brazil", styler.ufText(who.uf),
                organization, who.jobTitle,
            ]
            guard let personStays = stays[person] else {
                file.record(who, role: .registrant, session: day, attended: false, mess: identity.mess)
                file.row(
                    [no, identity.name] + common + [
                        registered, portuguese ? "aprovado" : "approved", "--", "--", "--",
                        "--", question, place, "",
                    ], delimiter: ",")
                continue
            }
            let display = styler.displayName(of: who, styled: identity.name, mess: &identity.mess)
            var mess = identity.mess
            if personStays.count > 1 { mess.append(.rejoin) }
            if hasShortStays(personStays, plan) { mess.append(.shortStay) }
            for kind in mess { styler.note(kind) }
            for (index, stay) in personStays.enumerated() {
                file.record(who, role: .attendee, session: day, attended: true, minutes: stay.minutes, mess: mess)
                file.row(
                    [yes, display] + common
                        + [
                            index == 0 ? registered : "", index == 0 ? (portuguese ? "aprovado" : "approved") : "",
                            stay.join.text(.zoomWebinar), stay.leave.text(.zoomWebinar), String(stay.minutes), no,
                            question,
                            place, "Brazil",
                        ], delimiter: ",")
            }
        }
        let present = walkIns.filter { stays[$0] != nil }
        guard !portuguese, !present.isEmpty else { return }
        file.row(padded(["Other Attended"]), delimiter: ",")
        file.row(
            padded([
                "User Name (Original Name)", "Join Time", "Leave Time", "Time in Session (minutes)",
                "Country/Region Name",
            ]), delimiter: ",")
        for person in present {
            let who = population[person]
            let identity = styler.identity(of: who, fields: DemoFields(email: .absent))
            for stay in stays[person] ?? [] {
                file.record(
                    who, role: .attendee, session: day, attended: true, minutes: stay.minutes, mess: identity.mess)
                file.row(
                    padded([
                        identity.name, stay.join.text(.zoomWebinar), stay.leave.text(.zoomWebinar),
                        String(stay.minutes), "Brazil",
                    ]), delimiter: ",")
            }
        }
    }

    /// Whether a person's stays in a session add up to less than the event's minimum, or one
    /// of them is a stay of a few minutes.
    func hasShortStays(_ stays: [DemoStay], _ plan: DemoEventPlan) -> Bool {
        let total = stays.reduce(0) { $0 + $1.minutes }
        if let minimum = plan.event.minMinutes { return stays.contains { $0.minutes < minimum } || total < minimum }
        return stays.contains { $0.minutes < 10 }
    }

    // MARK: - Meetings

    /// The classic meeting participants report: a meeting block, then one row per stay in join
    /// order; the host's row carries the meeting's user e-mail; guests may have no address.
    mutating func writeZoomMeeting(_ plan: DemoEventPlan, participants: [Int]) {
        let day = plan.event.dates[0]
        let (start, end) = session(day)
        var rows: [(stay: DemoStay, person: Int)] = []
        for person in participants {
            let kind: StayKind = detail.chance(0.04) ? .short : detail.chance(0.12) ? .rejoin : .normal
            for stay in stays(kind, start: start, end: end) { rows.append((stay, person)) }
        }
        rows.sort { ($0.stay.join, $0.person) < ($1.stay.join, $1.person) }
        let host = population[staff.host]
        let number = meetingNumber()
        var file = newFile(plan, "participants_\(number.filter(\.isNumber)).csv", .utf8, crlf: false)
        file.line("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants")
        file.row(
            [
                number, plan.event.titlePT, start.text(.zoomMeetingUS), end.text(.zoomMeetingUS), host.email, "120",
                String(participants.count),
            ], delimiter: ",")
        file.line("")
        file.line("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest")
        let hostStay = DemoStay(join: start.adding(seconds: -600), leave: end.adding(seconds: 90))
        file.record(host, role: .host, session: day, attended: true, minutes: hostStay.minutes)
        file.row(
            [
                "OIM Brasil (\(host.given[0]))", host.email, hostStay.join.text(.zoomMeetingUS),
                hostStay.leave.text(.zoomMeetingUS), String(hostStay.minutes), "No",
            ], delimiter: ",")
        var identities: [Int: DemoIdentity] = [:]
        let counts = Dictionary(rows.map { ($0.person, 1) }, uniquingKeysWith: +)
        for (stay, person) in rows {
            let who = population[person]
            let identity =
                identities[person]
                ?? styler.identity(
                    of: who, fields: DemoFields(email: .optional(guestRate: 0.3), allowsCity: true))
            identities[person] = identity
            var mess = identity.mess
            if (counts[person] ?? 0) > 1 { mess.append(.rejoin) }
            if stay.minutes < 10 { mess.append(.shortStay) }
            for kind in mess { styler.note(kind) }
            file.record(who, role: .attendee, session: day, attended: true, minutes: stay.minutes, mess: mess)
            file.row(
                [
                    identity.name, identity.email, stay.join.text(.zoomMeetingUS), stay.leave.text(.zoomMeetingUS),
                    String(stay.minutes), identity.email.isEmpty ? "Yes" : "No",
                ], delimiter: ",")
        }
        add(file)
    }

    /// The Portuguese portal's participants export of the SUAS workshop and its Forms
    /// registration list (`inscricoes.csv`).
    ///
    /// Everyone who joined without an address registered, so the workshop's governments can be
    /// told from the registration; some others did not register.
    mutating func writeZoomPortalWorkshop(_ plan: DemoEventPlan, participants: [Int], governments: [DemoGovernment]) {
        let day = plan.event.dates[0]
        let (start, end) = session(day)
        let keys = Set(governments.map(\.key))
        let present = Set(participants)
        let fromGovernments = seen.filter { person in
            !present.contains(person) && (population[person].government.map { keys.contains($0.key) } ?? false)
        }
        var shortStayers = rng.sample(fromGovernments, count: min(scaled(plan.shortStays), fromGovernments.count / 2)) {
            _ in 1
        }
        while shortStayers.count < scaled(plan.shortStays) {
            let government = rng.pick(governments, or: certifiedBothYears[0])
            shortStayers.append(population.add(in: organization(in: government, area: .socialAssistance)))
        }
        var rows: [(stay: DemoStay, person: Int)] = []
        for (index, person) in participants.enumerated() {
            let kind: StayKind = index == 0 ? .shortRejoins : detail.chance(0.12) ? .rejoin : .normal
            for stay in stays(kind, start: start, end: end) { rows.append((stay, person)) }
        }
        for (index, person) in shortStayers.enumerated() {
            for stay in stays(index % 2 == 0 ? .short : .shortRejoinsUnder, start: start, end: end) {
                rows.append((stay, person))
            }
        }
        rows.sort { ($0.stay.join, $0.person) < ($1.stay.join, $1.person) }
        let host = population[staff.host]
        var file = newFile(plan, "participantes-zoom.csv", .utf8, crlf: false)
        file.line("Tópico,ID,Anfitrião,Duração (minutos),Horário de início,Horário de término,Participantes")
        file.row(
            [
                plan.event.titlePT, meetingNumber(), host.email, "120", start.text(.zoomMeetingBR),
                end.text(.zoomMeetingBR), String(participants.count + shortStayers.count),
            ], delimiter: ",")
        file.line("")
        file.line(
            "Nome (nome original),E-mail,Ingressar na hora,Hora de saída,Duração (minutos),Convidado,Na sala de espera")
        let hostStay = DemoStay(join: start.adding(seconds: -600), leave: end.adding(seconds: 60))
        file.record(host, role: .host, session: day, attended: true, minutes: hostStay.minutes)
        file.row(
            [
                "OIM Brasil (\(host.given[0]))", host.email, hostStay.join.text(.zoomMeetingBR),
                hostStay.leave.text(.zoomMeetingBR), String(hostStay.minutes), "Não", "Não",
            ], delimiter: ",")
        var identities: [Int: DemoIdentity] = [:]
        var totals: [Int: [DemoStay]] = [:]
        for (stay, person) in rows { totals[person, default: []].append(stay) }
        for (stay, person) in rows {
            let who = population[person]
            let identity =
                identities[person] ?? styler.identity(of: who, fields: DemoFields(email: .optional(guestRate: 0.2)))
            identities[person] = identity
            var mess = identity.mess
            let personStays = totals[person] ?? []
            if personStays.count > 1 { mess.append(.rejoin) }
            if hasShortStays(personStays, plan) { mess.append(.shortStay) }
            for kind in mess { styler.note(kind) }
            file.record(who, role: .attendee, session: day, attended: true, minutes: stay.minutes, mess: mess)
            file.row(
                [
                    identity.name, identity.email, stay.join.text(.zoomMeetingBR), stay.leave.text(.zoomMeetingBR),
                    String(stay.minutes), identity.email.isEmpty ? "Sim" : "Não", "Não",
                ], delimiter: ",")
        }
        add(file)

        // Registration: every guest, most others, the short stays and a few who did not come.
        var registrants = participants.filter { (identities[$0]?.email.isEmpty ?? false) || detail.chance(0.85) }
        registrants += shortStayers
        let short = Set(shortStayers)
        let noShowPool = seen.filter { person in
            !present.contains(person) && !short.contains(person)
                && (population[person].government.map { keys.contains($0.key) } ?? false)
        }
        var noShows = rng.sample(noShowPool, count: min(scaled(plan.noShows), noShowPool.count / 2)) { _ in 1 }
        while noShows.count < scaled(plan.noShows) {
            let government = rng.pick(governments, or: certifiedBothYears[0])
            noShows.append(population.add(in: organization(in: government, area: .socialAssistance)))
        }
        registrants += noShows
        let answers = [
            "Proteção Social Básica", "Proteção Social Especial", "Gestão do SUAS", "Vigilância socioassistencial",
            "Outra",
        ]
        var formRows: [DemoFormRow] = []
        for person in rng.shuffle(registrants) {
            let time = DemoInstant(
                day: DemoCalendar.adding(-detail.int(in: 2...14), to: day),
                second: detail.int(in: 28_800...79_200))
            formRows.append(DemoFormRow(person: person, time: time, answers: [detail.pick(answers)]))
        }
        for row in formRows.prefix(scaled(plan.duplicates)) {
            let again = row.time.adding(seconds: detail.int(in: 3600...172_800))
            formRows.append(
                DemoFormRow(person: row.person, time: again, answers: [detail.pick(answers)], isRepeat: true))
        }
        writeForms(
            plan, name: "inscricoes.csv", sheets: false, hasCPF: true, role: .registrant, attended: nil,
            questions: ["Qual é a sua área de atuação no SUAS?"], rows: formRows)
    }
}
