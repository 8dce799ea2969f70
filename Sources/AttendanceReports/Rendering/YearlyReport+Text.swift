import AttendanceModel
import AttendanceTotals
extension YearlyReport {
    /// Renders the report as the plain-text tables shown in a terminal after the main command.
    ///
    /// Sections: a title line with the year; the headline figures (participations, unique
    /// participants with their possible range, governments and regions reached, returning
    /// participants); the events with a TOTAL row equal to
    /// `participations`; the courses; the certification figures;
    /// unique participants by region and by sector. Numbers are grouped
    /// by thousands as the language does (`1,194`, `1.194`); a missing figure shows as `n/a` (`n/d`).
    ///
    /// Column widths count `Character`s, so accented titles align. Event and course titles
    /// wrap onto further lines to keep lines within `width`, but keep at least 12 characters:
    /// below about 85 columns the events table may be wider than `width`. Dates follow the
    /// language (`2025-03-12`, `12/03/2025`). Lines carry no trailing spaces and the text ends
    /// with a line break.
    ///
    /// With `smallCellThreshold` set to `t` (2 or more), counts of people from 1 to `t - 1` show
    /// as `<t` and counts that would give one away through a total as `X`, as in every output.
    ///
    /// - Parameters:
    ///   - language: The language of the labels, titles and dates.
    ///   - width: The longest line wanted, in characters.
    ///   - smallCellThreshold: The smallest count of people shown as is; `nil` shows every count.
    public func textTable(language: ReportLanguage = .english, width: Int = 100, smallCellThreshold: Int? = nil)
        -> String
    {
        textTable(language: language, width: width, published: PublishedReport(self, threshold: smallCellThreshold))
    }

