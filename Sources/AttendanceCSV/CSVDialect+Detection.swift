extension CSVDialect {
    /// Bytes looked at to guess the encoding's byte order and the delimiter.
    static let sniffLength = 1 << 16

    /// Detects the dialect of a file from its bytes.
    ///
    /// The encoding comes from a byte-order mark, from NUL bytes in most odd or even positions
    /// (UTF-16 without a mark), or from validating the whole file as UTF-8 (Windows-1252 when
    /// it is not). The delimiter is an Excel `sep=` line's, else the one of `,` `;` and tab
    /// that splits the most lines of the first 64 KiB, outside quotes.
    ///
    /// - Parameter path: The file to look at.
    /// - Throws: ``CSVError/unreadable(file:reason:)`` when it cannot be read.
    public static func detect(path: String) throws -> CSVDialect {
        let source = ByteSource.file(path)
        let head = try source.head(sniffLength, name: path)
        var encoding = byteOrderEncoding(head)
        if encoding == nil {
            var validator = UTF8Validator()
            try source.forEachChunk(size: 1 << 20, skipping: 0, name: path) { validator.feed(UnsafeBufferPointer($0)) }
            encoding = validator.finish() ? .utf8 : .windows1252
        }
        return dialect(head: head, encoding: encoding ?? .utf8)
    }

    /// Detects the dialect of bytes held in memory, as ``detect(path:)`` does for a file.
    public static func detect(bytes: [UInt8]) -> CSVDialect {
        var encoding = byteOrderEncoding(bytes)
        if encoding == nil {
            var validator = UTF8Validator()
            bytes.withUnsafeBufferPointer { validator.feed($0) }
            encoding = validator.finish() ? .utf8 : .windows1252
        }
        return dialect(head: Array(bytes.prefix(sniffLength)), encoding: encoding ?? .utf8)
    }

    /// The encoding a BOM or a UTF-16 NUL pattern announces, or `nil` for an 8-bit text.
    static func byteOrderEncoding(_ head: [UInt8]) -> TextEncoding? {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if head.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        let pairs = min(head.count / 2, 512)
        guard pairs >= 2 else { return nil }
        var evenNUL = 0
        var oddNUL = 0
        for index in 0..<pairs {
            if head[2 * index] == 0 { evenNUL += 1 }
            if head[2 * index + 1] == 0 { oddNUL += 1 }
        }
        // CSV structure (delimiters, digits, line breaks) is ASCII, so most units of UTF-16 text
        // have a NUL high byte; characters beyond Latin-1 (€, curly quotes, emoji) do not, so
        // demanding a NUL in every unit would miss real exports.
        if oddNUL * 2 >= pairs && evenNUL * 10 < oddNUL { return .utf16LE }
        if evenNUL * 2 >= pairs && oddNUL * 10 < evenNUL { return .utf16BE }
        return nil
    }

    private static func dialect(head: [UInt8], encoding: TextEncoding) -> CSVDialect {
        let bomLength: Int
        switch encoding {
        case .utf8BOM: bomLength = 3
        case .utf16LE, .utf16BE: bomLength = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .utf8, .windows1252: bomLength = 0
        }
        var transcoder = Transcoder(encoding: encoding)
        var text: [UInt8] = []
        head.dropFirst(bomLength).withUnsafeBufferPointer { transcoder.append($0, to: &text) }
        let unitWidth = encoding == .utf16LE || encoding == .utf16BE ? 2 : 1

        if let separator = excelSeparatorLine(text) {
            return CSVDialect(encoding: encoding, delimiter: separator.delimiter,
                              preambleLength: bomLength + separator.length * unitWidth, hasSeparatorLine: true)
        }
        return CSVDialect(encoding: encoding, delimiter: guessDelimiter(text), preambleLength: bomLength)
    }

    /// An Excel `sep=X` first line: its delimiter and its length in characters, line break included.
    static func excelSeparatorLine(_ text: [UInt8]) -> (delimiter: UInt8, length: Int)? {
        let prefix = Array("sep=".utf8)
        guard text.count >= 5, text[0..<4].map({ $0 | 0x20 }) == prefix else { return nil }
        let delimiter = text[4]
        guard delimiter != 0x0A && delimiter != 0x0D else { return nil }
        var length = 5
        while length < text.count && text[length] != 0x0A && text[length] != 0x0D { length += 1 }
        guard length == 5 || (length == 6 && text[5] == delimiter) else { return nil }
        if length < text.count && text[length] == 0x0D { length += 1 }
        if length < text.count && text[length] == 0x0A { length += 1 }
        return (delimiter, length)
    }

    /// The candidate delimiter that splits the most of the first lines, outside quotes.
    ///
    /// Lines are weighed equally, so a title line such as `Attendee Report,,,` counts no more
    /// than a data line; ties go to the higher count of delimiters per line.
    static func guessDelimiter(_ text: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var linesWith = [0, 0, 0]
        var totals = [0, 0, 0]
        var current = [0, 0, 0]
        var inQuotes = false
        var lines = 0
        func endLine() {
            for index in 0..<3 where current[index] > 0 {
                linesWith[index] += 1
                totals[index] += current[index]
            }
            current = [0, 0, 0]
            lines += 1
        }
        for byte in text {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes && (byte == 0x0A || byte == 0x0D) {
                endLine()
                if lines >= 50 { break }
            } else if !inQuotes, let index = candidates.firstIndex(of: byte) {
                current[index] += 1
            }
        }
        endLine()
        let best = (0..<3).max { a, b in
            (linesWith[a], totals[a], b) < (linesWith[b], totals[b], a)
        } ?? 0
        return linesWith[best] == 0 ? candidates[0] : candidates[best]
    }
}

