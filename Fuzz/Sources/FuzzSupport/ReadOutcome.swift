import AttendanceCSV

/// Everything a ``CSVReader`` delivered: each row's line and field bytes, and how it ended.
public struct ReadOutcome: Equatable {
    public struct Row: Equatable {
        public var line: Int
        public var fields: [[UInt8]]

        public var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }

        public init(line: Int, fields: [[UInt8]]) {
            self.line = line
            self.fields = fields
        }
    }

    /// An outcome made by a harness that reads on its own.
    public init(rows: [Row], error: String?) {
        self.rows = rows
        self.error = error
    }

    public var rows: [Row] = []
    /// The error's description, or `nil` when the whole input was read.
    public var error: String?

    /// Reads every row of `reader`, keeping the error instead of throwing it.
    public init(_ reader: borrowing CSVReader) {
        var rows: [Row] = []
        do {
            try reader.forEachRow { row in
                rows.append(Row(line: row.line, fields: (0..<row.count).map { row.withUTF8($0) { Array($0) } }))
                // The subscript decodes the same bytes; a view past the end is empty.
                require(row[row.count] == "", "a field past the end is not empty")
            }
        } catch {
            self.error = String(describing: error)
        }
        self.rows = rows
    }

    /// Checks what holds for any input: rows start on growing lines from 1 and no later than
    /// `lastLine`, and a failure names the file.
    public func check(name: String, lastLine: Int, fieldsAreUTF8: Bool) {
        var previous = 0
        for row in rows {
            require(row.line > previous, "row line \(row.line) after line \(previous)")
            require(row.line <= lastLine, "row line \(row.line) past the input's last line \(lastLine)")
            previous = row.line
            if fieldsAreUTF8 {
                for field in row.fields { require(isValidUTF8(field), "a field is not UTF-8: \(field)") }
            }
        }
        if let error { require(error.hasPrefix(name + ":"), "the error does not name the file: \(error)") }
    }
}

/// The last physical line of `bytes` read under `dialect`: one more than its line breaks
/// (CR LF, a lone CR, a lone LF) after the preamble, plus the `sep=` line.
public func lastLine(of bytes: [UInt8], dialect: CSVDialect) -> Int {
    let body = bytes.dropFirst(dialect.preambleLength)
    var units: [UInt16]
    switch dialect.encoding {
    case .utf16LE, .utf16BE:
        let pairs = Array(body)
        units = stride(from: 0, to: pairs.count - 1, by: 2).map { index in
            dialect.encoding == .utf16LE
                ? UInt16(pairs[index]) | UInt16(pairs[index + 1]) << 8
                : UInt16(pairs[index]) << 8 | UInt16(pairs[index + 1])
        }
    case .utf8, .utf8BOM, .windows1252:
        units = body.map(UInt16.init)
    }
    var breaks = 0
    for index in units.indices {
        if units[index] == 0x0A { breaks += 1 }
        if units[index] == 0x0D && (index + 1 == units.count || units[index + 1] != 0x0A) { breaks += 1 }
    }
    return breaks + 1 + (dialect.hasSeparatorLine ? 1 : 0)
}
