import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

extension ExportReaderTests {
    @Test("Zoom webinar attendee report (EN): sections give roles, rejoins are rows, No is a registration")
    func zoomWebinarAttendeesEnglish() throws {
        let parsed = try Self.read("zoom-webinar-attendees-en.csv")
        #expect(parsed.records.map(\.line) == [7, 10, 14, 15, 16, 17, 20])
        #expect(parsed.contentDates.map(\.description) == ["2021-03-15"])
        #expect(parsed.issues.isEmpty)

        let host = try Self.record(parsed, line: 7)
        #expect(host.role == .host)
        #expect(host.kind == .attendance)
        #expect(!host.isRegistered)
        #expect(host.name == "Equipe Organizadora")
        #expect(host.minutes == 105)
        #expect(host.joinMinute == 13 * 60 + 45)

        let panelist = try Self.record(parsed, line: 10)
        #expect(panelist.role == .panelist)
        #expect(panelist.kind == .attendance)

        let first = try Self.record(parsed, line: 14)
        #expect(first.kind == .attendance)
        #expect(first.role == .participant)
        #expect(first.isRegistered)
        #expect(first.attended == true)
        #expect(first.name == "Marta Quintela Rocha")
        #expect(first.email == "marta.rocha@exemplo.gov.br")
        #expect(first.organization == "Prefeitura do Recife")
        #expect(first.jobTitle == "Analista")
        #expect(first.city == "Recife")
        #expect(first.uf == "PE")
        #expect(first.country == "Brazil")
        #expect(first.cpf == "123.456.789-09")  // a registration question between Is Guest and Country/Region Name
        #expect(first.isPublicServant == true)
        #expect(first.isGuest == false)
        #expect(first.sessionDate?.description == "2021-03-15")
        #expect(first.joinMinute == 14 * 60 + 2)
        #expect(first.leaveMinute == 14 * 60 + 40)
        #expect(first.minutes == 38)

        let rejoin = try Self.record(parsed, line: 15)
        #expect(rejoin.kind == .attendance)
        #expect(rejoin.name == "Marta Quintela Rocha")
        #expect(rejoin.minutes == 44)

        let absent = try Self.record(parsed, line: 16)
        #expect(absent.kind == .registration)
        #expect(absent.attended == false)
        #expect(absent.isRegistered)
        #expect(absent.minutes == 0)
        #expect(absent.sessionDate == nil)
        #expect(absent.joinMinute == nil)
        #expect(absent.isGuest == nil)

        let lateNight = try Self.record(parsed, line: 17)
        #expect(lateNight.name == "Rui Barreto")
        #expect(lateNight.isGuest == true)
        #expect(lateNight.joinMinute == 23 * 60 + 50)
        #expect(lateNight.leaveMinute == 1440 + 20)

        let other = try Self.record(parsed, line: 20)
        #expect(other.kind == .attendance)
        #expect(other.role == .participant)
        #expect(!other.isRegistered)
        #expect(other.name == "Visitante Sem Cadastro")
        #expect(other.minutes == 20)
    }

    @Test("Zoom webinar attendee report (PT): Portuguese sections and Sim/Não, columns in another order")
    func zoomWebinarAttendeesPortuguese() throws {
        let parsed = try Self.read("zoom-webinar-attendees-pt.csv")
        #expect(parsed.records.map(\.line) == [7, 10, 13, 14])
        #expect(parsed.records.map(\.role) == [.host, .panelist, .participant, .participant])
        #expect(parsed.records.map(\.kind) == [.attendance, .attendance, .registration, .attendance])
        #expect(parsed.records.map(\.attended) == [true, true, false, true])
        #expect(parsed.contentDates.map(\.description) == ["2021-03-15"])
        let present = try Self.record(parsed, line: 14)
        #expect(present.name == "Lívia Andrade")
        #expect(present.email == "livia@exemplo.org")
        #expect(present.organization == "UFBA")
        #expect(present.jobTitle == "Professora")
        #expect(present.minutes == 59)
        #expect(present.isGuest == false)
        #expect(present.isRegistered)
    }

    @Test(
        "Zoom webinar registration report (EN and PT): every row a registration",
        arguments: [
            ("zoom-webinar-registrations-en.csv", [7, 8], "Marta Quintela Rocha"),
            ("zoom-webinar-registrations-pt.csv", [7], "Caio Ventura"),
        ])
    func zoomWebinarRegistrations(name: String, lines: [Int], firstName: String) throws {
        let parsed = try Self.read(name)
        #expect(parsed.records.map(\.line) == lines)
        #expect(parsed.records.allSatisfy { $0.kind == .registration && $0.isRegistered && $0.attended == nil })
        #expect(parsed.records.first?.name == firstName)
        #expect(parsed.contentDates.map(\.description) == ["2021-03-15"])
    }

