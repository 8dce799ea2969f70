import AttendanceCSV
import AttendanceModel

/// Lists that are not calls: Sympla's participant list, a list typed into Excel, the virtual
/// school's certificates and a Moodle completion report.
extension DemoYearBuilder {
    // MARK: - Sympla

    /// A Sympla list (UTF-8 with BOM, semicolons, CRLF): one row per free ticket, `Check-in`
    /// `Sim` for those who came; one person ordered a second ticket.
    mutating func writeSympla(_ plan: DemoEventPlan, participants: [Int]) {
        let day = plan.event.dates[0]
        let noShows = outsiders(scaled(plan.noShows), excluding: participants, audience: plan.audience)
        var rows: [(person: Int, came: Bool, bought: DemoInstant, isRepeat: Bool)] = []
        for person in participants { rows.append((person, true, registrationTime(before: day), false)) }
        for person in noShows { rows.append((person, false, registrationTime(before: day), false)) }
        for row in rows.prefix(scaled(plan.duplicates)) {
            rows.append((row.person, false, row.bought.adding(seconds: detail.int(in: 600...86_400)), true))
        }
        rows.sort { ($0.bought, $0.person) < ($1.bought, $1.person) }
        var file = newFile(plan, "lista-participantes-sympla.csv", .utf8BOM, crlf: true, isList: true)
        file.row(
            [
                "Número do pedido", "Nome", "Sobrenome", "Email", "Data da compra", "Tipo de ingresso", "Valor",
                "Check-in",
                "Data Check-in", "CPF", "Instituição", "Cidade", "Estado",
            ], delimiter: ";")
        var orders: Set<Int> = []
        for row in rows {
            let who = population[row.person]
            let identity = styler.identity(of: who, fields: DemoFields(hasCPF: true))
            var mess = identity.mess
            if row.isRepeat {
                mess.append(.doubleSubmission)
                styler.note(.doubleSubmission)
            }
            var order = detail.int(in: 10_000_000...99_999_999)
            while !orders.insert(order).inserted { order = detail.int(in: 10_000_000...99_999_999) }
            let checkIn =
                row.came
                ? DemoInstant(day, hour: 9, minute: detail.int(in: 35...59)).adding(seconds: detail.int(in: 0...1500))
                : nil
            let (first, last) = identity.firstAndLast
            file.record(who, role: .registrant, session: day, attended: row.came, mess: mess)
            file.row(
                [
                    String(order), first, last, identity.email, row.bought.text(.sympla), "Gratuito", "0,00",
                    row.came ? "Sim" : "Não", checkIn?.text(.sympla) ?? "", identity.cpf,
                    styler.organizationText(who.organization), styler.cityText(who.city), who.uf,
                ], delimiter: ";")
        }
        add(file)
    }

    // MARK: - A list typed into Excel

    /// The ceremony's list, typed by hand into Excel in Portuguese and saved as "CSV (separado
    /// por vírgulas)": Windows-1252, semicolons, CRLF, dates `dd/mm/yyyy`; a few people were
    /// typed twice.
    mutating func writeTypedList(_ plan: DemoEventPlan, participants: [Int]) {
        let day = plan.event.dates[0]
        var rows = participants.map { (person: $0, isRepeat: false) }
        let repeats = participants.prefix(scaled(plan.duplicates)).map { (person: $0, isRepeat: true) }
        for row in repeats {
            rows.insert(row, at: detail.int(in: rows.count / 2...rows.count))
        }
        var file = newFile(plan, "presenca-cerimonia.csv", .windows1252, crlf: true, isList: true)
        file.row(["Nome", "E-mail", "Órgão/Instituição", "Município", "UF", "Data"], delimiter: ";")
        // With hazards the typist left an empty row after the header: every record moves down one line.
        let shifted = hazards == .field
        if shifted { file.line("") }
        let fields = DemoFields(email: .optional(guestRate: 0.05), allowsSurnameFirst: true)
        for row in rows {
            let who = population[row.person]
            let identity = styler.identity(of: who, fields: fields)
            var mess = identity.mess
            if shifted { mess.append(.emptyRowAfterHeader) }
            if row.isRepeat {
                mess.append(.typedTwice)
                styler.note(.typedTwice)
            }
            file.record(who, role: .attendee, session: day, attended: true, mess: mess)
            file.row(
                [
                    identity.name, identity.email, styler.organizationText(who.organization), styler.cityText(who.city),
                    who.uf, DemoInstant(day, hour: 10).text(.dayBR),
                ], delimiter: ";")
        }
        add(file)
    }

