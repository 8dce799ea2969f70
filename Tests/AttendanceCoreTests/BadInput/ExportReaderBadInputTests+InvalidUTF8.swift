import AttendanceCSV
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

/// A UTF-8 list with bytes that are not UTF-8: the names keep their accents, each replaced
/// byte is an issue at its line and character column, and the issues stop growing at 21.
extension ExportReaderBadInputTests {
    @Test("a UTF-8 list with one stray byte keeps its accents; the byte is an issue at its line and column")
    func strayByteInUTF8List() throws {
        let bytes =
            Array("Nome;E-mail;Cidade\r\nJoão Conceição;joao@example.org;São Luís\r\n".utf8)
            + Array("Inês Gonçalves;ines@example.org;Maceió\r\nAndr".utf8) + [0xE9]
            + Array(" Simões;andre@example.org;Belém\r\n".utf8)
        let parsed = try ExportReader.read(
            path: try ScratchFile.write(bytes, named: "lista.csv"), displayName: "evento/lista.csv")
        #expect(
            parsed.dialect == CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ";"), replacedSequenceCount: 1))
        #expect(parsed.records.map(\.name) == ["João Conceição", "Inês Gonçalves", "Andr\u{FFFD} Simões"])
        #expect(parsed.records.map(\.city) == ["São Luís", "Maceió", "Belém"])
        #expect(
            parsed.issues == [
                ImportIssue(
                    file: "evento/lista.csv", line: 4, column: 5,
                    message: "invalid UTF-8 byte 0xE9 replaced by \u{FFFD}")
            ])
        #expect(
            parsed.issues.map(\.description) == ["evento/lista.csv:4:5: invalid UTF-8 byte 0xE9 replaced by \u{FFFD}"])
    }

    @Test("replaced bytes and unreadable values are issues in file order; past 20 bytes, one issue counts the rest")
    func manyStrayBytes() throws {
        var text = Array("Nome;Data;Cidade\n".utf8) + Array(String(repeating: "Conceição ", count: 120).utf8)
        text += Array(";31/02/2021;São Luís\n".utf8)
        for index in 1...25 { text += Array("Pessoa \(index) Jos".utf8) + [0xE9] + Array(";;Belém\n".utf8) }
        let parsed = try ExportReader.read(
            path: try ScratchFile.write(text, named: "lista.csv"), displayName: "evento/lista.csv")
        #expect(parsed.dialect.replacedSequenceCount == 25)
        #expect(parsed.records.count == 26)
        #expect(parsed.records.last?.name == "Pessoa 25 Jos\u{FFFD}")
        #expect(parsed.issues.count == 22)
        #expect(parsed.issues.first?.description == "evento/lista.csv:2:2: Data: '31/02/2021' is not a valid date")
        #expect(
            parsed.issues[1...3].map(\.description) == [
                "evento/lista.csv:3:13: invalid UTF-8 byte 0xE9 replaced by \u{FFFD}",
                "evento/lista.csv:4:13: invalid UTF-8 byte 0xE9 replaced by \u{FFFD}",
                "evento/lista.csv:5:13: invalid UTF-8 byte 0xE9 replaced by \u{FFFD}",
            ])
        #expect(
            parsed.issues.last?.description
                == "evento/lista.csv:23:14: 5 more invalid UTF-8 sequences, from here on, replaced by \u{FFFD} "
                + "(only the first 20 are listed)")
    }
}
