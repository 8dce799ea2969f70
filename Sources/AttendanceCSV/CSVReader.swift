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
/// Memory stays bounded by the chunk size and the longest record, whatever the file size.
public struct CSVReader: ~Copyable {
    /// The name used in error messages (the path as given).
    public let name: String
    /// The dialect in use, detected or given.
    public let dialect: CSVDialect
    private let source: ByteSource
    private let chunkSize: Int

    /// Opens a file, detecting its dialect unless one is given.
    ///
    /// - Parameters:
    ///   - path: The file's path; also the name used in error messages.
    ///   - dialect: The dialect to use, or `nil` to detect it from the bytes.
    ///   - chunkSize: Bytes read per step (64 KiB by default; tests use tiny chunks).
    /// - Throws: ``CSVError/unreadable(file:reason:)`` when the file cannot be read.
    public init(path: String, dialect: CSVDialect? = nil, chunkSize: Int = 1 << 16) throws {
        self.name = path
        self.source = .file(path)
        self.chunkSize = max(1, chunkSize)
        self.dialect = try dialect ?? CSVDialect.detect(path: path)
    }

    /// Reads bytes held in memory, detecting their dialect unless one is given.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - name: The name used in error messages.
    ///   - dialect: The dialect to use, or `nil` to detect it.
    ///   - chunkSize: Bytes parsed per step.
    public init(bytes: [UInt8], name: String = "<memory>", dialect: CSVDialect? = nil, chunkSize: Int = 1 << 16) {
        self.name = name
        self.source = .memory(bytes)
        self.chunkSize = max(1, chunkSize)
        self.dialect = dialect ?? CSVDialect.detect(bytes: bytes)
    }

    /// Calls `body` for every record in file order, blank lines included as empty rows.
    ///
    /// - Throws: ``CSVError`` for an unreadable or malformed file; any error `body` throws
    ///   stops the reading and is rethrown.
    public func forEachRow(_ body: (CSVRow) throws -> Void) throws {
        var state = ParseState()
        state.line = dialect.hasSeparatorLine ? 2 : 1
        state.rowStartLine = state.line
        var parser = csv_parser()
        guard csv_init(&parser, UInt8(CSV_REPALL_NL)) == 0 else {
            throw CSVError.parser(file: name, line: 1, message: "cannot initialise libcsv")
        }
        defer { csv_free(&parser) }
        csv_set_delim(&parser, dialect.delimiter)
        csv_set_space_func(&parser, keepSpaces)
        csv_set_realloc_func(&parser, boundedRealloc)
        var transcoder = Transcoder(encoding: dialect.encoding)
        var utf8 = [UInt8]()
        utf8.reserveCapacity(chunkSize * 2)

        try source.forEachChunk(size: chunkSize, skipping: dialect.preambleLength, name: name) { chunk in
            utf8.removeAll(keepingCapacity: true)
            transcoder.append(chunk, to: &utf8)
            try parse(utf8, parser: &parser, state: &state, body: body)
        }
        utf8.removeAll(keepingCapacity: true)
        transcoder.finish(to: &utf8)
        try parse(utf8, parser: &parser, state: &state, body: body)
        if parser.pstate == 2 && parser.quoted != 0 {  // FIELD_BEGUN inside quotes: never closed
            throw CSVError.unterminatedQuote(file: name, line: state.rowStartLine)
        }
        withUnsafeMutablePointer(to: &state) { pointer in
            _ = csv_fini(&parser, onField, onRecord, pointer)
        }
        try state.deliver(body)
    }

    /// Reads every record into memory: for tests and small files.
    ///
    /// - Returns: Each record's start line and fields, blank lines included.
    public func records() throws -> [(line: Int, fields: [String])] {
        var out: [(line: Int, fields: [String])] = []
        try forEachRow { out.append((line: $0.line, fields: $0.fields)) }
        return out
    }

    private func parse(_ bytes: [UInt8], parser: inout csv_parser, state: inout ParseState,
                       body: (CSVRow) throws -> Void) throws {
        guard !bytes.isEmpty else { return }
        let parsed = bytes.withUnsafeBytes { raw in
            withUnsafeMutablePointer(to: &state) { pointer in
                csv_parse(&parser, raw.baseAddress, raw.count, onField, onRecord, pointer)
            }
        }
        if parsed != bytes.count {
            let message = String(cString: csv_strerror(csv_error(&parser)))
            if csv_error(&parser) == CSV_ENOMEM {
                throw CSVError.fieldTooLarge(file: name, line: state.rowStartLine, limit: maximumFieldBytes)
            }
            throw CSVError.parser(file: name, line: state.rowStartLine, message: message)
        }
        try state.deliver(body)
    }
}

