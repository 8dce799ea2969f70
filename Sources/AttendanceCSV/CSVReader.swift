import CLibCSV
import Foundation

/// Reads CSV records from a file or from bytes through libcsv, streaming in chunks.
///
/// The encoding and delimiter are detected from the bytes unless a ``CSVDialect`` is given.
/// Text is transcoded to UTF-8 before parsing. Unlike libcsv's default, spaces around
/// unquoted fields are kept as written (the same as Python's `csv` module); a UTF-8 BOM and
/// an Excel `sep=` line are not part of the data. Every record carries the 1-based physical
/// line on which it starts, counting line breaks inside quoted fields. Blank lines are
/// delivered as rows with no fields, so callers decide whether they matter.
///
/// Fields are always valid UTF-8. In a file read as UTF-8, each ill-formed sequence (a stray
/// Windows-1252 byte in a UTF-8 export, a character cut short) becomes U+FFFD, and
/// ``forEachRow(_:)`` returns a ``CSVWarning`` with its line and column for each of the first
/// `CSVWarning/listedLimit`, then one that counts the rest.
///
/// Only a regular file (or a link to one) is read: a named pipe, a device or a folder is refused
/// when opened, without waiting, and so is a file over `ReadingLimits/maximumFileBytes`. Memory
/// stays bounded by the chunk size and the longest record, whatever the file size: a record with
/// a field over `ReadingLimits/maximumFieldBytes` (64 KiB by default) is skipped with a
/// ``CSVWarning``, and only about the limit of that field is ever held; a record over 64 MiB or
/// with more than 65,536 fields, and a NUL byte (no CSV text has one) stop the reading with a
/// ``CSVError`` naming the line where the record starts.
///
/// Bytes that end a file without being text never become a record: a DOS end-of-file mark
/// (Ctrl-Z, with only line breaks after it) and the odd last byte of a UTF-16 file are left out,
/// each with a ``CSVWarning``; an unpaired UTF-16 surrogate becomes U+FFFD with one at its place.
public struct CSVReader: ~Copyable {
    /// The name used in error messages (the path as given).
    public let name: String
    /// The dialect in use, detected or given.
    public let dialect: CSVDialect
    private let source: ByteSource
    private let chunkSize: Int
    /// The largest file and field read.
    private let limits: ReadingLimits
    /// Whether detection found the text to be valid UTF-8, so that libcsv can parse it straight
    /// from the read buffer; a dialect given by the caller is not taken on trust.
    private let isKnownValidUTF8: Bool

    /// Opens a file, detecting its dialect unless one is given.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - name: The name used in error messages (the path as the user gave it); the path by default.
    ///   - dialect: The dialect to use, or `nil` to detect it from the bytes.
    ///   - chunkSize: Bytes read per step (64 KiB by default; tests use tiny chunks).
    ///   - limits: The largest file and field read (512 MiB and 64 KiB by default).
    /// - Throws: ``CSVError/unreadable(file:reason:)`` when the file cannot be read,
    ///   ``CSVError/notRegularFile(file:kind:)`` for a pipe, a device or a folder, and
    ///   ``CSVError/fileTooLarge(file:size:limit:)`` (when the dialect is detected; else when reading).
    public init(
        path: String, name: String? = nil, dialect: CSVDialect? = nil, chunkSize: Int = 1 << 16,
        limits: ReadingLimits = ReadingLimits()
    ) throws {
        self.name = name ?? path
        self.source = .file(path, maximumBytes: limits.maximumFileBytes)
        self.chunkSize = max(1, chunkSize)
        self.limits = limits
        if let dialect {
            self.dialect = dialect
            isKnownValidUTF8 = false
        } else {
            self.dialect = try CSVDialect.detect(path: path, name: name ?? path, limits: limits)
            isKnownValidUTF8 = Self.isValidUTF8(self.dialect)
        }
    }

