import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct ColumnMappingTests {
    @Test("field=Header pairs parse in order; field names ignore case, - and _")
    func parses() throws {
        let mapping = try ColumnMapping(parsing: "name=Participante X, EMAIL = Contato,job_title=Função exercida")
        #expect(mapping.header(for: .name) == "Participante X")
        #expect(mapping.header(for: .email) == "Contato")
        #expect(mapping.header(for: .jobTitle) == "Função exercida")
        #expect(mapping.header(for: .cpf) == nil)
        #expect(mapping.description == "name=Participante X,email=Contato,job-title=Função exercida")
    }

    @Test(
        "malformed mappings are rejected with the reason",
        arguments: [
            ("name", "is not field=Header"), ("nome=Nome", "unknown field 'nome'"), ("name=", "no header given"),
            ("name=A,name=B", "given twice"), ("email=Correio", "no name column"),
        ])
    func rejected(text: String, reason: String) {
        #expect {
            try ColumnMapping(parsing: text)
        } throws: { error in
            guard case FormatError.invalidMapping(let given, let why) = error else { return false }
            return given == text && why.contains(reason)
        }
    }
}
