import AttendanceModel
import Foundation

/// One non-blank row of an export, copied out of the reader.
struct SourceRow: Sendable {
    /// The 1-based physical line on which the row starts.
    let line: Int
    let fields: [String]

    /// The field at `index`, or `""` past the end.
    subscript(index: Int) -> String { index >= 0 && index < fields.count ? fields[index] : "" }

    /// The first field's key, for section titles and summary labels.
    var firstKey: HeaderKey { HeaderKey(self[0]) }

    /// Whether only the first field holds text (a title such as `Host Details,,,,`).
    var isTitle: Bool {
        !self[0].isBlank && fields.dropFirst().allSatisfy(\.isBlank)
    }

    /// Whether every field is empty or spaces: a blank line or a line of padding commas.
    var isPadding: Bool { fields.allSatisfy(\.isBlankOrNewlines) }
}

/// The records, issues and dates of one export while it is being read.
///
/// Dates are kept as written until the whole file has been seen, because the day/month order
/// of a numeric date is decided from all of them (``DateOrderEvidence``); ``resolveDates(fallback:)``
/// then writes them into the records. Durations need no such wait and are read at once.
struct ExportDraft {
    /// Where a date or time goes once resolved.
    enum Target {
        /// The stay's start: ``AttendanceRecord/sessionDate`` and ``AttendanceRecord/joinMinute``.
        case join
        /// The stay's end: ``AttendanceRecord/leaveMinute``, counted from the join day's midnight.
        case leave
        /// A session day alone (a list's `Data`, a check-in): ``AttendanceRecord/sessionDate``.
        case sessionDay
        /// ``AttendanceRecord/completionDate``.
        case completion
        /// A form's submission time: only votes for the file's content date.
        case submission
    }

    private struct Stamp {
        var record: Int?
        var target: Target
        var written: WrittenTimestamp
        var line: Int
        var column: Int
        var text: String
        var header: String
    }

    /// The name messages show.
    let file: String
    var records: [AttendanceRecord] = []
    var issues: [ImportIssue] = []
    private var stamps: [Stamp] = []
    private var evidence = DateOrderEvidence()
    /// Session days the file's header blocks state (a meeting's start time).
    private var statedDays: [Stamp] = []
    /// Resolved content days, filled by ``resolveDates(fallback:)``.
    private(set) var contentDates: [Day] = []

    init(file: String) {
        self.file = file
    }

    /// Appends a record and returns its index.
    @discardableResult
    mutating func add(_ record: AttendanceRecord) -> Int {
        records.append(record)
        return records.count - 1
    }

    /// Notes a problem with one field (`column` 0-based here, 1-based in the issue).
    mutating func issue(line: Int, column: Int?, _ message: String) {
        issues.append(ImportIssue(file: file, line: line, column: column.map { $0 + 1 }, message: message))
    }

    /// Whether a cell holds nothing (empty, spaces, or Zoom's `--`).
    static func isAbsent(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty || trimmed == "--" || trimmed == "-"
    }

    /// Notes the join and leave times of one stay (a row of a per-join report) for record `index`.
    mutating func noteStayTimes(in row: SourceRow, map: HeaderMap, record index: Int) {
        noteTimestamp(in: row, column: map[.joinTime], header: map.header(.joinTime), record: index, target: .join)
        noteTimestamp(in: row, column: map[.leaveTime], header: map.header(.leaveTime), record: index, target: .leave)
    }

    /// Reads the date/time in `column` of `row` for record `record`, to be resolved later.
    ///
    /// An empty cell is no value; an unreadable one becomes an issue and the value stays `nil`.
    mutating func noteTimestamp(in row: SourceRow, column: Int?, header: String, record: Int?, target: Target) {
        guard let column else { return }
        let text = row[column]
        guard !Self.isAbsent(text) else { return }
        let cleaned = Self.withoutFormulaGuard(text)
        let written: WrittenTimestamp
        do {
            written = try WrittenTimestamp(reading: cleaned)
        } catch {
            issue(line: row.line, column: column, "\(header): '\(text)' \(error.explanation)")
            return
        }
        evidence.observe(written)
        stamps.append(
            Stamp(
                record: record, target: target, written: written, line: row.line, column: column,
                text: text, header: header))
    }

