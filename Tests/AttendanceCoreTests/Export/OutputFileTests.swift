import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

/// Where a report or list cannot be written, the error names the path, the reason and what to do.
@Suite struct OutputFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("output-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test("a file is written whole, with the permissions asked")
    func writes() throws {
        let path = folder + "/person.json"
        try OutputFile.write(Array("{}".utf8), to: path, permissions: 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data("{}".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["person.json"])
    }

    @Test("a symbolic link is written through, not replaced (as /dev/stdout must be)")
    func symbolicLink() throws {
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: "target.json")
        try OutputFile.write(Array("{}".utf8), to: folder + "/link.json")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.json") == "target.json")
        #expect(FileManager.default.contents(atPath: folder + "/target.json") == Data("{}".utf8))
    }

    @Test("a missing folder")
    func missingFolder() throws {
        let path = folder + "/nope/report.json"
        let error = try #require(throws: ExportError.self) { try OutputFile.write(Array("x".utf8), to: path) }
        #expect(error == .cannotWrite(file: path, code: ENOENT))
        #expect(
            error.description
                == "\(path): cannot write the file (No such file or directory): the folder \(folder)/nope does not "
                + "exist; create it first, or write elsewhere")
    }

    @Test("a path that is a folder, for a whole file and for a CSV")
    func pathIsAFolder() throws {
        let expected =
            "\(folder): cannot write the file (Is a directory): this is a folder; name a file inside it instead"
        let whole = try #require(throws: ExportError.self) { try OutputFile.write(Array("x".utf8), to: folder) }
        #expect(whole.description == expected)
        let csv = try #require(throws: ExportError.self) { _ = try OutputFile.csvWriter(path: folder) }
        #expect(csv.description == expected)
        let audit = try #require(throws: ExportError.self) { try AuditExport.write(rows: [], to: folder) }
        #expect(audit == .cannotWrite(file: folder, code: EISDIR))
    }

    @Test("a folder to create where a file is in the way")
    func fileInTheWay() throws {
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/Exports"))
        let error = try #require(throws: ExportError.self) { try OutputFile.createFolder(folder + "/Exports/2021") }
        #expect(
            error.description
                == "\(folder)/Exports/2021: cannot create the folder: \(folder)/Exports is a file, not a folder; "
                + "choose another folder, or move the file away")
    }

    @Test("a read-only folder says so and what to do")
    func readOnlyMessage() {
        #expect(
            ExportError.cannotWrite(file: "out/r.csv", code: EACCES).description
                == "out/r.csv: cannot write the file (Permission denied): you may not write in out; make it writable, "
                + "or write elsewhere")
        #expect(
            ExportError.cannotCreateFolder(folder: "out/2021", code: EROFS).description
                == "out/2021: cannot create the folder (Read-only file system): the disk is read-only; write elsewhere")
    }
}
