import AttendanceCSV
import AttendanceModel
import Foundation

/// Reads attendance exports of any supported format into uniform records.
///
/// The format is recognised from the content of the first rows, never from the file name;
/// the encoding and delimiter are detected by `CSVReader`. An Excel `.xlsx` workbook, known by
/// its content (a ZIP archive holding `xl/workbook.xml`), is read instead by `XLSXReader`: its
/// first visible worksheet, whose rows go to the same recognition and parsers as a CSV file's. A file is read once, streaming:
/// its first 50 non-blank rows are held while the format is recognised, the rest go straight
/// to the format's parser.
public enum ExportReader {
    /// Reads every record of an export.
    ///
    /// Blank lines and lines of padding delimiters are skipped. A row with an unreadable date
    /// or duration still gives its record, with that value `nil`, and an `ImportIssue`. So does
    /// each invalid UTF-8 sequence or unpaired UTF-16 surrogate the reader replaced by U+FFFD (see
    /// `CSVWarning`): an issue whose column is the character on the line, not the field. A row
    /// with a field longer than the limit gives no record and an issue at the field's column; a
    /// trailing Ctrl-Z or odd UTF-16 byte, an issue on its line and no record.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - displayName: The file's name in messages and issues (the path as the user gave it).
    ///   - mapping: Headers to read the file by, as a generic list, instead of recognising it.
    ///   - limits: The largest file and field read: a record with a longer field is left out with
    ///     an issue at its line and the field's column; a larger file fails.
    /// - Returns: The format, dialect, records (file order), issues, content dates.
    /// - Throws: ``FormatError/ownOutput(file:line:output:)`` for a CSV file attendance wrote
    ///   itself (whatever `mapping` says); ``FormatError/unrecognised(file:line:headers:nearest:suggestion:)``
    ///   for a file with no known format and no name column; ``FormatError/mappedColumnMissing(file:header:headers:)``
    ///   when a mapped header is not there; ``FormatError/csv(_:)`` for an unreadable or malformed file,
    ///   one that is not a regular file (a pipe, a device) or one larger than the limit.
    public static func read(
        path: String, displayName: String, mapping: ColumnMapping? = nil, limits: ReadingLimits = ReadingLimits()
    ) throws -> ParsedExport {
        if let sheet = try workbookSheet(path: path, displayName: displayName, limits: limits) {
            var session = ReadingSession(file: displayName, mapping: mapping)
            for row in sheet.rows { try session.take(SourceRow(line: row.line, fields: row.fields)) }
            session.note(sheet.warnings)
            var parsed = try session.finish(dialect: CSVDialect())
            parsed.sheet = sheet.name
            return parsed
        }
        let reader = try open(path: path, displayName: displayName, limits: limits)
        var session = ReadingSession(file: displayName, mapping: mapping)
        let warnings: [CSVWarning]
        do {
            warnings = try reader.forEachRow { row in try session.take(row) }
        } catch let error as CSVError {
            throw FormatError.csv(error)
        }
        session.note(warnings)
        return try session.finish(dialect: reader.dialect)
    }

    /// Recognises an export's format from its first rows, without reading the rest.
    ///
    /// - Parameters:
    ///   - path: The file to look at.
    ///   - displayName: The file's name in messages.
    ///   - limits: The largest file and field read.
    /// - Returns: The format (or `nil`), the header row it was found by, the nearest known
    ///   format and, for an unrecognised file that shows a column of names, a mapping to read it by.
    /// - Throws: ``FormatError/ownOutput(file:line:output:)`` for a CSV file attendance wrote
    ///   itself; ``FormatError/csv(_:)`` for an unreadable or malformed file, or one that is not a
    ///   regular file or is larger than the limit.
    public static func recognise(
        path: String, displayName: String, limits: ReadingLimits = ReadingLimits()
    ) throws -> Recognition {
        if let sheet = try workbookSheet(path: path, displayName: displayName, limits: limits) {
            let rows = sheet.rows.lazy.map { SourceRow(line: $0.line, fields: $0.fields) }.filter { !$0.isPadding }
                .prefix(FormatDetector.rowsLooked)
            var recognition = try recognise(rows: Array(rows), dialect: CSVDialect(), displayName: displayName)
            recognition.sheet = sheet.name
            return recognition
        }
        let reader = try open(path: path, displayName: displayName, limits: limits)
        var rows: [SourceRow] = []
        do {
            try reader.forEachRow { row in
                let source = SourceRow(line: row.line, fields: row.fields)
                guard !source.isPadding else { return }
                rows.append(source)
                if rows.count >= FormatDetector.rowsLooked { throw EnoughRows() }
            }
        } catch is EnoughRows {
        } catch let error as CSVError {
            throw FormatError.csv(error)
        }
        return try recognise(rows: rows, dialect: reader.dialect, displayName: displayName)
    }