    /// Notes a session day the file states in a header block (a meeting's start time).
    mutating func noteStatedDay(in row: SourceRow, column: Int?, header: String) {
        guard let column else { return }
        let text = Self.withoutFormulaGuard(row[column])
        guard !Self.isAbsent(text) else { return }
        let written: WrittenTimestamp
        do {
            written = try WrittenTimestamp(reading: text)
        } catch {
            issue(line: row.line, column: column, "\(header): '\(row[column])' \(error.explanation)")
            return
        }
        guard written.hasDate else {
            issue(line: row.line, column: column, "\(header): '\(row[column])' is not a date")
            return
        }
        evidence.observe(written)
        statedDays.append(
            Stamp(
                record: nil, target: .sessionDay, written: written, line: row.line, column: column,
                text: text, header: header))
    }

    /// The longest stay one record can show: a day. Zoom and Teams end meetings within 30 hours
    /// and a stay is one person's time in one session, so a longer one is a typing or export error.
    static let maximumStayMinutes = 24 * 60

    /// Reads the duration in `column` of `row` as whole minutes.
    ///
    /// An empty cell is `nil`; an unreadable one, or one longer than ``maximumStayMinutes``,
    /// becomes an issue and is `nil`.
    mutating func minutes(in row: SourceRow, column: Int?, header: String) -> Int? {
        guard let column else { return nil }
        let text = row[column]
        guard !Self.isAbsent(text) else { return nil }
        guard let minutes = WrittenDuration.minutes(text) else {
            issue(line: row.line, column: column, "\(header): '\(text)' is not a duration")
            return nil
        }
        guard minutes <= Self.maximumStayMinutes else {
            issue(line: row.line, column: column, "\(header): '\(text)' is \(minutes) minutes, longer than a day")
            return nil
        }
        return minutes
    }

    /// Decides the file's day/month order and writes every noted date into its record.
    ///
    /// Content dates become the stated days; without any, the session days of the records
    /// (distinct, in order); for forms, the day most responses were submitted on.
    /// - Returns: The order used.
    @discardableResult
    mutating func resolveDates(fallback: DateOrder) -> DateOrder {
        let order = evidence.order(fallback: fallback)
        let orderName = order == .dayFirst ? "dd/MM" : "MM/dd"
        var submissions: [Day: Int] = [:]
        var stated: [Day] = []
        for stamp in statedDays {
            if let day = stamp.written.day(order: order) {
                stated.append(day)
            } else {
                issue(
                    line: stamp.line, column: stamp.column,
                    "\(stamp.header): '\(stamp.text)' is not a valid date in the file's \(orderName) order")
            }
        }
        // Starts (and days) before ends, so that a leave is counted from its join's day.
        for pass in 0..<2 {
            for stamp in stamps where (stamp.target == .leave) == (pass == 1) {
                let day = stamp.written.day(order: order)
                if stamp.written.hasDate && day == nil {
                    issue(
                        line: stamp.line, column: stamp.column,
                        "\(stamp.header): '\(stamp.text)' is not a valid date in the file's \(orderName) order")
                    continue
                }
                guard let index = stamp.record else {
                    if stamp.target == .submission, let day { submissions[day, default: 0] += 1 }
                    continue
                }
                switch stamp.target {
                case .join:
                    records[index].sessionDate = day
                    records[index].joinMinute = stamp.written.minuteOfDay
                case .leave:
                    guard let minute = stamp.written.minuteOfDay else { break }
                    let leave: Int
                    if let day, let start = records[index].sessionDate {
                        leave = minute + (day.ordinal - start.ordinal) * 1440
                    } else if let join = records[index].joinMinute, minute < join, !stamp.written.hasDate {
                        leave = minute + 1440  // a time alone, past midnight
                    } else {
                        leave = minute
                    }
                    if let join = records[index].joinMinute, leave < join {
                        issue(
                            line: stamp.line, column: stamp.column,
                            "\(stamp.header): '\(stamp.text)' is before the join time; the leave time is left out")
                    } else {
                        records[index].leaveMinute = leave
                    }
                case .sessionDay:
                    records[index].sessionDate = day
                case .completion:
                    records[index].completionDate = day
                case .submission:
                    if let day { submissions[day, default: 0] += 1 }
                }
            }
        }
        if !stated.isEmpty {
            contentDates = Array(Set(stated)).sorted()
        } else if let busiest = submissions.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            contentDates = [busiest.key]
        } else {
            contentDates = Array(Set(records.compactMap(\.sessionDate))).sorted()
        }
        return order
    }

    /// The issues in file order.
    var sortedIssues: [ImportIssue] {
        issues.sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
    }

    /// Drops the `'` spreadsheets put before a value to keep it from being read as a formula (Moodle).
    static func withoutFormulaGuard(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        return trimmed.hasPrefix("'") ? String(trimmed.dropFirst()) : trimmed
    }
}
