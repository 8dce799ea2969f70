import Foundation

/// Files a test writes itself (UTF-16 reports, date-order variants), each in a fresh temp folder.
enum ScratchFile {
    /// Writes `bytes` to `<fresh temp folder>/<name>` and returns the path.
    static func write(_ bytes: [UInt8], named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 (no BOM).
    static func write(_ text: String, named name: String) throws -> String {
        try write(Array(text.utf8), named: name)
    }

    /// Writes `text` as Teams does: UTF-16 little endian with a byte-order mark, CRLF line ends.
    static func writeUTF16LE(_ text: String, named name: String) throws -> String {
        let crlf = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in crlf.utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        return try write(bytes, named: name)
    }
}