    /// Reads bytes held in memory, detecting their dialect unless one is given.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - name: The name used in error messages.
    ///   - dialect: The dialect to use, or `nil` to detect it.
    ///   - chunkSize: Bytes parsed per step.
    ///   - limits: The longest field read (the file size limit does not apply to bytes in memory).
    public init(
        bytes: [UInt8], name: String = "<memory>", dialect: CSVDialect? = nil, chunkSize: Int = 1 << 16,
        limits: ReadingLimits = ReadingLimits()
    ) {
        self.name = name
        self.source = .memory(bytes)
        self.chunkSize = max(1, chunkSize)
        self.limits = limits
        if let dialect {
            self.dialect = dialect
            isKnownValidUTF8 = false
        } else {
            self.dialect = CSVDialect.detect(bytes: bytes)
            isKnownValidUTF8 = Self.isValidUTF8(self.dialect)
        }
    }

    /// Whether a detected dialect says the text is UTF-8 without an ill-formed sequence.
    private static func isValidUTF8(_ dialect: CSVDialect) -> Bool {
        (dialect.encoding == .utf8 || dialect.encoding == .utf8BOM) && dialect.replacedSequenceCount == 0
    }

    /// Calls `body` for every record in file order, blank lines included as empty rows.
    ///
    /// - Returns: What was repaired or left out to read the file, in file order (by line): an
    ///   ill-formed UTF-8 sequence or unpaired UTF-16 surrogate replaced by U+FFFD per warning for
    ///   the first `CSVWarning/listedLimit`, then one warning counting the others; a warning per
    ///   record skipped for a field too long; one for an end-of-file mark and one for an odd last
    ///   UTF-16 byte. Empty for a clean file.
    /// - Throws: ``CSVError`` for an unreadable or malformed file; any error `body` throws
    ///   stops the reading and is rethrown.
    @discardableResult
    public func forEachRow(_ body: (CSVRow) throws -> Void) throws -> [CSVWarning] {
        guard CSVDialect.isReadableDelimiter(dialect.delimiter) else {
            throw CSVError.parser(
                file: name, line: 1,
                message: "'\(dialect.delimiterName)' (byte \(dialect.delimiter)) cannot be a delimiter")
        }
        let hidesTabs = dialect.delimiter != UInt8(ascii: "\t")
        var state = ParseState(
            firstLine: dialect.hasSeparatorLine ? 2 : 1, fieldLimit: limits.maximumFieldBytes)
        var parser = csv_parser()
        guard csv_init(&parser, UInt8(CSV_REPALL_NL)) == 0 else {
            throw CSVError.parser(file: name, line: 1, message: "cannot initialise libcsv")
        }
        defer { csv_free(&parser) }
        csv_set_delim(&parser, dialect.delimiter)
        csv_set_realloc_func(&parser, boundedRealloc)
        // Larger steps than libcsv's 128 bytes: fewer reallocations for long quoted fields.
        csv_set_blk_size(&parser, 1 << 12)
        // Valid UTF-8 is parsed straight from the read buffer; other text goes through `utf8`.
        var transcoder =
            isKnownValidUTF8 ? nil : Transcoder(encoding: dialect.encoding, firstLine: state.rowStartLine)
        var utf8 = [UInt8]()
        var mark = EndOfFileMark()

        try source.forEachChunk(size: chunkSize, skipping: dialect.preambleLength, name: name) { chunk in
            guard transcoder != nil else {
                try feed(chunk, mark: &mark, hidingTabs: hidesTabs, parser: &parser, state: &state, body: body)
                return
            }
            utf8.removeAll(keepingCapacity: true)
            transcoder?.append(UnsafeBufferPointer(chunk), to: &utf8)
            try utf8.withUnsafeMutableBufferPointer {
                try feed($0, mark: &mark, hidingTabs: hidesTabs, parser: &parser, state: &state, body: body)
            }
        }
        utf8.removeAll(keepingCapacity: true)
        transcoder?.finish(to: &utf8)
        try utf8.withUnsafeMutableBufferPointer {
            try feed($0, mark: &mark, hidingTabs: hidesTabs, parser: &parser, state: &state, body: body)
        }
        if parser.pstate == 2 && parser.quoted != 0 {  // FIELD_BEGUN inside quotes: never closed
            throw CSVError.unterminatedQuote(file: name, line: state.rowStartLine)
        }
        withUnsafeMutablePointer(to: &state) { pointer in
            _ = csv_fini(&parser, csvFieldCallback, csvRecordCallback, pointer)
        }
        try state.deliver(body)
        return warnings(transcoder: transcoder, state: state, mark: mark)
    }

