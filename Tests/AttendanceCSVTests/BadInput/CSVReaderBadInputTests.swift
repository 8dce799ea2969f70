import AttendanceCSV
import Foundation
import Testing

/// What the reader does with the files that arrive instead of clean exports: each ends in rows
/// or in one error that names the file and the line, with memory bounded whatever the size.
@Suite struct CSVReaderBadInputTests {
    @Test("an empty file has no rows and no error")
    func emptyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let reader = try CSVReader(path: try directory.write([], to: "empty.csv"))
        #expect(try reader.records().isEmpty)
        #expect(try reader.binaryFormat() == nil)
    }

    @Test(
        "a workbook, a PDF, an image or a web page is named for what it is",
        arguments: [
            (
                [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
                "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook?)"
            ),
            (
                [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00],
                "an Office document (an old Excel .xls workbook?)"
            ),
            (Array("%PDF-1.7\n".utf8), "a PDF document"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "a PNG image"),
            (Array("\u{FEFF}\n  <!DOCTYPE html><html>".utf8), "an HTML web page"),
        ] as [([UInt8], String)])
    func knownBinaryFormats(bytes: [UInt8], kind: String) throws {
        #expect(try CSVReader(bytes: bytes, name: "lista.csv").binaryFormat() == kind)
        let error = CSVError.notText(file: "lista.csv", kind: kind)
        #expect(error.description.hasPrefix("lista.csv: this is \(kind), not a CSV text file; export or save"))
    }

    @Test("a NUL byte stops the reading after the rows before it, naming the line where its record starts")
    func nulByte() throws {
        let bytes = Array("nome,email\nAna,ana@example.org\nBeto,be".utf8) + [0x00] + Array("to@example.org\n".utf8)
        for chunkSize in [1, 2, 7, 1 << 16] {
            var lines: [Int] = []
            #expect(throws: CSVError.binary(file: "lista.csv", line: 3)) {
                try CSVReader(bytes: bytes, name: "lista.csv", chunkSize: chunkSize).forEachRow {
                    lines.append($0.line)
                }
            }
            #expect(lines == [1, 2], "chunk \(chunkSize)")
        }
        #expect(
            CSVError.binary(file: "lista.csv", line: 3).description
                == "lista.csv:3: the record starting on this line holds a NUL byte: this is binary data, not CSV text"
                + " (a damaged file, or a spreadsheet saved in its own format); save the list as CSV and import that")
    }

    @Test("a NUL character in UTF-16 text is binary too")
    func nulInUTF16() {
        let bytes = Bytes.utf16LE("a\tb\nc\t\u{0}\n", bom: true)
        #expect(throws: CSVError.binary(file: "teams.csv", line: 2)) {
            try CSVReader(bytes: bytes, name: "teams.csv").records()
        }
    }

    @Test("with the field limit at its largest, a line of 64 MiB and more in one field stops at the field cap")
    func longSingleField() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("long-line.csv").path
        try Self.writeFile(
            at: path, head: "nome,email\nAna,ana@example.org\n", repeating: "a", count: (64 << 20) + 4096)
        var rows = 0
        let limits = ReadingLimits(maximumFieldBytes: ReadingLimits.largestFieldLimit)
        #expect(throws: CSVError.fieldTooLarge(file: path, line: 3, limit: 64 << 20)) {
            try CSVReader(path: path, limits: limits).forEachRow { _ in rows += 1 }
        }
        #expect(rows == 2)
    }

    @Test("a line of 64 MiB and more made of many fields stops at the record cap, naming its line")
    func longLineOfFields() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("long-record.csv").path
        // 4 KiB fields: under the field cap, and few enough (16,400) for the field-count cap.
        let field = String(repeating: "b", count: 4095) + ","
        try Self.writeFile(at: path, head: "nome\n", repeating: field, count: (64 << 20) / 4096 + 16)
        #expect(throws: CSVError.recordTooLarge(file: path, line: 2, limit: 64 << 20)) {
            try CSVReader(path: path).records()
        }
    }

    @Test("100,000 columns stop at the field-count cap with a message; 16,384 columns (a full spreadsheet) read")
    func manyColumns() throws {
        let wide = Array(repeating: "x", count: 100_000).joined(separator: ",") + "\n"
        let error = CSVError.tooManyFields(file: "wide.csv", line: 2, limit: 65_536)
        #expect(throws: error) { try CSVReader(bytes: Array(("a,b\n" + wide).utf8), name: "wide.csv").records() }
        #expect(error.description.hasPrefix("wide.csv:2: the record starting on this line has more than 65536 fields"))
        let sheet = Array(repeating: "y", count: 16_384).joined(separator: ";") + "\n"
        let records = try CSVReader(bytes: Array((sheet + sheet).utf8)).records()
        #expect(records.map(\.fields.count) == [16_384, 16_384])
    }

    @Test("a small UTF-8 file whose stray byte has under 8 accents to outweigh it is Windows-1252: no lost byte")
    func invalidUTF8FallsBackToWindows1252() throws {
        // Rows from a UTF-8 export with one name pasted from a Windows-1252 one (0xE9 is é there);
        // three UTF-8 letters are too little evidence (CSVReaderInvalidUTF8Tests has enough).
        let bytes = Array("nome;cidade\r\nJoão;São Paulo\r\nJos".utf8) + [0xE9] + Array(";Belém\r\n".utf8)
        let reader = CSVReader(bytes: bytes)
        #expect(reader.dialect.encoding == .windows1252)
        let records = try reader.records()
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.map(\.fields.count) == [2, 2, 2])
        #expect(records[2].fields[0] == "José")
        // The price of the margin: the UTF-8 letters elsewhere read as two characters each.
        #expect(records[1].fields == ["JoÃ£o", "SÃ£o Paulo"])
    }

    @Test("a UTF-8 byte-order mark over text that is not UTF-8 is still no part of the first field")
    func byteOrderMarkOverWindows1252() throws {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("nome;cidade\nJos".utf8) + [0xE9] + Array(";Bel".utf8) + [0xE9, 0x6D, 0x0A]
        let reader = CSVReader(bytes: bytes)
        #expect(reader.dialect == CSVDialect(encoding: .windows1252, delimiter: UInt8(ascii: ";"), preambleLength: 3))
        #expect(try reader.records().map(\.fields) == [["nome", "cidade"], ["José", "Belém"]])
    }

    @Test("a lone surrogate becomes U+FFFD and half a UTF-16 unit at the end is left out, each with a warning")
    func brokenUTF16() throws {
        var bytes = Bytes.utf16LE("nome\tminutos\nAna\t45\nBeto\t", bom: true)
        bytes += [0x00, 0xD8] + Bytes.utf16LE("30\n", bom: false) + [0x41]  // a high surrogate alone, then half a unit
        var records: [(line: Int, fields: [String])] = []
        let warnings = try CSVReader(bytes: bytes, name: "teams.csv").forEachRow {
            records.append((line: $0.line, fields: $0.fields))
        }
        #expect(records.map(\.fields) == [["nome", "minutos"], ["Ana", "45"], ["Beto", "\u{FFFD}30"]])
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(
            warnings == [
                CSVWarning(file: "teams.csv", line: 3, column: 6, kind: .unpairedSurrogate(unit: 0xD800)),
                CSVWarning(file: "teams.csv", line: 4, column: nil, kind: .oddTrailingByte(0x41)),
            ])
    }

    @Test("CRLF, LF and CR mixed in one file each end a line")
    func mixedLineEndings() throws {
        let bytes = Array("nome,minutos\r\nAna,45\nBeto,30\rCarla,\"dez\r\nminutos\"\nDavi,5\r\n".utf8)
        for chunkSize in [1, 2, 3, 1 << 16] {
            let records = try CSVReader(bytes: bytes, chunkSize: chunkSize).records()
            #expect(records.map(\.line) == [1, 2, 3, 4, 6], "chunk \(chunkSize)")
            #expect(records[3].fields == ["Carla", "dez\r\nminutos"])
        }
    }

    @Test("spaces and tabs between a closing quote and the delimiter are dropped, at every chunk size")
    func spacesAfterClosingQuote() throws {
        let text = "nome,email\n\"Silva, Ana\"  ,ana@example.org\n\"Lima, Beto\"\t\nCarla, \"Dias\" ,x\n"
        for chunkSize in [1, 2, 3, 13, 1 << 16] {
            let records = try CSVReader(bytes: Array(text.utf8), chunkSize: chunkSize).records()
            #expect(
                records.map(\.fields) == [
                    ["nome", "email"], ["Silva, Ana", "ana@example.org"], ["Lima, Beto"],
                    // The one cost: an unquoted field with a quote then spaces at its end loses the spaces.
                    ["Carla", " \"Dias\"", "x"],
                ], "chunk \(chunkSize)")
        }
    }

    @Test("text right after a closing quote keeps the field open (libcsv): the error names where it opened")
    func textAfterClosingQuote() {
        let bytes = Array("nome,email\n\"ab\"c,d\nBeto,b@example.org\n".utf8)
        #expect(throws: CSVError.unterminatedQuote(file: "lista.csv", line: 2)) {
            try CSVReader(bytes: bytes, name: "lista.csv").records()
        }
    }

    @Test(
        "a sep= line with a delimiter the reader cannot split on is data",
        arguments: ["sep= ", "sep=\"", "sep=a", "sep=7"])
    func unusableSeparatorLine(line: String) throws {
        let reader = CSVReader(bytes: Array("\(line)\nnome,email\nAna,ana@example.org\n".utf8))
        #expect(!reader.dialect.hasSeparatorLine)
        #expect(reader.dialect.delimiter == UInt8(ascii: ","))
        #expect(try reader.records().first?.line == 1)
    }

    @Test("a sep= line with other punctuation sets that delimiter")
    func punctuationSeparatorLine() throws {
        let reader = CSVReader(bytes: Array("sep=|\nnome|email\nAna|ana@example.org\n".utf8))
        #expect(reader.dialect.delimiter == UInt8(ascii: "|"))
        #expect(try reader.records().map(\.fields) == [["nome", "email"], ["Ana", "ana@example.org"]])
    }

    @Test(
        "a dialect whose delimiter cannot separate UTF-8 fields is refused, not misread",
        arguments: [0x20, 0x22, 0x41, 0xFE] as [UInt8])
    func unusableDelimiter(delimiter: UInt8) {
        let reader = CSVReader(bytes: Array("a b\n".utf8), name: "x.csv", dialect: CSVDialect(delimiter: delimiter))
        #expect(throws: CSVError.self) { try reader.records() }
    }

    @Test("the writer refuses a NUL character, which the reader would stop at")
    func writerRefusesNUL() {
        #expect(
            throws: CSVError.unwritable(
                file: "<memory>", reason: "field 2 holds a NUL character, which CSV text cannot carry")
        ) {
            try CSVWriter.bytes([["a", "b\u{0}c"]])
        }
    }

    /// Writes `head`, then `piece` `count` times, then a line break, in pieces of about 1 MiB.
    static func writeFile(at path: String, head: String, repeating piece: String, count: Int) throws {
        try Data(head.utf8).write(to: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        let perBlock = max(1, (1 << 20) / piece.utf8.count)
        let block = Data(String(repeating: piece, count: perBlock).utf8)
        var left = count
        while left >= perBlock {
            try handle.write(contentsOf: block)
            left -= perBlock
        }
        try handle.write(contentsOf: Data((String(repeating: piece, count: left) + "\n").utf8))
    }
}
