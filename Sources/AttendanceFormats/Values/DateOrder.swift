/// Which of the first two numbers of a numeric date such as `10/12/2020` is the month.
enum DateOrder: Sendable, Hashable {
    /// `MM/dd/yyyy`, as US-English interfaces write dates.
    case monthFirst
    /// `dd/MM/yyyy`, as Brazilian interfaces write dates.
    case dayFirst
}

/// Evidence for the day/month order of a file, gathered from every numeric date in it.
///
/// The rule: a first number above 12 can only be a day, a second number above 12 can only be
/// a day. When the file's dates show only one of the two, that settles the order for the
/// whole file; when they show neither (every date ambiguous, like `10/12/2020`) or both (the
/// file contradicts itself), the format's own default decides (the language of its headers).
struct DateOrderEvidence: Sendable {
    private(set) var dayFirstSeen = false
    private(set) var monthFirstSeen = false

    /// Takes a date's first two numbers into account (year-first and month-name dates say nothing).
    mutating func observe(_ timestamp: WrittenTimestamp) {
        guard case .numeric(let first, let second, _) = timestamp.date else { return }
        if first > 12 && second <= 12 { dayFirstSeen = true }
        if second > 12 && first <= 12 { monthFirstSeen = true }
    }

    /// The order the evidence settles, or `fallback` when it settles nothing.
    func order(fallback: DateOrder) -> DateOrder {
        switch (dayFirstSeen, monthFirstSeen) {
        case (true, false): .dayFirst
        case (false, true): .monthFirst
        default: fallback
        }
    }
}
