import AttendanceTotals
/// A ``YearlyReport`` as it may be published: which counts of people are hidden, and why.
///
/// Every renderer (CSV, JSON, Markdown, HTML, terminal) reads counts of people through one
/// value of this type, so small-cell suppression is decided once and holds in every output.
///
/// - Primary suppression: a count of people from 1 to `threshold - 1` is hidden (written `<t`).
///   Zero is not a person and stays 0.
/// - Secondary (complementary) suppression: where a published total is the sum of published
///   cells (an event's participants by sector, the year's unique participants by region,
///   participations by event…), the hidden cells of that sum must not be recoverable by
///   subtraction. While the arithmetic still pins a hidden cell to one value, the smallest
///   other non-zero cell of the sum is hidden as well (written `X`), or the total when no
///   cell is left. Every hidden cell is known to be 1 to `t - 1` (`<t`) or `t` or more (`X`).
struct PublishedReport {
    /// One count of people in the report, addressed by where it is published (indices into
    /// ``YearlyReport/events`` and ``YearlyReport/courses``).
    enum Cell: Hashable, Sendable {
        case participations, uniqueParticipants, uniqueParticipantsLow, uniqueParticipantsHigh
        case returningParticipants, uniqueCompleters, totalRegistrants, totalNoShows
        case eventParticipants(Int)
        case eventHeadcount(Int)
        case eventRegistrants(Int)
        case eventNoShows(Int)
        case eventStaff(Int)
        case eventSector(Int, String)
        case eventRegion(Int, String)
        case session(Int, Int)
        case sector(String)
        case region(String)
        case uf(String)
        case eventsPerPerson(String)
        case courseCompletions(Int)
        case courseCompleters(Int)
        case coursePublicServants(Int)
        case courseNotCompleted(Int)
        case courseAtEvents(Int)
        case courseMonth(Int, String)
        case courseYear(Int, String)
    }

    /// Why a cell is hidden.
    enum Reason: Sendable {
        /// The count is from 1 to `threshold - 1`.
        case belowThreshold
        /// The count is `threshold` or more, hidden so that a total cannot give a hidden cell away.
        case complementary
    }

    /// A sum the report publishes: `total` equals the sum of `parts`.
    struct Sum {
        var total: Cell
        var parts: [Cell]
        /// Whether the total, not a part, is hidden first when the sum gives a cell away (a
        /// derived figure, such as the highest possible unique participants, is the cheaper loss).
        var hidesTotalFirst = false
    }

    let report: YearlyReport
    /// The smallest count shown as is; `nil` when nothing is hidden.
    let threshold: Int?
    private(set) var values: [Cell: Int] = [:]
    private(set) var hidden: [Cell: Reason] = [:]
    /// Cells that are the same count as another (a one-session event's session, a headcount), published alike.
    private var aliases: [Cell: Cell] = [:]

    /// Decides what `report` may publish with `threshold` (less than 2 or `nil` hides nothing).
    init(_ report: YearlyReport, threshold: Int?) {
        self.report = report
        self.threshold = threshold.flatMap { $0 >= 2 ? $0 : nil }
        values = Self.values(of: report)
        for (index, event) in report.events.enumerated() where event.perSession.count == 1 {
            if event.perSession[0].participants == event.participants {
                aliases[.session(index, 0)] = .eventParticipants(index)
            }
        }
        for (index, event) in report.events.enumerated() where event.headcount == event.participants {
            aliases[.eventHeadcount(index)] = .eventParticipants(index)
        }
        // The lowest possible unique participants is the larger of the named people and the
        // largest headcount: it is published as the count it equals.
        if let low = report.uniqueParticipantsRange?.low {
            if low == report.uniqueParticipants {
                aliases[.uniqueParticipantsLow] = .uniqueParticipants
            } else if let index = report.events.indices.first(where: {
                report.events[$0].isHeadcountOnly && report.events[$0].participants == low
            }) {
                aliases[.uniqueParticipantsLow] = .eventParticipants(index)
            }
        }
        guard let threshold = self.threshold else { return }
        for (cell, value) in values where value > 0 && value < threshold {
            hidden[canonical(cell)] = .belowThreshold
        }
        protectSums(Self.sums(of: report, values: values), threshold: threshold)
    }

