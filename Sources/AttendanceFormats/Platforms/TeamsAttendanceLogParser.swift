import AttendanceModel
/// Reads the attendance list Microsoft Teams wrote in 2020–2021, before its sectioned report
/// (``TeamsAttendanceParser``): one row per join or leave, in English (`Full Name`, `User
/// Action`, `Timestamp`) or Portuguese (`Nome Completo`, `Ação do Usuário`, `Carimbo de data/hora`),
/// usually UTF-16 and tab separated.
///
/// Actions are `Joined`/`Ingressou`/`Entrou`/`Aderiu`, `Joined before`/`Ingressou antes`/`Entrou
/// antes`/`Aderiu antes` (already in the meeting when the list began) and `Left`/`Saiu` (see
/// ``action(_:)``).
/// Timestamps are a date and a time: `10/03/2021, 14:02:11`, `3/10/2021, 2:02:11 PM`,
/// `10/03/2021 14:02:11`; the file's dates decide the day/month order (``DateOrderEvidence``),
/// else the headers' language.
///
/// One list is normally one meeting, but a list may cover several (a recurring meeting, two
/// days of a training): its rows, in time order, are cut into *sittings* wherever six hours
/// pass without a row or a day has passed since the sitting began.
///
/// Each person becomes one ``RecordKind/attendance`` record, attended, per sitting they have rows
/// in. A person is a name cell as written: the same name twice is one attendee of this list
/// (telling people apart across lists is the identity step's job); `Ana Souza (Guest)` is the
/// guest `Ana Souza` (see ``NameCell/withoutGuestMarker(_:)``).
/// - ``AttendanceRecord/line`` is the line of the person's first row (in the sitting, for a later
///   sitting), so that it can be found in the file; records come in line order.
/// - Stays: the person's rows of the sitting are taken in time order (file order for equal
///   times); a join opens a stay, a leave closes the earliest stay still open. A `Joined before`
///   opens one at the sitting's earliest timestamp; a stay never closed ends at the sitting's
///   latest timestamp; a leave with no stay open closes one opened at the earliest timestamp. The
///   earliest and latest are over every row of the sitting, all people together.
/// - ``AttendanceRecord/minutes`` is the time the stays cover, overlapping stays counted once
///   (two devices at once, `Joined before` then `Joined`), from the timestamps' seconds and rounded
///   as written durations are (``WrittenDuration/minutes(seconds:)``); a sitting lasts less than
///   a day, so it never passes 1,440.
/// - Join and leave are the earliest start and the latest end of the stays (so a missing leave
///   is the sitting's end, and `Joined before` is its start).
/// - The session day is the day of the sitting's earliest timestamp: a sitting past midnight
///   keeps its day, with join and leave above 1440.
/// - The role is always participant: the list does not say who organised the meeting.
/// - A row with no name, an action not listed above, or a timestamp that is not a date and time
///   is an ``ImportIssue`` at its line and column and adds no stay; the rest of the file still
///   counts, and a named person whose rows were all unreadable is still a record, without times.
struct TeamsAttendanceLogParser: ExportParser {
    /// What one row of the list records.
    enum Action: Equatable {
        /// The person joined at the row's time.
        case joined
        /// The person was already in the meeting when the list began.
        case joinedBefore
        /// The person left at the row's time.
        case left
    }

    /// One readable row: a person's join or leave.
    private struct Event {
        var person: Int
        var action: Action
        var written: WrittenTimestamp
        var line: Int
        var text: String
    }

    /// A person of the list: the records' order is the order of their first rows.
    private struct Person {
        var name: String
        var line: Int
    }

    let header: SourceRow
    private let map: HeaderMap
    private var people: [Person] = []
    private var personIndex: [String: Int] = [:]
    private var events: [Event] = []
    private var evidence = DateOrderEvidence()

    init(header: SourceRow) {
        self.header = header
        map = HeaderMap(headers: header.fields, columns: [.name, .userAction, .timestamp])
    }

    /// The action an action cell names, in English or Portuguese, or `nil` for any other text.
    static func action(_ text: String) -> Action? {
        let key = HeaderKey(text)
        if key.matches(anyOf: ["joined", "ingressou", "entrou", "aderiu"]) { return .joined }
        if key.matches(anyOf: ["joined before", "ingressou antes", "entrou antes", "aderiu antes"]) {
            return .joinedBefore
        }
        if key.matches(anyOf: ["left", "saiu"]) { return .left }
        return nil
    }

    mutating func read(_ row: SourceRow, into draft: inout ExportDraft) {
        guard row.line > header.line, row.fields != header.fields else { return }
        let name = map.value(.name, in: row)
        guard !name.isBlank else {
            draft.issue(line: row.line, column: map[.name], "\(map.header(.name)): empty; the row is nobody's")
            return
        }
        let person: Int
        if let known = personIndex[name] {
            person = known
        } else {
            person = people.count
            people.append(Person(name: name, line: row.line))
            personIndex[name] = person
        }

        let actionText = map.value(.userAction, in: row)
        let action = Self.action(actionText)
        if action == nil {
            draft.issue(
                line: row.line, column: map[.userAction],
                "\(map.header(.userAction)): '\(actionText)' is not Joined, Joined before or Left")
        }
        let written = readTimestamp(in: row, into: &draft)
        guard let action, let written else { return }
        events.append(
            Event(
                person: person, action: action, written: written, line: row.line, text: map.value(.timestamp, in: row))
        )
    }

