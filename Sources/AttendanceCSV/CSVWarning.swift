/// Something ``CSVReader`` repaired in a file and read on past: the records are all delivered,
/// and the caller may report it.
///
/// Today the one repair is an ill-formed UTF-8 sequence in a file read as UTF-8, replaced by
/// U+FFFD. The reader lists the first ``listedLimit`` of a file one by one, then at most one
/// ``Kind/moreInvalidUTF8(count:)`` for all the others, so a hostile file cannot make the list
/// grow with its size.
public struct CSVWarning: Sendable, Hashable, CustomStringConvertible {
    /// What was repaired.
    public enum Kind: Sendable, Hashable {
        /// One ill-formed sequence (1–3 bytes, a stray byte or a character cut short) replaced
        /// by one U+FFFD.
        case invalidUTF8(bytes: [UInt8])
        /// `count` more ill-formed sequences, from this one on, each replaced by U+FFFD but not
        /// listed one by one.
        case moreInvalidUTF8(count: Int)
    }

    /// Sequences listed one by one before the rest are only counted.
    public static let listedLimit = 20

    /// The name the reader was given for its file.
    public var file: String
    /// The 1-based physical line of the (first) repaired sequence, counting CR LF, a lone CR
    /// and a lone LF as one line break each, inside quoted fields too, as ``CSVRow/line`` does.
    public var line: Int
    /// The 1-based position of the (first) repaired sequence on its line, in characters (Unicode
    /// scalars as read, each replaced sequence one), not bytes and not fields.
    public var column: Int
    /// What was repaired.
    public var kind: Kind

    /// Creates a warning.
    public init(file: String, line: Int, column: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// What happened, without the place: `invalid UTF-8 byte 0xE9 replaced by �`.
    public var message: String {
        switch kind {
        case .invalidUTF8(let bytes):
            let hex = bytes.map(Self.hex).joined(separator: " ")
            return "invalid UTF-8 \(bytes.count == 1 ? "byte" : "bytes") \(hex) replaced by \u{FFFD}"
        case .moreInvalidUTF8(let count):
            return "\(count) more invalid UTF-8 \(count == 1 ? "sequence" : "sequences"), from here on, "
                + "replaced by \u{FFFD} (only the first \(Self.listedLimit) are listed)"
        }
    }

    /// `file:line:column: message`, as the command line shows it.
    public var description: String { "\(file):\(line):\(column): \(message)" }

    /// `0xE9`.
    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
