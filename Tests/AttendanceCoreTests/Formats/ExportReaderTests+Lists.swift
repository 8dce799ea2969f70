import AttendanceCSV
import AttendanceService
import Testing

extension ExportReaderTests {
    @Test("Google Meet (EN): names joined, dateless times with narrow no-break spaces, past midnight")
    func meetEnglish() throws {
        let parsed = try Self.read("meet-en.csv")
        #expect(parsed.records.map(\.line) == [2, 3, 4])
        #expect(parsed.records.map(\.name) == ["Olga Prates", "Paulo Sena", "Quésia Lopes"])
        #expect(parsed.records.map(\.minutes) == [65, 31, 45])
        #expect(parsed.records.allSatisfy { $0.kind == .attendance && $0.attended == true && $0.sessionDate == nil })
        #expect(parsed.records.map(\.joinMinute) == [600, 630, 23 * 60 + 40])
        #expect(parsed.records.map(\.leaveMinute) == [665, 661, 1440 + 25])
        #expect(parsed.contentDates.isEmpty)
    }

    @Test("Google Meet (PT): Nome/Sobrenome and 24-hour times")
    func meetPortuguese() throws {
        let parsed = try Self.read("meet-pt.csv")
        #expect(parsed.records.map(\.name) == ["Rita Campos", "Sérgio Dantas"])
        #expect(parsed.records.map(\.email) == ["rita@exemplo.org", "sergio@exemplo.org"])
        #expect(parsed.records.map(\.minutes) == [106, 120])
        #expect(parsed.records.map(\.joinMinute) == [611, 600])
    }

    @Test("Google Forms download: every answer a record, people who answer twice included")
    func formsDownload() throws {
        let parsed = try Self.read("forms-download.csv")
        #expect(parsed.records.map(\.line) == [2, 3, 4])
        #expect(parsed.records.allSatisfy { $0.kind == .attendance && $0.attended == true && $0.sessionDate == nil })
        let first = try Self.record(parsed, line: 2)
        #expect(first.name == "Tânia Moraes ")
        #expect(first.email == "tania@exemplo.org")
        #expect(first.cpf == "111.222.333-96")
        #expect(first.organization == "Prefeitura de Teste")
        #expect(first.jobTitle == "Analista")
        #expect(first.city == "Londrina")
        #expect(first.uf == "PR")
        #expect(parsed.contentDates.map(\.description) == ["2021-03-25"])
        let registrations = parsed.resolvingRole(fileName: "inscricoes.csv")
        #expect(registrations.records.allSatisfy { $0.kind == .registration && $0.attended == nil })
    }

    @Test("Google Forms from Sheets: question texts as headers, dd/MM timestamps")
    func formsSheets() throws {
        let parsed = try Self.read("forms-sheets-questions.csv")
        #expect(parsed.records.map(\.name) == ["Vera Lúcia Prado", "Wagner Souto", "Xavier Lima"])
        #expect(parsed.records.map(\.organization) == ["Secretaria de Teste", "Instituto Teste", "ONG Teste"])
        #expect(parsed.records.first?.email == "vera@exemplo.gov.br")
        #expect(parsed.records.first?.phone == "(81) 99999-0000")
        #expect(parsed.records.first?.city == "Olinda")
        #expect(parsed.contentDates.map(\.description) == ["2021-03-25"])
    }

    @Test("Sympla: check-in yes is attendance on the check-in day, no is a registration")
    func sympla() throws {
        let parsed = try Self.read("sympla.csv")
        #expect(parsed.dialect.encoding == .utf8BOM)
        #expect(parsed.records.map(\.line) == [2, 3])
        let checkedIn = try Self.record(parsed, line: 2)
        #expect(checkedIn.kind == .attendance)
        #expect(checkedIn.isRegistered)
        #expect(checkedIn.attended == true)
        #expect(checkedIn.sessionDate?.description == "2021-03-20")
        #expect(checkedIn.name == "Yara Batista")
        #expect(checkedIn.cpf == "111.444.777-35")
        #expect(checkedIn.organization == "Prefeitura X")
        #expect(checkedIn.uf == "PA")
        let absent = try Self.record(parsed, line: 3)
        #expect(absent.kind == .registration)
        #expect(absent.isRegistered)
        #expect(absent.attended == false)
        #expect(absent.sessionDate == nil)
        #expect(parsed.contentDates.map(\.description) == ["2021-03-20"])
    }

    @Test("a list typed into Excel (Windows-1252, semicolon, dd/MM): generic list with its session day")
    func excelList() throws {
        let parsed = try Self.read("excel-list-windows-1252.csv")
        #expect(parsed.dialect.encoding == .windows1252)
        #expect(parsed.records.map(\.line) == [2, 3])  // the padding line 4 is no record
        #expect(parsed.records.map(\.name) == ["Ângela Ribeiro", "João Conceição"])
        #expect(parsed.records.map(\.organization) == ["Secretaria de Educação", "Câmara Municipal"])
        #expect(parsed.records.map(\.city) == ["São Luís", "Maceió"])
        #expect(parsed.records.allSatisfy { $0.sessionDate?.description == "2020-12-17" && $0.kind == .attendance })
        #expect(parsed.contentDates.map(\.description) == ["2020-12-17"])
    }

    @Test("a generic list in English with its columns in another order and extra columns")
    func genericEnglish() throws {
        let parsed = try Self.read("generic-english-reordered.csv")
        let first = try Self.record(parsed, line: 2)
        #expect(first.name == "Gustavo Henriques")
        #expect(first.organization == "Acme Institute")
        #expect(first.jobTitle == "Analyst")
        #expect(first.email == "gustavo@exemplo.org")
        #expect(first.phone == "+55 11 90000-0000")
        #expect(first.city == "São Paulo")
        #expect(first.uf == "SP")
        #expect(first.attended == true)
        #expect(try Self.record(parsed, line: 3).attended == false)
    }

    @Test("course certificates: completions with date and public-servant answer")
    func certificates() throws {
        let parsed = try Self.read("course-certificates.csv")
        #expect(parsed.records.map(\.line) == [2, 3])
        #expect(parsed.records.allSatisfy { $0.kind == .completion })
        #expect(parsed.records.map(\.isPublicServant) == [true, false])
        #expect(parsed.records.map { $0.completionDate?.description } == ["2020-06-01", "2020-06-15"])
        #expect(parsed.records.map(\.organization) == ["Prefeitura de Teste", "ONG Teste"])
        #expect(parsed.records.first?.cpf == "12345678909")
        #expect(parsed.contentDates.isEmpty)
    }

    @Test("Moodle completion: a date or Completed is a completion, the rest enrolments; ' guards dropped")
    func moodle() throws {
        let parsed = try Self.read("moodle-completion.csv")
        #expect(parsed.records.map(\.line) == [2, 3, 4, 5])
        #expect(parsed.records.map(\.kind) == [.completion, .enrolment, .completion, .enrolment])
        #expect(parsed.records.map(\.attended) == [true, false, true, false])
        #expect(parsed.records.map { $0.completionDate?.description } == ["2020-10-20", nil, nil, nil])
        #expect(parsed.records.map(\.name) == ["Clara Duarte", "Esteves, Davi", "Elisa Fontes", "Fábio Gama"])
        #expect(parsed.issues.isEmpty)
    }
}