    /// The date and time of `row`, or `nil` with an issue when it is not both.
    private mutating func readTimestamp(in row: SourceRow, into draft: inout ExportDraft) -> WrittenTimestamp? {
        let text = map.value(.timestamp, in: row)
        let header = map.header(.timestamp)
        guard !ExportDraft.isAbsent(text) else {
            draft.issue(line: row.line, column: map[.timestamp], "\(header): empty; the row adds no stay")
            return nil
        }
        let written: WrittenTimestamp
        do {
            written = try WrittenTimestamp(reading: ExportDraft.withoutFormulaGuard(text))
        } catch {
            draft.issue(line: row.line, column: map[.timestamp], "\(header): '\(text)' \(error.explanation)")
            return nil
        }
        guard written.hasDate, written.minuteOfDay != nil else {
            draft.issue(line: row.line, column: map[.timestamp], "\(header): '\(text)' is not a date and time")
            return nil
        }
        evidence.observe(written)
        return written
    }

    mutating func finish(into draft: inout ExportDraft) {
        let order = evidence.order(fallback: map.isPortuguese ? .dayFirst : .monthFirst)
        let orderName = order == .dayFirst ? "dd/MM" : "MM/dd"
        // Each readable event at its second since the calendar's start, with its day.
        var timed: [(event: Event, second: Int, day: Day)] = []
        for event in events {
            guard let day = event.written.day(order: order), let minute = event.written.minuteOfDay else {
                draft.issue(
                    line: event.line, column: map[.timestamp],
                    "\(map.header(.timestamp)): '\(event.text)' is not a valid date in the file's \(orderName) order")
                continue
            }
            timed.append((event, day.ordinal * 86_400 + minute * 60 + event.written.second, day))
        }
        // Sittings: the rows in time order, a new sitting after more than six hours without a
        // row or a day after the sitting began (a list that covers several days or meetings).
        let ordered = timed.indices.sorted { (timed[$0].second, $0) < (timed[$1].second, $1) }
        var sittings: [(start: Int, end: Int, day: Day)] = []
        var sittingOf = [Int](repeating: 0, count: timed.count)
        for index in ordered {
            let second = timed[index].second
            if let current = sittings.last, second - current.end <= Self.sittingGap,
                second - current.start < 86_400
            {
                sittings[sittings.count - 1].end = second
            } else {
                sittings.append((second, second, timed[index].day))
            }
            sittingOf[index] = sittings.count - 1
        }

        // One record per person and sitting (rows are in file order here).
        var groups: [Int: (line: Int, events: [(action: Action, second: Int)])] = [:]
        for (index, entry) in timed.enumerated() {
            let key = entry.event.person * sittings.count + sittingOf[index]
            groups[key, default: (entry.event.line, [])].events.append((entry.event.action, entry.second))
        }
        var records: [AttendanceRecord] = []
        for (index, person) in people.enumerated() {
            let (name, isGuest) = NameCell.withoutGuestMarker(person.name)
            var blank = AttendanceRecord(kind: .attendance, line: person.line)
            blank.name = name
            if isGuest { blank.isGuest = true }
            blank.attended = true
            let mine = sittings.indices.compactMap { sitting in
                groups[index * sittings.count + sitting].map { (sitting, $0) }
            }
            guard !mine.isEmpty else {
                // Every row of the person was unreadable: a record all the same, without times.
                blank.sessionDate = sittings.first?.day
                records.append(blank)
                continue
            }
            for (position, (sitting, group)) in mine.enumerated() {
                var record = blank
                // The first sitting points at the person's first row, read or not.
                record.line = position == 0 ? person.line : group.line
                let (start, end, day) = sittings[sitting]
                record.sessionDate = day
                let midnight = day.ordinal * 86_400
                let stays = Self.stays(group.events, listStart: start, listEnd: end)
                if let first = stays.first?.start, let last = stays.map(\.end).max() {
                    record.joinMinute = (first - midnight) / 60
                    record.leaveMinute = (last - midnight) / 60
                    record.minutes = WrittenDuration.minutes(seconds: Self.coveredSeconds(stays))
                }
                records.append(record)
            }
        }
        for record in records.enumerated().sorted(by: { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }) {
            draft.add(record.element)
        }
        // No timestamps are noted in the draft: this gives the content date, the records' session day.
        draft.resolveDates(fallback: order)
    }

    /// The longest time without a row within one sitting, in seconds.
    static let sittingGap = 6 * 3600

    /// A person's stays, as (start, end) seconds, ordered by start.
    ///
    /// - Parameters:
    ///   - events: The person's actions at their seconds, in any order (sorted here, file order
    ///     breaking ties).
    ///   - listStart: The list's earliest second: where `Joined before` and an unpaired leave start.
    ///   - listEnd: The list's latest second: where a join never followed by a leave ends.
    static func stays(_ events: [(action: Action, second: Int)], listStart: Int, listEnd: Int) -> [(
        start: Int, end: Int
    )] {
        let ordered = events.enumerated().sorted { ($0.element.second, $0.offset) < ($1.element.second, $1.offset) }
        var open: [Int] = []
        var stays: [(start: Int, end: Int)] = []
        for (_, event) in ordered {
            switch event.action {
            case .joined: open.append(event.second)
            case .joinedBefore: open.append(listStart)
            case .left:
                if open.isEmpty {
                    stays.append((listStart, event.second))
                } else {
                    stays.append((open.removeFirst(), event.second))
                }
            }
        }
        stays += open.map { ($0, listEnd) }
        return stays.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The seconds covered by at least one of `stays` (ordered by start): overlaps count once.
    static func coveredSeconds(_ stays: [(start: Int, end: Int)]) -> Int {
        var total = 0
        var reached = Int.min
        for stay in stays where stay.end > reached {
            total += stay.end - max(stay.start, reached)
            reached = stay.end
        }
        return total
    }
}
