import AttendanceCSV
import Foundation
import Testing

@Suite struct CSVWriterTests {
    @Test("RFC 4180: fields are quoted only when needed, quotes doubled, CRLF line ends")
    func rfc4180Quoting() throws {
        let text = try CSVWriter.string([
            ["nome", "obs", "aspas", "quebra", "espaço", "vazio", "fim"],
            ["Ana", "a,b", "diz \"oi\"", "um\ndois", " x", "", "y "],
            ["tab\tdentro", "cr\rdentro", "crlf\r\ndentro", "ponto;e vírgula", "\t", "", ""],
        ])
        #expect(
            text == "nome,obs,aspas,quebra,espaço,vazio,fim\r\n"
                + "Ana,\"a,b\",\"diz \"\"oi\"\"\",\"um\ndois\",\" x\",,\"y \"\r\n"
                + "tab\tdentro,\"cr\rdentro\",\"crlf\r\ndentro\",ponto;e vírgula,\"\t\",,\r\n")
    }

    @Test("LF line ends are available for Unix tools")
    func lfLineEnds() throws {
        #expect(try CSVWriter.string([["a", "b"], ["1", "2"]], lineEnding: .lf) == "a,b\n1,2\n")
    }

    @Test("Excel Brazil: a UTF-8 BOM, semicolons, and decimal commas left unquoted")
    func excelBrazil() throws {
        let bytes = try CSVWriter.bytes(
            [["nome", "valor"], ["João", "0,00"], ["Carla; Lima", "10,50"]],
            dialect: .excelBrazil)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "nome;valor\r\nJoão;0,00\r\n\"Carla; Lima\";10,50\r\n")
    }

    @Test("an empty record is a blank line; a lone empty field is quoted so it is not one")
    func emptyRecords() throws {
        #expect(try CSVWriter.string([["a"], [], [""], ["", ""]]) == "a\r\n\r\n\"\"\r\n,\r\n")
    }

    @Test("a first field starting with sep= is quoted so Excel does not take it for a separator line")
    func separatorLookalike() throws {
        #expect(try CSVWriter.string([["sep=;", "x"], ["sep=;", "y"]]) == "\"sep=;\",x\r\nsep=;,y\r\n")
    }

    @Test("a dialect with a sep= line writes it first")
    func separatorLine() throws {
        let dialect = CSVDialect(delimiter: UInt8(ascii: ";"), hasSeparatorLine: true)
        #expect(try CSVWriter.string([["a", "b"]], dialect: dialect) == "sep=;\r\na;b\r\n")
    }

    @Test("formula neutralisation is off by default: raw exports stay exact")
    func formulasKeptByDefault() throws {
        #expect(try CSVWriter.string([["=SUM(A1)", "-5", "+55 11", "@x"]]) == "=SUM(A1),-5,+55 11,@x\r\n")
    }

    @Test(
        "formulaSafe prefixes an apostrophe to fields starting with = + - @ tab or CR, and to nothing else",
        arguments: [
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+55 11 5555", "'+55 11 5555"), ("-5", "'-5"), ("@cmd", "'@cmd"),
            ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=b", "a=b"), ("", ""), ("'já", "'já"), (" =x", " =x"),
        ])
    func formulaSafe(_ field: String, _ expected: String) {
        #expect(CSVWriter.formulaSafe(field) == expected)
    }

    @Test("a writer that neutralises formulas applies the rule to every field before quoting")
    func formulasNeutralised() throws {
        let text = try CSVWriter.string([["=1+1", "ok", "\rx", "-"]], neutralizesFormulas: true)
        #expect(text == "'=1+1,ok,\"'\rx\",'-\r\n")
    }

    @Test("dialects it cannot write are refused")
    func unwritableDialects() throws {
        #expect(throws: CSVError.unwritable(file: "<memory>", reason: "only UTF-8 is written, not utf-16le")) {
            try CSVWriter.bytes([["a"]], dialect: CSVDialect(encoding: .utf16LE))
        }
        #expect(throws: CSVError.self) { try CSVWriter.bytes([["a"]], dialect: CSVDialect(delimiter: 0x22)) }
    }

    @Test("a path that cannot be created throws unwritable naming it")
    func unwritablePath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("no/such/folder.csv").path
        do {
            _ = try CSVWriter(path: path)
            Issue.record("no error for a missing folder")
        } catch let error as CSVError {
            guard case .unwritable(let file, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == path)
        }
    }

    @Test("a file is written incrementally and reads back identically")
    func fileRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("out.csv").path
        let records = (0..<20_000).map { index in
            ["\(index)", "Participante \(index) ção", index % 7 == 0 ? "linha\r\n\"dois\"; três" : "", "x"]
        }
        var writer = try CSVWriter(path: path, dialect: .excelBrazil)
        var sizes: [UInt64] = []
        for record in records {
            try writer.write(record)
            if record[0] == "10000" { sizes.append(try Self.fileSize(path)) }
        }
        try writer.close()
        try writer.close()
        #expect(throws: CSVError.unwritable(file: path, reason: "the writer is closed")) { try writer.write(["x"]) }
        sizes.append(try Self.fileSize(path))
        #expect(sizes[0] > 0 && sizes[0] < sizes[1], "half the records are on disk before the end")

        let reader = try CSVReader(path: path)
        #expect(reader.dialect == CSVDialect(encoding: .utf8BOM, delimiter: UInt8(ascii: ";"), preambleLength: 3))
        #expect(try reader.records().map(\.fields) == records)
    }

    static let awkwardRecords: [[String]] = [
        ["nome", "e-mail", "organização", "obs", "vazio"],
        ["João \"Jota\" Conceição", "joao@example.org", "Prefeitura de Foz do Iguaçu, PR", "", ""],
        ["  espaços  ", "\ttab", "a;b,c\td", "linha 1\r\nlinha 2\nlinha 3\rfim", "\"\""],
        ["Ágata 😀", "", "", "€ 1.234,56", "'"],
        [],
        [""],
        ["só um campo"],
        ["=HYPERLINK(\"x\")", "-1", "+1", "@a", "\r"],
    ]

    @Test(
        "what the writer writes, the reader reads back identically",
        arguments: [CSVDialect.rfc4180, CSVDialect.excelBrazil, CSVDialect(delimiter: 0x09)],
        [CSVWriter.LineEnding.crlf, .lf])
    func roundTrip(_ dialect: CSVDialect, _ lineEnding: CSVWriter.LineEnding) throws {
        let bytes = try CSVWriter.bytes(Self.awkwardRecords, dialect: dialect, lineEnding: lineEnding)
        let detected = CSVReader(bytes: bytes)
        #expect(detected.dialect.delimiter == dialect.delimiter)
        #expect(detected.dialect.encoding == dialect.encoding)
        #expect(try detected.records().map(\.fields) == Self.awkwardRecords)
        for chunkSize in [1, 3] {
            #expect(try CSVReader(bytes: bytes, chunkSize: chunkSize).records().map(\.fields) == Self.awkwardRecords)
        }
    }

    @Test("neutralised output reads back as the neutralised fields")
    func neutralisedRoundTrip() throws {
        let bytes = try CSVWriter.bytes(Self.awkwardRecords, neutralizesFormulas: true)
        let expected = Self.awkwardRecords.map { $0.map(CSVWriter.formulaSafe) }
        #expect(try CSVReader(bytes: bytes).records().map(\.fields) == expected)
        #expect(expected.last == ["'=HYPERLINK(\"x\")", "'-1", "'+1", "'@a", "'\r"])
    }

    static func fileSize(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.size] as? NSNumber)?.uint64Value ?? 0
    }
}