    @Test("Zoom meeting report (classic, EN): the host's e-mail marks the host; one row per join; guests")
    func zoomMeetingClassic() throws {
        let parsed = try Self.read("zoom-meeting-classic-en.csv")
        #expect(parsed.records.map(\.line) == [5, 6, 7, 8])
        #expect(parsed.records.map(\.role) == [.host, .participant, .participant, .participant])
        #expect(parsed.records.allSatisfy { $0.kind == .attendance && $0.attended == true })
        #expect(parsed.records.map(\.minutes) == [130, 39, 74, 55])
        #expect(parsed.contentDates.map(\.description) == ["2021-10-15"])
        let guest = try Self.record(parsed, line: 8)
        #expect(guest.isGuest == true)
        #expect(guest.email == "")
        #expect(guest.sessionDate?.description == "2021-10-15")
        #expect(guest.joinMinute == 9 * 60 + 5)
        #expect(guest.leaveMinute == 10 * 60)
    }

    @Test("Zoom meeting report (portal, PT): ambiguous dates are day first; waiting room is not presence")
    func zoomMeetingPortal() throws {
        let parsed = try Self.read("zoom-meeting-portal-pt.csv")
        #expect(parsed.records.map(\.line) == [5, 6, 7])
        #expect(parsed.records.map(\.role) == [.host, .participant, .participant])
        #expect(parsed.contentDates.map(\.description) == ["2021-04-03"])
        #expect(try Self.record(parsed, line: 6).sessionDate?.description == "2021-04-03")
        #expect(try Self.record(parsed, line: 6).joinMinute == 10 * 60 + 2)
        let waiting = try Self.record(parsed, line: 7)
        #expect(waiting.attended == false)
        #expect(waiting.isGuest == true)
    }

    @Test("Zoom meeting dates: English headers default to month first, a day above 12 overrides the language")
    func zoomMeetingDateOrder() throws {
        let english = try ScratchFile.write(
            """
            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
            Ana Lima,ana@exemplo.org,03/04/2021 10:00:00 AM,03/04/2021 11:00:00 AM,60,No

            """, named: "en.csv")
        #expect(
            try ExportReader.read(path: english, displayName: "en.csv").records.first?.sessionDate?.description
                == "2021-03-04")
        let portuguese = try ScratchFile.write(
            """
            Nome (nome original),E-mail,Ingressar na hora,Hora de saída,Duração (minutos),Convidado
            Ana Lima,ana@exemplo.org,03/04/2021 10:00:00 AM,03/04/2021 11:00:00 AM,60,Não
            Bia Melo,bia@exemplo.org,03/04/2021 10:00:00 AM,03/13/2021 11:00:00 AM,60,Não

            """, named: "pt.csv")
        let parsed = try ExportReader.read(path: portuguese, displayName: "pt.csv")
        #expect(parsed.records.map { $0.sessionDate?.description } == ["2021-03-04", "2021-03-04"])
        #expect(parsed.records.last?.leaveMinute == 9 * 1440 + 11 * 60)
    }

    @Test("Zoom webinar: a person with one cell filled is a person, not a section; a last empty section is nothing")
    func zoomWebinarTitleLikeRow() throws {
        let path = try ScratchFile.write(
            """
            Attendee Report,,,
            Attendee Details,,,
            Attended,User Name (Original Name),Email,Time in Session (minutes)
            Yes,Ana Lima,ana@exemplo.org,40
            Participante Convidado,,,
            Yes,Bia Melo,bia@exemplo.org,30
            Other Attended,,,

            """, named: "report.csv")
        let parsed = try ExportReader.read(path: path, displayName: "report.csv")
        #expect(parsed.records.map(\.line) == [4, 5, 6])
        #expect(parsed.records.map(\.name) == ["Ana Lima", "", "Bia Melo"])
        #expect(parsed.records.map(\.role) == [.participant, .participant, .participant])
    }

    @Test("Zoom meeting: a leave time before the join time is left out, with an issue at its cell")
    func zoomLeaveBeforeJoin() throws {
        let path = try ScratchFile.write(
            """
            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
            Ana Lima,ana@exemplo.org,10/16/2021 09:01:00 AM,10/15/2021 09:40:00 AM,39,No
            Bia Melo,bia@exemplo.org,10/15/2021 09:00:00 AM,10/15/2021 09:40:00 AM,40,No

            """, named: "participants.csv")
        let parsed = try ExportReader.read(path: path, displayName: "participants.csv")
        #expect(parsed.records.map(\.joinMinute) == [541, 540])
        #expect(parsed.records.map(\.leaveMinute) == [nil, 580])
        #expect(parsed.records.map(\.minutes) == [39, 40])
        #expect(
            parsed.issues.map(\.description) == [
                "participants.csv:2:4: Leave Time: '10/15/2021 09:40:00 AM' is before the join time; "
                    + "the leave time is left out"
            ])
    }
}
