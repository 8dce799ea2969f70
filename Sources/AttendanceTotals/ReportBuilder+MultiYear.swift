import AttendanceModel
import AttendanceStore
extension ReportBuilder {
    /// The years of `inputs` side by side (one input per year, oldest first): each year's
    /// headline figures, and the persons and governments found in two or more of them.
    ///
    /// A person counts in a year when they took part in one of its events, by the rules of
    /// ``build(_:)``; a government when it was certified that year and the place directory knows it.
    static func multiYear(_ inputs: [ReportInput]) -> MultiYearReport {
        var yearsOfPerson: [String: Int] = [:]
        var yearsOfGovernment: [String: Int] = [:]
        var figures: [YearFigures] = []
        for input in inputs {
            figures.append(YearFigures(build(input)))
            for person in participantIDs(input) { yearsOfPerson[person, default: 0] += 1 }
            for government in Set(resolvedCertifications(input, year: input.year).map(\.key)) {
                yearsOfGovernment[government, default: 0] += 1
            }
        }
        return MultiYearReport(
            years: figures, participantsInAnyYear: yearsOfPerson.count,
            returningParticipants: yearsOfPerson.values.filter { $0 >= 2 }.count,
            certifiedInAnyYear: yearsOfGovernment.count,
            recertifiedGovernments: yearsOfGovernment.values.filter { $0 >= 2 }.count)
    }

    /// The person ids of the distinct participants of `input.year`'s events (courses excluded),
    /// by the same rules as ``build(_:)``'s `uniqueParticipants`.
    static func participantIDs(_ input: ReportInput) -> Set<String> {
        let people = PersonNumbers(input)
        var idOfNumber = [String](repeating: "", count: people.count)
        var byEvent: [String: [Int]] = [:]
        for index in input.records.indices {
            idOfNumber[Int(people.numberOfRecord[index])] = person(of: input.records[index])
            byEvent[input.records[index].eventID, default: []].append(index)
        }
        var marks = EventMarks(count: people.count)
        var ids = Set<String>()
        for event in input.events where event.year == input.year && !event.kind.isCourse {
            let (_, participants) = eventFigures(
                event, records: byEvent[event.id] ?? [], input: input, people: people, marks: &marks)
            for number in participants { ids.insert(idOfNumber[Int(number)]) }
        }
        return ids
    }
}
