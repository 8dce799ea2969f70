import AttendanceModel
import AttendanceTotals
/// Ordering and labelling shared by the renderers, so every format lists things the same way.
extension YearlyReport {
    /// Macro-regions in the IBGE order.
    static let regionOrder = ["Norte", "Nordeste", "Sudeste", "Sul", "Centro-Oeste"]
    /// Sectors in the order of the registration forms.
    static let sectorOrder = ["government", "academia", "civil_society", "international_organization", "other"]

    /// The rows of a breakdown: the known keys in `order` (zeros included), then any other key in
    /// alphabetical order, then `unknown` — always when `includeUnknown`, otherwise only when not zero.
    static func breakdownRows(_ counts: [String: Int], order: [String], includeUnknown: Bool)
        -> [(key: String, count: Int)]
    {
        var rows = order.map { (key: $0, count: counts[$0] ?? 0) }
        let extra = counts.keys.filter { !order.contains($0) && $0 != ReportBuilder.unknown }.sorted()
        rows += extra.map { (key: $0, count: counts[$0] ?? 0) }
        let unknown = counts[ReportBuilder.unknown] ?? 0
        if includeUnknown || unknown != 0 { rows.append((key: ReportBuilder.unknown, count: unknown)) }
        return rows
    }

    /// UF keys present in `byUF`, alphabetically, with `unknown` last.
    static func ufRows(_ counts: [String: Int]) -> [(key: String, count: Int)] {
        breakdownRows(counts, order: [], includeUnknown: false)
    }

    /// `eventsPerPerson` in numeric order of its keys (`1`, `2`, … `10`); non-numeric keys last.
    static func eventsPerPersonRows(_ counts: [String: Int]) -> [(key: String, count: Int)] {
        counts.keys.sorted { lhs, rhs in
            switch (Int(lhs), Int(rhs)) {
            case (let l?, let r?): l < r
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): lhs < rhs
            }
        }.map { (key: $0, count: counts[$0] ?? 0) }
    }

    /// Every month from the first to the last key of `completersByMonth` (`YYYY-MM`), gaps filled with 0.
    ///
    /// Keys that are not `YYYY-MM` are kept, sorted, without filling.
    static func monthRows(_ counts: [String: Int]) -> [(key: String, count: Int)] {
        let keys = counts.keys.sorted()
        let parsed = keys.compactMap(Self.yearAndMonth)
        guard parsed.count == keys.count, let first = parsed.first, let last = parsed.last else {
            return keys.map { (key: $0, count: counts[$0] ?? 0) }
        }
        var rows: [(key: String, count: Int)] = []
        var (year, month) = first
        while (year, month) <= last {
            let key = "\(year)-\(month < 10 ? "0" : "")\(month)"
            rows.append((key: key, count: counts[key] ?? 0))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return rows
    }

    private static func yearAndMonth(_ key: String) -> (Int, Int)? {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }

    /// The sum of the participants' registrants over events with registration data; `nil` when none has any.
    var totalRegistrants: Int? {
        let known = events.compactMap(\.registrants)
        return known.isEmpty ? nil : known.reduce(0, +)
    }

    /// The sum of the no-shows over events with registration data; `nil` when none has any.
    var totalNoShows: Int? {
        let known = events.compactMap(\.noShows)
        return known.isEmpty ? nil : known.reduce(0, +)
    }

    /// The number of sessions of all events.
    var totalSessions: Int {
        events.reduce(0) { $0 + $1.sessions }
    }

    /// The distinct completers of all courses (a person in two courses counts twice).
    var totalCompleters: Int {
        courses.reduce(0) { $0 + $1.completers }
    }

    /// The people who completed a course, each once: ``uniqueCompleters``, or the sum over the
    /// courses for a report without it (exact with a single course).
    var courseCompleters: Int {
        uniqueCompleters ?? totalCompleters
    }
}

extension EventTotals {
    /// The title in `language`, falling back to the other language, then to the ID.
    func title(in language: ReportLanguage) -> String {
        Self.pick(language == .english ? [titleEN, titlePT, id] : [titlePT, titleEN, id])
    }

    /// Whether the event counts a headcount instead of a name list.
    var isHeadcountOnly: Bool {
        headcount != nil && headcount == participants
    }

    /// `2025-03-12` for one day; `2025-03-12–04-02` (first–last) for several; empty without dates.
    var dateSpan: String {
        guard let first = dates.first, let last = dates.last else { return "" }
        guard dates.count > 1, first != last else { return first }
        let sameYear = first.count == 10 && last.count == 10 && first.prefix(5) == last.prefix(5)
        return first + "–" + (sameYear ? String(last.dropFirst(5)) : last)
    }

    /// ``dateSpan`` in `language`: `12/03/2025` and `12/03–02/04/2025` in Portuguese.
    func dateSpan(in language: ReportLanguage) -> String {
        guard language == .portuguese else { return dateSpan }
        guard let first = dates.first, let last = dates.last else { return "" }
        let firstText = language.writtenDay(first)
        guard dates.count > 1, first != last else { return firstText }
        let lastText = language.writtenDay(last)
        let sameYear = first.count == 10 && last.count == 10 && first.prefix(5) == last.prefix(5)
        guard sameYear, firstText != first, lastText != last else { return firstText + "–" + lastText }
        return String(firstText.prefix(5)) + "–" + lastText
    }

    static func pick(_ candidates: [String]) -> String {
        candidates.map { $0.singleLine }.first { !$0.isEmpty } ?? ""
    }
}

extension CourseTotals {
    /// The title in `language`, falling back to the other language, then to the ID.
    func title(in language: ReportLanguage) -> String {
        EventTotals.pick(language == .english ? [titleEN, titlePT, id] : [titlePT, titleEN, id])
    }
}

extension String {
    /// The text on one line with surrounding white space removed: line breaks and tabs become spaces.
    ///
    /// Titles come from CSV files, where a quoted field may hold a line break that would break a table row.
    var singleLine: String {
        let flat = String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return String(flat.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
