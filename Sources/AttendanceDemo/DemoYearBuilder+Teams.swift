import AttendanceCSV
import AttendanceCore

/// Microsoft Teams attendance reports: UTF-16 LE with BOM, tab separated, CRLF, in sections
/// (summary, participants, in-meeting activities); guests appear as `Name (Guest)` without address.
extension DemoYearBuilder {
    /// Writes one report per day of a seminar: the first day from an English Teams, the second
    /// from a Portuguese one. Presenters (one per presenting government) and the organizer are
    /// listed with their roles.
    mutating func writeTeams(_ plan: DemoEventPlan, participants: [Int], presenters: [[Int]]) {
        let days = plan.event.dates
        var attending: [[Int]] = Array(repeating: [], count: days.count)
        for person in participants {
            let draw = detail.unit()
            var sessions = days.count < 2 ? [0] : draw < 0.65 ? [0, 1] : draw < 0.85 ? [0] : [1]
            // The misspelt guest of the hazards is written right in the next session.
            if population[person].hazard == .guestMisspelt { sessions = Array(days.indices) }
            for s in sessions { attending[s].append(person) }
        }
        for s in days.indices {
            let english = s % 2 == 0
            let name = "\(days[s])-\(english ? "meetingAttendanceReport" : "relatorioDePresenca").csv"
            var file = newFile(plan, name, .utf16LE, crlf: true)
            writeTeamsDay(
                &file, plan: plan, day: days[s], english: english, attendees: attending[s],
                presenters: s < presenters.count ? presenters[s] : [])
            add(file)
        }
    }

    private mutating func writeTeamsDay(
        _ file: inout DemoExportFile, plan: DemoEventPlan, day: Day, english: Bool,
        attendees: [Int], presenters: [Int]
    ) {
        let (start, end) = session(day)
        let style: DemoInstant.Style = english ? .teamsEN : .teamsPT
        struct Row {
            var person: Int
            var role: DemoTruth.Role
            var stays: [DemoStay]
            var identity: DemoIdentity
            var upn: String
        }
        var rows: [Row] = []
        let organizer = population[staff.organizer]
        rows.append(
            Row(
                person: staff.organizer, role: .organizer,
                stays: [DemoStay(join: start.adding(seconds: -300), leave: end.adding(seconds: 300))],
                identity: DemoIdentity(name: organizer.fullName, email: organizer.email, cpf: "", mess: []),
                upn: organizer.email))
        for person in presenters {
            let who = population[person]
            let identity = styler.identity(of: who, fields: DemoFields())
            rows.append(
                Row(
                    person: person, role: .presenter, stays: stays(.normal, start: start, end: end),
                    identity: identity, upn: identity.email))
        }
        for person in attendees {
            let who = population[person]
            let identity = styler.identity(
                of: who, fields: DemoFields(email: .optional(guestRate: 0.35), guestSuffix: true))
            let kind: StayKind = detail.chance(0.03) ? .short : detail.chance(0.15) ? .rejoin : .normal
            let upn = identity.email.isEmpty ? guestID() : identity.email
            rows.append(
                Row(
                    person: person, role: .attendee, stays: stays(kind, start: start, end: end),
                    identity: identity, upn: upn))
        }
        let ordered =
            [rows[0]] + rows.dropFirst().sorted { ($0.stays[0].join, $0.person) < ($1.stays[0].join, $1.person) }
        let roleText: [DemoTruth.Role: String] =
            english
            ? [.organizer: "Organizer", .presenter: "Presenter", .attendee: "Attendee"]
            : [.organizer: "Organizador", .presenter: "Apresentador", .attendee: "Participante"]
        let total = ordered.reduce(0) { $0 + $1.stays.reduce(0) { $0 + $1.seconds } }
        let average = ordered.isEmpty ? 0 : total / ordered.count
        let tab: Character = "\t"
        let summary =
            english
            ? [
                "1. Summary", "Meeting title", "Attended participants", "Start time", "End time", "Meeting duration",
                "Average attendance time", "2. Participants",
            ]
            : [
                "1. Resumo", "Título da reunião", "Participantes presentes", "Hora de início", "Hora de término",
                "Duração da reunião", "Tempo médio de participação", "2. Participantes",
            ]
        file.line(summary[0])
        let values = [
            plan.event.titlePT, String(ordered.count), start.text(style), end.text(style), "2h",
            teamsDuration(average / 60 * 60),
        ]
        for (label, value) in zip(summary[1...6], values) { file.row([label, value], delimiter: tab) }
        file.line("")
        file.line(summary[7])
        file.row(
            english
                ? ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"]
                : [
                    "Nome", "Primeiro ingresso", "Última saída", "Duração na reunião", "Email",
                    "ID do participante (UPN)",
                    "Função",
                ], delimiter: tab)
        var activities: [(stay: DemoStay, row: Row)] = []
        for row in ordered {
            let who = population[row.person]
            let seconds = row.stays.reduce(0) { $0 + $1.seconds }
            var mess = row.identity.mess
            if row.stays.count > 1 { mess.append(.rejoin) }
            if seconds < 600 { mess.append(.shortStay) }
            for kind in mess { styler.note(kind) }
            file.record(who, role: row.role, session: day, attended: true, minutes: (seconds + 30) / 60, mess: mess)
            file.row(
                [
                    row.identity.name, row.stays[0].join.text(style), row.stays[row.stays.count - 1].leave.text(style),
                    teamsDuration(seconds), row.identity.email, row.upn, roleText[row.role] ?? "",
                ], delimiter: tab)
            if row.role == .attendee && (row.stays.count > 1 || detail.chance(0.35)) {
                for stay in row.stays { activities.append((stay, row)) }
            }
        }
        file.line("")
        file.line(english ? "3. In-Meeting Activities" : "3. Atividades na reunião")
        file.row(
            english
                ? ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"]
                : ["Nome", "Hora de ingresso", "Hora de saída", "Duração", "Email", "Função"], delimiter: tab)
        for (stay, row) in activities.sorted(by: { ($0.stay.join, $0.row.person) < ($1.stay.join, $1.row.person) }) {
            let who = population[row.person]
            file.record(
                who, role: .activity, session: day, attended: true, minutes: stay.minutes, mess: row.identity.mess)
            file.row(
                [
                    row.identity.name, stay.join.text(style), stay.leave.text(style), teamsDuration(stay.seconds),
                    row.identity.email, roleText[row.role] ?? "",
                ], delimiter: tab)
        }
    }

    /// `1h 47m 31s`, `56m 58s`, `1h 55s`, `2h`.
    func teamsDuration(_ seconds: Int) -> String {
        let h = seconds / 3600
        let m = seconds / 60 % 60
        let s = seconds % 60
        var parts: [String] = []
        if h > 0 { parts.append("\(h)h") }
        if m > 0 { parts.append("\(m)m") }
        if s > 0 || parts.isEmpty { parts.append("\(s)s") }
        return parts.joined(separator: " ")
    }

    /// A guest's participant id: `4f1c2a9e-7b3d-guest`.
    private mutating func guestID() -> String {
        let hex = Array("0123456789abcdef")
        let a = String((0..<8).map { _ in hex[detail.below(16)] })
        let b = String((0..<4).map { _ in hex[detail.below(16)] })
        return "\(a)-\(b)-guest"
    }
}