    /// Whether anything is hidden at all.
    var isSuppressing: Bool { threshold != nil }

    /// The count of `cell` (0 when the report has none there).
    func value(_ cell: Cell) -> Int { values[canonical(cell)] ?? 0 }

    /// Why `cell` is hidden, or `nil` when it is published.
    func reason(_ cell: Cell) -> Reason? { hidden[canonical(cell)] }

    /// Whether `cell` is hidden.
    func hides(_ cell: Cell) -> Bool { reason(cell) != nil }

    /// The cell's count formatted by `format`, or its mark when hidden: `<t` or `X`.
    func text(_ cell: Cell, _ format: (Int) -> String = { String($0) }) -> String {
        mark(of: cell) ?? format(value(cell))
    }

    /// `<t` for a count below the threshold, `X` for a complementary suppression, `nil` when shown.
    func mark(of cell: Cell) -> String? {
        switch reason(cell) {
        case .belowThreshold?: "<\(threshold ?? 0)"
        case .complementary?: Self.complementaryMark
        case nil: nil
        }
    }

    /// How a cell hidden only to protect a total is written: the mark statistical offices use
    /// for confidential figures, read the same in both languages.
    static let complementaryMark = "X"

    private func canonical(_ cell: Cell) -> Cell { aliases[cell] ?? cell }

    /// Hides further cells until no hidden cell of any sum can be worked out from the others.
    ///
    /// For a sum that gives a hidden cell away, the smallest published non-zero part is hidden
    /// (`X`); when no part is left, the total is. A hidden total is one more unknown of its sum,
    /// so its parts are protected in turn.
    private mutating func protectSums(_ sums: [Sum], threshold: Int) {
        var changed = true
        while changed {
            changed = false
            for sum in sums where !isSafe(sum, threshold: threshold) {
                let total = canonical(sum.total)
                let candidate = sum.parts.map(canonical).filter { hidden[$0] == nil && (values[$0] ?? 0) > 0 }
                    .min { (values[$0] ?? 0) < (values[$1] ?? 0) }
                let openTotal = hidden[total] == nil ? total : nil
                if let cell = sum.hidesTotalFirst ? openTotal ?? candidate : candidate ?? openTotal {
                    hidden[cell] = .complementary
                    changed = true
                }
            }
        }
    }

    /// Whether every hidden cell of `sum` (its total included) can still take two values or more,
    /// given the published cells and what a reader knows of each hidden one: `<t` is 1 to t−1,
    /// `X` is t or more.
    private func isSafe(_ sum: Sum, threshold: Int) -> Bool {
        // The sum as `Σ coefficient × cell = rest` over the hidden cells: parts +1, total −1.
        let unbounded = 1 << 40
        var rest = 0
        var unknowns: [(coefficient: Int, low: Int, high: Int)] = []
        let terms = [(canonical(sum.total), -1)] + sum.parts.map { (canonical($0), 1) }
        for (cell, coefficient) in terms {
            switch hidden[cell] {
            case nil: rest -= coefficient * (values[cell] ?? 0)
            case .belowThreshold?: unknowns.append((coefficient, 1, threshold - 1))
            case .complementary?: unknowns.append((coefficient, threshold, unbounded))
            }
        }
        guard !unknowns.isEmpty else { return true }
        let lowest = unknowns.reduce(0) { $0 + min($1.coefficient * $1.low, $1.coefficient * $1.high) }
        let highest = unknowns.reduce(0) { $0 + max($1.coefficient * $1.low, $1.coefficient * $1.high) }
        return unknowns.allSatisfy { unknown in
            let ownLowest = min(unknown.coefficient * unknown.low, unknown.coefficient * unknown.high)
            let ownHighest = max(unknown.coefficient * unknown.low, unknown.coefficient * unknown.high)
            // What `coefficient × cell` can be, given what the others can be.
            let low = max(ownLowest, rest - (highest - ownHighest))
            let high = min(ownHighest, rest - (lowest - ownLowest))
            return high > low
        }
    }

