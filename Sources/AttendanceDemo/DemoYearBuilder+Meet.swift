import AttendanceCSV
import AttendanceCore

/// Google Meet attendance: one file per meeting, one row per person with the total time and the
/// first join and last exit, times without a date; English files put U+202F before AM/PM.
extension DemoYearBuilder {
    /// Writes the meetings of a working group. Participants come with their own regularity (a
    /// core comes to most meetings); everyone comes at least once.
    mutating func writeMeet(_ plan: DemoEventPlan, participants: [Int]) {
        let days = plan.event.dates
        var attendance: [[Int]] = Array(repeating: [], count: days.count)
        for person in participants {
            let draw = detail.unit()
            let rate = draw < 0.35 ? 0.75 : draw < 0.75 ? 0.4 : 0.15
            var meetings = days.indices.filter { _ in detail.chance(rate) }
            if meetings.isEmpty { meetings = [detail.below(days.count)] }
            for m in meetings { attendance[m].append(person) }
        }
        // Every meeting had someone (matters only at small scales).
        for m in days.indices where attendance[m].isEmpty && !participants.isEmpty {
            attendance[m].append(participants[detail.below(participants.count)])
        }
        for m in days.indices {
            let english = m % 3 != 2
            var file = newFile(plan, "\(days[m])-presenca-meet.csv", .utf8, crlf: true)
            file.row(
                english
                    ? ["First name", "Last name", "Email", "Duration", "Time joined", "Time exited"]
                    : ["Nome", "Sobrenome", "E-mail", "Duração", "Horário de entrada", "Horário de saída"],
                delimiter: ",")
            let (start, end) = session(days[m])
            for person in rng.shuffle(attendance[m]) {
                let who = population[person]
                let identity = styler.identity(of: who, fields: DemoFields())
                let personStays = participantStays(start: start, end: end, rejoinRate: 0.08)
                let minutes = personStays.reduce(0) { $0 + $1.seconds } / 60
                var mess = identity.mess
                if personStays.count > 1 { mess.append(.rejoin) }
                for kind in mess { styler.note(kind) }
                let (first, last) = identity.firstAndLast
                let join = personStays[0].join
                let exit = personStays[personStays.count - 1].leave
                file.record(who, role: .attendee, session: days[m], attended: true, minutes: minutes, mess: mess)
                file.row(
                    [
                        first, last, identity.email, meetDuration(minutes, english: english),
                        join.text(english ? .meetEN : .meetPT), exit.text(english ? .meetEN : .meetPT),
                    ], delimiter: ",")
            }
            add(file)
        }
    }

    /// `1 hr 5 min` / `1 h 5 min`, `45 min`.
    func meetDuration(_ minutes: Int, english: Bool) -> String {
        let h = minutes / 60
        let m = minutes % 60
        guard h > 0 else { return "\(m) min" }
        return "\(h) \(english ? "hr" : "h") \(m) min"
    }
}
