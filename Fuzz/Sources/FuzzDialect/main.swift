import FuzzSupport

@testable import AttendanceCSV

/// Detects the encoding and delimiter of arbitrary bytes, and checks the pieces detection is
/// made of against the standard library.
///
/// Findings: a crash or sanitizer report; a file and the same bytes in memory detected
/// differently; UTF-8 validation (whole or in chunks of 1…64 bytes) that disagrees with
/// `String(validating:)`; a file without a byte-order mark read as UTF-8 whose count of replaced
/// sequences differs from the validator's or the transcoder's, or valid UTF-8 not read as UTF-8;
/// a transcoder whose output depends on the chunk size, is not UTF-8, or differs from
/// `String(decoding:)` (UTF-8 and UTF-16); a preamble longer than the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDialect(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = inputBytes(data, size)
    let chunk = chunkSize(for: bytes)
    let isUTF8 = isValidUTF8(bytes)

    let dialect = CSVDialect.detect(bytes: bytes)
    do {
        let fromFile = try CSVDialect.detect(path: ScratchFile.write(bytes, named: "input.csv"))
        require(fromFile == dialect, "a file is detected as \(fromFile), its bytes as \(dialect)")
    } catch {
        require(false, "detection of a readable file threw \(error)")
    }
    require(dialect.preambleLength <= bytes.count, "a preamble of \(dialect.preambleLength) in \(bytes.count) bytes")
    require(
        dialect.delimiter < 0x80 && dialect.delimiter != UInt8(ascii: "\"") && dialect.delimiter != 0x0A
            && dialect.delimiter != 0x0D,
        "delimiter \(dialect.delimiter) cannot separate UTF-8 fields")
    var whole = UTF8Validator()
    bytes.withUnsafeBufferPointer { whole.feed($0) }
    require(whole.finish() == isUTF8, "the validator says \(!isUTF8) for the whole input")
    if CSVDialect.byteOrderEncoding(bytes) == nil {
        // Valid UTF-8 is always UTF-8; text with ill-formed sequences may still read as UTF-8
        // (a few stray bytes), and then the reader replaces exactly the validator's count.
        if isUTF8 {
            require(dialect.encoding == .utf8, "valid UTF-8 detected as \(dialect.encoding)")
        }
        if dialect.encoding == .utf8 {
            var transcoder = Transcoder(encoding: .utf8)
            var out: [UInt8] = []
            bytes.withUnsafeBufferPointer { transcoder.append($0, to: &out) }
            transcoder.finish(to: &out)
            require(
                dialect.replacedSequenceCount == whole.invalidCount
                    && transcoder.log.count == whole.invalidCount,
                "\(dialect.replacedSequenceCount) sequences to replace, the validator counts \(whole.invalidCount), "
                    + "the transcoder replaced \(transcoder.log.count)")
        } else {
            require(dialect.replacedSequenceCount == 0, "\(dialect.encoding) with sequences to replace")
        }
    }
    var chunked = UTF8Validator()
    for start in stride(from: 0, to: bytes.count, by: chunk) {
        bytes[start..<min(start + chunk, bytes.count)].withUnsafeBufferPointer { chunked.feed($0) }
    }
    require(chunked.finish() == isUTF8, "the validator says \(!isUTF8) in chunks of \(chunk)")

    for encoding in [TextEncoding.utf8, .utf16LE, .utf16BE, .windows1252] {
        let text = transcode(bytes, encoding, chunk: bytes.count + 1)
        require(transcode(bytes, encoding, chunk: chunk) == text, "\(encoding) in chunks of \(chunk) differs")
        require(isValidUTF8(text), "\(encoding) gave bytes that are not UTF-8")
        let decoded = String(decoding: text, as: UTF8.self)
        switch encoding {
        case .windows1252:
            let scalars = Array(decoded.unicodeScalars)
            require(
                scalars.count == bytes.count, "Windows-1252 gave \(scalars.count) characters for \(bytes.count) bytes")
            for (byte, scalar) in zip(bytes, scalars) where byte < 0x80 {
                require(scalar.value == UInt32(byte), "Windows-1252 changed ASCII \(byte)")
            }
        case .utf8, .utf8BOM:
            require(
                text == Array(String(decoding: bytes, as: UTF8.self).utf8),
                "UTF-8 is repaired otherwise than the standard library")
        default:
            let units = stride(from: 0, to: bytes.count - 1, by: 2).map { index in
                encoding == .utf16LE
                    ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            // The odd last byte of a UTF-16 text is left out, not read as a character.
            let expected = String(decoding: units, as: UTF16.self)
            require(text == Array(expected.utf8), "\(encoding) decodes otherwise than the standard library")
        }
    }
    return 0
}

private func transcode(_ bytes: [UInt8], _ encoding: TextEncoding, chunk: Int) -> [UInt8] {
    var transcoder = Transcoder(encoding: encoding)
    var out: [UInt8] = []
    for start in stride(from: 0, to: bytes.count, by: chunk) {
        bytes[start..<min(start + chunk, bytes.count)].withUnsafeBufferPointer { transcoder.append($0, to: &out) }
    }
    transcoder.finish(to: &out)
    return out
}
