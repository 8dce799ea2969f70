import AttendanceModel
import AttendanceTotals
extension YearlyReport {
    /// Renders the report as Markdown: the content of
    /// ``textTable(language:width:smallCellThreshold:)`` as tables under headings.
    ///
    /// Sections: the headline figures, the events with a TOTAL row equal to
    /// `participations`, the courses, the certification figures,
    /// unique participants by region and by sector, and
    /// the definitions. Titles are escaped (`|`, `*`, `_`, `<`… get a backslash, line breaks become
    /// spaces) so a title from a CSV cannot break a table or inject markup. Numbers are grouped and
    /// dates written as the language does (`1,194`, `2025-03-12`; `1.194`, `12/03/2025`); a missing
    /// figure shows as `n/a` (`n/d`). With `smallCellThreshold` set to `t`, counts of people from 1
    /// to `t - 1` show as `<t` and counts that would give one away through a total as `X`, with a
    /// note saying so. The text ends with a line break.
    public func markdown(language: ReportLanguage = .english, smallCellThreshold: Int? = nil) -> String {
        markdown(language: language, published: PublishedReport(self, threshold: smallCellThreshold))
    }

    func markdown(language: ReportLanguage, published: PublishedReport) -> String {
        let words = language.phrases
        let number = language.formatted
        let count = { (cell: PublishedReport.Cell) in published.text(cell, language.formatted) }
        var blocks: [String] = ["# \(Self.markdownEscaped(words.reportTitle(year: year)))"]

        var headline: [[String]] = [
            [words.participations, count(.participations)],
            [
                words.uniqueParticipants,
                count(.uniqueParticipants)
                    + (uniqueParticipantsRange.map { _ in
                        " (\(words.range(count(.uniqueParticipantsLow), count(.uniqueParticipantsHigh))))"
                    } ?? ""),
            ],
            [words.governmentsReached, number(governmentsReached)],
            [words.regionsReached, number(regionsReached.count) + (regionsReachedList.map { " (\($0))" } ?? "")],
            [words.returningParticipants, count(.returningParticipants)],
        ]
        if !courses.isEmpty { headline.append([words.courseCompleters, count(.uniqueCompleters)]) }
        headline = headline.map { $0.map(Self.markdownEscaped) }
        blocks.append(
            Self.markdownTable(header: [words.figure, words.value], alignments: [false, true], rows: headline))

        blocks.append("## \(words.events)")
        if events.isEmpty {
            blocks.append("—")
        } else {
            let anyHeadcount = events.contains(where: \.isHeadcountOnly)
            var rows = events.enumerated().map { index, event in
                [
                    Self.markdownEscaped(event.dateSpan(in: language)), Self.markdownEscaped(event.title(in: language)),
                    Self.markdownEscaped(language.label(forKind: event.kind)), number(event.sessions),
                    Self.markdownEscaped(count(.eventParticipants(index))) + (event.isHeadcountOnly ? "\\*" : ""),
                    event.registrants == nil
                        ? language.notAvailable : Self.markdownEscaped(count(.eventRegistrants(index))),
                    event.noShows == nil ? language.notAvailable : Self.markdownEscaped(count(.eventNoShows(index))),
                    number(event.governments),
                ]
            }
            let bold = { (cell: PublishedReport.Cell) in "**\(Self.markdownEscaped(count(cell)))**" }
            rows.append([
                "", "**\(words.total)**", "", "**\(number(totalSessions))**", bold(.participations),
                totalRegistrants == nil ? "" : bold(.totalRegistrants), totalNoShows == nil ? "" : bold(.totalNoShows),
                "",
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
                    rows: courses.enumerated().map { index, course in
                        [
                            Self.markdownEscaped(course.title(in: language)),
                            Self.markdownEscaped(count(.courseCompletions(index))),
                            Self.markdownEscaped(count(.courseCompleters(index))),
                            course.publicServants == nil
                                ? language.notAvailable : Self.markdownEscaped(count(.coursePublicServants(index))),
                        ]
                    }))
        }

        blocks.append("## \(words.certification)")
        blocks.append(certificationSentence(language: language))

        blocks.append("## \(words.byRegion)")
        blocks.append(
            markdownBreakdown(
                Self.breakdownRows(byRegion, order: Self.regionOrder, includeUnknown: false), cell: { .region($0) },
                header: words.region, language: language, published: published,
                label: language.label(forRegion:)))
        blocks.append("## \(words.bySector)")
        blocks.append(
            markdownBreakdown(
                Self.breakdownRows(bySector, order: Self.sectorOrder, includeUnknown: false), cell: { .sector($0) },
                header: words.sector, language: language, published: published,
                label: language.label(forSector:)))

        blocks.append("## \(words.definitions)")
        var notes = words.definitionNotes
        if let threshold = published.threshold { notes.append(words.suppressionLegend(threshold: threshold)) }
        blocks.append(notes.map { "- " + Self.markdownEscaped($0) }.joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func markdownBreakdown(
        _ rows: [(key: String, count: Int)], cell: (String) -> PublishedReport.Cell, header: String,
        language: ReportLanguage, published: PublishedReport, label: (String) -> String
    ) -> String {
        let words = language.phrases
        var cells = rows.map { row in
            let shown = Self.publishedShare(
                cell(row.key), total: .uniqueParticipants, published: published, language: language)
            return [Self.markdownEscaped(label(row.key)), Self.markdownEscaped(shown.count), shown.share]
        }
        let total = Self.publishedShare(
            .uniqueParticipants, total: .uniqueParticipants, published: published, language: language)
        cells.append([
            "**\(words.total)**", "**\(Self.markdownEscaped(total.count))**",
            total.share.isEmpty ? "" : "**\(total.share)**",
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
