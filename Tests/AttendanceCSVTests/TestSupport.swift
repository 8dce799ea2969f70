import AttendanceCSV
import Foundation

/// One record as the tests compare it: its start line and its fields.
struct Record: Equatable, CustomStringConvertible {
    let line: Int
    let fields: [String]

    init(_ line: Int, _ fields: [String]) {
        self.line = line
        self.fields = fields
    }

    var description: String { "\(line): \(fields)" }
}

extension CSVReader {
    /// Every record as a comparable value.
    func all() throws -> [Record] {
        try records().map { Record($0.line, $0.fields) }
    }
}

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("attendance-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to a file named `name` and returns its path.
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Test input helpers: text in the encodings exports arrive in.
enum Bytes {
    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func utf16LE(_ text: String, bom: Bool) -> [UInt8] {
        (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func utf16BE(_ text: String, bom: Bool) -> [UInt8] {
        (bom ? [0xFE, 0xFF] : []) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}
