/// Something ``CSVReader`` repaired or left out in a file and read on past; the caller may report it.
///
/// Repairs: an ill-formed UTF-8 sequence in a file read as UTF-8, or an unpaired surrogate in
/// UTF-16, replaced by U+FFFD. The reader lists the first `listedLimit` of a file one by one,
/// then at most one `Kind/moreInvalidUTF8(count:)` (`Kind/moreUnpairedSurrogates(count:)`)
/// for all the others, so a hostile file cannot make the list grow with its size. Left out: a
/// record with a field longer than `ReadingLimits/maximumFieldBytes` (one warning per record),
/// a DOS end-of-file mark, and the odd last byte of a UTF-16 file; none of them becomes a record.
public struct CSVWarning: Sendable, Hashable, CustomStringConvertible {
    /// What was repaired.
    public enum Kind: Sendable, Hashable {
        /// One ill-formed sequence (1–3 bytes, a stray byte or a character cut short) replaced
        /// by one U+FFFD.
        case invalidUTF8(bytes: [UInt8])
        /// `count` more ill-formed sequences, from this one on, each replaced by U+FFFD but not
        /// listed one by one.
        case moreInvalidUTF8(count: Int)
        /// A UTF-16 surrogate without its pair (`unit`, a high one not followed by a low one, or a
        /// low one alone) replaced by one U+FFFD.
        case unpairedSurrogate(unit: UInt16)
        /// `count` more unpaired surrogates, from this one on, each replaced by U+FFFD but not
        /// listed one by one.
        case moreUnpairedSurrogates(count: Int)
        /// A record skipped because one of its fields, at ``CSVWarning/column`` (1-based field
        /// position), is `bytes` long, more than the `limit`.
        case fieldTooLong(bytes: Int, limit: Int)
        /// A Ctrl-Z (0x1A) and the line breaks after it at the end of the text, ignored: old
        /// Windows tools end files with it.
        case endOfFileMark
        /// The last byte of a UTF-16 file with an odd number of bytes, half a character, ignored.
        case oddTrailingByte(UInt8)
    }

    /// Sequences listed one by one before the rest are only counted.
    public static let listedLimit = 20

    /// The name the reader was given for its file.
    public var file: String
    /// The 1-based physical line of the (first) repaired sequence, counting CR LF, a lone CR
    /// and a lone LF as one line break each, inside quoted fields too, as ``CSVRow/line`` does.
    public var line: Int
    /// For a replacement, the 1-based position of the (first) replaced sequence on its line, in
    /// characters (Unicode scalars as read, each replaced sequence one), not bytes; for a field too
    /// long, the field's 1-based position in its record; `nil` for what ends the file.
    public var column: Int?
    /// What was repaired.
    public var kind: Kind

    /// Creates a warning.
    public init(file: String, line: Int, column: Int?, kind: Kind) {
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
        case .unpairedSurrogate(let unit):
            return "unpaired UTF-16 surrogate \(Self.hex(unit)) replaced by \u{FFFD}"
        case .moreUnpairedSurrogates(let count):
            return "\(count) more unpaired UTF-16 \(count == 1 ? "surrogate" : "surrogates"), from here on, "
                + "replaced by \u{FFFD} (only the first \(Self.listedLimit) are listed)"
        case .fieldTooLong(let bytes, let limit):
            return "field of \(bytes) bytes is longer than the limit of \(limit); row skipped"
        case .endOfFileMark:
            return "end-of-file mark Ctrl-Z (0x1A) ignored"
        case .oddTrailingByte(let byte):
            return "UTF-16 text ends with half a character (the lone byte \(Self.hex(byte))); the byte is ignored"
        }
    }

    /// `file:line:column: message` (`file:line: message` without a column), as the command line shows it.
    public var description: String {
        if let column { return "\(file):\(line):\(column): \(message)" }
        return "\(file):\(line): \(message)"
    }

    /// `0xE9`.
    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// `0xD83D`.
    private static func hex(_ unit: UInt16) -> String {
        hex(UInt8(unit >> 8)) + String(hex(UInt8(unit & 0xFF)).dropFirst(2))
    }
}