    func textTable(language: ReportLanguage, width: Int, published: PublishedReport) -> String {
        let words = language.phrases
        let number = language.formatted
        let count = { (cell: PublishedReport.Cell) in published.text(cell, language.formatted) }
        var lines: [String] = []

        let title = words.reportTitle(year: year)
        lines += [title, String(repeating: "=", count: title.count), ""]
        lines += headlineLines(language: language, published: published)

        lines += Self.heading(words.events)
        if events.isEmpty {
            lines.append("—")
        } else {
            let anyHeadcount = events.contains(where: \.isHeadcountOnly)
            let mark = { (text: String, isHeadcount: Bool) -> String in
                text + (isHeadcount ? "*" : anyHeadcount ? " " : "")
            }
            let table = TextTable(
                columns: [
                    .init(header: words.dates, alignment: .left),
                    .init(header: words.event, alignment: .left, isFlexible: true),
                    .init(header: words.kind, alignment: .left),
                    .init(header: words.sessionsShort, alignment: .right),
                    .init(header: words.participantsShort, alignment: .right),
                    .init(header: words.registrantsShort, alignment: .right),
                    .init(header: words.noShowsShort, alignment: .right),
                    .init(header: words.governmentsShort, alignment: .right),
                ],
                rows: events.enumerated().map { index, event in
                    [
                        event.dateSpan(in: language), event.title(in: language), language.label(forKind: event.kind),
                        number(event.sessions), mark(count(.eventParticipants(index)), event.isHeadcountOnly),
                        event.registrants == nil ? language.notAvailable : count(.eventRegistrants(index)),
                        event.noShows == nil ? language.notAvailable : count(.eventNoShows(index)),
                        number(event.governments),
                    ]
                },
                footer: [
                    [
                        "", words.total, "", number(totalSessions), mark(count(.participations), false),
                        totalRegistrants == nil ? "" : count(.totalRegistrants),
                        totalNoShows == nil ? "" : count(.totalNoShows), "",
                    ]
                ])
            lines += table.lines(width: width)
            lines.append("")
            lines += TextTable.wrapped(words.textLegend, width: width)
            if anyHeadcount { lines.append(words.headcountMark) }
            if let threshold = published.threshold {
                lines += TextTable.wrapped(words.suppressionLegend(threshold: threshold), width: width)
            }
        }

        if !courses.isEmpty {
            lines += Self.heading(words.courses)
            let table = TextTable(
                columns: [
                    .init(header: words.course, alignment: .left, isFlexible: true),
                    .init(header: words.completions, alignment: .right),
                    .init(header: words.completers, alignment: .right),
                    .init(header: words.publicServants, alignment: .right),
                ],
                rows: courses.indices.map { index in
                    [
                        courses[index].title(in: language), count(.courseCompletions(index)),
                        count(.courseCompleters(index)),
                        courses[index].publicServants == nil
                            ? language.notAvailable : count(.coursePublicServants(index)),
                    ]
                })
            lines += table.lines(width: width)
        }

        lines += Self.heading(words.certification)
        lines += TextTable.wrapped(certificationSentence(language: language), width: width)

        lines += Self.heading(words.byRegion)
        lines += breakdownTable(
            Self.breakdownRows(byRegion, order: Self.regionOrder, includeUnknown: false),
            cell: { .region($0) }, header: words.region, language: language, published: published,
            label: language.label(forRegion:)
        ).lines(width: width)
        lines += Self.heading(words.bySector)
        lines += breakdownTable(
            Self.breakdownRows(bySector, order: Self.sectorOrder, includeUnknown: false),
            cell: { .sector($0) }, header: words.sector, language: language, published: published,
            label: language.label(forSector:)
        ).lines(width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The headline figures, labels left and numbers right-aligned, a note after the number.
    private func headlineLines(language: ReportLanguage, published: PublishedReport) -> [String] {
        let words = language.phrases
        let number = language.formatted
        let count = { (cell: PublishedReport.Cell) in published.text(cell, language.formatted) }
        let rangeNote = uniqueParticipantsRange.map { _ in
            "(\(words.range(count(.uniqueParticipantsLow), count(.uniqueParticipantsHigh))))"
        }
        let figures: [(String, String, String?)] = [
            (words.participations, count(.participations), nil),
            (words.uniqueParticipants, count(.uniqueParticipants), rangeNote),
            (words.governmentsReached, number(governmentsReached), nil),
            (words.regionsReached, number(regionsReached.count), regionsReachedList.map { "(\($0))" }),
            (words.returningParticipants, count(.returningParticipants), nil),
        ]
        let labelWidth = figures.map(\.0.count).max() ?? 0
        let numberWidth = figures.map(\.1.count).max() ?? 0
        return figures.map { label, value, note in
            label + String(repeating: " ", count: labelWidth - label.count + 2 + numberWidth - value.count) + value
                + (note.map { "  " + $0 } ?? "")
        }
    }

    /// The regions reached in the IBGE order, comma-separated; `nil` when none.
    var regionsReachedList: String? {
        guard !regionsReached.isEmpty else { return nil }
        let known = Self.regionOrder.filter(regionsReached.contains)
        return (known + regionsReached.filter { !Self.regionOrder.contains($0) }.sorted()).joined(separator: ", ")
    }

    /// The certification figures as one sentence.
    func certificationSentence(language: ReportLanguage) -> String {
        let number = language.formatted
        return language.phrases.certificationSentence(
            governments: number(certification.governments), municipalities: number(certification.municipalities),
            states: number(certification.states), yearBefore: number(certification.alsoCertifiedYearBefore),
            withParticipants: number(certification.withParticipants))
    }

    /// A breakdown of the unique participants with each row's share; hidden counts hide their share too.
    private func breakdownTable(
        _ rows: [(key: String, count: Int)], cell: (String) -> PublishedReport.Cell, header: String,
        language: ReportLanguage, published: PublishedReport, label: (String) -> String
    ) -> TextTable {
        let words = language.phrases
        let cells = rows.map { row in
            YearlyReport.publishedShare(
                cell(row.key), total: .uniqueParticipants, published: published, language: language)
        }
        let total = YearlyReport.publishedShare(
            .uniqueParticipants, total: .uniqueParticipants, published: published, language: language)
        return TextTable(
            columns: [
                .init(header: header, alignment: .left),
                .init(header: words.participants, alignment: .right),
                .init(header: words.share, alignment: .right),
            ],
            rows: zip(rows, cells).map { row, cell in [label(row.key), cell.count, cell.share] },
            footer: [[words.total, total.count, total.share]])
    }

    /// A count of people and its share of `total` as published: no share for a hidden count or total.
    static func publishedShare(
        _ cell: PublishedReport.Cell, total: PublishedReport.Cell, published: PublishedReport,
        language: ReportLanguage
    ) -> (count: String, share: String) {
        let count = published.text(cell, language.formatted)
        guard !published.hides(cell), !published.hides(total) else { return (count, "") }
        return (count, language.percentage(published.value(cell), of: published.value(total)))
    }

    private static func heading(_ text: String) -> [String] {
        ["", text, String(repeating: "-", count: text.count)]
    }
}
