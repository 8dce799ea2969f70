import CLibCSV
import Foundation

/// Writes CSV records as UTF-8 through libcsv's `csv_write2`, to a file as it goes or to memory.
///
/// Quoting follows RFC 4180, and only where it is needed: a field is quoted when it holds the
/// delimiter, a double quote, CR or LF, when it begins or ends with a space or a tab (readers
/// that trim, such as libcsv by default, would otherwise lose them), when it is the only
/// field of its record and empty (an unquoted one would read back as a blank line), and when
/// it is the first field of the file and starts with `sep=` (Excel would take it for a
/// separator line). Quotes inside a quoted field are doubled. An empty record is written as a
/// blank line. Everything ``CSVReader`` reads back is exactly what was written.
///
/// Records end with CRLF by default, as RFC 4180 and Excel expect; ``LineEnding/lf`` is there
/// for tools that want Unix text. Line breaks inside fields are written as given.
///
/// The dialect decides the delimiter and whether a UTF-8 byte-order mark and an Excel `sep=`
/// line come first: ``CSVDialect/rfc4180`` writes plain UTF-8 with commas,
/// `CSVDialect/excelBrazil` a BOM and semicolons, which Excel on a Brazilian Windows opens
/// with accents and decimal commas intact. Only UTF-8 is written.
///
/// A file writer keeps at most about 64 KiB in memory and writes it out as it fills; call
/// `close()` to write the rest and learn of any error (a writer dropped without it still
/// writes the rest, but cannot report a failure).
public struct CSVWriter: ~Copyable {
    /// How records end.
    public enum LineEnding: Sendable, Hashable {
        /// CR LF, as RFC 4180 specifies and Excel writes.
        case crlf
        /// LF alone, Unix text.
        case lf

        var bytes: [UInt8] {
            switch self {
            case .crlf: [0x0D, 0x0A]
            case .lf: [0x0A]
            }
        }
    }

    /// The name used in error messages (the path, or `<memory>`).
    public let name: String
    /// The dialect written: its delimiter, and whether a BOM and a `sep=` line come first.
    public let dialect: CSVDialect
    /// How records end.
    public let lineEnding: LineEnding
    /// Whether fields that a spreadsheet would run as a formula are neutralised; see ``formulaSafe(_:)``.
    public let neutralizesFormulas: Bool

    private var encoder: RecordEncoder
    private var buffer: [UInt8] = []
    private var descriptor: Int32?
    private var isClosed = false

    /// Bytes gathered before a file writer writes them out.
    static let flushThreshold = 1 << 16

