import AttendanceCSV
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

extension ExportReaderTests {
    /// A meeting with a rejoin (Ana), `Joined before` (Bento, Gil), a join never left (Carla), two
    /// devices at once (Davi), a leave with no join (Elisa), and a bad timestamp and an unknown
    /// action (Fabio). Dates are ambiguous, so the English headers make them M/d.
    static let teamsLogEnglish = """
        Full Name\tUser Action\tTimestamp
        Bento Quaresma\tJoined before\t3/10/2021, 2:00:00 PM
        Gil Souto\tJoined before\t3/10/2021, 2:00:00 PM
        Ana Lima\tJoined\t3/10/2021, 2:02:11 PM
        Carla Dias\tJoined\t3/10/2021, 2:05:00 PM
        Davi Rocha\tJoined\t3/10/2021, 2:10:00 PM
        Gil Souto\tJoined\t3/10/2021, 2:15:00 PM
        Davi Rocha\tJoined\t3/10/2021, 2:20:00 PM
        Elisa Mota\tLeft\t3/10/2021, 2:30:00 PM
        Fabio Reis\tJoined\t3/10/2021, 2:71:00 PM
        Fabio Reis\tJoined\t3/10/2021, 2:40:00 PM
        Gil Souto\tLeft\t3/10/2021, 2:40:00 PM
        Fabio Reis\tWaved\t3/10/2021, 2:41:00 PM
        Bento Quaresma\tLeft\t3/10/2021, 2:45:30 PM
        Davi Rocha\tLeft\t3/10/2021, 2:50:00 PM
        Gil Souto\tLeft\t3/10/2021, 2:50:00 PM
        Fabio Reis\tLeft\t3/10/2021, 2:55:00 PM
        Davi Rocha\tLeft\t3/10/2021, 3:00:00 PM
        Ana Lima\tLeft\t3/10/2021, 3:30:40 PM
        Ana Lima\tJoined\t3/10/2021, 3:35:02 PM
        Ana Lima\tLeft\t3/10/2021, 4:01:10 PM

        """

    /// The example of the Portuguese list: Brazilian dates without a comma, 24-hour times.
    static let teamsLogPortuguese = """
        Nome Completo\tAção do Usuário\tCarimbo de data/hora
        Ana Lima\tIngressou\t10/03/2021 14:02:11
        Bento Quaresma\tIngressou antes\t10/03/2021 14:00:00
        Ana Lima\tSaiu\t10/03/2021 15:30:40
        Ana Lima\tIngressou\t10/03/2021 15:35:02
        Ana Lima\tSaiu\t10/03/2021 16:01:10

        """

