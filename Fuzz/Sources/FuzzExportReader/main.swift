import AttendanceCSV
import FuzzSupport

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceService
@testable import AttendanceStore

/// Recognises and reads arbitrary bytes as an attendance export, from a file as `import` does,
/// and turns the result into what the store would receive.
///
/// The first line doubles as a `--map` text: when it parses as one, the file is also read with it.
/// Bytes that are a ZIP archive go to the `.xlsx` reader, as in `import`; the workbook fixtures
/// of the tests are among the seeds (`run.sh`), so mutations start from real workbooks.
///
/// Findings: a crash or sanitizer report; an error other than ``FormatError`` or one that does
/// not name the file; recognition and reading that disagree on the format; records or issues on
/// lines the file does not have, out of file order, or with a column below 1; minutes below 0 or
/// beyond a day; join times outside a day.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExportReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = inputBytes(data, size)
    let path = ScratchFile.write(bytes, named: "input.csv")
    let name = "event/export.csv"
    // A workbook's records are on its sheet's rows, not on lines of its (zipped) bytes.
    let last =
        if let sheet = try? ExportReader.workbookSheet(path: path, displayName: name) {
            sheet.lines.count
        } else {
            lastLine(of: bytes, dialect: CSVDialect.detect(bytes: bytes))
        }

    let recognition: Recognition?
    do {
        recognition = try ExportReader.recognise(path: path, displayName: name)
    } catch {
        check(error, name: name)
        recognition = nil
    }
    do {
        let parsed = try ExportReader.read(path: path, displayName: name)
        require(
            recognition?.format == parsed.format,
            "recognised \(String(describing: recognition?.format)), read \(parsed.format)")
        check(parsed, lines: last)
        store(parsed)
    } catch {
        check(error, name: name)
        if case FormatError.unrecognised = error {
            require(
                recognition != nil && recognition?.format == nil,
                "read found no format, recognition \(String(describing: recognition))")
        }
    }

    let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
    if firstLine.contains(UInt8(ascii: "=")),
        let mapping = try? ColumnMapping(parsing: String(decoding: firstLine, as: UTF8.self))
    {
        do {
            let parsed = try ExportReader.read(path: path, displayName: name, mapping: mapping)
            require(parsed.format == .genericList, "a mapped file read as \(parsed.format)")
            check(parsed, lines: last)
        } catch {
            check(error, name: name)
        }
    }
    return 0
}

private func check(_ error: any Error, name: String) {
    require(error is FormatError, "not a FormatError: \(type(of: error)) \(error)")
    let text = String(describing: error)
    require(text.hasPrefix(name + ":"), "the message does not start with the file: \(text)")
}

private func check(_ parsed: ParsedExport, lines: Int) {
    var previous = 0
    for record in parsed.records {
        require(record.line >= max(previous, 1) && record.line <= lines, "record on line \(record.line) of \(lines)")
        previous = record.line
        if let minutes = record.minutes { require((0...1440).contains(minutes), "\(minutes) minutes") }
        // A Teams log's sitting may pass midnight and keep its day: joins up to the next midnight.
        let joinLimit = parsed.format == .teamsAttendanceLog ? 2 * 1440 : 1440
        if let join = record.joinMinute { require((0..<joinLimit).contains(join), "joined at minute \(join)") }
        if let join = record.joinMinute, let leave = record.leaveMinute {
            require(leave >= join, "left at minute \(leave) before joining at \(join)")
        }
    }
    previous = 0
    for issue in parsed.issues {
        require(issue.line >= max(previous, 1) && issue.line <= lines, "issue on line \(issue.line) of \(lines)")
        require((issue.column ?? 1) >= 1, "issue in column \(String(describing: issue.column))")
        require(issue.description.hasPrefix(issue.file + ":\(issue.line):"), "issue text \(issue.description)")
        previous = issue.line
    }
}

/// Builds the batch the importer would store, for an event with two sessions.
private func store(_ parsed: ParsedExport) {
    guard let first = Day(year: 2021, month: 3, day: 10), let second = Day(year: 2021, month: 3, day: 11) else {
        return
    }
    let event = Event(id: "event", year: 2021, kind: .webinar, dates: [first, second], minMinutes: 15)
    let job = ImportJob(
        location: RawPath("event/2021-03-11-export.csv"), displayPath: "event/2021-03-11-export.csv", eventID: "event")
    let batch = FileBatch(parsed, job: job, event: event, hash: "0", options: ImportOptions())
    require(batch.records.count == parsed.records.count, "the batch lost records")
    require(batch.records.allSatisfy { $0.session == second }, "the file name's session was not used")
}
