import AttendanceCSV
import Foundation

/// One file of a demo programme year: where it goes and its exact bytes.
public struct DemoFile: Sendable, Hashable {
    /// The path relative to the year's folder, with `/` separators: `events.csv`,
    /// `certifications.csv` or `<event id>/<export>.csv`.
    package var path: String
    /// The bytes as the platform writes them, byte-order mark included.
    package var bytes: Data
    /// The encoding the bytes are in (UTF-16 LE files start with the BOM `FF FE`).
    package var encoding: TextEncoding

    init(path: String, bytes: [UInt8], encoding: TextEncoding) {
        self.path = path
        self.bytes = Data(bytes)
        self.encoding = encoding
    }
}
