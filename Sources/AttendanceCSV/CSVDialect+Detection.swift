extension CSVDialect {
    /// Bytes looked at to guess the encoding's byte order and the delimiter.
    static let sniffLength = 1 << 16

    /// Detects the dialect of a file from its bytes.
    ///
    /// The encoding comes from a byte-order mark, from NUL bytes in most odd or even positions
    /// (UTF-16 without a mark), or else from the evidence of the whole file read as UTF-8 (see
    /// ``readsAsUTF8(validMultibyte:invalid:)``): UTF-8 when it is valid, or when its well-formed
    /// characters beyond ASCII outnumber its ill-formed sequences at least eight to one (a UTF-8
    /// export with a few bytes pasted from a Windows-1252 one); Windows-1252 otherwise. Then
    /// ``CSVDialect/replacedSequenceCount`` says how many ill-formed sequences the reader will
    /// replace by U+FFFD. A file with a UTF-8 byte-order mark is weighed the same way, and read
    /// as Windows-1252 (the mark skipped) when the evidence is against UTF-8. The delimiter is an
    /// Excel `sep=` line's, else the one of `,` `;` and tab that splits the most lines of the
    /// first 64 KiB, outside quotes.
    ///
    /// The file is read once in 1 MiB chunks, whatever its size.
    ///
    /// - Parameters:
    ///   - path: The file to look at.
    ///   - name: The name used in error messages; the path by default.
    ///   - limits: The largest file looked at (its ``ReadingLimits/maximumFileBytes``).
    /// - Throws: ``CSVError/unreadable(file:reason:)`` when it cannot be read,
    ///   ``CSVError/notRegularFile(file:kind:)`` for a pipe, a device or a folder, and
    ///   ``CSVError/fileTooLarge(file:size:limit:)``.
    public static func detect(path: String, name: String? = nil, limits: ReadingLimits = ReadingLimits()) throws
        -> CSVDialect
    {
        let source = ByteSource.file(path, maximumBytes: limits.maximumFileBytes)
        let name = name ?? path
        let head = try source.head(sniffLength, name: name)
        var encoding = byteOrderEncoding(head)
        var replaced = 0
        if encoding == nil || encoding == .utf8BOM {
            var validator = UTF8Validator()
            try source.forEachChunk(size: 1 << 20, skipping: utf8BOMLength(head), name: name) {
                validator.feed(UnsafeBufferPointer($0))
            }
            let decided = eightBitEncoding(byteOrderMark: encoding, evidence: &validator)
            encoding = decided.encoding
            replaced = decided.replaced
        }
        return dialect(head: head, encoding: encoding ?? .utf8, replaced: replaced)
    }

    /// Detects the dialect of bytes held in memory, as ``detect(path:name:)`` does for a file.
    public static func detect(bytes: [UInt8]) -> CSVDialect {
        var encoding = byteOrderEncoding(bytes)
        var replaced = 0
        if encoding == nil || encoding == .utf8BOM {
            var validator = UTF8Validator()
            bytes.dropFirst(utf8BOMLength(bytes)).withUnsafeBufferPointer { validator.feed($0) }
            let decided = eightBitEncoding(byteOrderMark: encoding, evidence: &validator)
            encoding = decided.encoding
            replaced = decided.replaced
        }
        return dialect(head: Array(bytes.prefix(sniffLength)), encoding: encoding ?? .utf8, replaced: replaced)
    }

    /// How many well-formed UTF-8 characters beyond ASCII each ill-formed sequence must be
    /// outweighed by for a text that is not valid UTF-8 to be read as UTF-8 all the same.
    static let utf8EvidenceRatio = 8

    /// Whether a text that is not purely ASCII reads as UTF-8, from what it holds read as UTF-8.
    ///
    /// Valid UTF-8 (`invalid` 0) always does; with ill-formed sequences, the well-formed
    /// characters of two to four bytes must be at least ``utf8EvidenceRatio`` times as many.
    /// Windows-1252 text almost never passes: its accented letters (C0–FF) form a well-formed
    /// UTF-8 pair only when an uppercase one (C2–DF) happens to stand before a symbol or a
    /// punctuation mark of 80–BF (`Ã©`), so its high bytes are mostly ill-formed sequences. A text
    /// with no well-formed character and some high bytes is Windows-1252 whatever their number;
    /// a UTF-8 export with one stray byte needs eight accented letters elsewhere to be read as
    /// UTF-8, and a small file with fewer keeps reading as Windows-1252 (its accents then read
    /// as two characters each, as before this rule). Mistaking Windows-1252 for UTF-8 would
    /// replace its letters by U+FFFD for good, hence the wide margin.
    ///
    /// - Parameters:
    ///   - validMultibyte: Well-formed characters of two to four bytes.
    ///   - invalid: Ill-formed sequences, counted as ``UTF8Sequence`` measures them.
    static func readsAsUTF8(validMultibyte: Int, invalid: Int) -> Bool {
        invalid == 0 || validMultibyte / utf8EvidenceRatio >= invalid
    }

    /// The encoding of a text without a UTF-16 pattern, from what `validator` has read of it
    /// (all of it), and the ill-formed sequences the reader will replace.
    private static func eightBitEncoding(
        byteOrderMark: TextEncoding?, evidence validator: inout UTF8Validator
    ) -> (encoding: TextEncoding, replaced: Int) {
        let isValid = validator.finish()
        guard isValid || readsAsUTF8(validMultibyte: validator.validMultibyteCount, invalid: validator.invalidCount)
        else { return (.windows1252, 0) }
        return (byteOrderMark ?? .utf8, validator.invalidCount)
    }

    /// 3 when the bytes start with a UTF-8 byte-order mark, else 0.
    ///
    /// A file with the mark whose text is not UTF-8 after all (rows in Windows-1252 pasted into
    /// an Excel "CSV UTF-8" file) is read as Windows-1252 when the evidence says so, like any
    /// other such file, and the mark is still not part of the data.
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

    private static func dialect(head: [UInt8], encoding: TextEncoding, replaced: Int) -> CSVDialect {
        let bomLength: Int
        switch encoding {
        case .utf8BOM, .windows1252: bomLength = utf8BOMLength(head)
        case .utf16LE, .utf16BE:
            bomLength = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .utf8: bomLength = 0
        }
        var text: [UInt8] = []
        if encoding == .utf8 || encoding == .utf8BOM {
            // Only ASCII matters here (`sep=`, delimiters, quotes, line breaks): no need to repair.
            text = Array(head.dropFirst(bomLength))
        } else {
            var transcoder = Transcoder(encoding: encoding)
            head.dropFirst(bomLength).withUnsafeBufferPointer { transcoder.append($0, to: &text) }
        }
        let unitWidth = encoding == .utf16LE || encoding == .utf16BE ? 2 : 1

        if let separator = excelSeparatorLine(text) {
            return CSVDialect(
                encoding: encoding, delimiter: separator.delimiter,
                preambleLength: bomLength + separator.length * unitWidth, hasSeparatorLine: true,
                replacedSequenceCount: replaced)
        }
        return CSVDialect(
            encoding: encoding, delimiter: guessDelimiter(text), preambleLength: bomLength,
            replacedSequenceCount: replaced)
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

/// Counts well-formed multi-byte characters and ill-formed sequences of UTF-8, incrementally
/// across chunk boundaries, for ``CSVDialect/detect(path:name:)`` to weigh the evidence.
///
/// Exports are ASCII with accented letters here and there, and those letters are two-byte
/// characters (`ã` is C3 A3). So the text is checked eight bytes at a time, without branching
/// on each letter: a word passes when every lead byte is C2–DF and is followed by exactly one
/// continuation byte (the last byte's continuation may open the next word), and its characters
/// are counted by its continuation bytes. Any other word — three- and four-byte characters, or
/// an error — is read sequence by sequence (``UTF8Sequence``), counting each ill-formed one as
/// the reader will replace it.
struct UTF8Validator {
    /// The start of a character cut by the end of the last chunk (1–3 bytes), for the next chunk to end.
    private var carry: [UInt8] = []
    /// Well-formed characters of two to four bytes seen so far.
    private(set) var validMultibyteCount = 0
    /// Ill-formed sequences seen so far, each one U+FFFD when read as UTF-8.
    private(set) var invalidCount = 0

    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        let count = chunk.count
        var index = 0
        if !carry.isEmpty {
            let resumed = UTF8Sequence.resuming(carry, with: chunk)
            carry.removeAll()
            switch resumed.sequence {
            case .incomplete:
                carry = resumed.bytes
                return
            case .valid: validMultibyteCount += 1
            case .invalid, .ascii: invalidCount += 1
            }
            index = resumed.consumed
        }
        guard let base = chunk.baseAddress else { return }
        // 0x80 when the byte before `index` is a two-byte lead whose continuation opens this word.
        var carryBit: UInt64 = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let lead = word & (word << 1) & Self.high  // 11xxxxxx
            let continuation = word & ~(word << 1) & Self.high  // 10xxxxxx
            let overlong = (word & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xC0C0_C0C0_C0C0_C0C0  // a zero byte: C0 or C1
            if lead & (word << 2) == 0  // no lead of three or four bytes (111xxxxx)
                && (overlong &- Self.ones) & ~overlong & Self.high == 0
                && continuation == (lead << 8) | carryBit
            {
                // Each continuation byte ends one two-byte character (its lead may be the last
                // byte of the previous word, which is counted here, not there).
                validMultibyteCount += continuation.nonzeroBitCount
                carryBit = lead >> 56
                index += 8
                continue
            }
            if carryBit != 0 { index -= 1 }  // back to the lead of the character in progress
            carryBit = 0
            let stop = index + 8
            while index < stop {
                guard step(chunk, index: &index) else { return }
            }
        }
        if carryBit != 0 { index -= 1 }
        while index < count {
            guard step(chunk, index: &index) else { return }
        }
    }

    /// Counts the sequence at `index` and moves past it; `false` when it runs past the chunk
    /// (then its bytes are kept for the next chunk).
    @inline(__always)
    private mutating func step(_ chunk: UnsafeBufferPointer<UInt8>, index: inout Int) -> Bool {
        switch UTF8Sequence(at: index, in: chunk) {
        case .ascii: index += 1
        case .valid(let length):
            validMultibyteCount += 1
            index += length
        case .invalid(let length):
            invalidCount += 1
            index += length
        case .incomplete:
            carry = Array(chunk[index...])
            index = chunk.count
            return false
        }
        return true
    }

    /// Ends the text: a character still cut short is one more ill-formed sequence.
    ///
    /// - Returns: Whether the whole text is valid UTF-8.
    mutating func finish() -> Bool {
        if !carry.isEmpty {
            invalidCount += 1
            carry.removeAll()
        }
        return invalidCount == 0
    }
}
