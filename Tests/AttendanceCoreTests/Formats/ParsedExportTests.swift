import AttendanceCSV
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct ParsedExportTests {
    private func export(follows: Bool) -> ParsedExport {
        var record = AttendanceRecord(kind: .attendance, line: 2)
        record.attended = true
        return ParsedExport(
            format: follows ? .googleForms : .zoomMeetingParticipants, dialect: .rfc4180,
            records: [record], issues: [], contentDates: [], roleFollowsFileName: follows)
    }

    @Test(
        "a list whose format is silent becomes registrations under an inscri/regist name",
        arguments: [
            "inscricoes.csv", "Inscrições-oficina.csv", "event/REGISTRATION.csv", "pre-registro.csv",
        ])
    func registrationNames(name: String) throws {
        let resolved = export(follows: true).resolvingRole(fileName: name)
        let record = try #require(resolved.records.first)
        #expect(record.kind == .registration)
        #expect(record.isRegistered)
        #expect(record.attended == nil)
    }

    @Test("other names, and formats that say what they hold, are left alone")
    func leftAlone() {
        #expect(
            export(follows: true).resolvingRole(fileName: "inscricoes/lista-de-presenca.csv").records.first?.kind
                == .attendance)
        #expect(export(follows: false).resolvingRole(fileName: "inscricoes.csv").records.first?.kind == .attendance)
    }

    @Test("a given role wins over the file name, both ways, and still leaves formats that say what they hold")
    func forcedRole() throws {
        let present = try #require(
            export(follows: true).resolvingRole(fileName: "inscricoes.csv", forced: .attendance).records.first)
        #expect(present.kind == .attendance)
        #expect(!present.isRegistered)
        #expect(present.attended == true)
        let registered = try #require(
            export(follows: true).resolvingRole(fileName: "presenca.csv", forced: .registration).records.first)
        #expect(registered.kind == .registration)
        #expect(registered.isRegistered)
        #expect(registered.attended == nil)
        #expect(
            export(follows: false).resolvingRole(fileName: "x.csv", forced: .registration).records.first?.kind
                == .attendance)
    }
}
