import AttendanceCSV
import Foundation
import Testing

/// Every input the fuzzers (`Fuzz/run.sh`) once failed on, read again with the harness's checks.
@Suite struct FuzzRegressionTests {
    static let files: [String] = {
        guard let folder = try? Fixture.path("fuzz-regressions"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [] }
        return names.sorted()
    }()

    @Test("the fuzz regressions are there")
    func folderIsNotEmpty() {
        #expect(!Self.files.isEmpty)
    }

    @Test("a fuzz regression reads the same at every chunk size, as UTF-8 rows on growing lines", arguments: files)
    func readsCleanly(name: String) throws {
        let path = try Fixture.path("fuzz-regressions/\(name)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let reference = Outcome(CSVReader(bytes: bytes, name: name))
        for chunkSize in 1...64 {
            #expect(
                Outcome(CSVReader(bytes: bytes, name: name, chunkSize: chunkSize)) == reference, "chunk \(chunkSize)")
        }
        #expect(Outcome(try CSVReader(path: path)).rows == reference.rows)
        if let error = reference.error { #expect(error.hasPrefix(name + ":")) }
        var previous = 0
        for row in reference.rows {
            #expect(row.line > previous)
            previous = row.line
            for field in row.fields { #expect(String(validating: field, as: UTF8.self) != nil) }
        }
        guard reference.error == nil else { return }
        let written = try CSVWriter.bytes(reference.rows.map(\.strings), lineEnding: .lf)
        #expect(
            Outcome(CSVReader(bytes: written, dialect: .rfc4180)).rows.map(\.fields) == reference.rows.map(\.fields))
    }

    @Test(
        "with an 8-byte field limit, a fuzz regression keeps the rows without a longer field at every chunk size",
        arguments: files)
    func readsWithinFieldLimit(name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: try Fixture.path("fuzz-regressions/\(name)"))))
        let unlimited = Outcome(CSVReader(bytes: bytes, name: name))
        let limits = ReadingLimits(maximumFieldBytes: 8)
        for chunkSize in [1, 2, 3, 7, 64, 1 << 16] {
            var rows: [Outcome.Row] = []
            var skipped: [Int] = []
            let reader = CSVReader(bytes: bytes, name: name, chunkSize: chunkSize, limits: limits)
            do {
                let warnings = try reader.forEachRow { row in
                    rows.append(
                        Outcome.Row(line: row.line, fields: (0..<row.count).map { row.withUTF8($0) { Array($0) } }))
                }
                for warning in warnings {
                    if case .fieldTooLong = warning.kind { skipped.append(warning.line) }
                }
            } catch {
                #expect(unlimited.error != nil, "chunk \(chunkSize): \(error)")
                continue
            }
            guard unlimited.error == nil else { continue }
            let isShort = { (row: Outcome.Row) in row.fields.allSatisfy { $0.count <= 8 } }
            #expect(rows == unlimited.rows.filter(isShort), "chunk \(chunkSize)")
            #expect(skipped == unlimited.rows.filter { !isShort($0) }.map(\.line), "chunk \(chunkSize)")
        }
    }

    @Test("a UTF-16 high surrogate then half a unit at the end: one U+FFFD for the surrogate, the half unit left out")
    func surrogateThenHalfUnit() throws {
        // The input's last three bytes, where the transcoder gave one U+FFFD for both.
        let path = try Fixture.path("fuzz-regressions/utf16-high-surrogate-then-half-unit.csv")
        let ending = Array(try Data(contentsOf: URL(fileURLWithPath: path)).suffix(3))
        #expect(ending == [0x4E, 0xD9, 0xD9])  // U+D94E little endian, then 0xD9 alone
        let bytes = Bytes.utf16LE("nome\tminutos\nAna\t", bom: true) + ending
        var rows: [[String]] = []
        let warnings = try CSVReader(bytes: bytes, name: "t.csv").forEachRow { rows.append($0.fields) }
        #expect(rows.last == ["Ana", "\u{FFFD}"])
        #expect(
            warnings == [
                CSVWarning(file: "t.csv", line: 2, column: 5, kind: .unpairedSurrogate(unit: 0xD94E)),
                CSVWarning(file: "t.csv", line: 2, column: nil, kind: .oddTrailingByte(0xD9)),
            ])
    }
}

/// What a reader delivered, for comparing two readings.
struct Outcome: Equatable {
    struct Row: Equatable {
        var line: Int
        var fields: [[UInt8]]
        var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }
    }

    var rows: [Row] = []
    var error: String?

    init(_ reader: borrowing CSVReader) {
        var rows: [Row] = []
        do {
            try reader.forEachRow { row in
                rows.append(Row(line: row.line, fields: (0..<row.count).map { row.withUTF8($0) { Array($0) } }))
            }
        } catch {
            self.error = String(describing: error)
        }
        self.rows = rows
    }
}