/// Validates UTF-8 incrementally across chunk boundaries.
///
/// Exports are mostly ASCII with accented letters here and there, so ASCII is skipped eight
/// bytes at a time and a character is checked whole where the chunk holds it whole.
struct UTF8Validator {
    /// Continuation bytes still expected from a character split by the chunk boundary.
    private var pending = 0
    /// The range the next continuation byte must fall in (narrower after E0, ED, F0, F4).
    private var minimumNext: UInt8 = 0x80
    private var maximumNext: UInt8 = 0xBF
    private(set) var isValid = true

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard isValid, let base = chunk.baseAddress else { return }
        let count = chunk.count
        var index = 0
        while pending > 0 && index < count {
            guard base[index] >= minimumNext && base[index] <= maximumNext else { isValid = false; return }
            pending -= 1
            minimumNext = 0x80
            maximumNext = 0xBF
            index += 1
        }
        while index < count {
            if index + 8 <= count {
                let high = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                if high == 0 {
                    index += 8
                    continue
                }
                index += high.trailingZeroBitCount >> 3  // to the first non-ASCII byte (little endian)
            }
            let lead = base[index]
            guard lead >= 0x80 else {
                index += 1
                continue
            }
            // The common case in Portuguese text: a two-byte letter (C3 xx) held whole.
            if lead >= 0xC2 && lead <= 0xDF && index + 1 < count && base[index + 1] & 0xC0 == 0x80 {
                index += 2
                continue
            }
            let length: Int
            var minimum: UInt8 = 0x80
            var maximum: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimum = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; maximum = 0x9F
            case 0xF0: length = 4; minimum = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximum = 0x8F
            default: isValid = false; return
            }
            index += 1
            for position in 1..<length {
                guard index < count else {
                    pending = length - position
                    minimumNext = minimum
                    maximumNext = maximum
                    return
                }
                guard base[index] >= minimum && base[index] <= maximum else { isValid = false; return }
                minimum = 0x80
                maximum = 0xBF
                index += 1
            }
        }
    }

    mutating func finish() -> Bool {
        isValid && pending == 0
    }
}
