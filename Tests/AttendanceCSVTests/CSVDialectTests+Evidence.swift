import AttendanceCSV
import Foundation
import Testing

/// The evidence rule: text that is not valid UTF-8 is read as UTF-8 only when its well-formed
/// characters beyond ASCII are at least eight times as many as its ill-formed sequences.
extension CSVDialectTests {
    /// A file with `valid` letters `ã` on one line, then `invalid` lines holding a stray 0xE9.
    static func evidence(valid: Int, invalid: Int) -> [UInt8] {
        var bytes = Array("nome\n\(String(repeating: "ã", count: valid))\n".utf8)
        for _ in 0..<invalid { bytes += [UInt8(ascii: "x"), 0xE9, 0x0A] }
        return bytes
    }

    @Test(
        "UTF-8 needs eight well-formed characters per ill-formed sequence, else Windows-1252",
        arguments: [
            (0, 0, TextEncoding.utf8, 0), (3, 0, .utf8, 0), (8, 1, .utf8, 1), (7, 1, .windows1252, 0),
            (16, 2, .utf8, 2), (15, 2, .windows1252, 0), (1, 1, .windows1252, 0), (0, 1, .windows1252, 0),
            (0, 500, .windows1252, 0), (4000, 500, .utf8, 500), (3999, 500, .windows1252, 0),
        ] as [(Int, Int, TextEncoding, Int)])
    func evidenceRule(valid: Int, invalid: Int, encoding: TextEncoding, replaced: Int) throws {
        let bytes = Self.evidence(valid: valid, invalid: invalid)
        let fromMemory = CSVDialect.detect(bytes: bytes)
        #expect(fromMemory == CSVDialect(encoding: encoding, replacedSequenceCount: replaced))
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(try CSVDialect.detect(path: directory.write(bytes, to: "evidencia.csv")) == fromMemory)
    }

    @Test("the evidence is counted over the whole file, across the 1 MiB reads of detection")
    func evidenceAcrossValidationChunks() throws {
        // Eight ç before the first MiB, a stray byte after it, a character cut by the boundary.
        var bytes = Array("a,b\nçççççççç\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: (1 << 20) - bytes.count - 1)
        bytes += Array("ã\nJos".utf8) + [0xE9] + Array(",y\n".utf8)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let dialect = try CSVDialect.detect(path: directory.write(bytes, to: "mega.csv"))
        #expect(dialect == CSVDialect(encoding: .utf8, replacedSequenceCount: 1))
        #expect(CSVDialect.detect(bytes: bytes) == dialect)
    }

    @Test("a dialect encoded before the replaced count existed decodes with 0; a new one round-trips")
    func codable() throws {
        let old = Data(#"{"encoding":"utf-8","delimiter":59,"preambleLength":3,"hasSeparatorLine":false}"#.utf8)
        #expect(
            try JSONDecoder().decode(CSVDialect.self, from: old)
                == CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ";"), preambleLength: 3))
        let dialect = CSVDialect(encoding: .utf8BOM, preambleLength: 3, replacedSequenceCount: 7)
        #expect(try JSONDecoder().decode(CSVDialect.self, from: JSONEncoder().encode(dialect)) == dialect)
    }
}