    /// What was repaired or left out, in file order: the transcoder's replacements, the records
    /// skipped for a field too long, an end-of-file mark, half a UTF-16 unit at the end.
    private func warnings(transcoder: Transcoder?, state: borrowing ParseState, mark: EndOfFileMark) -> [CSVWarning] {
        var warnings = transcoder?.log.warnings(file: name) ?? []
        for skipped in state.skippedRecords {
            warnings.append(
                CSVWarning(
                    file: name, line: skipped.line, column: skipped.column,
                    kind: .fieldTooLong(bytes: skipped.bytes, limit: limits.maximumFieldBytes)))
        }
        // The text's last line, where the mark is; past it, the line breaks it was followed by.
        var endLine = state.rowStartLine
        if !mark.held.isEmpty {
            warnings.append(CSVWarning(file: name, line: endLine, column: nil, kind: .endOfFileMark))
            endLine += EndOfFileMark.lineBreaks(in: mark.held)
        }
        if let byte = transcoder?.droppedTrailingByte {
            warnings.append(CSVWarning(file: name, line: endLine, column: nil, kind: .oddTrailingByte(byte)))
        }
        return warnings.enumerated().sorted {
            ($0.element.line, $0.element.column ?? Int.max, $0.offset)
                < ($1.element.line, $1.element.column ?? Int.max, $1.offset)
        }.map(\.element)
    }

    /// Parses a chunk of UTF-8, holding back a possible end-of-file mark at its end.
    ///
    /// A run of Ctrl-Z and line breaks at the end of a chunk, from its first Ctrl-Z on, waits in
    /// `mark`: parsed before the next chunk when more text follows, dropped at the end of the text.
    /// A run longer than ``EndOfFileMark/longestHeld`` is text, whatever the chunks it spans.
    private func feed(
        _ chunk: UnsafeMutableBufferPointer<UInt8>, mark: inout EndOfFileMark, hidingTabs: Bool,
        parser: inout csv_parser, state: inout ParseState, body: (CSVRow) throws -> Void
    ) throws {
        let run = EndOfFileMark.trailingRun(in: chunk)
        if run == chunk.count && (mark.isInLongRun || !mark.held.isEmpty) {
            if mark.isInLongRun {
                try parse(chunk, hidingTabs: hidingTabs, parser: &parser, state: &state, body: body)
                return
            }
            if mark.held.count + chunk.count <= EndOfFileMark.longestHeld {
                mark.held.append(contentsOf: chunk)
                return
            }
            var held = mark.held
            mark.held = []
            mark.isInLongRun = true
            try held.withUnsafeMutableBufferPointer {
                try parse($0, hidingTabs: hidingTabs, parser: &parser, state: &state, body: body)
            }
            try parse(chunk, hidingTabs: hidingTabs, parser: &parser, state: &state, body: body)
            return
        }
        if run < chunk.count { mark.isInLongRun = false }
        if !mark.held.isEmpty {
            var held = mark.held
            mark.held = []
            try held.withUnsafeMutableBufferPointer {
                try parse($0, hidingTabs: hidingTabs, parser: &parser, state: &state, body: body)
            }
        }
        var tail = chunk.count
        if run > 0, let first = chunk[(chunk.count - run)...].firstIndex(of: EndOfFileMark.controlZ) {
            if chunk.count - first <= EndOfFileMark.longestHeld {
                tail = first
                mark.held.append(contentsOf: chunk[first...])
            } else {
                mark.isInLongRun = true
            }
        }
        try parse(
            UnsafeMutableBufferPointer(rebasing: chunk[0..<tail]), hidingTabs: hidingTabs, parser: &parser,
            state: &state, body: body)
    }

