import AttendanceCSV
import Foundation
import Testing

/// UTF-8 exports with a few bytes that are not UTF-8: read as UTF-8 when the rest clearly is,
/// each bad sequence replaced by U+FFFD and reported with its line and column; files whose
/// evidence says Windows-1252 stay Windows-1252.
@Suite struct CSVReaderInvalidUTF8Tests {
    static let strayByteRecords = [
        Record(1, ["nome", "email", "responsável"]),
        Record(2, ["João Conceição", "joao.conceicao@example.org", "Lúcia Araújo"]),
        Record(3, ["Inês Gonçalves", "ines.goncalves@example.org", "José Antônio"]),
        Record(4, ["Márcia Simões", "marcia.simoes@example.org", "Andr\u{FFFD} Brandão"]),
        Record(5, ["Otávio Ribeiro", "otavio.ribeiro@example.org", "Lúcia Araújo"]),
    ]

    @Test("a UTF-8 export with one stray 0xE9 is read as UTF-8: names intact, one warning at its line and column")
    func strayByte() throws {
        let path = try Fixture.path("utf8-stray-windows-1252-byte.csv")
        let reader = try CSVReader(path: path, name: "lista.csv")
        #expect(reader.dialect == CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ";"), replacedSequenceCount: 1))
        let reading = try reader.recordsAndWarnings()
        #expect(reading.records == Self.strayByteRecords)
        // Column 45 in characters; the byte is the 47th of its line (á and õ take two bytes each).
        #expect(
            reading.warnings == [CSVWarning(file: "lista.csv", line: 4, column: 45, kind: .invalidUTF8(bytes: [0xE9]))])
        #expect(reading.warnings.map(\.description) == ["lista.csv:4:45: invalid UTF-8 byte 0xE9 replaced by \u{FFFD}"])
    }

    @Test("the stray byte reads the same at every chunk size, from a file and from memory", arguments: 1...12)
    func strayByteInChunks(_ chunkSize: Int) throws {
        let path = try Fixture.path("utf8-stray-windows-1252-byte.csv")
        let fromFile = try CSVReader(path: path, name: "lista.csv", chunkSize: chunkSize).recordsAndWarnings()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromMemory = try CSVReader(bytes: bytes, name: "lista.csv", chunkSize: chunkSize).recordsAndWarnings()
        let expected = [CSVWarning(file: "lista.csv", line: 4, column: 45, kind: .invalidUTF8(bytes: [0xE9]))]
        #expect(fromFile.records == Self.strayByteRecords)
        #expect(fromFile.warnings == expected)
        #expect(fromMemory.records == Self.strayByteRecords)
        #expect(fromMemory.warnings == expected)
    }

    @Test("a UTF-8 byte-order mark then a stray byte: UTF-8 with the mark skipped, the column not counting it")
    func byteOrderMarkThenStrayByte() throws {
        let path = try Fixture.path("utf8-stray-windows-1252-byte.csv")
        let bytes = [0xEF, 0xBB, 0xBF] + Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let reader = CSVReader(bytes: bytes, name: "lista.csv")
        #expect(
            reader.dialect
                == CSVDialect(
                    encoding: .utf8BOM, delimiter: UInt8(ascii: ";"), preambleLength: 3, replacedSequenceCount: 1))
        let reading = try reader.recordsAndWarnings()
        #expect(reading.records == Self.strayByteRecords)
        #expect(
            reading.warnings == [CSVWarning(file: "lista.csv", line: 4, column: 45, kind: .invalidUTF8(bytes: [0xE9]))])
    }

    @Test(
        "a character cut short at the end of the file is one U+FFFD and one warning", arguments: [1, 2, 3, 5, 1 << 16])
    func truncatedAtEnd(_ chunkSize: Int) throws {
        // "€" is E2 82 AC; the file ends after E2 82, with no line break.
        let bytes =
            Bytes.utf8("nome;observação\r\nJoão Conceição Araújo;R$ 5\r\nSimões Brandão Antônio;R$ 10 ") + [0xE2, 0x82]
        let reader = CSVReader(bytes: bytes, name: "valores.csv", chunkSize: chunkSize)
        #expect(reader.dialect.encoding == .utf8)
        #expect(reader.dialect.replacedSequenceCount == 1)
        let reading = try reader.recordsAndWarnings()
        #expect(
            reading.records == [
                Record(1, ["nome", "observação"]), Record(2, ["João Conceição Araújo", "R$ 5"]),
                Record(3, ["Simões Brandão Antônio", "R$ 10 \u{FFFD}"]),
            ])
        #expect(
            reading.warnings.map(\.description) == [
                "valores.csv:3:30: invalid UTF-8 bytes 0xE2 0x82 replaced by \u{FFFD}"
            ])
    }

    /// A file whose byte at `offset` is the first of `sequence`, preceded by accented lines and
    /// ASCII filler: the sequence is on line 1822, after `offset - 65492` ASCII letters.
    static func fileCrossing64KiB(at offset: Int, _ sequence: [UInt8]) -> [UInt8] {
        var bytes = Bytes.utf8("nome,cidade\nConceição,São João\nAraújo,Gonçalves\nSimões,Brandão Antônio\n")
        let filler = Bytes.utf8("Participante Exemplo,Cidade Exemplo\n")
        while bytes.count + filler.count <= 65_516 { bytes += filler }
        let padding = [UInt8](repeating: UInt8(ascii: "x"), count: offset - bytes.count)
        return bytes + padding + sequence + Bytes.utf8("y,São Paulo\n")
    }

    @Test(
        "a bad sequence at the 64 KiB read boundary is carried over and replaced once, at its column",
        arguments: [
            (65_535, [0xE9], 44),  // the last byte of the first read
            (65_536, [0xE9], 45),  // the first byte of the second read
            (65_534, [0xE2, 0x82], 43),  // a character cut short, its two bytes ending the first read
        ] as [(Int, [UInt8], Int)])
    func sequenceAtReadBoundary(_ offset: Int, _ sequence: [UInt8], _ column: Int) throws {
        let bytes = Self.fileCrossing64KiB(at: offset, sequence)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let reader = try CSVReader(path: try directory.write(bytes, to: "grande.csv"), name: "grande.csv")
        #expect(reader.dialect.encoding == .utf8)
        #expect(reader.dialect.replacedSequenceCount == 1)
        let reading = try reader.recordsAndWarnings()
        #expect(reading.records.count == 1822)
        #expect(reading.records[1] == Record(2, ["Conceição", "São João"]))
        let padding = String(repeating: "x", count: column - 1)
        #expect(reading.records.last == Record(1822, [padding + "\u{FFFD}y", "São Paulo"]))
        #expect(
            reading.warnings == [
                CSVWarning(file: "grande.csv", line: 1822, column: column, kind: .invalidUTF8(bytes: sequence))
            ])
    }

    @Test("a valid character split by the 64 KiB read boundary stays whole, with no warning")
    func characterAtReadBoundary() throws {
        let bytes = Self.fileCrossing64KiB(at: 65_535, [0xC3, 0xA7])
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let reader = try CSVReader(path: try directory.write(bytes, to: "grande.csv"))
        #expect(reader.dialect == CSVDialect(encoding: .utf8))
        let reading = try reader.recordsAndWarnings()
        #expect(reading.records.last == Record(1822, [String(repeating: "x", count: 43) + "çy", "São Paulo"]))
        #expect(reading.warnings.isEmpty)
    }

    @Test("a genuine Windows-1252 file stays Windows-1252, nothing replaced")
    func windows1252File() throws {
        let reader = try CSVReader(path: try Fixture.path("windows-1252-names.csv"))
        #expect(reader.dialect == CSVDialect(encoding: .windows1252, delimiter: UInt8(ascii: ";")))
        let reading = try reader.recordsAndWarnings()
        #expect(
            reading.records == [
                Record(1, ["nome", "cidade", "observação"]),
                Record(2, ["João Conceição", "São Luís", "Inscrição confirmada"]),
                Record(3, ["Inês Gonçalves", "Maceió", "Presença às 14h"]),
                Record(4, ["Márcia Simões", "Belém", "Certificado nº 12 – emitido"]),
            ])
        #expect(reading.warnings.isEmpty)
    }

    @Test("a Windows-1252 file whose É and no-break space happen to form a UTF-8 pair stays Windows-1252")
    func windows1252WithAccidentalPair() throws {
        // JOSÉ + no-break space is C9 A0, a valid UTF-8 character (ɠ); the other accents are not.
        let reader = try CSVReader(path: try Fixture.path("windows-1252-accidental-utf8-pair.csv"))
        #expect(reader.dialect == CSVDialect(encoding: .windows1252, delimiter: UInt8(ascii: ";")))
        let reading = try reader.recordsAndWarnings()
        #expect(
            reading.records == [
                Record(1, ["NOME", "CIDADE"]), Record(2, ["JOSÉ\u{A0}CARLOS DA SILVA", "SÃO PAULO"]),
                Record(3, ["MARIA DA CONCEIÇÃO", "BELÉM"]),
            ])
        #expect(reading.warnings.isEmpty)
    }

    @Test("a file whose high bytes are all invalid UTF-8 is Windows-1252")
    func allInvalidHighBytes() throws {
        var bytes = Bytes.utf8("nome;obs\n")
        for _ in 0..<50 { bytes += [0xE9, 0xE7, 0xE3, 0xF5, 0xFF, 0x80, 0xC0] + Bytes.utf8(";x\n") }
        let reader = CSVReader(bytes: bytes)
        #expect(reader.dialect == CSVDialect(encoding: .windows1252, delimiter: UInt8(ascii: ";")))
        let reading = try reader.recordsAndWarnings()
        #expect(reading.records.count == 51)
        #expect(reading.records.last == Record(51, ["éçãõÿ€À", "x"]))
        #expect(reading.warnings.isEmpty)
    }

    @Test(
        "ill-formed sequences become one U+FFFD each, as the standard library decodes them, at their columns",
        arguments: [
            ([0xC0, 0x80], 2), ([0xC1, 0xBF], 2), ([0xE0, 0x9F, 0xBF], 3), ([0xED, 0xA0, 0x80], 3),
            ([0xF0, 0x8F, 0xBF, 0xBF], 4), ([0xF4, 0x90, 0x80, 0x80], 4), ([0xF5, 0x80, 0x80, 0x80], 4), ([0xC3], 1),
            ([0xE2, 0x82], 1), ([0xF0, 0x9F, 0x98], 1), ([0x80], 1), ([0xBF], 1), ([0xFE], 1), ([0xFF], 1),
            ([0xC3, 0x41], 1), ([0xC3, 0xA7, 0xA7], 1), ([0x41, 0xA7], 1), ([0xC3, 0xC3, 0xA7], 1),
            ([0xE2, 0x82, 0xAC, 0x82], 1),
        ] as [([UInt8], Int)])
    func replacementsMatchTheStandardLibrary(_ sequence: [UInt8], _ replacements: Int) throws {
        let evidence = String(repeating: "ç", count: 40)
        let bytes = Bytes.utf8("nome,obs\n\(evidence),a") + sequence + Bytes.utf8("b\n")
        let decoded = String(decoding: Bytes.utf8("a") + sequence + Bytes.utf8("b"), as: UTF8.self)
        let columns = (evidence + "," + decoded).unicodeScalars.enumerated()
            .filter { $0.element == "\u{FFFD}" }.map { $0.offset + 1 }
        #expect(columns.count == replacements)
        for chunkSize in [1, 2, 3, 1 << 16] {
            let reader = CSVReader(bytes: bytes, name: "x.csv", chunkSize: chunkSize)
            #expect(reader.dialect.encoding == .utf8)
            #expect(reader.dialect.replacedSequenceCount == replacements)
            let reading = try reader.recordsAndWarnings()
            #expect(
                reading.records == [Record(1, ["nome", "obs"]), Record(2, [evidence, decoded])], "chunk \(chunkSize)")
            #expect(reading.warnings.map(\.line) == Array(repeating: 2, count: replacements))
            #expect(reading.warnings.map(\.column) == columns, "chunk \(chunkSize)")
        }
    }

    @Test("warnings stop at 20 and one more counts the rest from where they start")
    func warningsAreCapped() throws {
        var bytes = Bytes.utf8("nome,obs\n" + String(repeating: "ã", count: 300) + ",x\n")
        for _ in 0..<30 { bytes += Bytes.utf8("J") + [0xE9] + Bytes.utf8(",y\n") }
        let reader = CSVReader(bytes: bytes, name: "muitos.csv", chunkSize: 7)
        #expect(reader.dialect.replacedSequenceCount == 30)
        let reading = try reader.recordsAndWarnings()
        #expect(reading.records.count == 32)
        #expect(
            Array(reading.warnings.prefix(20))
                == (3...22).map {
                    CSVWarning(file: "muitos.csv", line: $0, column: 2, kind: .invalidUTF8(bytes: [0xE9]))
                }
        )
        #expect(
            reading.warnings.dropFirst(20).map(\.description) == [
                "muitos.csv:23:2: 10 more invalid UTF-8 sequences, from here on, replaced by \u{FFFD} "
                    + "(only the first 20 are listed)"
            ])
    }

    @Test("a warning's line is the physical line: CR LF, lone CR and LF, and breaks inside quotes", arguments: 1...9)
    func warningLines(_ chunkSize: Int) throws {
        var bytes = Bytes.utf8("nome,obs\r\nConceição Araújo,\"Simões\r\nBrandão\nAntônio\"\rJo")
        bytes += [0xE9] + Bytes.utf8(",x\r\n\"a\n") + [0xE9] + Bytes.utf8("\",São João\n")
        bytes += Bytes.utf8("Inês Gonçalves Simões Conceição Araújo,Brandão Antônio Fontão\n")
        let reader = CSVReader(bytes: bytes, name: "linhas.csv", chunkSize: chunkSize)
        let reading = try reader.recordsAndWarnings()
        #expect(
            reading.records == [
                Record(1, ["nome", "obs"]), Record(2, ["Conceição Araújo", "Simões\r\nBrandão\nAntônio"]),
                Record(5, ["Jo\u{FFFD}", "x"]), Record(6, ["a\n\u{FFFD}", "São João"]),
                Record(8, ["Inês Gonçalves Simões Conceição Araújo", "Brandão Antônio Fontão"]),
            ])
        #expect(reading.warnings.map { [$0.line, $0.column] } == [[5, 3], [7, 1]])
    }

    @Test("a UTF-8 dialect given by the caller is not trusted: bad sequences are replaced and reported too")
    func givenDialect() throws {
        let bytes = Bytes.utf8("a,b\nJos") + [0xE9] + Bytes.utf8(",x\n")
        let reader = CSVReader(bytes: bytes, name: "dado.csv", dialect: .rfc4180)
        #expect(reader.dialect == .rfc4180)
        let reading = try reader.recordsAndWarnings()
        #expect(reading.records == [Record(1, ["a", "b"]), Record(2, ["Jos\u{FFFD}", "x"])])
        #expect(reading.warnings.map(\.description) == ["dado.csv:2:4: invalid UTF-8 byte 0xE9 replaced by \u{FFFD}"])
    }
}

extension CSVReader {
    /// Every record as a comparable value, and the warnings of the same reading.
    func recordsAndWarnings() throws -> (records: [Record], warnings: [CSVWarning]) {
        var records: [Record] = []
        let warnings = try forEachRow { records.append(Record($0.line, $0.fields)) }
        return (records, warnings)
    }
}
