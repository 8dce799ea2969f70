import AttendanceCSV
import Foundation
import Testing

/// Bytes that end a file without being text never become a record: a DOS end-of-file mark
/// (Ctrl-Z) and the odd last byte of UTF-16 are left out with a warning; an unpaired surrogate
/// becomes U+FFFD with a warning at its line and column.
@Suite struct CSVReaderTrailingBytesTests {
    static let chunkSizes = [1, 2, 3, 5, 1 << 16]

    /// The rows and warnings of `bytes` read in chunks of `chunkSize`.
    static func read(_ bytes: [UInt8], chunkSize: Int = 1 << 16) throws -> (rows: [Record], warnings: [CSVWarning]) {
        var rows: [Record] = []
        let warnings = try CSVReader(bytes: bytes, name: "x.csv", chunkSize: chunkSize).forEachRow {
            rows.append(Record($0.line, $0.fields))
        }
        return (rows, warnings)
    }

    @Test(
        "a trailing Ctrl-Z is ignored with a warning on its line, in any encoding and place",
        arguments: [
            (Bytes.utf8("nome,cidade\r\nAna,Belém\r\n\u{1A}"), 3),
            (Bytes.utf8("nome,cidade\nAna,Belém\u{1A}"), 2),
            (Bytes.utf8("nome,cidade\nAna,Belém\n\u{1A}\n"), 3),
            (Bytes.utf8("nome,cidade\nAna,Belém\n\u{1A}\r\n\u{1A}"), 3),
            (Bytes.utf8("nome,cidade\nAna,Belém\n\n\u{1A}"), 4),
            (Bytes.utf8("nome,cidade\nAna,Bel") + [0xE9, 0x6D, 0x0A, 0x1A], 3),  // Windows-1252
            (Bytes.utf16LE("nome,cidade\r\nAna,Belém\r\n\u{1A}", bom: true), 3),
            (Bytes.utf16BE("nome,cidade\nAna,Belém\u{1A}\n", bom: true), 2),
        ])
    func controlZ(bytes: [UInt8], line: Int) throws {
        for chunkSize in Self.chunkSizes {
            let reading = try Self.read(bytes, chunkSize: chunkSize)
            let fields = reading.rows.map(\.fields).filter { !$0.isEmpty }
            #expect(fields == [["nome", "cidade"], ["Ana", "Belém"]], "chunk \(chunkSize)")
            #expect(
                reading.warnings == [CSVWarning(file: "x.csv", line: line, column: nil, kind: .endOfFileMark)],
                "chunk \(chunkSize)")
        }
        let warning = CSVWarning(file: "x.csv", line: 3, column: nil, kind: .endOfFileMark)
        #expect(warning.description == "x.csv:3: end-of-file mark Ctrl-Z (0x1A) ignored")
    }

    @Test("a Ctrl-Z with text after it is text, not an end-of-file mark")
    func controlZInside() throws {
        for chunkSize in Self.chunkSizes {
            let reading = try Self.read(Bytes.utf8("nome\nA\u{1A}\n\u{1A}B\n\u{1A}\nC\n"), chunkSize: chunkSize)
            #expect(
                reading.rows == [
                    Record(1, ["nome"]), Record(2, ["A\u{1A}"]), Record(3, ["\u{1A}B"]), Record(4, ["\u{1A}"]),
                    Record(5, ["C"]),
                ], "chunk \(chunkSize)")
            #expect(reading.warnings.isEmpty)
        }
    }

    @Test("a run of Ctrl-Z and line breaks over 4 KiB is text, read the same at every chunk size")
    func longControlZRun() throws {
        let short = Bytes.utf8("nome\nAna\n" + String(repeating: "\u{1A}\n", count: 2_048))  // 4096 bytes from the mark
        let long = Bytes.utf8("nome\nAna\n" + String(repeating: "\u{1A}\n", count: 2_049))
        for chunkSize in [1, 7, 4_096, 1 << 16] {
            let dropped = try Self.read(short, chunkSize: chunkSize)
            #expect(dropped.rows == [Record(1, ["nome"]), Record(2, ["Ana"])], "chunk \(chunkSize)")
            #expect(dropped.warnings == [CSVWarning(file: "x.csv", line: 3, column: nil, kind: .endOfFileMark)])
            let kept = try Self.read(long, chunkSize: chunkSize)
            #expect(kept.rows.count == 2 + 2_049, "chunk \(chunkSize)")
            #expect(kept.rows.last == Record(2_051, ["\u{1A}"]), "chunk \(chunkSize)")
            #expect(kept.warnings.isEmpty, "chunk \(chunkSize)")
        }
    }

    @Test(
        "the odd last byte of UTF-16 is left out with a warning on the last line",
        arguments: [
            Bytes.utf16LE("nome\tminutos\r\nAna\t45\r\n", bom: true) + [0x42],
            Bytes.utf16BE("nome\tminutos\r\nAna\t45\r\n", bom: true) + [0x42],
            Bytes.utf16LE("nome\tminutos\r\nAna\t45\r\n", bom: false) + [0x42],
        ])
    func oddByte(bytes: [UInt8]) throws {
        for chunkSize in Self.chunkSizes {
            let reading = try Self.read(bytes, chunkSize: chunkSize)
            #expect(reading.rows == [Record(1, ["nome", "minutos"]), Record(2, ["Ana", "45"])], "chunk \(chunkSize)")
            #expect(
                reading.warnings == [CSVWarning(file: "x.csv", line: 3, column: nil, kind: .oddTrailingByte(0x42))],
                "chunk \(chunkSize)")
        }
        #expect(
            CSVWarning(file: "x.csv", line: 3, column: nil, kind: .oddTrailingByte(0x42)).description
                == "x.csv:3: UTF-16 text ends with half a character (the lone byte 0x42); the byte is ignored")
    }

    @Test("a Ctrl-Z then an odd byte in UTF-16: both left out, each with its line")
    func controlZThenOddByte() throws {
        let bytes = Bytes.utf16LE("nome\nAna\n\u{1A}\n", bom: true) + [0x00]
        let reading = try Self.read(bytes)
        #expect(reading.rows == [Record(1, ["nome"]), Record(2, ["Ana"])])
        #expect(
            reading.warnings == [
                CSVWarning(file: "x.csv", line: 3, column: nil, kind: .endOfFileMark),
                CSVWarning(file: "x.csv", line: 4, column: nil, kind: .oddTrailingByte(0x00)),
            ])
    }

    @Test("an unpaired surrogate becomes U+FFFD with a warning at its line and character column")
    func unpairedSurrogates() throws {
        // A low surrogate alone on line 2, a high one before a letter on line 3, a pair (kept) on line 4.
        var bytes = Bytes.utf16LE("nome\tobs\r\nAna\tx", bom: true) + [0x00, 0xDC]
        bytes += Bytes.utf16LE("y\r\nBeto\té", bom: false) + [0x3D, 0xD8] + Bytes.utf16LE("z\nCarla\t😀\n", bom: false)
        for chunkSize in Self.chunkSizes {
            let reading = try Self.read(bytes, chunkSize: chunkSize)
            #expect(
                reading.rows == [
                    Record(1, ["nome", "obs"]), Record(2, ["Ana", "x\u{FFFD}y"]), Record(3, ["Beto", "é\u{FFFD}z"]),
                    Record(4, ["Carla", "😀"]),
                ], "chunk \(chunkSize)")
            #expect(
                reading.warnings == [
                    CSVWarning(file: "x.csv", line: 2, column: 6, kind: .unpairedSurrogate(unit: 0xDC00)),
                    CSVWarning(file: "x.csv", line: 3, column: 7, kind: .unpairedSurrogate(unit: 0xD83D)),
                ], "chunk \(chunkSize)")
        }
        #expect(
            CSVWarning(file: "x.csv", line: 2, column: 6, kind: .unpairedSurrogate(unit: 0xDC00)).description
                == "x.csv:2:6: unpaired UTF-16 surrogate 0xDC00 replaced by \u{FFFD}")
    }

    @Test("past 20 unpaired surrogates, one warning counts the rest")
    func manySurrogates() throws {
        var bytes = Bytes.utf16LE("nome\n", bom: true)
        for _ in 0..<25 { bytes += [0x00, 0xDC] + Bytes.utf16LE("\n", bom: false) }
        let reading = try Self.read(bytes)
        #expect(reading.rows.count == 26)
        #expect(reading.warnings.count == 21)
        #expect(
            reading.warnings.first
                == CSVWarning(file: "x.csv", line: 2, column: 1, kind: .unpairedSurrogate(unit: 0xDC00)))
        #expect(
            reading.warnings.last
                == CSVWarning(file: "x.csv", line: 22, column: 1, kind: .moreUnpairedSurrogates(count: 5)))
    }
}
