import AttendanceCSV
import AttendanceModel

/// One answer to a Google Form.
struct DemoFormRow {
    var person: Int
    var time: DemoInstant
    /// Answers to the form's own questions, after the identity columns.
    var answers: [String]
    /// A second submission by the same person.
    var isRepeat = false
}

/// Google Forms lists: presence forms sent during an event and registration forms.
extension DemoYearBuilder {
    /// Writes a form's responses in submission order.
    ///
    /// - Parameters:
    ///   - sheets: `true` for a download from Google Sheets (`dd/mm/yyyy` times, quotes only where
    ///     needed), `false` for Forms' own download (every field quoted, `GMT-3` times).
    ///   - hasCPF: whether the form asks for the CPF.
    mutating func writeForms(
        _ plan: DemoEventPlan, name: String, sheets: Bool, hasCPF: Bool, role: DemoTruth.Role,
        attended: Bool?, questions: [String], rows: [DemoFormRow]
    ) {
        var file = newFile(plan, name, .utf8, crlf: true, isList: true)
        let header =
            ["Carimbo de data/hora", "Endereço de e-mail", "Nome completo"] + (hasCPF ? ["CPF"] : [])
            + ["Órgão ou instituição", "Cargo ou função", "Município", "UF"] + questions
        file.row(header, delimiter: ",", quoteAll: !sheets)
        let fields = DemoFields(email: .required, hasCPF: hasCPF, allowsSurnameFirst: true)
        for row in rows.sorted(by: { ($0.time, $0.person) < ($1.time, $1.person) }) {
            let who = population[row.person]
            let identity = styler.identity(of: who, fields: fields)
            var mess = identity.mess
            if row.isRepeat {
                mess.append(.doubleSubmission)
                styler.note(.doubleSubmission)
            }
            file.record(who, role: role, session: plan.event.dates[0], attended: attended, mess: mess)
            let values =
                [row.time.text(sheets ? .sheets : .forms), identity.email, identity.name]
                + (hasCPF ? [identity.cpf] : [])
                + [
                    styler.organizationText(who.organization), who.jobTitle, styler.cityText(who.city),
                    styler.ufText(who.uf),
                ]
                + row.answers
            file.row(values, delimiter: ",", quoteAll: !sheets)
        }
        add(file)
    }

    /// A presence form filled in during a live stream or a call: most answers near the end,
    /// some people send it twice.
    mutating func writePresenceForm(_ plan: DemoEventPlan, participants: [Int], sheets: Bool) {
        let day = plan.event.dates[0]
        var rows: [DemoFormRow] = []
        for person in participants {
            let time = DemoInstant(day, hour: 10).adding(
                seconds: detail.chance(0.8)
                    ? detail.int(in: 5400...9000) : detail.int(in: 1200...5400))
            rows.append(DemoFormRow(person: person, time: time, answers: presenceAnswers(sheets: sheets)))
        }
        for row in rows.prefix(scaled(plan.duplicates)) {
            rows.append(
                DemoFormRow(
                    person: row.person, time: row.time.adding(seconds: detail.int(in: 60...1800)),
                    answers: presenceAnswers(sheets: sheets), isRepeat: true))
        }
        let questions =
            sheets
            ? ["Comentários"]
            : ["Autorizo o uso dos meus dados para a emissão do certificado (LGPD)", "Comentários"]
        writeForms(
            plan, name: sheets ? "lista-de-presenca.csv" : "presenca-formulario.csv", sheets: sheets,
            hasCPF: !sheets, role: .form, attended: true, questions: questions, rows: rows)
    }

    private mutating func presenceAnswers(sheets: Bool) -> [String] {
        sheets ? [styler.comment()] : ["Sim", styler.comment()]
    }
}
