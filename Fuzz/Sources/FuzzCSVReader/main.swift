import AttendanceCSV
import FuzzSupport

/// Reads arbitrary bytes as CSV, detected and with a given dialect, in 64 KiB chunks and in
/// chunks of 1…64 bytes (from the first byte), and writes back what was read.
///
/// Findings: a crash or sanitizer report; a chunk size that changes the rows, lines or error;
/// lines that do not grow or pass the input's end; fields that are not UTF-8; an error that does
/// not name the file; rows that ``CSVWriter`` cannot write so that they read back the same; with
/// a field limit of 8 bytes, rows other than those of the unlimited reading without a longer field
/// (same lines), skipped rows not warned about at their line, or a chunk size that changes that.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = inputBytes(data, size)
    let chunk = chunkSize(for: bytes)

    let detected = CSVReader(bytes: bytes, name: "fuzz.csv")
    let dialect = detected.dialect
    _ = try? detected.binaryFormat()
    let whole = ReadOutcome(detected)
    let chunked = ReadOutcome(CSVReader(bytes: bytes, name: "fuzz.csv", dialect: dialect, chunkSize: chunk))
    require(whole == chunked, "chunks of \(chunk) bytes read otherwise: \(whole) vs \(chunked)")
    whole.check(name: "fuzz.csv", lastLine: lastLine(of: bytes, dialect: dialect), fieldsAreUTF8: true)

    if whole.error == nil {
        let records = whole.rows.map(\.strings)
        do {
            let written = try CSVWriter.bytes(records, dialect: .rfc4180, lineEnding: .lf)
            let back = ReadOutcome(CSVReader(bytes: written, name: "written.csv", dialect: .rfc4180, chunkSize: chunk))
            require(back.error == nil, "the written rows do not read back: \(back.error ?? "")")
            require(back.rows.map(\.fields) == whole.rows.map(\.fields), "the written rows read back otherwise")
        } catch {
            require(false, "the rows read cannot be written: \(error)")
        }
    }

    // A small field limit drops exactly the rows with a longer field, warning at their lines.
    let limits = ReadingLimits(maximumFieldBytes: 8)
    let limited = LimitedOutcome(CSVReader(bytes: bytes, name: "fuzz.csv", dialect: dialect, limits: limits))
    let limitedChunked = LimitedOutcome(
        CSVReader(bytes: bytes, name: "fuzz.csv", dialect: dialect, chunkSize: chunk, limits: limits))
    require(limited == limitedChunked, "with a field limit, chunks of \(chunk) bytes read otherwise")
    if whole.error == nil && limited.outcome.error == nil {
        let kept = whole.rows.filter { $0.fields.allSatisfy { $0.count <= 8 } }
        require(limited.outcome.rows == kept, "a field limit keeps other rows than those without a longer field")
        let skippedLines = whole.rows.filter { !$0.fields.allSatisfy { $0.count <= 8 } }.map(\.line)
        require(limited.skippedLines == skippedLines, "skipped rows are warned about at other lines")
    }

    // A dialect given by the caller: any encoding with one of the delimiters detection gives.
    let encoding = TextEncoding.allCases[Int(bytes.last ?? 0) % TextEncoding.allCases.count]
    let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")][bytes.count % 3]
    let given = CSVDialect(encoding: encoding, delimiter: delimiter)
    let givenWhole = ReadOutcome(CSVReader(bytes: bytes, name: "given.csv", dialect: given))
    let givenChunked = ReadOutcome(CSVReader(bytes: bytes, name: "given.csv", dialect: given, chunkSize: chunk))
    require(givenWhole == givenChunked, "chunks of \(chunk) bytes read otherwise under \(given)")
    // Bytes given as UTF-8 that are not stay as they are, so only transcoded fields must be UTF-8.
    givenWhole.check(
        name: "given.csv", lastLine: lastLine(of: bytes, dialect: given),
        fieldsAreUTF8: encoding != .utf8 && encoding != .utf8BOM)
    return 0
}

/// A reading with a field limit: what was read, and the lines of the rows skipped for a long field.
///
/// The warnings' byte counts are left out: a field whose buffer is emptied in a run of more than
/// 16 spaces after a quote may count a few of those spaces, depending on where chunks end.
struct LimitedOutcome: Equatable {
    var outcome: ReadOutcome
    var skippedLines: [Int] = []

    init(_ reader: borrowing CSVReader) {
        var rows: [ReadOutcome.Row] = []
        var failure: String?
        do {
            let warnings = try reader.forEachRow { row in
                rows.append(
                    ReadOutcome.Row(line: row.line, fields: (0..<row.count).map { row.withUTF8($0) { Array($0) } }))
            }
            for warning in warnings {
                if case .fieldTooLong = warning.kind { skippedLines.append(warning.line) }
            }
        } catch {
            failure = String(describing: error)
        }
        outcome = ReadOutcome(rows: rows, error: failure)
    }
}
