import AttendanceCSV
import Foundation
import Testing

@Suite struct CSVDialectTests {
    @Test(
        "valid UTF-8 of every length is UTF-8",
        arguments: [
            [0x61], [0xC3, 0xA7], [0xC2, 0x80], [0xDF, 0xBF], [0xE2, 0x82, 0xAC], [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        ] as [[UInt8]])
    func validUTF8(_ character: [UInt8]) {
        // At every offset in an eight-byte word, next to itself, and at the very end.
        for offset in 0..<9 {
            let padding = [UInt8](repeating: UInt8(ascii: "x"), count: offset)
            let bytes =
                Array("nome,cidade\n".utf8) + padding + character + Array("ijklmnopq,".utf8) + character
                + character + Array("ã,é\n".utf8) + padding + character
            #expect(CSVDialect.detect(bytes: bytes).encoding == .utf8, "offset \(offset)")
        }
    }

    @Test(
        "invalid UTF-8 (overlong, surrogate, too large, truncated, stray) is Windows-1252",
        arguments: [
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0x80], [0xBF], [0xFE], [0xFF],
            [0xC3, 0x41], [0xC3, 0xA7, 0xA7], [0x41, 0xA7], [0xC3, 0xC3, 0xA7], [0xE2, 0x82, 0xAC, 0x82],
        ] as [[UInt8]])
    func invalidUTF8(_ sequence: [UInt8]) {
        for offset in 0..<9 {
            let padding = [UInt8](repeating: UInt8(ascii: "x"), count: offset)
            let text = Array("nome,cidade\n".utf8) + padding + Array("ção".utf8) + sequence
            #expect(CSVDialect.detect(bytes: text + Array("abcdefghijklmnop\n".utf8)).encoding == .windows1252)
            #expect(CSVDialect.detect(bytes: text).encoding == .windows1252)
        }
    }

    @Test("a character split across the 1 MiB validation reads of a file is still valid UTF-8")
    func characterAcrossValidationChunks() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for offset in 1...3 {
            var bytes = Array("a,b\n".utf8)
            bytes += [UInt8](repeating: UInt8(ascii: "x"), count: (1 << 20) - bytes.count - offset)
            bytes += [0xF0, 0x9F, 0x98, 0x80] + Array(",y\n".utf8)
            let path = try directory.write(bytes, to: "split-\(offset).csv")
            #expect(try CSVDialect.detect(path: path).encoding == .utf8)
            bytes[bytes.count - 4] = 0x41  // the emoji's last byte, now not a continuation byte
            let broken = try directory.write(bytes, to: "broken-\(offset).csv")
            #expect(try CSVDialect.detect(path: broken).encoding == .windows1252)
        }
    }

    @Test(
        "delimiters are told apart by the lines they split",
        arguments: [
            ("a,b,c\n1,2,3\n", ","), ("a;b;c\n1;2,5;3\n", ";"), ("a\tb\n1,5\t2\n", "\\t"), ("só uma coluna\nx\n", ","),
            ("\"a;b\",c\n\"1;2\",3\n", ","),
        ])
    func delimiters(_ text: String, _ name: String) {
        #expect(CSVDialect.detect(bytes: Array(text.utf8)).delimiterName == name)
    }

    @Test("the named dialects the writer uses")
    func namedDialects() {
        #expect(CSVDialect.rfc4180 == CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ",")))
        #expect(CSVDialect.excelBrazil == CSVDialect(encoding: .utf8BOM, delimiter: UInt8(ascii: ";")))
        #expect(
            TextEncoding.allCases.map(\.rawValue) == ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"])
    }
}
