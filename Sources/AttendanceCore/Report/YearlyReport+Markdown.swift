extension YearlyReport {
    /// Renders the report as Markdown: the content of ``textTable(language:width:)`` as tables under headings.
    ///
    /// Sections: the headline figures, the events with a TOTAL row equal to ``participations``,
    /// the courses, the certification figures, unique participants by region and by sector, and
    /// the definitions. Titles are escaped (`|`, `*`, `_`, `<`… get a backslash, line breaks become
    /// spaces) so a title from a CSV cannot break a table or inject markup. Numbers are grouped as
    /// the language does; a missing figure shows as `n/a` (`n/d`). The text ends with a line break.
    public func markdown(language: ReportLanguage = .english) -> String {
        let words = language.phrases
        let number = language.formatted
        var blocks: [String] = ["# \(Self.markdownEscaped(words.reportTitle(year: year)))"]

        var headline: [[String]] = [
            [words.participations, number(participations)],
            [
                words.uniqueParticipants,
                number(uniqueParticipants)
                    + (uniqueParticipantsRange.map { " (\(words.range(number($0.low), number($0.high))))" } ?? ""),
            ],
            [words.governmentsReached, number(governmentsReached)],
            [words.regionsReached, number(regionsReached.count) + (regionsReachedList.map { " (\($0))" } ?? "")],
            [words.returningParticipants, number(returningParticipants)],
        ]
        headline = headline.map { $0.map(Self.markdownEscaped) }
        blocks.append(
            Self.markdownTable(header: [words.figure, words.value], alignments: [false, true], rows: headline))

        blocks.append("## \(words.events)")
        if events.isEmpty {
            blocks.append("—")
        } else {
            let anyHeadcount = events.contains(where: \.isHeadcountOnly)
            var rows = events.map { event in
                [
                    Self.markdownEscaped(event.dateSpan), Self.markdownEscaped(event.title(in: language)),
                    Self.markdownEscaped(language.label(forKind: event.kind)), number(event.sessions),
                    number(event.participants) + (event.isHeadcountOnly ? "\\*" : ""),
                    event.registrants.map(number) ?? language.notAvailable,
                    event.noShows.map(number) ?? language.notAvailable, number(event.governments),
                ]
            }
            rows.append([
                "", "**\(words.total)**", "", "**\(number(totalSessions))**", "**\(number(participations))**",
                totalRegistrants.map { "**\(number($0))**" } ?? "", totalNoShows.map { "**\(number($0))**" } ?? "", "",
            ])
            blocks.append(
                Self.markdownTable(
                    header: [
                        words.dates, words.event, words.kind, words.sessions, words.participants, words.registrants,
                        words.noShows, words.governments,
                    ],
                    alignments: [false, false, false, true, true, true, true, true], rows: rows))
            if anyHeadcount { blocks.append("\\" + words.headcountMark) }
        }

        if !courses.isEmpty {
            blocks.append("## \(words.courses)")
            blocks.append(
                Self.markdownTable(
                    header: [words.course, words.completions, words.completers, words.publicServants],
                    alignments: [false, true, true, true],
                    rows: courses.map { course in
                        [
                            Self.markdownEscaped(course.title(in: language)), number(course.completions),
                            number(course.completers), course.publicServants.map(number) ?? language.notAvailable,
                        ]
                    }))
        }

        blocks.append("## \(words.certification)")
        blocks.append(certificationSentence(language: language))

        blocks.append("## \(words.byRegion)")
        blocks.append(
            markdownBreakdown(
                byRegion, order: Self.regionOrder, header: words.region, language: language,
                label: language.label(forRegion:)))
        blocks.append("## \(words.bySector)")
        blocks.append(
            markdownBreakdown(
                bySector, order: Self.sectorOrder, header: words.sector, language: language,
                label: language.label(forSector:)))

        blocks.append("## \(words.definitions)")
        blocks.append(words.definitionNotes.map { "- " + Self.markdownEscaped($0) }.joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func markdownBreakdown(
        _ counts: [String: Int], order: [String], header: String,
        language: ReportLanguage, label: (String) -> String
    ) -> String {
        let words = language.phrases
        let rows = Self.breakdownRows(counts, order: order, includeUnknown: false)
        let total = rows.reduce(0) { $0 + $1.count }
        var cells = rows.map {
            [
                Self.markdownEscaped(label($0.key)), language.formatted($0.count),
                language.percentage($0.count, of: total),
            ]
        }
        cells.append([
            "**\(words.total)**", "**\(language.formatted(total))**",
            "**\(language.percentage(total, of: total))**",
        ])
        return Self.markdownTable(
            header: [header, words.participants, words.share], alignments: [false, true, true],
            rows: cells)
    }

    /// A pipe table; `alignments[i]` is `true` for a right-aligned (numeric) column. Cells are used as given.
    private static func markdownTable(header: [String], alignments: [Bool], rows: [[String]]) -> String {
        let rule = alignments.map { $0 ? "---:" : "---" }
        return ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    /// `text` on one line with Markdown's special characters backslash-escaped.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text.singleLine {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
