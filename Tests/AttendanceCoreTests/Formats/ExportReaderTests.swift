import AttendanceCSV
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

/// Behaviour of ``ExportReader`` shared by every format; each platform has its own file of tests.
@Suite struct ExportReaderTests {
    /// Reads a fixture of `Fixtures/formats/`, shown under its bare name.
    static func read(_ name: String, mapping: ColumnMapping? = nil) throws -> ParsedExport {
        try ExportReader.read(path: Fixture.path("formats/\(name)"), displayName: name, mapping: mapping)
    }

    /// The record starting on `line`.
    static func record(_ parsed: ParsedExport, line: Int) throws -> AttendanceRecord {
        try #require(parsed.records.first { $0.line == line })
    }

    @Test(
        "every format is recognised from the content, whatever the file is called",
        arguments: [
            ("zoom-webinar-attendees-en.csv", ExportFormat.zoomWebinarAttendees),
            ("zoom-webinar-attendees-pt.csv", .zoomWebinarAttendees),
            ("zoom-webinar-registrations-en.csv", .zoomWebinarRegistrations),
            ("zoom-webinar-registrations-pt.csv", .zoomWebinarRegistrations),
            ("zoom-meeting-classic-en.csv", .zoomMeetingParticipants),
            ("zoom-meeting-portal-pt.csv", .zoomMeetingParticipants),
            ("teams-attendance-log-pt-utf16.csv", .teamsAttendanceLog),
            ("teams-attendance-log-en-comma.csv", .teamsAttendanceLog),
            ("meet-en.csv", .meetAttendance), ("meet-pt.csv", .meetAttendance),
            ("forms-download.csv", .googleForms), ("forms-sheets-questions.csv", .googleForms),
            ("sympla.csv", .sympla), ("excel-list-windows-1252.csv", .genericList),
            ("course-certificates.csv", .courseCertificates), ("moodle-completion.csv", .moodleCompletion),
            ("generic-english-reordered.csv", .genericList),
        ])
    func recognisesFormat(name: String, format: ExportFormat) throws {
        let source = try Fixture.path("formats/\(name)")
        let renamed = try ScratchFile.write(
            Array(try Data(contentsOf: URL(fileURLWithPath: source))), named: "export.csv")
        #expect(try ExportReader.read(path: renamed, displayName: "export.csv").format == format)
        let recognition = try ExportReader.recognise(path: renamed, displayName: "export.csv")
        #expect(recognition.format == format)
        #expect(recognition.nearest == format)
    }

    @Test("recognition names the header row it went by")
    func recognitionHeader() throws {
        let recognition = try ExportReader.recognise(
            path: Fixture.path("formats/zoom-meeting-classic-en.csv"),
            displayName: "zoom.csv")
        #expect(recognition.headerLine == 4)
        #expect(recognition.headers.first == "Name (Original Name)")
        #expect(recognition.suggestedMapping == nil)
    }

    @Test(
        "only forms and generic lists leave registration or attendance to the file name",
        arguments: [
            ("forms-download.csv", true), ("excel-list-windows-1252.csv", true), ("sympla.csv", false),
            ("zoom-meeting-classic-en.csv", false), ("meet-en.csv", false), ("moodle-completion.csv", false),
        ])
    func roleFollowsFileName(name: String, follows: Bool) throws {
        #expect(try Self.read(name).roleFollowsFileName == follows)
    }