/// The largest field the reader accepts; a larger one is reported instead of exhausting memory.
let maximumFieldBytes = 64 << 20

/// Accumulates the records libcsv completes during one `csv_parse` call.
///
/// libcsv calls back into ``onField`` and ``onRecord`` with a pointer to this struct; the
/// pointer is valid only for that call. Records are delivered to Swift after the call
/// returns, so no Swift error ever has to cross the C frames.
struct ParseState {
    var bytes: [UInt8] = []
    var fieldEnds: [Int] = []
    /// For every completed record: one past the index of its last field end, and its line.
    var records: [(fieldEnd: Int, line: Int)] = []
    /// The physical line the parser is on.
    var line = 1
    var rowStartLine = 1
    var fieldsInRow = 0
    var lastRowEndedWithCR = false

    init() {
        bytes.reserveCapacity(1 << 17)
        fieldEnds.reserveCapacity(1 << 12)
        records.reserveCapacity(1 << 10)
    }

    mutating func field(_ data: UnsafeRawPointer?, _ count: Int) {
        if let data, count > 0 {
            let buffer = UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: count)
            bytes.append(contentsOf: buffer)
            line += lineBreaks(in: buffer)
        }
        fieldEnds.append(bytes.count)
        fieldsInRow += 1
        lastRowEndedWithCR = false
    }

    mutating func record(terminator: Int32) {
        if fieldsInRow == 0 && terminator == 0x0A && lastRowEndedWithCR {
            lastRowEndedWithCR = false  // the LF of a CRLF pair
            return
        }
        records.append((fieldEnd: fieldEnds.count, line: rowStartLine))
        fieldsInRow = 0
        if terminator == 0x0D || terminator == 0x0A { line += 1 }
        lastRowEndedWithCR = terminator == 0x0D
        rowStartLine = line
    }

    /// Hands the completed records to `body` and keeps only the unfinished one.
    mutating func deliver(_ body: (CSVRow) throws -> Void) throws {
        guard !records.isEmpty else { return }
        var firstField = 0
        var start = 0
        try bytes.withUnsafeBufferPointer { bytePointer in
            try fieldEnds.withUnsafeBufferPointer { endPointer in
                for record in records {
                    let ends = UnsafeBufferPointer(rebasing: endPointer[firstField..<record.fieldEnd])
                    try body(CSVRow(line: record.line, bytes: bytePointer, ends: ends, start: start))
                    if record.fieldEnd > firstField { start = endPointer[record.fieldEnd - 1] }
                    firstField = record.fieldEnd
                }
            }
        }
        // Keep the fields of the record still being parsed.
        let keptStart = start
        bytes.removeSubrange(0..<keptStart)
        fieldEnds.removeSubrange(0..<firstField)
        for index in fieldEnds.indices { fieldEnds[index] -= keptStart }
        records.removeAll(keepingCapacity: true)
    }
}

/// Counts line breaks in a field: CRLF counts once, a lone CR or LF once each.
func lineBreaks(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var previousWasCR = false
    for byte in buffer {
        if byte == 0x0D {
            count += 1
            previousWasCR = true
        } else {
            if byte == 0x0A && !previousWasCR { count += 1 }
            previousWasCR = false
        }
    }
    return count
}

private let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    data, count, context in
    context?.assumingMemoryBound(to: ParseState.self).pointee.field(UnsafeRawPointer(data), count)
}

private let onRecord: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, context in
    context?.assumingMemoryBound(to: ParseState.self).pointee.record(terminator: terminator)
}

/// libcsv trims spaces and tabs around unquoted fields by default; exports mean what they
/// say, so nothing counts as a space to trim.
private let keepSpaces: @convention(c) (UInt8) -> Int32 = { _ in 0 }

/// Caps libcsv's field buffer so a hostile file cannot exhaust memory.
private let boundedRealloc: @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer? = {
    pointer, size in
    size > maximumFieldBytes ? nil : realloc(pointer, size)
}
