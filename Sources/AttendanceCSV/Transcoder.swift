/// Turns a stream of bytes in one ``TextEncoding`` into UTF-8, chunk by chunk.
///
/// A character split across two chunks (half a UTF-16 unit, a surrogate pair, the start of a
/// UTF-8 character) is carried over to the next chunk. Invalid sequences become U+FFFD, never
/// a crash, so the output is always valid UTF-8. From UTF-8, each ill-formed sequence (as
/// ``UTF8Sequence`` measures it, the same as the standard library's decoder) becomes one U+FFFD
/// noted in ``log`` with its line and column; well-formed text is copied as is, in runs. From
/// UTF-16, each unpaired surrogate becomes one U+FFFD noted in ``log`` too, and the odd last byte
/// of a file is left out (``droppedTrailingByte``), not turned into a character.
struct Transcoder {
    let encoding: TextEncoding
    private var carry: [UInt8] = []
    private var pendingHighSurrogate: UInt16?
    /// The ill-formed UTF-8 sequences or unpaired UTF-16 surrogates replaced so far.
    private(set) var log: ReplacementLog
    /// The last byte of a UTF-16 text with an odd number of bytes, left out by ``finish(to:)``.
    private(set) var droppedTrailingByte: UInt8?

    /// Creates a transcoder for text whose first byte is on physical line `firstLine`.
    init(encoding: TextEncoding, firstLine: Int = 1) {
        self.encoding = encoding
        log = ReplacementLog(firstLine: firstLine)
    }

    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        switch encoding {
        case .utf8, .utf8BOM:
            repairUTF8(chunk, to: &out)
        case .windows1252:
            for byte in chunk {
                if byte < 0x80 {
                    out.append(byte)
                } else {
                    appendScalar(windows1252Scalar(byte), to: &out)
                }
            }
        case .utf16LE, .utf16BE:
            var bytes = chunk[...]
            var logged = out.count
            if let first = carry.first {
                // Complete the unit split by the chunk boundary, then go on with the rest.
                carry.removeAll()
                if let second = chunk.first {
                    decodeUTF16(unit(first, second), to: &out, logged: &logged)
                    bytes = chunk.dropFirst()
                } else {
                    carry = [first]
                }
            }
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                decodeUTF16(unit(bytes[index], bytes[index + 1]), to: &out, logged: &logged)
                index += 2
            }
            if index < bytes.endIndex { carry = [bytes[index]] }
            advanceLog(over: out, from: logged)
        }
    }

    /// Moves the log's position past the text decoded since `start` (UTF-16 only: from UTF-8
    /// the log follows the input), while the log still needs it.
    private mutating func advanceLog(over out: [UInt8], from start: Int) {
        guard log.followsPositions, start < out.count else { return }
        out[start...].withUnsafeBufferPointer { log.advance(over: $0) }
    }

    /// Replaces an unpaired surrogate by U+FFFD, noting it in the log at its place.
    private mutating func replaceSurrogate(_ unit: UInt16, to out: inout [UInt8], logged: inout Int) {
        advanceLog(over: out, from: logged)
        log.record(surrogate: unit)
        appendScalar(0xFFFD, to: &out)
        logged = out.count
    }

    private func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        encoding == .utf16LE ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second)
    }

    /// Ends the text: a high surrogate still waiting for its pair and a UTF-8 character cut
    /// short each become one U+FFFD, as the standard library's decoder counts them; the half unit
    /// of a UTF-16 text with an odd number of bytes is left out, in ``droppedTrailingByte``.
    mutating func finish(to out: inout [UInt8]) {
        var logged = out.count
        if let high = pendingHighSurrogate { replaceSurrogate(high, to: &out, logged: &logged) }
        if let last = carry.first {
            if encoding == .utf8 || encoding == .utf8BOM {
                log.record(carry)
                appendScalar(0xFFFD, to: &out)
            } else {
                droppedTrailingByte = last
            }
        }
        pendingHighSurrogate = nil
        carry.removeAll()
    }

    /// Copies UTF-8 text, replacing each ill-formed sequence by U+FFFD and noting where it was.
    ///
    /// Runs of well-formed text are copied whole, ASCII skipped eight bytes at a time; a
    /// character cut by the end of the chunk waits in ``carry`` for the next chunk's bytes.
    private mutating func repairUTF8(_ chunk: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = 0
        if !carry.isEmpty {
            let resumed = UTF8Sequence.resuming(carry, with: chunk)
            carry.removeAll()
            switch resumed.sequence {
            case .incomplete:
                carry = resumed.bytes
                return
            case .valid:
                out.append(contentsOf: resumed.bytes)
                log.advanceOneCharacter()
            case .invalid, .ascii:
                log.record(resumed.bytes)
                appendScalar(0xFFFD, to: &out)
            }
            index = resumed.consumed
        }
        guard let base = chunk.baseAddress else { return }
        let count = chunk.count
        var runStart = index
        func copyRun(upTo end: Int, log: inout ReplacementLog) {
            let run = UnsafeBufferPointer(rebasing: chunk[runStart..<end])
            out.append(contentsOf: run)
            log.advance(over: run)
        }
        while index < count {
            while index + 8 <= count
                && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            switch UTF8Sequence(at: index, in: chunk) {
            case .ascii: index += 1
            case .valid(let length): index += length
            case .invalid(let length):
                copyRun(upTo: index, log: &log)
                log.record(Array(chunk[index..<index + length]))
                appendScalar(0xFFFD, to: &out)
                index += length
                runStart = index
            case .incomplete:
                copyRun(upTo: index, log: &log)
                carry = Array(chunk[index...])
                index = count
                runStart = count
            }
        }
        copyRun(upTo: count, log: &log)
    }

    private mutating func decodeUTF16(_ unit: UInt16, to out: inout [UInt8], logged: inout Int) {
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                appendScalar(scalar, to: &out)
                return
            }
            replaceSurrogate(high, to: &out, logged: &logged)
        }
        switch unit {
        case 0xD800...0xDBFF: pendingHighSurrogate = unit
        case 0xDC00...0xDFFF: replaceSurrogate(unit, to: &out, logged: &logged)
        default: appendScalar(UInt32(unit), to: &out)
        }
    }
}

/// Appends the UTF-8 encoding of a scalar value.
func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case 0..<0x80:
        out.append(UInt8(value))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | (value >> 6)))
        out.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (value >> 12)))
        out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (value & 0x3F)))
    default:
        out.append(UInt8(0xF0 | (value >> 18)))
        out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (value & 0x3F)))
    }
}

/// The Unicode scalar of a Windows-1252 byte at or above 0x80.
///
/// 0x80–0x9F hold typographic characters (€, curly quotes, dashes); the five bytes the code
/// page leaves undefined map to the C1 control with the same value, as Windows does.
func windows1252Scalar(_ byte: UInt8) -> UInt32 {
    guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
    return windows1252Controls[Int(byte - 0x80)]
}

/// The scalars of Windows-1252 bytes 0x80–0x9F.
private let windows1252Controls: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
]