    /// Every count of people in `report`.
    private static func values(of report: YearlyReport) -> [Cell: Int] {
        var values: [Cell: Int] = [
            .participations: report.participations, .uniqueParticipants: report.uniqueParticipants,
            .returningParticipants: report.returningParticipants, .uniqueCompleters: report.courseCompleters,
        ]
        if let range = report.uniqueParticipantsRange {
            values[.uniqueParticipantsLow] = range.low
            values[.uniqueParticipantsHigh] = range.high
        }
        values[.totalRegistrants] = report.totalRegistrants
        values[.totalNoShows] = report.totalNoShows
        for (index, event) in report.events.enumerated() {
            values[.eventParticipants(index)] = event.participants
            values[.eventRegistrants(index)] = event.registrants
            values[.eventNoShows(index)] = event.noShows
            values[.eventStaff(index)] = event.staff
            values[.eventHeadcount(index)] = event.headcount
            for (key, count) in event.bySector { values[.eventSector(index, key)] = count }
            for (key, count) in event.byRegion { values[.eventRegion(index, key)] = count }
            for (session, totals) in event.perSession.enumerated() {
                values[.session(index, session)] = totals.participants
            }
        }
        for (key, count) in report.bySector { values[.sector(key)] = count }
        for (key, count) in report.byRegion { values[.region(key)] = count }
        for (key, count) in report.byUF { values[.uf(key)] = count }
        for (key, count) in report.eventsPerPerson { values[.eventsPerPerson(key)] = count }
        for (index, course) in report.courses.enumerated() {
            values[.courseCompletions(index)] = course.completions
            values[.courseCompleters(index)] = course.completers
            values[.coursePublicServants(index)] = course.publicServants
            values[.courseNotCompleted(index)] = course.enrolmentsNotCompleted
            values[.courseAtEvents(index)] = course.completersAtEvents
            for (key, count) in course.completersByMonth { values[.courseMonth(index, key)] = count }
            for (key, count) in course.completersByYear { values[.courseYear(index, key)] = count }
        }
        return values
    }

    /// The sums a reader can check in the published outputs: only those that hold exactly.
    private static func sums(of report: YearlyReport, values: [Cell: Int]) -> [Sum] {
        var sums: [Sum] = []
        func add(_ total: Cell, _ parts: [Cell], hidesTotalFirst: Bool = false) {
            guard !parts.isEmpty, parts.reduce(0, { $0 + (values[$1] ?? 0) }) == values[total] ?? 0 else { return }
            sums.append(Sum(total: total, parts: parts, hidesTotalFirst: hidesTotalFirst))
        }
        let events = report.events.indices
        add(.participations, events.map { .eventParticipants($0) })
        // The highest possible unique participants adds the headcounts to the named people.
        add(
            .uniqueParticipantsHigh,
            [.uniqueParticipants] + events.filter { report.events[$0].isHeadcountOnly }.map { .eventParticipants($0) },
            hidesTotalFirst: true)
        add(.totalRegistrants, events.filter { report.events[$0].registrants != nil }.map { .eventRegistrants($0) })
        add(.totalNoShows, events.filter { report.events[$0].noShows != nil }.map { .eventNoShows($0) })
        for (index, event) in report.events.enumerated() {
            add(.eventParticipants(index), event.bySector.keys.sorted().map { .eventSector(index, $0) })
            add(.eventParticipants(index), event.byRegion.keys.sorted().map { .eventRegion(index, $0) })
        }
        add(.uniqueParticipants, report.bySector.keys.sorted().map { .sector($0) })
        add(.uniqueParticipants, report.byRegion.keys.sorted().map { .region($0) })
        add(.uniqueParticipants, report.byUF.keys.sorted().map { .uf($0) })
        add(.uniqueParticipants, report.eventsPerPerson.keys.sorted().map { .eventsPerPerson($0) })
        add(
            .returningParticipants,
            report.eventsPerPerson.keys.filter { (Int($0) ?? 0) >= 2 }.sorted().map { .eventsPerPerson($0) })
        for (index, course) in report.courses.enumerated() {
            add(.courseCompleters(index), course.completersByMonth.keys.sorted().map { .courseMonth(index, $0) })
            add(.courseCompleters(index), course.completersByYear.keys.sorted().map { .courseYear(index, $0) })
        }
        return sums
    }
}