    // MARK: - Courses

    /// The virtual school's certificates (UTF-8 with BOM, semicolons, CRLF), in order of
    /// completion; people who took the course twice have two rows.
    mutating func writeCertificates(_ plan: DemoEventPlan, completers: [Int], repeaters: [Int]) {
        let first = plan.event.dates[0]
        let last = plan.event.dates[plan.event.dates.count - 1]
        let span = last.ordinal - first.ordinal
        var rows: [(person: Int, day: Day, isRepeat: Bool)] = []
        var firstDay: [Int: Day] = [:]
        for person in completers {
            let day = DemoCalendar.adding(detail.int(in: 0...span), to: first)
            rows.append((person, day, false))
            firstDay[person] = day
        }
        for person in repeaters {
            guard let earlier = firstDay[person] else { continue }
            let room = last.ordinal - earlier.ordinal
            var day = DemoCalendar.adding(detail.int(in: min(60, room)...max(room, 0)), to: earlier)
            if room < 60 {
                // Completed late the first time: the other completion goes before it.
                day = DemoCalendar.adding(-detail.int(in: 60...120), to: earlier)
            }
            rows.append((person, day, true))
        }
        rows.sort { ($0.day.ordinal, $0.person) < ($1.day.ordinal, $1.person) }
        var file = newFile(plan, "certificados.csv", .utf8BOM, crlf: true, isList: true)
        file.row(
            [
                "Nome", "CPF", "E-mail", "Órgão", "Esfera", "Município", "UF", "Servidor público", "Data de conclusão",
                "Carga horária", "Nota final",
            ], delimiter: ";")
        var seenOnce: Set<Int> = []
        for row in rows {
            let who = population[row.person]
            let identity = styler.identity(of: who, fields: DemoFields(hasCPF: true))
            var mess = identity.mess
            if !seenOnce.insert(row.person).inserted {
                mess.append(.repeatedCompletion)
                styler.note(.repeatedCompletion)
            }
            let grade = detail.int(in: 700...1000)
            file.record(who, role: .completion, session: nil, attended: true, completedOn: row.day, mess: mess)
            file.row(
                [
                    identity.name, identity.cpf, identity.email, styler.organizationText(who.organization),
                    who.isPublicServant ? who.organization.sphere.rawValue : DemoSphere.none.rawValue,
                    styler.cityText(who.city), who.uf, who.isPublicServant ? "Sim" : "Não",
                    DemoInstant(row.day, hour: 12).text(.dayBR), "30h", "\(grade / 10),\(grade % 10)",
                ], delimiter: ";")
        }
        add(file)
    }

    /// A Moodle course completion report (UTF-8 with BOM, commas, LF): completed and
    /// not-completed enrolments of one class.
    mutating func writeMoodle(_ plan: DemoEventPlan, completed: [Int], notCompleted: [Int]) {
        let first = plan.event.dates[0]
        let span =
            plan.event.dates[plan.event.dates.count - 1].ordinal - first.ordinal
        var file = newFile(plan, "conclusao-turma-saude.csv", .utf8BOM, crlf: false, isList: true)
        file.row(
            [
                "ID", "Name", "Email address", "Questionário final - Módulo 3", "Questionário final - Completion date",
                "Course complete",
            ], delimiter: ",")
        let rows = rng.shuffle(completed.map { ($0, true) } + notCompleted.map { ($0, false) })
        var id = 210_000 + detail.int(in: 0...400)
        for (person, done) in rows {
            let who = population[person]
            let identity = styler.identity(of: who, fields: DemoFields())
            id += detail.int(in: 1...9)
            if done {
                let day = DemoCalendar.adding(detail.int(in: 20...span), to: first)
                let stamp = DemoInstant(day, hour: detail.int(in: 8...22), minute: detail.int(in: 0...59)).text(.moodle)
                file.record(who, role: .completion, session: nil, attended: true, completedOn: day, mess: identity.mess)
                file.row(
                    [String(id), identity.name, identity.email, "Completed (achieved pass grade)", stamp, stamp],
                    delimiter: ",")
            } else {
                file.record(who, role: .enrolled, session: nil, attended: false, mess: identity.mess)
                file.row([String(id), identity.name, identity.email, "Not completed", "", ""], delimiter: ",")
            }
        }
        add(file)
    }
}