    /// What the source is when its first bytes are those of a known binary format (a ZIP archive
    /// such as an `.xlsx` workbook, a PDF, an image) or of a web page, else `nil`.
    ///
    /// ``forEachRow(_:)`` reads such a file as it would any bytes (a binary one stops at its first
    /// NUL byte); callers that import exports ask this first, to say what arrived instead.
    ///
    /// - Returns: A phrase such as "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook?)".
    /// - Throws: ``CSVError/unreadable(file:reason:)`` when the file cannot be read.
    public func binaryFormat() throws -> String? {
        BinarySignature.kind(of: try source.head(BinarySignature.longest, name: name))
    }

    /// Reads every record into memory: for tests and small files.
    ///
    /// - Returns: Each record's start line and fields, blank lines included.
    public func records() throws -> [(line: Int, fields: [String])] {
        var out: [(line: Int, fields: [String])] = []
        try forEachRow { out.append((line: $0.line, fields: $0.fields)) }
        return out
    }

    /// Parses one chunk of UTF-8 (changing it in place) and delivers the records it completes.
    ///
    /// A NUL byte ends the reading: the records before it are delivered, then ``CSVError/binary(file:line:)``.
    private func parse(
        _ chunk: UnsafeMutableBufferPointer<UInt8>, hidingTabs: Bool, parser: inout csv_parser,
        state: inout ParseState, body: (CSVRow) throws -> Void
    ) throws {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        if let nul = memchr(base, 0, chunk.count) {
            let before = nul.assumingMemoryBound(to: UInt8.self) - base
            try parse(
                UnsafeMutableBufferPointer(rebasing: chunk[0..<before]), hidingTabs: hidingTabs, parser: &parser,
                state: &state, body: body)
            throw CSVError.binary(file: name, line: state.rowStartLine)
        }
        if SpaceHiding.holdsMarkers(chunk) {
            var valid = SpaceHiding.replacingMarkers(chunk)
            try valid.withUnsafeMutableBufferPointer {
                try parse($0, hidingTabs: hidingTabs, parser: &parser, state: &state, body: body)
            }
            return
        }
        SpaceHiding.hide(chunk, tabs: hidingTabs)
        SpaceHiding.revealAfterQuotes(chunk, pending: &state.quoteEndsChunk)
        let parsed = withUnsafeMutablePointer(to: &state) { pointer in
            csv_parse(&parser, chunk.baseAddress, chunk.count, csvFieldCallback, csvRecordCallback, pointer)
        }
        if let overflow = state.overflow {
            try state.deliver(body)  // the records before the one too large, and its line
            switch overflow {
            case .bytes: throw CSVError.recordTooLarge(file: name, line: state.rowStartLine, limit: maximumRecordBytes)
            case .fields:
                throw CSVError.tooManyFields(file: name, line: state.rowStartLine, limit: maximumFieldsPerRecord)
            }
        }
        if parsed != chunk.count {
            try state.deliver(body)  // the records before the failing one, and its line
            let message = String(cString: csv_strerror(csv_error(&parser)))
            if csv_error(&parser) == CSV_ENOMEM {
                throw CSVError.fieldTooLarge(file: name, line: state.rowStartLine, limit: maximumFieldBytes)
            }
            throw CSVError.parser(file: name, line: state.rowStartLine, message: message)
        }
        // Past the spaces libcsv may still trim and a quote it may still take back, the field is
        // surely longer than the limit: only then may its bytes go.
        if parser.entry_pos > limits.maximumFieldBytes + parser.spaces + 1 {
            dropFieldStart(parser: &parser, state: &state)
        }
        try state.deliver(body)
    }