    /// Recognises the format of a file whose first non-blank rows are `rows`.
    private static func recognise(rows: [SourceRow], dialect: CSVDialect, displayName: String) throws -> Recognition {
        if let (output, line) = FormatDetector.ownOutput(in: rows) {
            throw FormatError.ownOutput(file: displayName, line: line, output: output)
        }
        if let detection = FormatDetector.detect(rows) {
            return Recognition(
                format: detection.format, dialect: dialect, headerLine: detection.header.line,
                headers: detection.header.fields, nearest: detection.format, suggestedMapping: nil)
        }
        let nearest = FormatDetector.nearest(rows)
        return Recognition(
            format: nil, dialect: dialect, headerLine: nearest.row?.line,
            headers: nearest.row.map(ReadingSession.headers(of:)) ?? [], nearest: nearest.format,
            suggestedMapping: nearest.row.flatMap { FormatDetector.suggestedMapping(header: $0, rows: rows) })
    }

    /// The first visible worksheet of the file at `path` when it is an Excel `.xlsx` workbook (by
    /// its content, whatever its name), or `nil` when it is not one and is read as CSV.
    ///
    /// - Parameters:
    ///   - path: The file to look at.
    ///   - displayName: The file's name in messages.
    ///   - limits: The largest file and uncompressed content, and the longest cell.
    /// - Returns: The sheet's rows, as `XLSXReader` reads them.
    /// - Throws: ``FormatError/workbook(_:)`` for an old `.xls` workbook, a ZIP archive that is no
    ///   `.xlsx` workbook, or a damaged one; ``FormatError/csv(_:)`` for a file over the size limit.
    public static func workbookSheet(
        path: String, displayName: String, limits: ReadingLimits = ReadingLimits()
    ) throws -> Spreadsheet? {
        switch XLSXReader.signature(ofFileAt: path) {
        case nil:
            return nil
        case .compoundDocument:
            throw FormatError.workbook(.legacyWorkbook(file: displayName))
        case .zip:
            do {
                var reader = try XLSXReader(path: path, name: displayName, limits: limits)
                return try reader.firstSheet()
            } catch let error as WorkbookError {
                throw FormatError.workbook(error)
            } catch let error as CSVError {
                throw FormatError.csv(error)
            }
        }
    }

    /// Opens a file, refusing one that is a workbook, a PDF, an image or a web page instead of CSV.
    private static func open(path: String, displayName: String, limits: ReadingLimits) throws -> CSVReader {
        do {
            let reader = try CSVReader(path: path, name: displayName, limits: limits)
            if let kind = try reader.binaryFormat() { throw CSVError.notText(file: displayName, kind: kind) }
            return reader
        } catch let error as CSVError {
            throw FormatError.csv(error)
        }
    }

    private struct EnoughRows: Error {}
}

/// The state of one ``ExportReader/read(path:displayName:mapping:)``: rows held until the
/// format is known, then the format's parser.
struct ReadingSession {
    let mapping: ColumnMapping?
    private var draft: ExportDraft
    private var held: [SourceRow] = []
    private var format: ExportFormat?
    private var headerLine: Int?
    private var parser: any ExportParser = UndecidedParser()

    init(file: String, mapping: ColumnMapping?) {
        self.mapping = mapping
        draft = ExportDraft(file: file)
    }

    /// Takes the next row of the file.
    mutating func take(_ row: CSVRow) throws {
        try take(SourceRow(line: row.line, fields: row.fields))
    }

    /// Takes the next row of the file (or sheet).
    mutating func take(_ source: SourceRow) throws {
        guard !source.isPadding else { return }
        if format != nil {
            parser.read(source, into: &draft)
            return
        }
        held.append(source)
        if held.count >= FormatDetector.rowsLooked { try decide() }
    }

