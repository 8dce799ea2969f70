@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceTotals

extension ReportFixture {
    /// A report made to test suppression: many counts of people from 1 to 4 in every breakdown,
    /// and every figure that is not a count of people (sessions, governments, certification,
    /// sources, events) either 0 or 5 and more, so that any number from 1 to 4 in an output is a leak.
    static func sparse() -> YearlyReport {
        func event(
            _ id: String, participants: Int, registrants: Int?, noShows: Int?, governments: Int, staff: Int,
            perSession: [Int], bySector: [String: Int], byRegion: [String: Int], headcount: Int? = nil
        ) -> EventTotals {
            let dates = perSession.indices.map { "2025-03-1\($0)" }
            return EventTotals(
                id: id, kind: "webinar", titlePT: "Evento \(id)", titleEN: "Event \(id)", dates: dates,
                sessions: perSession.count, participants: participants, registrants: registrants, noShows: noShows,
                governments: governments,
                perSession: zip(dates, perSession).map { SessionTotals(date: $0, participants: $1) },
                bySector: bySector, byRegion: byRegion, headcount: headcount, staff: staff)
        }
        func course(
            _ id: String, completions: Int, publicServants: Int?, notCompleted: Int, atEvents: Int,
            byMonth: [String: Int]
        ) -> CourseTotals {
            let completers = byMonth.values.reduce(0, +)
            return CourseTotals(
                id: id, titlePT: "Curso \(id)", titleEN: "Course \(id)", completions: completions,
                completers: completers, publicServants: publicServants, enrolmentsNotCompleted: notCompleted,
                completersByYear: ["2025": completers], completersByMonth: byMonth,
                certifiedGovernmentsWithCompleters: [], certifiedGovernmentsWithoutCompleters: [],
                completersAtEvents: atEvents)
        }
        return YearlyReport(
            year: 2025, participations: 56, uniqueParticipants: 45,
            uniqueParticipantsRange: CountRange(low: 45, high: 49),
            events: [
                event(
                    "alfa", participants: 9, registrants: 12, noShows: 3, governments: 5, staff: 2,
                    perSession: [9, 4, 3, 2, 1], bySector: ["government": 4, "academia": 3, "civil_society": 2],
                    byRegion: ["Norte": 1, "Sul": 8]),
                event(
                    "bravo", participants: 3, registrants: 4, noShows: 1, governments: 0, staff: 0,
                    perSession: [3, 2, 1, 0, 0], bySector: ["government": 3],
                    byRegion: ["Nordeste": 2, "unknown": 1]),
                event(
                    "charlie", participants: 40, registrants: 50, noShows: 10, governments: 12, staff: 7,
                    perSession: [40, 30, 20, 10, 4], bySector: ["government": 30, "academia": 6, "civil_society": 4],
                    byRegion: ["Sudeste": 33, "Sul": 4, "Norte": 3]),
                event(
                    "delta", participants: 4, registrants: nil, noShows: nil, governments: 0, staff: 0,
                    perSession: [4, 4, 4, 4, 4], bySector: [:], byRegion: [:], headcount: 4),
                event(
                    "echo", participants: 0, registrants: nil, noShows: nil, governments: 0, staff: 0,
                    perSession: [0, 0, 0, 0, 0], bySector: [:], byRegion: [:]),
            ],
            courses: [
                course(
                    "ead", completions: 12, publicServants: 3, notCompleted: 2, atEvents: 4,
                    byMonth: ["2025-02": 6, "2025-03": 4, "2025-05": 1]),
                course(
                    "extensao", completions: 3, publicServants: nil, notCompleted: 0, atEvents: 1,
                    byMonth: ["2025-09": 3]),
            ],
            eventsByKind: ["webinar": 5, "course": 2],
            bySector: [
                "government": 30, "academia": 8, "civil_society": 3, "international_organization": 1, "unknown": 3,
            ],
            byRegion: ["Norte": 4, "Nordeste": 2, "Sudeste": 30, "Sul": 8, "unknown": 1],
            byUF: ["SP": 30, "AM": 4, "BA": 2, "PR": 8, "unknown": 1],
            regionsReached: ["Centro-Oeste", "Nordeste", "Norte", "Sudeste", "Sul"], governmentsReached: 9,
            eventsPerPerson: ["1": 38, "2": 4, "3": 2, "4": 1], returningParticipants: 7,
            certification: CertificationTotals(
                governments: 10, municipalities: 5, states: 5, alsoCertifiedYearBefore: 0,
                regions: ["Centro-Oeste", "Nordeste", "Norte", "Sudeste", "Sul"],
                byRegion: ["Norte": 5, "Sudeste": 5], withParticipants: 6),
            sources: SourceTotals(files: 8, records: 120, recordsWithoutPerson: 0),
            uniqueCompleters: 13)
    }
}
