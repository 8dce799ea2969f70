import AttendanceCSV
import Foundation
import Testing

/// What the reader opens and how much it takes in: regular files only, a file size limit, and a
/// field limit past which a record is skipped with a warning while memory stays bounded.
@Suite struct CSVReaderLimitsTests {
    @Test("a named pipe is refused at once, naming it, and never waits for a writer")
    func namedPipe() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: CSVError.notRegularFile(file: "evt/pipe.csv", kind: "a named pipe (FIFO)")) {
            try CSVReader(path: path, name: "evt/pipe.csv")
        }
        #expect(throws: CSVError.notRegularFile(file: path, kind: "a named pipe (FIFO)")) {
            try CSVReader(path: path, dialect: .rfc4180).records()
        }
        #expect(
            CSVError.notRegularFile(file: "evt/pipe.csv", kind: "a named pipe (FIFO)").description
                == "evt/pipe.csv: is a named pipe (FIFO), not a regular file; only export files saved on disk are "
                + "read (a pipe or a device can send bytes forever)")
    }

    @Test(
        "a device or a folder is refused for what it is",
        arguments: [
            ("/dev/zero", "a character device"), ("/dev/urandom", "a character device"), ("/", "a folder"),
        ])
    func device(path: String, kind: String) {
        #expect(throws: CSVError.notRegularFile(file: path, kind: kind)) { try CSVReader(path: path) }
        #expect(throws: CSVError.notRegularFile(file: path, kind: kind)) {
            try CSVReader(path: path, dialect: .rfc4180).records()
        }
    }

    @Test("a symbolic link to a regular file is read")
    func symbolicLink() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = try directory.write(Bytes.utf8("nome\nAna\n"), to: "lista.csv")
        let link = directory.url.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try CSVReader(path: link).all() == [Record(1, ["nome"]), Record(2, ["Ana"])])
    }

    @Test("a file over the size limit fails as a whole, naming its size and the limit")
    func fileOverLimit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write(Array(repeating: UInt8(ascii: "a"), count: 2_000), to: "big.csv")
        let limits = ReadingLimits(maximumFileBytes: 1_000)
        let expected = CSVError.fileTooLarge(file: "evt/big.csv", size: 2_000, limit: 1_000)
        #expect(throws: expected) { try CSVReader(path: path, name: "evt/big.csv", limits: limits) }
        #expect(throws: expected) {
            try CSVReader(path: path, name: "evt/big.csv", dialect: .rfc4180, limits: limits).records()
        }
        #expect(
            expected.description
                == "evt/big.csv: the file is 2000 bytes, larger than the limit of 1000 bytes; no attendance export "
                + "is this large: check that it is the right file")
        #expect(try CSVReader(path: path, limits: ReadingLimits(maximumFileBytes: 2_000)).records().count == 1)
    }

    @Test("the limits have documented defaults and are kept within libcsv's cap")
    func defaults() {
        #expect(ReadingLimits() == ReadingLimits(maximumFileBytes: 512 << 20, maximumFieldBytes: 64 << 10))
        #expect(ReadingLimits(maximumFieldBytes: 1 << 40).maximumFieldBytes == 64 << 20)
        #expect(ReadingLimits(maximumFieldBytes: 0).maximumFieldBytes == 1)
    }

    @Test("a field over the limit skips its record with a warning at its line and column, at every chunk size")
    func fieldOverLimit() throws {
        // Line 3 starts a record whose second field, quoted, spans lines 3–6 (CRLF, LF and CR inside).
        let long =
            "\"" + String(repeating: "x", count: 30) + "\r\n" + String(repeating: "y", count: 30) + "\n\"\"z\"\" \r"
            + String(repeating: "w", count: 30) + "\"  "
        let text = "nome,obs\nAna,curta\nBeto," + long + ",fim\nCarla,\"\"\"a\"\"  b\"\nDavi,16 bytes exatos\n"
        let limits = ReadingLimits(maximumFieldBytes: 16)
        for chunkSize in [1, 2, 3, 5, 8, 13, 1 << 16] {
            var rows: [Record] = []
            let warnings = try CSVReader(bytes: Bytes.utf8(text), name: "x.csv", chunkSize: chunkSize, limits: limits)
                .forEachRow { rows.append(Record($0.line, $0.fields)) }
            #expect(
                rows == [
                    Record(1, ["nome", "obs"]), Record(2, ["Ana", "curta"]),
                    Record(7, ["Carla", "\"a\"  b"]), Record(8, ["Davi", "16 bytes exatos"]),
                ], "chunk \(chunkSize)")
            #expect(
                warnings == [CSVWarning(file: "x.csv", line: 3, column: 2, kind: .fieldTooLong(bytes: 98, limit: 16))],
                "chunk \(chunkSize)")
        }
        let warning = CSVWarning(file: "x.csv", line: 3, column: 2, kind: .fieldTooLong(bytes: 98, limit: 16))
        #expect(warning.description == "x.csv:3:2: field of 98 bytes is longer than the limit of 16; row skipped")
    }

    @Test("a quoted field exactly at the limit is kept when a chunk ends on its closing quote or spaces after it")
    func fieldAtLimitAcrossChunks() throws {
        // `diz "oi"` is 8 bytes; libcsv holds its closing quote, and the spaces after it, until the comma.
        let text = "n,texto,fim\n2,\"diz \"\"oi\"\"\"   ,x\n3,\"diz \"\"oi\"\"!\",x\n"
        let limits = ReadingLimits(maximumFieldBytes: 8)
        for chunkSize in 1...text.utf8.count {
            var rows: [Record] = []
            let warnings = try CSVReader(bytes: Bytes.utf8(text), name: "x.csv", chunkSize: chunkSize, limits: limits)
                .forEachRow { rows.append(Record($0.line, $0.fields)) }
            #expect(
                rows == [Record(1, ["n", "texto", "fim"]), Record(2, ["2", "diz \"oi\"", "x"])], "chunk \(chunkSize)")
            #expect(
                warnings == [CSVWarning(file: "x.csv", line: 3, column: 2, kind: .fieldTooLong(bytes: 9, limit: 8))],
                "chunk \(chunkSize)")
        }
    }

    @Test("a quote never closed is still the file's error when its field passes the limit")
    func unclosedQuoteOverLimit() throws {
        let text = "nome,obs\nAna,\"sem fim\n" + String(repeating: "linha\n", count: 100)
        let limits = ReadingLimits(maximumFieldBytes: 16)
        for chunkSize in [1, 7, 1 << 16] {
            #expect(throws: CSVError.unterminatedQuote(file: "x.csv", line: 2), "chunk \(chunkSize)") {
                try CSVReader(bytes: Bytes.utf8(text), name: "x.csv", chunkSize: chunkSize, limits: limits).records()
            }
        }
    }

    @Test("a 50 MB field in a file is skipped with one warning; the rows around it are read")
    func fiftyMegabyteField() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("longo.csv").path
        let size = 50_000_000
        var bytes = Bytes.utf8("nome,email\nAna,ana@example.org\n")
        bytes.reserveCapacity(bytes.count + size + 64)
        bytes += Array(repeating: UInt8(ascii: "a"), count: size)
        bytes += Bytes.utf8(",b@example.org\nCarla,carla@example.org\n")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var rows: [Record] = []
        let warnings = try CSVReader(path: path, name: "longo.csv").forEachRow {
            rows.append(Record($0.line, $0.fields))
        }
        #expect(
            rows == [
                Record(1, ["nome", "email"]), Record(2, ["Ana", "ana@example.org"]),
                Record(4, ["Carla", "carla@example.org"]),
            ])
        #expect(
            warnings == [
                CSVWarning(file: "longo.csv", line: 3, column: 1, kind: .fieldTooLong(bytes: size, limit: 64 << 10))
            ])
    }
}