    @Test("Teams attendance log (EN, UTF-16LE): one record per person, stays added up without overlaps")
    func teamsLogEnglish() throws {
        let path = try ScratchFile.writeUTF16LE(Self.teamsLogEnglish, named: "meetingAttendanceList.csv")
        let parsed = try ExportReader.read(path: path, displayName: "meetingAttendanceList.csv")
        #expect(parsed.format == .teamsAttendanceLog)
        #expect(parsed.dialect.encoding == .utf16LE)
        #expect(parsed.dialect.delimiterName == "\\t")
        #expect(parsed.records.map(\.line) == [2, 3, 4, 5, 6, 9, 10])
        #expect(
            parsed.records.map(\.name) == [
                "Bento Quaresma", "Gil Souto", "Ana Lima", "Carla Dias", "Davi Rocha", "Elisa Mota", "Fabio Reis",
            ])
        // Bento 14:00:00–14:45:30 (45m 30s, half to even); Gil [14:00–14:40] ∪ [14:15–14:50];
        // Ana 88m 29s + 26m 8s; Carla 14:05 to the list's end 16:01:10; Davi [14:10–14:50] ∪ [14:20–15:00];
        // Elisa from the list's start to 14:30; Fabio 14:40–14:55 (his unreadable rows add nothing).
        #expect(parsed.records.map(\.minutes) == [46, 50, 115, 116, 50, 30, 15])
        #expect(parsed.records.map(\.joinMinute) == [840, 840, 842, 845, 850, 840, 880])
        #expect(parsed.records.map(\.leaveMinute) == [885, 890, 961, 961, 900, 870, 895])
        #expect(parsed.records.allSatisfy { $0.sessionDate?.description == "2021-03-10" })
        #expect(parsed.contentDates.map(\.description) == ["2021-03-10"])
        #expect(
            parsed.records.allSatisfy {
                $0.kind == .attendance && $0.attended == true && $0.role == .participant && $0.isGuest == nil
            })
        #expect(
            parsed.issues.map(\.description) == [
                "meetingAttendanceList.csv:10:3: Timestamp: '3/10/2021, 2:71:00 PM' is not a date or time",
                "meetingAttendanceList.csv:13:2: User Action: 'Waved' is not Joined, Joined before or Left",
            ])
    }

    @Test("Teams attendance log (PT, UTF-16LE): Ingressou/Ingressou antes/Saiu, d/M dates by the headers' language")
    func teamsLogPortuguese() throws {
        let path = try ScratchFile.writeUTF16LE(Self.teamsLogPortuguese, named: "lista.csv")
        let parsed = try ExportReader.read(path: path, displayName: "lista.csv")
        #expect(parsed.format == .teamsAttendanceLog)
        #expect(parsed.issues.isEmpty)
        #expect(parsed.records.map(\.line) == [2, 3])
        #expect(parsed.records.map(\.name) == ["Ana Lima", "Bento Quaresma"])
        // Bento joined before the list began and never left: the whole list, 14:00:00–16:01:10.
        #expect(parsed.records.map(\.minutes) == [115, 121])
        #expect(parsed.records.map(\.joinMinute) == [842, 840])
        #expect(parsed.records.map(\.leaveMinute) == [961, 961])
        #expect(parsed.contentDates.map(\.description) == ["2021-03-10"])
    }

    @Test("a Teams log covering two days is two sittings: a record per person and day, each stay within its day")
    func teamsLogTwoSittings() throws {
        let log = """
            Nome Completo\tAção do Usuário\tCarimbo de data/hora
            Ana Lima\tIngressou\t10/03/2021 14:00:00
            Bento Quaresma\tIngressou\t10/03/2021 14:10:00
            Ana Lima\tSaiu\t10/03/2021 15:00:00
            Ana Lima\tIngressou\t11/03/2021 09:00:00
            Carla Dias\tIngressou antes\t11/03/2021 09:00:00
            Ana Lima\tSaiu\t11/03/2021 10:30:00
            Carla Dias\tSaiu\t11/03/2021 10:00:00

            """
        let path = try ScratchFile.writeUTF16LE(log, named: "lista-dois-dias.csv")
        let parsed = try ExportReader.read(path: path, displayName: "lista-dois-dias.csv")
        #expect(parsed.format == .teamsAttendanceLog)
        #expect(parsed.issues.isEmpty)
        #expect(parsed.records.map(\.name) == ["Ana Lima", "Bento Quaresma", "Ana Lima", "Carla Dias"])
        #expect(parsed.records.map(\.line) == [2, 3, 5, 6])
        #expect(
            parsed.records.map { $0.sessionDate?.description } == [
                "2021-03-10", "2021-03-10", "2021-03-11", "2021-03-11",
            ])
        // Bento never left: his stay ends at the first sitting's last row (15:00), not on the next day.
        #expect(parsed.records.map(\.minutes) == [60, 50, 90, 60])
        #expect(parsed.records.map(\.joinMinute) == [840, 850, 540, 540])
        #expect(parsed.records.map(\.leaveMinute) == [900, 900, 630, 600])
    }

    @Test("a Teams log sitting that passes midnight keeps its day, with times past 1440")
    func teamsLogPastMidnight() throws {
        let log = """
            Full Name\tUser Action\tTimestamp
            Ana Lima\tJoined\t3/10/2021, 11:30:00 PM
            Bento Quaresma\tJoined\t3/11/2021, 12:15:00 AM
            Ana Lima\tLeft\t3/11/2021, 12:45:00 AM
            Bento Quaresma\tLeft\t3/11/2021, 1:00:00 AM

            """
        let path = try ScratchFile.writeUTF16LE(log, named: "late.csv")
        let parsed = try ExportReader.read(path: path, displayName: "late.csv")
        #expect(parsed.records.map { $0.sessionDate?.description } == ["2021-03-10", "2021-03-10"])
        #expect(parsed.records.map(\.joinMinute) == [1410, 1455])
        #expect(parsed.records.map(\.leaveMinute) == [1485, 1500])
        #expect(parsed.records.map(\.minutes) == [75, 45])
    }

    @Test("Teams attendance log fixtures: UTF-16LE tab (PT, with a guest) and UTF-8 comma (EN), d/M by the dates")
    func teamsLogFixtures() throws {
        let portuguese = try Self.read("teams-attendance-log-pt-utf16.csv")
        #expect(portuguese.format == .teamsAttendanceLog)
        #expect(portuguese.dialect.encoding == .utf16LE)
        #expect(portuguese.issues.isEmpty)
        #expect(portuguese.records.map(\.name) == ["Helena Prado", "Ícaro Bastos"])
        #expect(portuguese.records.map(\.isGuest) == [nil, true])
        #expect(portuguese.records.map(\.minutes) == [75, 76])
        #expect(portuguese.contentDates.map(\.description) == ["2021-03-25"])

        let english = try Self.read("teams-attendance-log-en-comma.csv")
        #expect(english.format == .teamsAttendanceLog)
        #expect(english.dialect.encoding == .utf8)
        #expect(english.dialect.delimiterName == ",")
        #expect(english.issues.isEmpty)
        #expect(english.records.map(\.name) == ["Joana Freitas", "Lucas Antunes"])
        #expect(english.records.map(\.minutes) == [44, 63])
        #expect(english.contentDates.map(\.description) == ["2021-03-25"])
    }

    @Test(
        "the join/leave list, the sectioned report and the older table are told apart by their headers",
        arguments: [
            (ExportReaderTests.teamsLogEnglish, ExportFormat.teamsAttendanceLog),
            (ExportReaderTests.teamsLogPortuguese, .teamsAttendanceLog),
            (ExportReaderTests.teamsEnglish, .teamsAttendance),
            (ExportReaderTests.teamsPortuguese, .teamsAttendance),
            (
                "Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\nIrene Coutinho\t\t\t1h\t\tOrganizer\n",
                .teamsAttendance
            ),
        ])
    func teamsLayoutsRecognised(text: String, format: ExportFormat) throws {
        let path = try ScratchFile.writeUTF16LE(text, named: "AttendanceReport.csv")
        let recognition = try ExportReader.recognise(path: path, displayName: "AttendanceReport.csv")
        #expect(recognition.format == format)
        #expect(recognition.headerLine == 1)
    }

    @Test("a log row without a name or a timestamp is an issue; a person whose rows are all unreadable still counts")
    func teamsLogBadRows() throws {
        let path = try ScratchFile.write(
            """
            Full Name,User Action,Timestamp
            Marta Leal,Joined,"3/10/2021, 2:00:00 PM"
            ,Joined,"3/10/2021, 2:01:00 PM"
            Nuno Paz,Joined,
            Nuno Paz,Left,2:30 PM
            Marta Leal,Left,"3/10/2021, 2:30:00 PM"

            """, named: "log.csv")
        let parsed = try ExportReader.read(path: path, displayName: "log.csv")
        #expect(parsed.format == .teamsAttendanceLog)
        #expect(parsed.records.map(\.name) == ["Marta Leal", "Nuno Paz"])
        #expect(parsed.records.map(\.line) == [2, 4])
        #expect(parsed.records.map(\.minutes) == [30, nil])
        #expect(parsed.records.map(\.joinMinute) == [840, nil])
        #expect(parsed.records.map(\.attended) == [true, true])
        #expect(parsed.records.map { $0.sessionDate?.description } == ["2021-03-10", "2021-03-10"])
        #expect(
            parsed.issues.map(\.description) == [
                "log.csv:3:1: Full Name: empty; the row is nobody's",
                "log.csv:4:3: Timestamp: empty; the row adds no stay",
                "log.csv:5:3: Timestamp: '2:30 PM' is not a date and time",
            ])
    }
}
