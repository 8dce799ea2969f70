import Foundation

/// A programme year written by a test into a fresh temp folder: `<temp>/2021/events.csv`, the
/// event folders and their files, names given as bytes when they must not be UTF-8.
struct ProgrammeFolder {
    /// The temp folder holding the year.
    let root: URL
    /// `<root>/2021`.
    var year: String { root.appendingPathComponent("2021").path }

    static let catalog = """
        id,year,kind,title_pt,title_en,dates
        2021-03-10-webinario,2021,webinar,Webinário,Webinar,2021-03-10
        2021-05-20-gt,2021,working-group,Grupo,Group,2021-05-20;2021-06-17

        """

    static let list = "Nome,E-mail\nAna Souza,ana@example.org\nBeto Lima,beto@example.org\n"

    init(catalog: String = ProgrammeFolder.catalog) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("programme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("2021/2021-03-10-webinario"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("2021/2021-05-20-gt"), withIntermediateDirectories: true)
        try write(catalog, to: "events.csv")
    }

    /// Writes `text` to `2021/<path>`, creating the folders on the way.
    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: year).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes `text` to `2021/<folder>/<name>` where `name` is raw bytes (not UTF-8), with `open(2)`.
    func write(_ text: String, in folder: String, rawName name: [UInt8]) throws {
        let path = Array((year + "/" + folder + "/").utf8) + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Makes a folder at `2021/<path>`.
    func folder(_ path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (year as NSString).appendingPathComponent(path), withIntermediateDirectories: true)
    }

    /// Makes a FIFO at `2021/<path>`.
    func fifo(_ path: String) throws {
        guard mkfifo((year as NSString).appendingPathComponent(path), 0o644) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
