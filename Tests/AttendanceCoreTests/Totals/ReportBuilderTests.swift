import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Testing

@Suite struct ReportBuilderTests {
    static let webinarDay = Day(year: 2021, month: 2, day: 25)
    static let secondDay = Day(year: 2021, month: 3, day: 4)

    var nextID: Int64 = 0

    mutating func record(
        _ event: String, _ person: String?, kind: RecordKind = .attendance, role: Role = .participant,
        session: Day? = webinarDay, minutes: Int? = nil, registered: Bool = false,
        attended: Bool? = true, servant: Bool? = nil, completed: Day? = nil
    ) -> CountingRecord {
        nextID += 1
        return CountingRecord(
            id: nextID, eventID: event, session: session, kind: kind, role: role,
            isRegistered: registered, attended: attended, minutes: minutes, isPublicServant: servant,
            completionDate: completed, personID: person)
    }

    func input(
        _ events: [Event], _ records: [CountingRecord], people: [String: PersonAttributes] = [:],
        certifications: [Certification] = []
    ) -> ReportInput {
        ReportInput(
            year: 2021, events: events, records: records, people: people, certifications: certifications,
            resolve: { certification in
                ResolvedGovernment(
                    key: "municipal:\(certification.name)", displayName: "\(certification.name)/\(certification.uf)",
                    region: "Sul")
            }, fileCount: 1)
    }

    func webinar(_ id: String = "w", minMinutes: Int? = nil, dates: [Day?] = [webinarDay], headcount: Int? = nil)
        -> Event
    {
        Event(
            id: id, year: 2021, kind: .webinar, dates: dates.compactMap { $0 }, minMinutes: minMinutes,
            headcount: headcount)
    }

    @Test("hosts and panelists are recorded but not counted as participants")
    mutating func hostsAreNotParticipants() {
        let records = [record("w", "host", role: .host), record("w", "pan", role: .panelist), record("w", "p1")]
        let report = ReportBuilder.build(input([webinar()], records))
        #expect(report.events.first?.participants == 1)
        #expect(report.events.first?.staff == 2)
    }

    @Test("rejoins add up their minutes against min_minutes; a short stay does not count")
    mutating func rejoinsAddUp() {
        let records = [
            record("w", "rejoined", minutes: 10), record("w", "rejoined", minutes: 8),
            record("w", "short", minutes: 14), record("w", "long", minutes: 60), record("w", "unknown-time"),
        ]
        let report = ReportBuilder.build(input([webinar(minMinutes: 15)], records))
        #expect(report.events.first?.participants == 3)
    }

    @Test("registrants, no-shows, and no registration data giving nil")
    mutating func registrants() {
        let records = [
            record("w", "a", kind: .registration, attended: nil),
            record("w", "b", kind: .registration, attended: false),
            record("w", "a", registered: true), record("v", "c"),
        ]
        let report = ReportBuilder.build(input([webinar(), webinar("v")], records))
        let byID = Dictionary(uniqueKeysWithValues: report.events.map { ($0.id, $0) })
        #expect(byID["w"]?.registrants == 2)
        #expect(byID["w"]?.noShows == 1)
        #expect(byID["w"]?.participants == 1)
        #expect(byID["v"]?.registrants == nil)
    }

    @Test("a person at two events is two participations and one unique participant")
    mutating func twoEvents() {
        let records = [record("w", "a"), record("v", "a"), record("v", "b")]
        let report = ReportBuilder.build(input([webinar(), webinar("v")], records))
        #expect(report.participations == 3)
        #expect(report.uniqueParticipants == 2)
        #expect(report.returningParticipants == 1)
        #expect(report.eventsPerPerson == ["1": 1, "2": 1])
    }

    @Test("sessions count separately; a person at both sessions is one participant")
    mutating func sessions() {
        let records = [
            record("w", "a"), record("w", "a", session: Self.secondDay), record("w", "b", session: Self.secondDay),
        ]
        let report = ReportBuilder.build(input([webinar(dates: [Self.webinarDay, Self.secondDay])], records))
        #expect(report.events.first?.participants == 2)
        #expect(report.events.first?.perSession.map(\.participants) == [1, 2])
        #expect(report.events.first?.sessions == 2)
    }

    @Test("a headcount-only event counts its headcount in participations and widens the unique range")
    mutating func headcountOnly() {
        let records = [record("w", "a"), record("w", "b")]
        let report = ReportBuilder.build(input([webinar(), webinar("live", headcount: 75)], records))
        #expect(report.participations == 77)
        #expect(report.uniqueParticipants == 2)
        #expect(report.uniqueParticipantsRange == CountRange(low: 75, high: 77))
    }

