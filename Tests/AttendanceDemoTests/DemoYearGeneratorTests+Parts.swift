import AttendanceDemo
import Foundation
import Testing

/// Benchmark years: long lists split into parts, and the year written as it is made.
extension DemoYearGeneratorTests {
    /// The small year with lists of at most 20 records a file.
    static let split = DemoYearGenerator(seed: 7, scale: 0.05, maximumRowsPerFile: 20)

    @Test("lists longer than the maximum become parts with the header; other files stay as they were")
    func longListsSplit() throws {
        let whole = DemoYears.small
        let parts = Self.split.generate()
        let wholeFiles = Dictionary(uniqueKeysWithValues: whole.files.map { ($0.path, $0) })
        let partFiles = parts.files.filter { $0.path.contains("-parte") }
        // The certificates (109 records) and the ceremony's typed list (31) at this scale.
        let split = partFiles.map {
            $0.path.replacingOccurrences(of: #"-parte\d\d"#, with: "", options: .regularExpression)
        }
        let lists = ["curso-migracidades-enap/certificados.csv", "2021-12-16-entrega-do-selo/presenca-cerimonia.csv"]
        #expect(Set(split) == Set(lists))
        #expect(partFiles.count == 6 + 2)
        for file in parts.files where !file.path.contains("-parte") {
            #expect(wholeFiles[file.path] == file, "\(file.path)")
        }
        for original in whole.files where !parts.files.contains(where: { $0.path == original.path }) {
            let stem = original.path.dropLast(4)
            let pieces = partFiles.filter { $0.path.hasPrefix(stem + "-parte") }.sorted { $0.path < $1.path }
            #expect(pieces.count >= 2, "\(original.path)")
            let records = whole.truth.records.filter { $0.file == original.path }
            let headerLines = records[0].line - 1
            let lines = DemoYears.lines(of: original)
            var body: [String] = []
            for piece in pieces {
                let pieceLines = DemoYears.lines(of: piece)
                #expect(Array(pieceLines.prefix(headerLines)) == Array(lines.prefix(headerLines)), "\(piece.path)")
                #expect(pieces.first?.encoding == original.encoding)
                // The last "line" is empty: a file ends with a line break.
                body += pieceLines.dropFirst(headerLines).dropLast()
                #expect(parts.truth.records.filter { $0.file == piece.path }.count <= 20, "\(piece.path)")
            }
            #expect(body == Array(lines.dropFirst(headerLines).dropLast()), "\(original.path)")
        }
    }

    @Test("every record of a part points at its own row in that part")
    func partRecordsPointAtTheirRows() throws {
        let whole = DemoYears.small
        let parts = Self.split.generate()
        #expect(parts.truth.records.count == whole.truth.records.count)
        #expect(parts.truth.expected == whole.truth.expected)
        let wholeLines = Dictionary(uniqueKeysWithValues: whole.files.map { ($0.path, DemoYears.lines(of: $0)) })
        let partLines = Dictionary(uniqueKeysWithValues: parts.files.map { ($0.path, DemoYears.lines(of: $0)) })
        for (before, after) in zip(whole.truth.records, parts.truth.records) {
            #expect(after.personKey == before.personKey)
            let row = try #require(partLines[after.file]?[after.line - 1], "\(after.file):\(after.line)")
            #expect(row == wholeLines[before.file]?[before.line - 1], "\(after.file):\(after.line)")
        }
        let exports = Set(parts.files.map(\.path)).subtracting(["events.csv", "certifications.csv"])
        #expect(Set(parts.truth.files) == exports)
    }

    @Test("a year written as it is made has the bytes of the generated one, and counts what it wrote")
    func writtenAsItIsMade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-write-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let counts = try Self.split.write(to: folder)
        let year = Self.split.generate()
        #expect(counts.files == year.files.count)
        #expect(counts.records == year.truth.records.count)
        #expect(counts.people >= year.truth.people.count)
        for file in year.files {
            let written = try Data(contentsOf: folder.appendingPathComponent(file.path))
            #expect(written == file.bytes, "\(file.path)")
        }
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        #expect(names.count == year.files.count)
    }

    @Test("scale goes up to 2,000 for benchmark years and is clamped beyond")
    func largestScale() {
        #expect(DemoYearGenerator(seed: 1, scale: 236.2).scale == 236.2)
        #expect(DemoYearGenerator(seed: 1, scale: 5000).scale == DemoYearGenerator.maximumScale)
        #expect(DemoYearGenerator(seed: 1, scale: 0).scale == 0.01)
        #expect(DemoYearGenerator(seed: 1, maximumRowsPerFile: 0).maximumRowsPerFile == 1)
    }
}
