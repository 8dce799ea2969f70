import AttendanceCSV
import Foundation
import Testing

@Suite struct CSVReaderTests {
    @Test("a plain comma file reads as written, with its lines")
    func plainFile() throws {
        let reader = try CSVReader(path: try Fixture.path("simple.csv"))
        let records = try reader.records()
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 2])
        #expect(reader.dialect.encoding == .utf8)
    }

    @Test("a UTF-8 BOM is not part of the first field")
    func utf8BOMIsStripped() throws {
        let reader = try CSVReader(path: try Fixture.path("utf8-bom.csv"))
        #expect(reader.dialect.encoding == .utf8BOM)
        #expect(
            try reader.all() == [Record(1, ["nome", "email"]), Record(2, ["João Conceição", "joao@example.org"])])
    }

    @Test("UTF-8 without a BOM reads the same")
    func utf8WithoutBOM() throws {
        let reader = try CSVReader(path: try Fixture.path("utf8-no-bom.csv"))
        #expect(reader.dialect.encoding == .utf8)
        #expect(
            try reader.all() == [Record(1, ["nome", "email"]), Record(2, ["João Conceição", "joao@example.org"])])
    }

    @Test("a Teams-like UTF-16LE file with a BOM and tabs is transcoded and split on tabs")
    func utf16LittleEndianWithBOM() throws {
        let text =
            "Nome completo\tAção do usuário\tCarimbo de data/hora\r\n"
            + "José Ávila\tIngressou\t24/09/2020 10:01:02\r\n"
            + "José Ávila\tSaiu\t24/09/2020 11:30:00\r\n"
        let reader = CSVReader(bytes: Bytes.utf16LE(text, bom: true), name: "teams.csv")
        #expect(reader.dialect.encoding == .utf16LE)
        #expect(reader.dialect.delimiter == UInt8(ascii: "\t"))
        #expect(reader.dialect.delimiterName == "\\t")
        #expect(
            try reader.all() == [
                Record(1, ["Nome completo", "Ação do usuário", "Carimbo de data/hora"]),
                Record(2, ["José Ávila", "Ingressou", "24/09/2020 10:01:02"]),
                Record(3, ["José Ávila", "Saiu", "24/09/2020 11:30:00"]),
            ])
    }

    @Test("UTF-16BE with a BOM is transcoded")
    func utf16BigEndian() throws {
        let reader = CSVReader(bytes: Bytes.utf16BE("nome;uf\nGoiânia;GO\n", bom: true))
        #expect(reader.dialect.encoding == .utf16BE)
        #expect(try reader.all() == [Record(1, ["nome", "uf"]), Record(2, ["Goiânia", "GO"])])
    }

    @Test("UTF-16LE without a BOM is recognised by its NUL bytes")
    func utf16LittleEndianWithoutBOM() throws {
        let reader = CSVReader(bytes: Bytes.utf16LE("nome\tminutos\nNiterói\t45\n", bom: false))
        #expect(reader.dialect.encoding == .utf16LE)
        #expect(reader.dialect.preambleLength == 0)
        #expect(try reader.all() == [Record(1, ["nome", "minutos"]), Record(2, ["Niterói", "45"])])
    }

    @Test("UTF-16 without a BOM is recognised even with characters beyond Latin-1 (€, curly quotes)")
    func utf16WithoutBOMBeyondLatin1() throws {
        let text = "valor\tobs\n€ 10\t“ótimo”\n€ 20\t—\n"
        let expected = [Record(1, ["valor", "obs"]), Record(2, ["€ 10", "“ótimo”"]), Record(3, ["€ 20", "—"])]
        let little = CSVReader(bytes: Bytes.utf16LE(text, bom: false))
        let big = CSVReader(bytes: Bytes.utf16BE(text, bom: false))
        #expect(little.dialect.encoding == .utf16LE)
        #expect(big.dialect.encoding == .utf16BE)
        #expect(try little.all() == expected)
        #expect(try big.all() == expected)
    }

    @Test("UTF-16BE without a BOM is recognised by its NUL bytes")
    func utf16BigEndianWithoutBOM() throws {
        let reader = CSVReader(bytes: Bytes.utf16BE("a,b\nç,ã\n", bom: false))
        #expect(reader.dialect.encoding == .utf16BE)
        #expect(try reader.all() == [Record(1, ["a", "b"]), Record(2, ["ç", "ã"])])
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252")
    func windows1252() throws {
        // "Conceição;Ação;€ 10" in Windows-1252.
        let bytes: [UInt8] =
            Array("nome;acao;valor\r\nConcei".utf8) + [0xE7, 0xE3] + Array("o;A".utf8) + [0xE7, 0xE3]
            + Array("o;".utf8) + [0x80] + Array(" 10\r\n".utf8)
        let reader = CSVReader(bytes: bytes)
        #expect(reader.dialect.encoding == .windows1252)
        #expect(try reader.all() == [Record(1, ["nome", "acao", "valor"]), Record(2, ["Conceição", "Ação", "€ 10"])])
    }

    @Test("a Windows-1252 byte after the first 64 KiB still decides the encoding")
    func windows1252AfterSniffWindow() throws {
        var bytes = Array("nome,cidade\n".utf8)
        let filler = Array("Participante,Cidade Exemplo\n".utf8)
        var rows = 1
        while bytes.count <= 70_000 {
            bytes += filler
            rows += 1
        }
        bytes += Array("Jo".utf8) + [0xE3] + Array("o,Bras".utf8) + [0xED] + Array("lia\n".utf8)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write(bytes, to: "late-1252.csv")

        let fromFile = try CSVReader(path: path)
        let fromMemory = CSVReader(bytes: bytes)
        #expect(fromFile.dialect.encoding == .windows1252)
        #expect(fromMemory.dialect.encoding == .windows1252)
        let records = try fromFile.all()
        #expect(records.count == rows + 1)
        #expect(records.last == Record(rows + 1, ["João", "Brasília"]))
        #expect(try fromMemory.all() == records)
    }

    @Test("a Zoom-like title line padded with commas does not hide the comma delimiter")
    func zoomTitleLine() throws {
        let reader = try CSVReader(path: try Fixture.path("zoom-title-padded-commas.csv"))
        #expect(reader.dialect.delimiter == UInt8(ascii: ","))
        let records = try reader.all()
        #expect(records.count == 9)
        #expect(records.first == Record(1, ["Attendee Report", "", "", "", "", ""]))
        #expect(
            records[3]
                == Record(4, ["Webinário de diagnóstico", "812 3456 7890", "09/24/2020 10:00", "95", "120", "3"]))
        #expect(
            records.last
                == Record(9, ["Yes", "Silva, José", "jose@example.org", "09/24/2020 10:05", "09/24/2020 10:50", "45"]))
    }

    @Test("a Sympla-like semicolon file with 0,00 values splits on semicolons")
    func symplaSemicolons() throws {
        let reader = try CSVReader(path: try Fixture.path("sympla-semicolon.csv"))
        #expect(reader.dialect.delimiter == UInt8(ascii: ";"))
        #expect(reader.dialect.delimiterName == ";")
        #expect(
            try reader.all() == [
                Record(1, ["Nº do pedido", "Nome", "E-mail", "Valor", "Check-in"]),
                Record(2, ["1001", "Ana Paula Souza", "ana@example.org", "0,00", "Sim"]),
                Record(3, ["1002", "Bruno Araújo", "bruno@example.org", "0,00", "Não"]),
                Record(4, ["1003", "Carla; Lima", "carla@example.org", "10,50", "Sim"]),
            ])
    }

    @Test("an Excel sep=; line sets the delimiter and is not a record; data starts on line 2")
    func excelSeparatorLine() throws {
        let reader = try CSVReader(path: try Fixture.path("excel-sep-line.csv"))
        #expect(reader.dialect.delimiter == UInt8(ascii: ";"))
        #expect(reader.dialect.hasSeparatorLine)
        #expect(
            try reader.all() == [
                Record(2, ["nome", "cidade"]), Record(3, ["Ana", "São Paulo"]), Record(4, ["Beto", "Belém"]),
            ])
    }

    @Test("quoted fields keep delimiters, doubled quotes and CRLF, LF and CR breaks; later lines count them")
    func quotedFields() throws {
        let reader = try CSVReader(path: try Fixture.path("quoted-delimiters-newlines.csv"))
        #expect(
            try reader.all() == [
                Record(1, ["id", "texto", "fim"]),
                Record(2, ["1", "a, b", "x"]),
                Record(3, ["2", "diz \"oi\"", "x"]),
                Record(4, ["3", "crlf\r\ndentro", "x"]),
                Record(6, ["4", "lf\ndentro", "x"]),
                Record(8, ["5", "cr\rdentro", "x"]),
                Record(10, ["6", "duas\n\nlinhas", "x"]),
                Record(13, ["7", "fim", "x"]),
            ])
    }

    @Test("CRLF, LF and CR line ends give the same records and lines", arguments: ["\r\n", "\n", "\r"])
    func lineEnds(_ end: String) throws {
        let text = ["nome,minutos", "Ana,30", "", "Beto,\"45\"", "Carla,12"].joined(separator: end) + end
        let reader = CSVReader(bytes: Bytes.utf8(text))
        #expect(
            try reader.all() == [
                Record(1, ["nome", "minutos"]), Record(2, ["Ana", "30"]), Record(3, []), Record(4, ["Beto", "45"]),
                Record(5, ["Carla", "12"]),
            ])
    }

    @Test("a last record without a line break is still read")
    func noFinalLineBreak() throws {
        #expect(
            try CSVReader(bytes: Bytes.utf8("a,b\r\n1,2")).all() == [Record(1, ["a", "b"]), Record(2, ["1", "2"])])
    }

    @Test("blank lines are delivered as empty rows on their own lines")
    func blankLines() throws {
        let reader = try CSVReader(path: try Fixture.path("blank-lines.csv"))
        let records = try reader.all()
        #expect(
            records == [
                Record(1, ["a", "b"]), Record(2, []), Record(3, ["1", "2"]), Record(4, []), Record(5, []),
                Record(6, ["3", "4"]),
            ])
        var blank: [Bool] = []
        try reader.forEachRow { blank.append($0.isBlank) }
        #expect(blank == [false, true, false, true, true, false])
    }

    @Test("ragged rows keep their own length; a field past the end reads as empty")
    func raggedRows() throws {
        let reader = try CSVReader(path: try Fixture.path("ragged-rows.csv"))
        #expect(
            try reader.all() == [
                Record(1, ["a", "b", "c"]), Record(2, ["1", "", ""]), Record(3, ["2"]), Record(4, ["3", "4"]),
                Record(5, ["", "", ""]),
            ])
        var seen: [String] = []
        var counts: [Int] = []
        try reader.forEachRow { row in
            counts.append(row.count)
            seen.append(row[2] + "|" + row[-1] + "|" + row[99])
            row.withUTF8(7) { seen.append("bytes past the end: \($0.count)") }
        }
        #expect(counts == [3, 3, 1, 2, 3])
        #expect(seen.filter { $0.hasPrefix("bytes") }.allSatisfy { $0 == "bytes past the end: 0" })
        #expect(seen.filter { !$0.hasPrefix("bytes") } == ["c||", "||", "||", "||", "||"])
    }

    @Test("spaces around unquoted fields are kept; spaces inside quotes too")
    func spacesAreKept() throws {
        let reader = try CSVReader(path: try Fixture.path("spaces-around-fields.csv"))
        #expect(
            try reader.all() == [
                Record(1, ["nome ", " cidade ", "  uf"]),
                Record(2, [" Ana ", "  São Paulo", "SP  "]),
                Record(3, [" Beto ", " x ", " "]),
            ])
    }

    @Test("tabs around unquoted fields are kept in a comma file, spaces in a tab file")
    func tabsAndSpacesAreKept() throws {
        let comma = CSVReader(bytes: Bytes.utf8("a,b\n\tAna\t, \tx\t \n"))
        #expect(try comma.all() == [Record(1, ["a", "b"]), Record(2, ["\tAna\t", " \tx\t "])])
        let tab = CSVReader(bytes: Bytes.utf8("a\tb\n Ana \t  x\n"))
        #expect(tab.dialect.delimiterName == "\\t")
        #expect(try tab.all() == [Record(1, ["a", "b"]), Record(2, [" Ana ", "  x"])])
    }

    @Test("bytes 0xFE and 0xFF, never UTF-8, read as U+FFFD under a dialect that says UTF-8")
    func invalidBytesUnderGivenUTF8() throws {
        let bytes: [UInt8] = Array("a,b\nx".utf8) + [0xFE] + Array(" y,".utf8) + [0xFF] + Array("\tz\n".utf8)
        let reader = CSVReader(bytes: bytes, dialect: .rfc4180)
        #expect(try reader.all() == [Record(1, ["a", "b"]), Record(2, ["x\u{FFFD} y", "\u{FFFD}\tz"])])
    }

    @Test("a CR ending one quoted field and an LF starting the next are two line breaks")
    func lineBreaksInNeighbouringFields() throws {
        let reader = CSVReader(bytes: Bytes.utf8("a,b\n\"x\r\",\"\ny\"\nnext,1\n\"\r\n\",2\nlast,3\n"))
        #expect(
            try reader.all() == [
                Record(1, ["a", "b"]), Record(2, ["x\r", "\ny"]), Record(5, ["next", "1"]), Record(6, ["\r\n", "2"]),
                Record(8, ["last", "3"]),
            ])
    }

    @Test("row fields can be read as bytes without building strings")
    func fieldBytes() throws {
        let reader = try CSVReader(path: try Fixture.path("utf8-no-bom.csv"))
        var lengths: [[Int]] = []
        try reader.forEachRow { row in lengths.append((0..<row.count).map { row.withUTF8($0) { $0.count } }) }
        #expect(lengths == [[4, 5], ["João Conceição".utf8.count, 16]])
    }

    @Test("an unquoted quote inside a field is kept as a character")
    func bareQuote() throws {
        let reader = CSVReader(bytes: Bytes.utf8("a,b\n5\"7,x\n"))
        #expect(try reader.all() == [Record(1, ["a", "b"]), Record(2, ["5\"7", "x"])])
    }

    @Test("an unterminated quote names the file and the line where its record starts")
    func unterminatedQuote() throws {
        let path = try Fixture.path("unterminated-quote.csv")
        let reader = try CSVReader(path: path)
        #expect(throws: CSVError.unterminatedQuote(file: path, line: 4)) { try reader.records() }
        let error = CSVError.unterminatedQuote(file: path, line: 4)
        #expect(error.description.hasPrefix("\(path):4: "))
    }

    @Test("an unterminated quote is found at every chunk size", arguments: [1, 2, 3, 7])
    func unterminatedQuoteInChunks(_ chunkSize: Int) throws {
        let reader = try CSVReader(path: try Fixture.path("unterminated-quote.csv"), chunkSize: chunkSize)
        #expect(throws: CSVError.self) { try reader.records() }
        do {
            _ = try reader.records()
        } catch let error as CSVError {
            guard case .unterminatedQuote(_, let line) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(line == 4)
        }
    }

    @Test("a path that cannot be read throws unreadable naming it")
    func unreadablePath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("missing.csv").path
        do {
            _ = try CSVReader(path: path)
            Issue.record("no error for a missing file")
        } catch let error as CSVError {
            guard case .unreadable(let file, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == path)
            #expect(error.description.hasPrefix("\(path): "))
        }
    }

    @Test("an error thrown by the caller stops the reading and is rethrown")
    func callerErrorStops() throws {
        struct Stop: Error {}
        let reader = try CSVReader(path: try Fixture.path("blank-lines.csv"))
        var seen = 0
        #expect(throws: Stop.self) {
            try reader.forEachRow { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test("chunk boundaries inside quoted fields and UTF-8 characters change nothing", arguments: [1, 2, 3, 7])
    func utf8ChunkBoundaries(_ chunkSize: Int) throws {
        let path = try Fixture.path("multibyte-quoted.csv")
        let expected = [
            Record(1, ["nome", "observação", "cidade"]),
            Record(2, ["João \"Jota\"", "linha um;\r\nlinha dois €", "São José"]),
            Record(4, ["Ágata", "😀 ok", "Maceió"]),
        ]
        #expect(try CSVReader(path: path).all() == expected)
        #expect(try CSVReader(path: path, chunkSize: chunkSize).all() == expected)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(try CSVReader(bytes: bytes, chunkSize: chunkSize).all() == expected)
    }

    @Test("chunk boundaries inside UTF-16 units and surrogate pairs change nothing", arguments: [1, 2, 3, 7])
    func utf16ChunkBoundaries(_ chunkSize: Int) throws {
        let text = "nome\tobs\r\n\"Zé 😀\"\t\"a\tb\r\nc\"\r\n𝄞\tfim\r\n"
        let expected = [Record(1, ["nome", "obs"]), Record(2, ["Zé 😀", "a\tb\r\nc"]), Record(4, ["𝄞", "fim"])]
        for bytes in [Bytes.utf16LE(text, bom: true), Bytes.utf16BE(text, bom: true), Bytes.utf16LE(text, bom: false)] {
            #expect(try CSVReader(bytes: bytes, chunkSize: 1 << 16).all() == expected)
            #expect(try CSVReader(bytes: bytes, chunkSize: chunkSize).all() == expected)
        }
    }

    @Test("Windows-1252 and sep= files read the same at every chunk size", arguments: [1, 2, 3, 7])
    func otherChunkBoundaries(_ chunkSize: Int) throws {
        let path = try Fixture.path("excel-sep-line.csv")
        #expect(try CSVReader(path: path, chunkSize: chunkSize).all() == CSVReader(path: path).all())
        let bytes: [UInt8] = Array("a;b\n\"x;".utf8) + [0xE3, 0x80] + Array("\";y\n".utf8)
        let expected = [Record(1, ["a", "b"]), Record(2, ["x;ã€", "y"])]
        #expect(try CSVReader(bytes: bytes, chunkSize: chunkSize).all() == expected)
    }

    @Test("a large generated file streams with the right count and last line")
    func largeFile() throws {
        var bytes = Array("id,nome,obs\n".utf8)
        for index in 1...20_000 {
            bytes += Array("\(index),Pessoa \(index),\"linha\nquebrada, \"\"citada\"\"\"\n".utf8)
        }
        let reader = CSVReader(bytes: bytes)
        var count = 0
        var last = Record(0, [])
        try reader.forEachRow { row in
            count += 1
            last = Record(row.line, row.fields)
        }
        #expect(count == 20_001)
        #expect(last == Record(1 + 2 * 20_000 - 1, ["20000", "Pessoa 20000", "linha\nquebrada, \"citada\""]))
    }
}