    /// Creates or truncates the file at `path` and writes the dialect's preamble (BOM, `sep=` line).
    ///
    /// - Parameters:
    ///   - path: The file to write; also the name used in error messages.
    ///   - dialect: ``CSVDialect/rfc4180`` (default) or ``CSVDialect/excelBrazil``, or any UTF-8 dialect.
    ///   - lineEnding: How records end; CRLF by default.
    ///   - neutralizesFormulas: Prefix `'` to fields a spreadsheet would run as formulas. Off by
    ///     default so raw data exports stay exact; turn it on for files people open in Excel.
    /// - Throws: ``CSVError/unwritable(file:reason:)`` when the file cannot be created or the
    ///   dialect is not writable (not UTF-8, or a quote or line break as delimiter).
    public init(
        path: String, dialect: CSVDialect = .rfc4180, lineEnding: LineEnding = .crlf,
        neutralizesFormulas: Bool = false
    ) throws {
        try Self.checkWritable(dialect, name: path)
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            throw CSVError.unwritable(file: path, reason: String(cString: strerror(errno)))
        }
        self.init(
            name: path, dialect: dialect, lineEnding: lineEnding, neutralizesFormulas: neutralizesFormulas,
            descriptor: opened)
    }

    private init(
        name: String, dialect: CSVDialect, lineEnding: LineEnding, neutralizesFormulas: Bool,
        descriptor: Int32?
    ) {
        self.name = name
        self.dialect = dialect
        self.lineEnding = lineEnding
        self.neutralizesFormulas = neutralizesFormulas
        self.descriptor = descriptor
        self.encoder = RecordEncoder(
            delimiter: dialect.delimiter, lineEnding: lineEnding.bytes,
            neutralizesFormulas: neutralizesFormulas)
        buffer.reserveCapacity(descriptor == nil ? 1 << 10 : Self.flushThreshold * 2)
        if dialect.encoding == .utf8BOM { buffer += [0xEF, 0xBB, 0xBF] }
        if dialect.hasSeparatorLine {
            buffer += Array("sep=".utf8) + [dialect.delimiter] + lineEnding.bytes
        }
    }

    private static func checkWritable(_ dialect: CSVDialect, name: String) throws {
        guard dialect.encoding == .utf8 || dialect.encoding == .utf8BOM else {
            throw CSVError.unwritable(file: name, reason: "only UTF-8 is written, not \(dialect.encoding.rawValue)")
        }
        guard ![UInt8(ascii: "\""), 0x0D, 0x0A].contains(dialect.delimiter) else {
            throw CSVError.unwritable(file: name, reason: "'\(dialect.delimiterName)' cannot be a delimiter")
        }
    }

    deinit {
        if !isClosed, let descriptor {
            _ = Self.writeAll(buffer, to: descriptor)
            Glibc.close(descriptor)
        }
    }

    /// Appends one record; a file writer writes its buffer out once it holds 64 KiB.
    ///
    /// - Parameter fields: The record's fields; an empty array writes a blank line.
    /// - Throws: ``CSVError/unwritable(file:reason:)`` when writing fails, the writer is closed,
    ///   or a field holds a NUL character (CSV text cannot carry one: ``CSVReader`` stops there).
    public mutating func write(_ fields: [String]) throws {
        guard !isClosed else { throw CSVError.unwritable(file: name, reason: "the writer is closed") }
        if let index = fields.firstIndex(where: { $0.utf8.contains(0) }) {
            throw CSVError.unwritable(
                file: name, reason: "field \(index + 1) holds a NUL character, which CSV text cannot carry")
        }
        encoder.append(fields, to: &buffer)
        if let descriptor, buffer.count >= Self.flushThreshold {
            try flush(to: descriptor)
        }
    }

    /// Appends records in order, as ``write(_:)`` does for each.
    public mutating func write(contentsOf records: [[String]]) throws {
        for record in records { try write(record) }
    }

    /// Writes what is still buffered and closes the file; later writes throw.
    ///
    /// Closing twice does nothing; closing a memory writer only stops further writes.
    ///
    /// - Throws: ``CSVError/unwritable(file:reason:)`` when the rest cannot be written.
    public mutating func close() throws {
        guard !isClosed else { return }
        isClosed = true
        guard let descriptor else { return }
        defer { Glibc.close(descriptor) }
        try flush(to: descriptor)
    }

    private mutating func flush(to descriptor: Int32) throws {
        if let failure = Self.writeAll(buffer, to: descriptor) {
            throw CSVError.unwritable(file: name, reason: failure)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, retrying short writes; returns the reason of a failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                guard let base = raw.baseAddress else { return nil }
                let written = Glibc.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// The bytes of `records` written in memory: for small outputs and tests.
    ///
    /// - Parameters:
    ///   - records: The records in order.
    ///   - dialect: As for ``init(path:dialect:lineEnding:neutralizesFormulas:)``; the BOM is included.
    ///   - lineEnding: How records end; CRLF by default.
    ///   - neutralizesFormulas: Whether to apply ``formulaSafe(_:)`` to every field.
    /// - Throws: ``CSVError/unwritable(file:reason:)`` for a dialect that cannot be written.
    public static func bytes(
        _ records: [[String]], dialect: CSVDialect = .rfc4180, lineEnding: LineEnding = .crlf,
        neutralizesFormulas: Bool = false
    ) throws -> [UInt8] {
        try checkWritable(dialect, name: "<memory>")
        var writer = CSVWriter(
            name: "<memory>", dialect: dialect, lineEnding: lineEnding,
            neutralizesFormulas: neutralizesFormulas, descriptor: nil)
        try writer.write(contentsOf: records)
        try writer.close()
        return writer.buffer
    }

    /// The text of `records` written in memory, as `bytes(_:dialect:lineEnding:neutralizesFormulas:)`
    /// gives it; a BOM becomes a leading U+FEFF.
    public static func string(
        _ records: [[String]], dialect: CSVDialect = .rfc4180, lineEnding: LineEnding = .crlf,
        neutralizesFormulas: Bool = false
    ) throws -> String {
        let encoded = try bytes(
            records, dialect: dialect, lineEnding: lineEnding,
            neutralizesFormulas: neutralizesFormulas)
        return String(decoding: encoded, as: UTF8.self)
    }

    /// The field as a spreadsheet shows it without running it: `'` put before a field that
    /// begins with `=`, `+`, `-`, `@`, a tab or a CR.
    ///
    /// Excel and LibreOffice run such cells as formulas (CSV injection); the apostrophe makes
    /// them text and is not shown. The rule is applied only by writers created with
    /// `neutralizesFormulas: true`, because it changes the data: a negative number `-5` is
    /// written as `'-5`. Other fields are returned unchanged.
    public static func formulaSafe(_ field: String) -> String {
        guard let first = field.utf8.first, RecordEncoder.formulaStarts.contains(first) else { return field }
        return "'" + field
    }
}

/// Turns records into CSV bytes: the quoting rules of ``CSVWriter``.
struct RecordEncoder {
    /// First bytes that make a spreadsheet run a cell: `=`, `+`, `-`, `@`, tab, CR.
    static let formulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    let delimiter: UInt8
    let lineEnding: [UInt8]
    let neutralizesFormulas: Bool
    private var isFirstRecord = true

    init(delimiter: UInt8, lineEnding: [UInt8], neutralizesFormulas: Bool) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.neutralizesFormulas = neutralizesFormulas
    }

    mutating func append(_ fields: [String], to out: inout [UInt8]) {
        for (index, original) in fields.enumerated() {
            if index > 0 { out.append(delimiter) }
            var field = neutralizesFormulas ? CSVWriter.formulaSafe(original) : original
            let mustQuote =
                field.utf8.isEmpty
                ? fields.count == 1
                : field.withUTF8 { needsQuotes($0, isFileStart: isFirstRecord && index == 0) }
            if mustQuote {
                field.withUTF8 { appendQuoted($0, to: &out) }
            } else {
                out.append(contentsOf: field.utf8)
            }
        }
        out.append(contentsOf: lineEnding)
        isFirstRecord = false
    }

    private func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, isFileStart: Bool) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
        if isFileStart && bytes.count >= 4 && bytes.prefix(4).map({ $0 | 0x20 }) == Array("sep=".utf8) { return true }
        return bytes.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    }

    /// Appends the field between quotes with inner quotes doubled, through `csv_write2`.
    private func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else {
            out += [0x22, 0x22]  // csv_write2 writes nothing for an empty source
            return
        }
        let start = out.count
        let maximum = bytes.count * 2 + 2
        out.append(contentsOf: repeatElement(0, count: maximum))
        let written = out.withUnsafeMutableBytes { raw in
            csv_write2(raw.baseAddress.map { $0 + start }, maximum, source, bytes.count, 0x22)
        }
        out.removeLast(maximum - written)
    }
}
