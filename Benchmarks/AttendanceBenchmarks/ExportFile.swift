import Foundation

/// A CSV export being written the way a platform writes it: its delimiter, line end, encoding,
/// BOM, and whether every field is quoted (Google Forms downloads) or only those that need it.
///
/// Lines are built as bytes in one buffer written out every 1 MiB, so generating millions of
/// rows costs little next to reading them.
final class ExportFile {
    enum Encoding {
        case utf8, utf8BOM, windows1252
    }

    let path: String
    private let descriptor: Int32
    private let delimiter: UInt8
    private let lineEnd: [UInt8]
    private let encoding: Encoding
    private let quotesAll: Bool
    private var buffer: [UInt8] = []
    /// Lines written, blank ones included.
    private(set) var lines = 0

    init(
        path: String, delimiter: Character = ",", crlf: Bool = false, encoding: Encoding = .utf8,
        quotesAll: Bool = false
    ) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CSVBenchmark.Usage(description: "cannot write \(path)") }
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
        lineEnd = crlf ? [0x0D, 0x0A] : [0x0A]
        self.encoding = encoding
        self.quotesAll = quotesAll
        buffer.reserveCapacity(1 << 21)
        if encoding == .utf8BOM { buffer += [0xEF, 0xBB, 0xBF] }
    }

    /// Writes one line; an empty array writes a blank line.
    func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(delimiter) }
            append(field)
        }
        buffer += lineEnd
        lines += 1
        if buffer.count >= 1 << 20 { flush() }
    }

    private func append(_ field: String) {
        var needsQuotes = quotesAll
        if !needsQuotes {
            for byte in field.utf8 where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                needsQuotes = true
                break
            }
        }
        if needsQuotes { buffer.append(0x22) }
        switch encoding {
        case .utf8, .utf8BOM:
            for byte in field.utf8 {
                if byte == 0x22 && needsQuotes { buffer.append(0x22) }
                buffer.append(byte)
            }
        case .windows1252:
            for scalar in field.unicodeScalars {
                if scalar == "\"" && needsQuotes { buffer.append(0x22) }
                buffer.append(scalar.value < 0x100 ? UInt8(scalar.value) : UInt8(ascii: "?"))
            }
        }
        if needsQuotes { buffer.append(0x22) }
    }

    private func flush() {
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        Glibc.close(descriptor)
    }
}
