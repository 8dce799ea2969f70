import AttendanceCSV
import AttendanceFormats
import Testing
@testable import AttendanceModel

extension ExportReaderTests {
    static let teamsEnglish = """
        1. Summary
        Meeting title\tReunião de teste
        Attended participants\t4
        Start time\t3/4/21, 10:00:00 AM
        End time\t3/4/21, 12:00:00 PM
        Meeting duration\t2h
        Average attendance time\t1h 10m

        2. Participants
        Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole
        Irene Coutinho\t3/4/21, 9:55:00 AM\t3/4/21, 12:00:00 PM\t2h 5m\tirene@exemplo.org\tirene@exemplo.org\tOrganizer
        Jonas Pires (Guest)\t3/4/21, 10:03:02 AM\t3/4/21, 11:00:00 AM\t56m 58s\t\t1a2b3c4d-guest\tAttendee
        Karla Nunes\t3/4/21, 10:10:00 AM\t3/4/21, 11:10:00 AM\t1h\t\tkarla@exemplo.org\tPresenter
        Leo Matos\t3/4/21, 10:00:00 AM\t3/4/21, 11:00:55 AM\t1h 55s\tleo@exemplo.org\tleo@exemplo.org\tAttendee

        3. In-Meeting Activities
        Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole
        Jonas Pires (Guest)\t3/4/21, 10:03:02 AM\t3/4/21, 10:30:00 AM\t26m 58s\t\tAttendee
        Jonas Pires (Guest)\t3/4/21, 10:35:00 AM\t3/4/21, 11:00:00 AM\t25m\t\tAttendee

        """

    static let teamsPortuguese = """
        1. Resumo
        Título da reunião\tSeminário de teste
        Participantes presentes\t3
        Hora de início\t3/4/21, 10:00:00
        Hora de término\t3/4/21, 12:00:00

        2. Participantes
        Nome\tPrimeiro ingresso\tÚltima saída\tDuração na reunião\tEmail\tID do participante (UPN)\tFunção
        Irene Coutinho\t3/4/21, 09:55:00\t3/4/21, 12:00:00\t2h 5m\tirene@exemplo.org\tirene@exemplo.org\tOrganizador
        Marcos Vale (Guest)\t3/4/21, 10:09:34\t3/4/21, 11:18:00\t1h 8m 26s\t\tabc-guest\tParticipante
        Nádia Reis\t3/4/21, 10:01:00\t3/4/21, 10:50:30\t49m 30s\tnadia@exemplo.org\tnadia@exemplo.org\tApresentador

        3. Atividades na reunião
        Nome\tHora de ingresso\tHora de saída\tDuração\tEmail\tFunção
        Marcos Vale (Guest)\t3/4/21, 10:09:34\t3/4/21, 11:18:00\t1h 8m 26s\t\tParticipante

        """

    @Test("Teams (EN, UTF-16LE): participants counted from section 2, activities kept, M/d/yy dates")
    func teamsEnglish() throws {
        let path = try ScratchFile.writeUTF16LE(Self.teamsEnglish, named: "AttendanceReport.csv")
        let parsed = try ExportReader.read(path: path, displayName: "AttendanceReport.csv")
        #expect(parsed.format == .teamsAttendance)
        #expect(parsed.dialect.encoding == .utf16LE)
        #expect(parsed.dialect.delimiterName == "\\t")
        #expect(parsed.issues.isEmpty)
        #expect(parsed.records.map(\.line) == [11, 12, 13, 14, 18, 19])
        #expect(
            parsed.records.map(\.kind) == [.attendance, .attendance, .attendance, .attendance, .activity, .activity])
        #expect(
            parsed.records.map(\.role) == [
                .organizer, .participant, .presenter, .participant, .participant,
                .participant,
            ])
        #expect(parsed.records.map(\.minutes) == [125, 57, 60, 61, 27, 25])
        #expect(parsed.contentDates.map(\.description) == ["2021-03-04"])

        let guest = try Self.record(parsed, line: 12)
        #expect(guest.name == "Jonas Pires")
        #expect(guest.isGuest == true)
        #expect(guest.email == "")
        #expect(guest.sessionDate?.description == "2021-03-04")
        #expect(guest.joinMinute == 10 * 60 + 3)
        #expect(guest.attended == true)
        #expect(try Self.record(parsed, line: 13).email == "karla@exemplo.org")  // from the UPN
        #expect(try Self.record(parsed, line: 11).joinMinute == 9 * 60 + 55)
    }

    @Test("Teams (PT, UTF-16LE): Portuguese sections and roles, d/M/yy dates")
    func teamsPortuguese() throws {
        let path = try ScratchFile.writeUTF16LE(Self.teamsPortuguese, named: "AttendanceReport.csv")
        let parsed = try ExportReader.read(path: path, displayName: "AttendanceReport.csv")
        #expect(parsed.format == .teamsAttendance)
        #expect(parsed.records.map(\.line) == [9, 10, 11, 15])
        #expect(parsed.records.map(\.kind) == [.attendance, .attendance, .attendance, .activity])
        #expect(parsed.records.map(\.role) == [.organizer, .participant, .presenter, .participant])
        #expect(parsed.records.map(\.minutes) == [125, 68, 50, 68])
        #expect(parsed.records.map(\.isGuest) == [nil, true, nil, true])
        #expect(parsed.records.map(\.name) == ["Irene Coutinho", "Marcos Vale", "Nádia Reis", "Marcos Vale"])
        #expect(parsed.contentDates.map(\.description) == ["2021-04-03"])
        #expect(parsed.records.allSatisfy { $0.sessionDate?.description == "2021-04-03" })
    }

    @Test("Teams is recognised by content under any file name, even before its people's header")
    func teamsRecognised() throws {
        let path = try ScratchFile.writeUTF16LE(Self.teamsPortuguese, named: "lista.csv")
        let recognition = try ExportReader.recognise(path: path, displayName: "lista.csv")
        #expect(recognition.format == .teamsAttendance)
        #expect(recognition.headerLine == 1)
    }

    @Test("older Teams reports without numbered sections: one table with roles, start time from the summary")
    func teamsOlderLayout() throws {
        let path = try ScratchFile.writeUTF16LE(
            """
            Meeting Summary
            Total Number of Participants\t2
            Meeting Title\tReunião antiga
            Meeting Start Time\t3/4/2021, 9:58:10 AM
            Meeting End Time\t3/4/2021, 11:00:00 AM

            Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)
            Irene Coutinho\t3/4/2021, 9:58:10 AM\t3/4/2021, 11:00:00 AM\t1h 1m 50s\tirene@exemplo.org\tOrganizer\tirene@exemplo.org
            Jonas Pires\t3/4/2021, 10:05:00 AM\t3/4/2021, 10:45:00 AM\t40m\tjonas@exemplo.org\tAttendee\tjonas@exemplo.org

            """, named: "meetingAttendanceList.csv")
        let parsed = try ExportReader.read(path: path, displayName: "meetingAttendanceList.csv")
        #expect(parsed.format == .teamsAttendance)
        #expect(parsed.records.map(\.line) == [8, 9])
        #expect(parsed.records.map(\.role) == [.organizer, .participant])
        #expect(parsed.records.map(\.kind) == [.attendance, .attendance])
        #expect(parsed.records.map(\.minutes) == [62, 40])
        #expect(parsed.contentDates.map(\.description) == ["2021-03-04"])
    }
}
