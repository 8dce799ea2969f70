import AttendanceCSV
import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel

extension ExportReaderBadInputTests {
    @Test("a named pipe or a device is refused by recognition, reading and hashing alike, naming it")
    func specialFiles() throws {
        let pipe = try ScratchFile.write([], named: "cano.csv")
        try FileManager.default.removeItem(atPath: pipe)
        #expect(mkfifo(pipe, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: pipe) }
        for (path, kind) in [(pipe, "a named pipe (FIFO)"), ("/dev/zero", "a character device")] {
            let error = CSVError.notRegularFile(file: "evento/x.csv", kind: kind)
            #expect(throws: FormatError.csv(error)) { try ExportReader.read(path: path, displayName: "evento/x.csv") }
            #expect(throws: FormatError.csv(error)) {
                try ExportReader.recognise(path: path, displayName: "evento/x.csv")
            }
            #expect(throws: error) { try SHA256.hex(ofFile: path, name: "evento/x.csv") }
        }
    }

    @Test("a file over the configured size limit fails before it is hashed or read, naming size and limit")
    func fileOverSizeLimit() throws {
        let path = try ScratchFile.write(Array("Nome,E-mail\nAna Souza,ana@example.org\n".utf8), named: "lista.csv")
        let limits = ReadingLimits(maximumFileBytes: 20)
        let error = CSVError.fileTooLarge(file: "evento/lista.csv", size: 38, limit: 20)
        #expect(throws: FormatError.csv(error)) {
            try ExportReader.read(path: path, displayName: "evento/lista.csv", limits: limits)
        }
        #expect(throws: error) { try SHA256.hex(ofFile: path, name: "evento/lista.csv", limits: limits) }
        #expect(try ExportReader.read(path: path, displayName: "evento/lista.csv").records.count == 1)
    }

    @Test("trailing Ctrl-Z after a list is an issue, not a person")
    func controlZ() throws {
        let parsed = try Self.read("Nome,E-mail\r\nAna Souza,ana@example.org\r\n\u{1A}\r\n\u{1A}")
        #expect(parsed.records.map(\.name) == ["Ana Souza"])
        #expect(parsed.issues.map(\.description) == ["evento/lista.csv:3: end-of-file mark Ctrl-Z (0x1A) ignored"])
    }
}
