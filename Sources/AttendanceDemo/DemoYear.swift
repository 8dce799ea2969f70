import AttendanceModel
import Foundation

/// A generated programme year: the files of its import folder and the answer key.
public struct DemoYear: Sendable, Hashable {
    /// `events.csv`, `certifications.csv` and every export, in path order.
    public var files: [DemoFile]
    /// What a correct program reports, and who each record is.
    package var truth: DemoTruth

    /// The answer key as JSON, in the shape of the samples' answer keys: keys sorted, the
    /// figures indented, one file, person or record per line (greppable, and small enough to
    /// keep in git beside the year).
    package func truthJSON() throws -> Data {
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let compact = JSONEncoder()
        compact.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func lines<T: Encodable>(_ items: [T]) throws -> String {
            let encoded = try items.map { String(decoding: try compact.encode($0), as: UTF8.self) }
            return encoded.isEmpty ? "[]" : "[\n    " + encoded.joined(separator: ",\n    ") + "\n  ]"
        }
        let expected = String(decoding: try pretty.encode(truth.expected), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "\n  ")
        let text =
            "{\n  \"expected\" : \(expected),\n  \"files\" : \(try lines(truth.files)),\n"
            + "  \"people\" : \(try lines(truth.people)),\n  \"records\" : \(try lines(truth.records))\n}\n"
        return Data(text.utf8)
    }

    /// Writes the files under `folder` (created when missing; files of the same name replaced)
    /// and the answer key beside it, never inside: the importer must not read it as an export.
    ///
    /// - Parameters:
    ///   - folder: The programme year's import folder, such as `Imports/2021`.
    ///   - truthFile: Where the answer key goes; by default `<folder>.truth.json` next to the
    ///     folder (`Imports/2021.truth.json`), where the acceptance check looks for it.
    /// - Returns: Where the answer key went.
    /// - Throws: `ExportError` naming the folder or file, the reason and what to do when it
    ///   cannot be written.
    @discardableResult
    public func write(to folder: URL, truthTo truthFile: URL? = nil) throws -> URL {
        let writer = try DemoFolderWriter(folder: folder)
        for file in files { writer.write(file) }
        try writer.finish()
        let truthURL = truthFile ?? Self.truthFile(beside: folder)
        try OutputFile.write(try truthJSON(), to: truthURL.path)
        return truthURL
    }

    /// `<folder>.truth.json` next to `folder`: `Imports/2021` → `Imports/2021.truth.json`.
    package static func truthFile(beside folder: URL) -> URL {
        let standardized = folder.standardizedFileURL
        return standardized.deletingLastPathComponent().appendingPathComponent(
            standardized.lastPathComponent + ".truth.json")
    }
}