    /// Empties libcsv's buffer of a field already longer than the limit, so that it stops
    /// growing: the bytes are counted by `state` (for the warning and the line numbers), not kept.
    ///
    /// libcsv keeps, at the end of the buffer, the spaces it may still trim and, after a quote
    /// inside a quoted field, that quote (`spaces + 1` bytes it takes back when the field ends);
    /// those stay, at most 17 of them, with `spaces` brought down to match.
    private func dropFieldStart(parser: inout csv_parser, state: inout ParseState) {
        guard let buffer = parser.entry_buf else { return }
        let spaces = min(parser.spaces, 16)
        let keep = min(parser.entry_pos, spaces + 1)
        let drop = parser.entry_pos - keep
        state.dropFieldStart(buffer, count: drop)
        memmove(buffer, buffer + drop, keep)
        parser.entry_pos = keep
        parser.spaces = spaces
    }
}

/// The largest field libcsv's buffer may hold; a larger one fails the file instead of exhausting
/// memory. The reader keeps fields far shorter (``ReadingLimits/maximumFieldBytes``), so this is
/// reached only with that limit at its largest.
let maximumFieldBytes = ReadingLimits.largestFieldLimit

/// The most bytes the fields of one record may add up to, so that a line of many fields
/// (a multi-gigabyte line of commas) is reported instead of exhausting memory too.
let maximumRecordBytes = 64 << 20

/// The most fields one record may have: four times the columns a spreadsheet holds (16,384), so
/// that a record's field offsets stay within a few MiB.
let maximumFieldsPerRecord = 1 << 16

/// libcsv's field callback; `context` points to the reader's ``ParseState``.
///
/// A function rather than a closure, always inlined, so that the C-convention thunk Swift
/// generates holds the work itself instead of calling on (this runs once per field).
@inline(__always)
private func csvFieldCallback(_ data: UnsafeMutableRawPointer?, _ count: Int, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: ParseState.self).pointee.field(UnsafeRawPointer(data), count)
}

/// libcsv's record callback; `context` points to the reader's ``ParseState``.
@inline(__always)
private func csvRecordCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: ParseState.self).pointee.record(terminator: terminator)
}

/// Caps libcsv's field buffer so a hostile file cannot exhaust memory.
private let boundedRealloc: @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer? = {
    pointer, size in
    size > maximumFieldBytes ? nil : realloc(pointer, size)
}

/// A DOS end-of-file mark (Ctrl-Z, 0x1A, which old Windows tools append) held back at the end of
/// a chunk until it is known whether text follows.
struct EndOfFileMark {
    static let controlZ: UInt8 = 0x1A
    /// The longest run held back: a longer run of Ctrl-Z and line breaks is read as text.
    static let longestHeld = 4096
    /// The mark and what follows it so far: Ctrl-Z and line breaks only, starting with a Ctrl-Z.
    var held: [UInt8] = []
    /// Whether the text read last ends in a run of Ctrl-Z and line breaks, from a Ctrl-Z on,
    /// longer than ``longestHeld``: read as text, and so is the rest of that run.
    var isInLongRun = false

    /// How many bytes at the end of `chunk` are Ctrl-Z, CR or LF.
    static func trailingRun(in chunk: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var index = chunk.count
        while index > 0 {
            let byte = chunk[index - 1]
            guard byte == controlZ || byte == 0x0D || byte == 0x0A else { break }
            index -= 1
        }
        return chunk.count - index
    }

    /// The line breaks in `bytes`: CR LF once, a lone CR or LF once each.
    static func lineBreaks(in bytes: [UInt8]) -> Int {
        var breaks = 0
        for (index, byte) in bytes.enumerated()
        where byte == 0x0D || (byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) {
            breaks += 1
        }
        return breaks
    }
}