    @Test("a course repeated by one person is two completions and one completer; enrolments are not completions")
    mutating func courseRepeat() {
        let course = Event(id: "c", year: 2021, kind: .course, dates: [])
        let june = Day(year: 2021, month: 6, day: 3)
        let july = Day(year: 2021, month: 7, day: 9)
        let records = [
            record("c", "a", kind: .completion, session: nil, servant: true, completed: july),
            record("c", "a", kind: .completion, session: nil, servant: true, completed: june),
            record("c", "b", kind: .completion, session: nil, servant: false, completed: july),
            record("c", "d", kind: .enrolment, session: nil, attended: false),
        ]
        let report = ReportBuilder.build(input([course], records))
        let totals = report.courses.first
        #expect(totals?.completions == 3)
        #expect(totals?.completers == 2)
        #expect(totals?.publicServants == 1)
        #expect(totals?.enrolmentsNotCompleted == 1)
        #expect(totals?.completersByMonth == ["2021-06": 1, "2021-07": 1])
        #expect(report.participations == 0)
    }

    @Test("public servants are unknown (nil) when no completion record says")
    mutating func servantsUnknown() {
        let course = Event(id: "c", year: 2021, kind: .course, dates: [])
        let report = ReportBuilder.build(input([course], [record("c", "a", kind: .completion, session: nil)]))
        #expect(report.courses.first?.publicServants == nil)
    }

    @Test("governments, sectors and regions come from the participants' attributes")
    mutating func breakdowns() {
        let people = [
            "a": PersonAttributes(
                sector: "government", governmentLevel: "municipal", governmentCode: "4314902", uf: "RS",
                region: "Sul"),
            "b": PersonAttributes(
                sector: "government", governmentLevel: "municipal", governmentCode: "4314902", uf: "RS",
                region: "Sul"),
            "c": PersonAttributes(sector: "academia", uf: "SP", region: "Sudeste"),
        ]
        let records = [record("w", "a"), record("w", "b"), record("w", "c"), record("w", "d")]
        let report = ReportBuilder.build(input([webinar()], records, people: people))
        #expect(report.events.first?.governments == 1)
        #expect(report.bySector == ["government": 2, "academia": 1, "unknown": 1])
        #expect(report.byRegion == ["Sul": 2, "Sudeste": 1, "unknown": 1])
        #expect(report.regionsReached == ["Sudeste", "Sul"])
        #expect(report.governmentsReached == 1)
    }

    @Test("certifications: levels, the year before, and completers of certified governments")
    mutating func certifications() {
        let certifications = [
            Certification(year: 2020, level: .municipality, name: "Esteio", uf: "RS"),
            Certification(year: 2021, level: .municipality, name: "Esteio", uf: "RS"),
            Certification(year: 2021, level: .municipality, name: "Pelotas", uf: "RS"),
            Certification(year: 2021, level: .state, name: "Paraná", uf: "PR"),
        ]
        let course = Event(id: "c", year: 2021, kind: .course, dates: [])
        let people = ["a": PersonAttributes(governmentLevel: "municipal", governmentCode: "Esteio")]
        let records = [record("c", "a", kind: .completion, session: nil)]
        let report = ReportBuilder.build(input([course], records, people: people, certifications: certifications))
        #expect(report.certification.governments == 3)
        #expect(report.certification.municipalities == 2)
        #expect(report.certification.states == 1)
        #expect(report.certification.alsoCertifiedYearBefore == 1)
        #expect(report.courses.first?.certifiedGovernmentsWithCompleters == ["Esteio/RS"])
        #expect(report.courses.first?.certifiedGovernmentsWithoutCompleters == ["Paraná/PR", "Pelotas/RS"])
    }

    @Test("a certification that names no known government is not counted")
    func unresolvedCertification() {
        let certifications = [
            Certification(year: 2021, level: .municipality, name: "Esteio", uf: "RS"),
            Certification(year: 2021, level: .municipality, name: "<script>", uf: "RS"),
        ]
        var withUnknown = input([], [], certifications: certifications)
        withUnknown.resolve = { certification in
            certification.name == "Esteio"
                ? ResolvedGovernment(key: "municipal:4307708", displayName: "Esteio/RS", region: "Sul") : nil
        }
        let report = ReportBuilder.build(withUnknown)
        #expect(report.certification.governments == 1)
        #expect(report.certification.municipalities == 1)
    }
}
