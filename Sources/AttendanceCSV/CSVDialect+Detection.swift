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
    /// - Parameters:
    ///   - path: The file to look at.
    ///   - name: The name used in error messages; the path by default.
    /// - Throws: ``CSVError/unreadable(file:reason:)`` when it cannot be read.
    public static func detect(path: String, name: String? = nil) throws -> CSVDialect {
        let source = ByteSource.file(path)
        let name = name ?? path
        let head = try source.head(sniffLength, name: name)
        var encoding = byteOrderEncoding(head)
        if encoding == nil || encoding == .utf8BOM {
            var validator = UTF8Validator()
            try source.forEachChunk(size: 1 << 20, skipping: utf8BOMLength(head), name: name) {
                validator.feed(UnsafeBufferPointer($0))
            }
            encoding = validator.finish() ? encoding ?? .utf8 : .windows1252
        }
        return dialect(head: head, encoding: encoding ?? .utf8)
    }

    /// Detects the dialect of bytes held in memory, as ``detect(path:)`` does for a file.
    public static func detect(bytes: [UInt8]) -> CSVDialect {
        var encoding = byteOrderEncoding(bytes)
        if encoding == nil || encoding == .utf8BOM {
            var validator = UTF8Validator()
            bytes.dropFirst(utf8BOMLength(bytes)).withUnsafeBufferPointer { validator.feed($0) }
            encoding = validator.finish() ? encoding ?? .utf8 : .windows1252
        }
        return dialect(head: Array(bytes.prefix(sniffLength)), encoding: encoding ?? .utf8)
    }

    /// 3 when the bytes start with a UTF-8 byte-order mark, else 0.
    ///
    /// A file with the mark whose text is not UTF-8 after all (rows in Windows-1252 pasted into
    /// an Excel "CSV UTF-8" file) is read as Windows-1252, like any other file that is not
    /// UTF-8, and the mark is still not part of the data.
    private static func utf8BOMLength(_ head: [UInt8]) -> Int {
        head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
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
        case .utf8BOM, .windows1252: bomLength = utf8BOMLength(head)
        case .utf16LE, .utf16BE:
            bomLength = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .utf8: bomLength = 0
        }
        var transcoder = Transcoder(encoding: encoding)
        var text: [UInt8] = []
        head.dropFirst(bomLength).withUnsafeBufferPointer { transcoder.append($0, to: &text) }
        let unitWidth = encoding == .utf16LE || encoding == .utf16BE ? 2 : 1

        if let separator = excelSeparatorLine(text) {
            return CSVDialect(
                encoding: encoding, delimiter: separator.delimiter,
                preambleLength: bomLength + separator.length * unitWidth, hasSeparatorLine: true)
        }
        return CSVDialect(encoding: encoding, delimiter: guessDelimiter(text), preambleLength: bomLength)
    }

    /// An Excel `sep=X` first line: its delimiter and its length in characters, line break included.
    ///
    /// Only a delimiter the reader can split on counts (see ``isReadableDelimiter(_:)``): a line
    /// such as `sep= ` or `sep="` is data.
    static func excelSeparatorLine(_ text: [UInt8]) -> (delimiter: UInt8, length: Int)? {
        let prefix = Array("sep=".utf8)
        guard text.count >= 5, text[0..<4].map({ $0 | 0x20 }) == prefix else { return nil }
        let delimiter = text[4]
        guard isReadableDelimiter(delimiter) else { return nil }
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
        let best =
            (0..<3).max { a, b in
                (linesWith[a], totals[a], b) < (linesWith[b], totals[b], a)
            } ?? 0
        return linesWith[best] == 0 ? candidates[0] : candidates[best]
    }
}

/// Validates UTF-8 incrementally across chunk boundaries.
///
/// Exports are ASCII with accented letters here and there, and those letters are two-byte
/// characters (`ã` is C3 A3). So the text is checked eight bytes at a time, without branching
/// on each letter: a word passes when every lead byte is C2–DF and is followed by exactly one
/// continuation byte (the last byte's continuation may open the next word). Any other word —
/// three- and four-byte characters, or an error — is checked character by character.
struct UTF8Validator {
    /// Continuation bytes still expected from a character split by the chunk boundary.
    private var pending = 0
    /// The range the next continuation byte must fall in (narrower after E0, ED, F0, F4).
    private var minimumNext: UInt8 = 0x80
    private var maximumNext: UInt8 = 0xBF
    private(set) var isValid = true

    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard isValid, let base = chunk.baseAddress else { return }
        let count = chunk.count
        var index = 0
        while pending > 0 && index < count {
            guard base[index] >= minimumNext && base[index] <= maximumNext else {
                isValid = false
                return
            }
            pending -= 1
            minimumNext = 0x80
            maximumNext = 0xBF
            index += 1
        }
        // 0x80 when the byte before `index` is a two-byte lead whose continuation opens this word.
        var carry: UInt64 = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let lead = word & (word << 1) & Self.high  // 11xxxxxx
            let continuation = word & ~(word << 1) & Self.high  // 10xxxxxx
            let overlong = (word & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xC0C0_C0C0_C0C0_C0C0  // a zero byte: C0 or C1
            if lead & (word << 2) == 0  // no lead of three or four bytes (111xxxxx)
                && (overlong &- Self.ones) & ~overlong & Self.high == 0
                && continuation == (lead << 8) | carry
            {
                carry = lead >> 56
                index += 8
                continue
            }
            if carry != 0 { index -= 1 }  // back to the lead of the character in progress
            carry = 0
            let stop = index + 8
            while index < stop {
                guard step(base, count: count, index: &index) else { return }
            }
        }
        if carry != 0 { index -= 1 }
        while index < count {
            guard step(base, count: count, index: &index) else { return }
        }
    }

    /// Checks the character at `index` and moves past it; `false` when it is invalid or runs
    /// past the chunk (then the bytes it still needs are remembered for the next chunk).
    private mutating func step(_ base: UnsafePointer<UInt8>, count: Int, index: inout Int) -> Bool {
        let lead = base[index]
        index += 1
        guard lead >= 0x80 else { return true }
        let length: Int
        var minimum: UInt8 = 0x80
        var maximum: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            minimum = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED:
            length = 3
            maximum = 0x9F
        case 0xF0:
            length = 4
            minimum = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            maximum = 0x8F
        default:
            isValid = false
            return false
        }
        for position in 1..<length {
            guard index < count else {
                pending = length - position
                minimumNext = minimum
                maximumNext = maximum
                return false
            }
            guard base[index] >= minimum && base[index] <= maximum else {
                isValid = false
                return false
            }
            minimum = 0x80
            maximum = 0xBF
            index += 1
        }
        return true
    }

    mutating func finish() -> Bool {
        isValid && pending == 0
    }
}