    @Test("a bad date or duration is an issue with line and column; the record stays, the value is nil")
    func badValues() throws {
        let parsed = try Self.read("zoom-meeting-bad-values.csv")
        #expect(parsed.records.map(\.line) == [2, 3, 4])
        #expect(
            parsed.issues.map(\.description) == [
                "zoom-meeting-bad-values.csv:3:3: Join Time: '15/45/2021 09:01:00 AM' is not a valid date",
                "zoom-meeting-bad-values.csv:3:5: Duration (Minutes): 'trinta' is not a duration",
            ])
        let bad = try Self.record(parsed, line: 3)
        #expect(bad.sessionDate == nil)
        #expect(bad.joinMinute == nil)
        #expect(bad.minutes == nil)
        #expect(bad.name == "Gisele Moura")
        #expect(try Self.record(parsed, line: 4).minutes == 57)
    }

    @Test("a date valid only in the order the rest of the file rules out is an issue")
    func dateAgainstFileOrder() throws {
        let path = try ScratchFile.write(
            """
            Nome;Data
            Ana Lima;13/05/2021
            Bia Melo;05/14/2021
            Caio Nery;14/05/2021

            """, named: "lista.csv")
        let parsed = try ExportReader.read(path: path, displayName: "lista.csv")
        #expect(parsed.records.map { $0.sessionDate?.description } == ["2021-05-13", nil, "2021-05-14"])
        #expect(
            parsed.issues.map(\.description)
                == ["lista.csv:3:2: Data: '05/14/2021' is not a valid date in the file's dd/MM order"])
    }

    @Test("a file with neither a known format nor a name column says what it found and how to map it")
    func unrecognisedWithSuggestion() throws {
        #expect {
            try Self.read("unrecognised-names.csv")
        } throws: { error in
            guard let error = error as? FormatError,
                case .unrecognised(let file, let line, let headers, let nearest, let suggestion) = error
            else { return false }
            return file == "unrecognised-names.csv" && line == 1
                && headers == ["Código", "Participante X", "Contato", "Documento"] && nearest == nil
                && suggestion == "name=Participante X,email=Contato,cpf=Documento"
                && error.description == "unrecognised-names.csv:1: not an export format this tool knows, and no "
                    + "column of names; headers found: 'Código', 'Participante X', 'Contato', 'Documento'; to read "
                    + "it as a list, give it the column mapping 'name=Participante X,email=Contato,cpf=Documento'"
        }
        let recognition = try ExportReader.recognise(
            path: Fixture.path("formats/unrecognised-names.csv"),
            displayName: "x.csv")
        #expect(recognition.format == nil)
        #expect(recognition.suggestedMapping == "name=Participante X,email=Contato,cpf=Documento")
    }

    @Test("an unrecognised file names the known format sharing most headers")
    func unrecognisedNearest() throws {
        #expect {
            try Self.read("unrecognised-meet-without-names.csv")
        } throws: { error in
            guard case FormatError.unrecognised(_, let line, let headers, let nearest, let suggestion) = error else {
                return false
            }
            return line == 1 && headers == ["Email", "Duration", "Time joined", "Time exited"]
                && nearest == .meetAttendance && suggestion == nil
                && String(describing: error).contains("nearest known format: meet-attendance")
        }
    }

    @Test("the suggested mapping reads the unrecognised file as a list")
    func explicitMapping() throws {
        let mapping = try ColumnMapping(parsing: "name=Participante X,email=Contato,cpf=Documento")
        let parsed = try Self.read("unrecognised-names.csv", mapping: mapping)
        #expect(parsed.format == .genericList)
        #expect(parsed.roleFollowsFileName)
        #expect(parsed.records.map(\.name) == ["Helena Souza", "Igor Prates", "Joana Vieira Reis"])
        #expect(parsed.records.map(\.email) == ["helena@exemplo.org", "igor@exemplo.org", "joana@exemplo.org"])
        #expect(parsed.records.map(\.cpf) == ["111.444.777-35", "22233344405", "333.666.999-01"])
    }

    @Test("a mapping naming a header the file lacks is an error naming it")
    func mappingMissingHeader() throws {
        let mapping = try ColumnMapping(parsing: "name=Nome do aluno")
        #expect(
            throws: FormatError.mappedColumnMissing(
                file: "unrecognised-names.csv", header: "Nome do aluno",
                headers: ["Código", "Participante X", "Contato", "Documento"])
        ) {
            try Self.read("unrecognised-names.csv", mapping: mapping)
        }
    }

    @Test("an empty file is unrecognised, without headers")
    func emptyFile() throws {
        let path = try ScratchFile.write("", named: "empty.csv")
        #expect(
            throws: FormatError.unrecognised(
                file: "empty.csv", line: nil, headers: [], nearest: nil,
                suggestion: nil)
        ) {
            try ExportReader.read(path: path, displayName: "empty.csv")
        }
    }

    @Test("a malformed CSV is a csv error under the name the user gave")
    func malformedCSV() throws {
        let path = try ScratchFile.write(
            "Nome,E-mail\nAna,\"ana@exemplo.org\nBia,bia@exemplo.org\n", named: "broken.csv")
        #expect(throws: FormatError.csv(.unterminatedQuote(file: "broken.csv", line: 2))) {
            try ExportReader.read(path: path, displayName: "broken.csv")
        }
        #expect(throws: FormatError.csv(.unreadable(file: "missing.csv", reason: "No such file or directory"))) {
            try ExportReader.read(path: "/nonexistent/missing.csv", displayName: "missing.csv")
        }
    }

    @Test("a list whose header sits below title lines, with more rows than recognition holds, is read whole")
    func longListBelowTitle() throws {
        var text = "Lista de presença;;\nOficina de teste;;\n\nNome;E-mail;Cidade\n"
        for index in 1...120 { text += "Pessoa \(index);p\(index)@exemplo.org;Recife\n" }
        let path = try ScratchFile.write(text, named: "presenca.csv")
        let parsed = try ExportReader.read(path: path, displayName: "presenca.csv")
        #expect(parsed.format == .genericList)
        #expect(parsed.records.count == 120)
        #expect(parsed.records.first?.line == 5)
        #expect(parsed.records.last?.line == 124)
        #expect(parsed.records.last?.name == "Pessoa 120")
    }
}
