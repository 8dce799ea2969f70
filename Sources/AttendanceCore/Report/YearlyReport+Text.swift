extension YearlyReport {
    /// Renders the report as the plain-text tables shown in a terminal after the main command.
    ///
    /// Sections: a title line with the year; the headline figures (participations, unique
    /// participants with their possible range, governments and regions reached, returning
    /// participants); the events with a TOTAL row equal to ``participations``; the courses; the
    /// certification figures; unique participants by region and by sector. Numbers are grouped
    /// by thousands as the language does (`1,194`, `1.194`); a missing figure shows as `n/a` (`n/d`).
    ///
    /// Column widths count `Character`s, so accented titles align. Event and course titles are
    /// cut with `…` to keep lines within `width`, but keep at least 12 characters: below about
    /// 85 columns the events table may be wider than `width`. Lines carry no trailing spaces and
    /// the text ends with a line break.
    ///
    /// - Parameters:
    ///   - language: The language of the labels and titles.
    ///   - width: The longest line wanted, in characters.
    public func textTable(language: ReportLanguage = .english, width: Int = 100) -> String {
        let words = language.phrases
        let number = language.formatted
        var lines: [String] = []

        let title = words.reportTitle(year: year)
        lines += [title, String(repeating: "=", count: title.count), ""]
        lines += headlineLines(language: language)

        lines += Self.heading(words.events)
        if events.isEmpty {
            lines.append("—")
        } else {
            let anyHeadcount = events.contains(where: \.isHeadcountOnly)
            let mark = { (count: Int, isHeadcount: Bool) -> String in
                number(count) + (isHeadcount ? "*" : anyHeadcount ? " " : "")
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
                rows: events.map { event in
                    [
                        event.dateSpan, event.title(in: language), language.label(forKind: event.kind),
                        number(event.sessions), mark(event.participants, event.isHeadcountOnly),
                        event.registrants.map(number) ?? language.notAvailable,
                        event.noShows.map(number) ?? language.notAvailable, number(event.governments),
                    ]
                },
                footer: [
                    [
                        "", words.total, "", number(totalSessions), mark(participations, false),
                        totalRegistrants.map(number) ?? "", totalNoShows.map(number) ?? "", "",
                    ]
                ])
            lines += table.lines(width: width)
            lines.append("")
            lines += TextTable.wrapped(words.textLegend, width: width)
            if anyHeadcount { lines.append(words.headcountMark) }
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
                rows: courses.map { course in
                    [
                        course.title(in: language), number(course.completions), number(course.completers),
                        course.publicServants.map(number) ?? language.notAvailable,
                    ]
                })
            lines += table.lines(width: width)
        }

        lines += Self.heading(words.certification)
        lines += TextTable.wrapped(certificationSentence(language: language), width: width)

        lines += Self.heading(words.byRegion)
        lines += breakdownTable(
            byRegion, order: Self.regionOrder, header: words.region, language: language,
            label: language.label(forRegion:)
        ).lines(width: width)
        lines += Self.heading(words.bySector)
        lines += breakdownTable(
            bySector, order: Self.sectorOrder, header: words.sector, language: language,
            label: language.label(forSector:)
        ).lines(width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The headline figures, labels left and numbers right-aligned, a note after the number.
    private func headlineLines(language: ReportLanguage) -> [String] {
        let words = language.phrases
        let number = language.formatted
        let rangeNote = uniqueParticipantsRange.map { "(\(words.range(number($0.low), number($0.high))))" }
        let figures: [(String, String, String?)] = [
            (words.participations, number(participations), nil),
            (words.uniqueParticipants, number(uniqueParticipants), rangeNote),
            (words.governmentsReached, number(governmentsReached), nil),
            (words.regionsReached, number(regionsReached.count), regionsReachedList.map { "(\($0))" }),
            (words.returningParticipants, number(returningParticipants), nil),
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

    private func breakdownTable(
        _ counts: [String: Int], order: [String], header: String, language: ReportLanguage,
        label: (String) -> String
    ) -> TextTable {
        let words = language.phrases
        let rows = Self.breakdownRows(counts, order: order, includeUnknown: false)
        let total = rows.reduce(0) { $0 + $1.count }
        return TextTable(
            columns: [
                .init(header: header, alignment: .left),
                .init(header: words.participants, alignment: .right),
                .init(header: words.share, alignment: .right),
            ],
            rows: rows.map { [label($0.key), language.formatted($0.count), language.percentage($0.count, of: total)] },
            footer: [[words.total, language.formatted(total), language.percentage(total, of: total)]])
    }

    private static func heading(_ text: String) -> [String] {
        ["", text, String(repeating: "-", count: text.count)]
    }
}
