/// How a CSV file is written: its encoding, its field delimiter, and where its data begins.
public struct CSVDialect: Sendable, Hashable, Codable {
    /// The file's character encoding.
    public var encoding: TextEncoding
    /// The field delimiter: `,`, `;` or tab.
    public var delimiter: UInt8
    /// Bytes at the start of the file that are not data: a byte-order mark and an Excel `sep=` line.
    public var preambleLength: Int
    /// Whether the file starts with an Excel `sep=X` line (not a record; data starts on line 2).
    public var hasSeparatorLine: Bool
    /// How many ill-formed sequences a file detected as UTF-8 holds, each of which ``CSVReader``
    /// replaces by U+FFFD (and reports as a ``CSVWarning``); 0 for valid UTF-8 and other encodings.
    ///
    /// A detected file is UTF-8 with ill-formed sequences only when its well-formed characters
    /// clearly outnumber them (see `detect(path:name:)`). A sequence is the longest start of a
    /// well-formed character at that place, or one byte: `E2 82` cut short is one, a stray `E9`
    /// is one.
    public var replacedSequenceCount: Int

    /// Creates a dialect.
    ///
    /// - Parameters:
    ///   - encoding: The character encoding.
    ///   - delimiter: The field delimiter byte (`,`, `;` or tab).
    ///   - preambleLength: Bytes to skip before the first record (BOM, `sep=` line).
    ///   - hasSeparatorLine: Whether the skipped bytes include an Excel `sep=` line.
    ///   - replacedSequenceCount: Ill-formed UTF-8 sequences the text holds, as detected.
    public init(
        encoding: TextEncoding = .utf8, delimiter: UInt8 = UInt8(ascii: ","), preambleLength: Int = 0,
        hasSeparatorLine: Bool = false, replacedSequenceCount: Int = 0
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.preambleLength = preambleLength
        self.hasSeparatorLine = hasSeparatorLine
        self.replacedSequenceCount = replacedSequenceCount
    }

    private enum CodingKeys: String, CodingKey {
        case encoding, delimiter, preambleLength, hasSeparatorLine, replacedSequenceCount
    }

    /// Decodes a dialect; one encoded before ``replacedSequenceCount`` existed has 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        encoding = try container.decode(TextEncoding.self, forKey: .encoding)
        delimiter = try container.decode(UInt8.self, forKey: .delimiter)
        preambleLength = try container.decode(Int.self, forKey: .preambleLength)
        hasSeparatorLine = try container.decode(Bool.self, forKey: .hasSeparatorLine)
        replacedSequenceCount = try container.decodeIfPresent(Int.self, forKey: .replacedSequenceCount) ?? 0
    }

    /// RFC 4180: UTF-8, comma.
    public static let rfc4180 = CSVDialect()

    /// What Excel on a Brazilian Windows opens correctly: UTF-8 with a BOM, semicolon.
    public static let excelBrazil = CSVDialect(encoding: .utf8BOM, delimiter: UInt8(ascii: ";"))

    /// Whether ``CSVReader`` can split fields on `byte`: tab, or ASCII punctuation other than
    /// the double quote.
    ///
    /// Letters, digits, a space (the reader keeps spaces from libcsv's trimming by hiding
    /// them), a quote, a line break or a byte beyond ASCII (it would cut UTF-8 characters
    /// in two) cannot separate fields.
    public static func isReadableDelimiter(_ byte: UInt8) -> Bool {
        guard byte != 0x09 else { return true }
        guard (0x21...0x7E).contains(byte), byte != UInt8(ascii: "\"") else { return false }
        let isDigit = (0x30...0x39).contains(byte)
        let isLetter = (0x61...0x7A).contains(byte | 0x20)
        return !isDigit && !isLetter
    }

    /// The delimiter as text: `","`, `";"` or `"\t"`.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: "\t"): "\\t"
        default: String(UnicodeScalar(delimiter))
        }
    }
}
