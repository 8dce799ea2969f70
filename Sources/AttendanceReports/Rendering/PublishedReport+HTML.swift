import AttendanceModel
import AttendanceTotals
/// How the bilingual HTML page prints numbers and dates: every count it shows goes through here.
extension PublishedReport {
    /// A count as HTML: the mark of a hidden `cell` (`&lt;5`, `X`), or the number grouped as each
    /// language groups it, Portuguese shown first (`1.194`) and English (`1,194`) when the reader
    /// picks English. Pass `cell: nil` for a count that is not of people (sessions, governments).
    func htmlCount(_ value: Int, cell: Cell? = nil) -> String {
        if let cell, let mark = mark(of: cell) { return BilingualText.escaped(mark) }
        return Self.htmlAlternatives(
            pt: ReportLanguage.portuguese.formatted(value), en: ReportLanguage.english.formatted(value))
    }

    /// ``htmlCount(_:cell:)`` for a people `cell`, its value read from the report.
    func htmlCount(_ cell: Cell) -> String {
        htmlCount(value(cell), cell: cell)
    }

    /// A count in one language's plain text (for sentences and labels that are escaped later): the mark, or the number.
    func plainCount(_ cell: Cell, in language: ReportLanguage) -> String {
        text(cell, language.formatted)
    }

    /// A count inside an SVG chart, where one text serves both languages: the mark, or the
    /// number grouped by a narrow no-break space (`1 194`), which neither language misreads.
    func chartCount(_ value: Int, cell: Cell? = nil) -> String {
        if let cell, let mark = mark(of: cell) { return mark }
        return BilingualText.number(value)
    }

    /// An event's dates as HTML: `12/03/2025` in Portuguese, `2025-03-12` in English.
    static func htmlDates(of event: EventTotals) -> String {
        htmlAlternatives(pt: event.dateSpan(in: .portuguese), en: event.dateSpan(in: .english))
    }

    /// One text per language: Portuguese in the `pt` class, English in `en-only` (shown only
    /// when the reader picks English), so the default view shows one number, not two.
    static func htmlAlternatives(pt: String, en: String) -> String {
        guard pt != en else { return BilingualText.escaped(pt) }
        return "<span class=\"pt\" lang=\"pt\">\(BilingualText.escaped(pt))</span>"
            + "<span class=\"en-only\" lang=\"en\">\(BilingualText.escaped(en))</span>"
    }
}