    /// Notes what the reader repaired or left out as issues: invalid UTF-8 or an unpaired UTF-16
    /// surrogate replaced by U+FFFD (at its line and character column), a record skipped for a
    /// field too long (at its line and the field's column), an end-of-file mark or the odd last
    /// byte of UTF-16 text ignored (at its line).
    mutating func note(_ warnings: [CSVWarning]) {
        for warning in warnings {
            draft.issues.append(
                ImportIssue(file: draft.file, line: warning.line, column: warning.column, message: warning.message))
        }
    }

    /// Ends the file and returns what it holds.
    ///
    /// A file with a header and no records gets an issue on the header's line, so that an
    /// import of it does not pass for a list of nobody without a word.
    mutating func finish(dialect: CSVDialect) throws -> ParsedExport {
        if format == nil { try decide() }
        parser.finish(into: &draft)
        if draft.records.isEmpty, let headerLine {
            draft.issue(
                line: headerLine, column: nil, "no records: the file has a header on this line and nothing below it")
        }
        let format = self.format ?? .genericList
        return ParsedExport(
            format: format, dialect: dialect, records: draft.records, issues: draft.sortedIssues,
            contentDates: draft.contentDates,
            roleFollowsFileName: format == .googleForms || format == .genericList)
    }

    private mutating func decide() throws {
        if let (output, line) = FormatDetector.ownOutput(in: held) {
            throw FormatError.ownOutput(file: draft.file, line: line, output: output)
        }
        let detection: Detection
        if let mapping {
            guard let header = FormatDetector.header(for: mapping, in: held) else {
                let headers = held.first.map(Self.headers(of:)) ?? []
                let present = Set(headers.map { HeaderKey($0).compact })
                let missing = mapping.pairs.first { !present.contains(HeaderKey($0.header).compact) }?.header
                throw FormatError.mappedColumnMissing(
                    file: draft.file, header: missing ?? mapping.description,
                    headers: headers)
            }
            detection = Detection(format: .genericList, header: header)
        } else if let found = FormatDetector.detect(held) {
            detection = found
        } else {
            let nearest = FormatDetector.nearest(held)
            throw FormatError.unrecognised(
                file: draft.file, line: nearest.row?.line, headers: nearest.row.map(Self.headers(of:)) ?? [],
                nearest: nearest.format,
                suggestion: nearest.row.flatMap { FormatDetector.suggestedMapping(header: $0, rows: held) })
        }
        format = detection.format
        headerLine = detection.header.line
        noteRepeatedHeaders(detection.header)
        parser = Self.parser(for: detection, mapping: mapping)
        for row in held { parser.read(row, into: &draft) }
        held = []
    }

    /// Notes every header that repeats an earlier one of the same row: columns are found by
    /// header, so only the first of the two is read, and the user should know which.
    private mutating func noteRepeatedHeaders(_ header: SourceRow) {
        var first: [String: Int] = [:]
        for (index, text) in header.fields.enumerated() {
            let key = HeaderKey(text).compact
            guard !key.isEmpty else { continue }
            if let earlier = first[key] {
                draft.issue(
                    line: header.line, column: index,
                    "header '\(text.trimmingCharacters(in: .whitespaces))' repeats column \(earlier + 1)'s; "
                        + "column \(earlier + 1) is the one read")
            } else {
                first[key] = index
            }
        }
    }

    private static func parser(for detection: Detection, mapping: ColumnMapping?) -> any ExportParser {
        switch detection.format {
        case .zoomWebinarAttendees, .zoomWebinarRegistrations: ZoomWebinarParser(format: detection.format)
        case .zoomMeetingParticipants: ZoomMeetingParser()
        case .teamsAttendance: TeamsAttendanceParser()
        case .teamsAttendanceLog: TeamsAttendanceLogParser(header: detection.header)
        case .meetAttendance: MeetAttendanceParser(header: detection.header)
        case .googleForms, .sympla, .courseCertificates, .moodleCompletion, .genericList:
            ListParser(format: detection.format, header: detection.header, mapping: mapping)
        }
    }

    /// A row's cells as headers: trimmed, without the empty cells padding its end.
    static func headers(of row: SourceRow) -> [String] {
        var headers = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        while headers.last?.isEmpty == true { headers.removeLast() }
        return headers
    }
}

/// Stands in until the format is known; never reads a row.
private struct UndecidedParser: ExportParser {
    mutating func read(_ row: SourceRow, into draft: inout ExportDraft) {}
    mutating func finish(into draft: inout ExportDraft) {}
}
