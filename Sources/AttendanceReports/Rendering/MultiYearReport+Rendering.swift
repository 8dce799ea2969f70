import AttendanceCSV
import AttendanceModel
import AttendanceTotals
import Foundation

extension MultiYearReport {
    /// A figure's label in `language`, and its value in each year.
    private func yearRows(_ language: ReportLanguage) -> [(label: String, values: [Int])] {
        let words = language.phrases
        return [
            (words.participations, years.map(\.participations)),
            (words.uniqueParticipants, years.map(\.uniqueParticipants)),
            (words.eventCount, years.map(\.events)),
            (words.sessions, years.map(\.sessions)),
            (words.governmentsReached, years.map(\.governmentsReached)),
            (words.returningParticipants, years.map(\.returningWithinYear)),
            (words.courseCompleters, years.map(\.courseCompleters)),
            (words.certifiedGovernments, years.map(\.certifiedGovernments)),
        ]
    }

    /// The figures that link the years, with their labels in `language`.
    private func acrossRows(_ language: ReportLanguage) -> [(label: String, value: Int)] {
        switch language {
        case .english:
            [
                ("People at events in any of the years", participantsInAnyYear),
                ("People at events in two or more of the years", returningParticipants),
                ("Governments certified in any of the years", certifiedInAnyYear),
                ("Governments certified in two or more of the years", recertifiedGovernments),
            ]
        case .portuguese:
            [
                ("Pessoas em eventos em algum dos anos", participantsInAnyYear),
                ("Pessoas em eventos em dois anos ou mais", returningParticipants),
                ("Governos certificados em algum dos anos", certifiedInAnyYear),
                ("Governos certificados em dois anos ou mais", recertifiedGovernments),
            ]
        }
    }

    /// `2020–2022`, or the one year.
    private var span: String {
        guard let first = years.first?.year, let last = years.last?.year else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    private func title(_ language: ReportLanguage) -> String {
        language == .english ? "Participation report \(span)" : "Relatório de participação \(span)"
    }

    private func acrossHeading(_ language: ReportLanguage) -> String {
        language == .english ? "Across the years" : "Entre os anos"
    }

    /// The report as pretty-printed JSON with sorted keys, with a `provenance` member when given.
    public func jsonText(provenance: ReportProvenance? = nil) throws -> String {
        try ReportProvenance.jsonText(self, provenance: provenance)
    }

    /// The report as plain-text tables for a terminal: the figures with one column per year, then
    /// the figures across the years. Numbers are grouped as `language` does; ends with a line break.
    public func textTable(language: ReportLanguage = .english) -> String {
        let number = language.formatted
        let words = language.phrases
        var lines = [title(language), String(repeating: "=", count: title(language).count), ""]
        lines += TextTable(
            columns: [.init(header: words.figure, alignment: .left)]
                + years.map { .init(header: String($0.year), alignment: .right) },
            rows: yearRows(language).map { [$0.label] + $0.values.map(number) }
        ).lines(width: 200)
        lines += ["", acrossHeading(language), String(repeating: "-", count: acrossHeading(language).count)]
        lines += TextTable(
            columns: [.init(header: words.figure, alignment: .left), .init(header: words.value, alignment: .right)],
            rows: acrossRows(language).map { [$0.label, number($0.value)] }
        ).lines(width: 200)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as Markdown: the figures with one column per year, then the figures across the
    /// years, then the provenance footer when given. Ends with a line break.
    public func markdown(language: ReportLanguage = .english, provenance: ReportProvenance? = nil) -> String {
        let number = language.formatted
        let words = language.phrases
        func table(_ header: [String], _ rows: [[String]]) -> String {
            let rule = header.indices.map { $0 == 0 ? "---" : "---:" }
            return ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
        }
        var blocks = ["# \(title(language))"]
        blocks.append(
            table(
                [words.figure] + years.map { String($0.year) },
                yearRows(language).map { [$0.label] + $0.values.map(number) }))
        blocks.append("## \(acrossHeading(language))")
        blocks.append(table([words.figure, words.value], acrossRows(language).map { [$0.label, number($0.value)] }))
        return blocks.joined(separator: "\n\n") + "\n" + (provenance?.markdownFooter(language: language) ?? "")
    }

    /// The report as a self-contained bilingual HTML page in the style of the yearly report: the
    /// figures with one column per year, then the figures across the years, then the provenance.
    ///
    /// No script, no external resource; the same PT/EN switch as ``YearlyReport/html(options:)``.
    public func html(options: HTMLReportOptions = HTMLReportOptions()) -> String {
        let number = BilingualText.number
        let heading = BilingualText(pt: title(.portuguese), en: title(.english))
        var page =
            YearlyReport.htmlPageOpening(title: "\(options.programmeName.singleLine) — \(heading.plain)")
                + """
                <header class="masthead">
                <nav class="toolbar" aria-label="Idioma / Language"><span class="toolbar-label">\
                \(BilingualText(\.languageChoice).inline)</span><label for="lang-both">PT + EN</label>\
                <label for="lang-pt" lang="pt">\(ReportPhrases.portuguese.languageName)</label>\
                <label for="lang-en" lang="en">\(ReportPhrases.english.languageName)</label></nav>
                <p class="programme">\(BilingualText.escaped(options.programmeName.singleLine))</p>
                <h1>\(heading.stacked)</h1>

                """
        if let date = (options.generatedOn ?? options.provenance?.generatedOn)?.singleLine, !date.isEmpty {
            page +=
                "<p class=\"generated\">\(BilingualText(\.generatedOn).inline): \(BilingualText.escaped(date))</p>\n"
        }
        page += "</header>\n<main>\n<section aria-labelledby=\"years\">\n"
        page += "<h2 id=\"years\">\(BilingualText(pt: "Ano a ano", en: "Year by year").inline)</h2>\n"
        page += "<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr>"
        page += "<th scope=\"col\">\(BilingualText(\.figure).stacked)</th>"
        for year in years { page += "<th scope=\"col\" class=\"num\">\(year.year)</th>" }
        page += "</tr></thead>\n<tbody>\n"
        for (pt, en) in zip(yearRows(.portuguese), yearRows(.english)) {
            page += "<tr><th scope=\"row\">\(BilingualText(pt: pt.label, en: en.label).stacked)</th>"
            for (year, value) in zip(years, pt.values) {
                page += "<td class=\"num\">\(YearlyReport.cellLabel(BilingualText(neutral: String(year.year))))"
                page += "\(number(value))</td>"
            }
            page += "</tr>\n"
        }
        page += "</tbody></table></div>\n</section>\n"
        let across = BilingualText(pt: acrossHeading(.portuguese), en: acrossHeading(.english))
        page += "<section aria-labelledby=\"across\">\n<h2 id=\"across\">\(across.inline)</h2>\n<dl class=\"stats\">\n"
        for (pt, en) in zip(acrossRows(.portuguese), acrossRows(.english)) {
            page +=
                "<div><dt>\(BilingualText(pt: pt.label, en: en.label).stacked)</dt><dd>\(number(pt.value))</dd></div>\n"
        }
        page += "</dl>\n</section>\n</main>\n"
        if let provenance = options.provenance {
            page += "<footer class=\"notes\">\n\(YearlyReport.htmlProvenance(provenance))</footer>\n"
        }
        return page + "</div>\n</body>\n</html>\n"
    }

    /// Writes `years.csv` (one row per year), `across_years.csv` (one row), `report.json`,
    /// `report.md`, `report.html` and, with a provenance, `provenance.csv` to `folder`.
    ///
    /// CSV headers are machine names, the same in every language; `language` picks the wording
    /// of `report.md`.
    ///
    /// - Returns: The files written, in order.
    /// - Throws: `ExportError` naming the folder or file when it cannot be created or written.
    @discardableResult
    public func write(to folder: URL, language: ReportLanguage = .english, provenance: ReportProvenance? = nil)
        throws -> [URL]
    {
        try OutputFile.createFolder(folder.path)
        var written: [URL] = []
        let yearsTable: [[String]] =
            [
                [
                    "year", "participations", "unique_participants", "events", "sessions", "governments_reached",
                    "returning_within_year", "course_completers", "certified_governments",
                ]
            ]
            + years.map { year in
                [
                    year.year, year.participations, year.uniqueParticipants, year.events, year.sessions,
                    year.governmentsReached, year.returningWithinYear, year.courseCompleters, year.certifiedGovernments,
                ].map(String.init)
            }
        let acrossTable = [
            ["participants_in_any_year", "returning_participants", "certified_in_any_year", "recertified_governments"],
            [participantsInAnyYear, returningParticipants, certifiedInAnyYear, recertifiedGovernments].map(String.init),
        ]
        var tables = [("years.csv", yearsTable), ("across_years.csv", acrossTable)]
        if let provenance { tables.append(("provenance.csv", provenance.csvRows())) }
        for (name, rows) in tables {
            let url = folder.appendingPathComponent(name)
            var writer = try OutputFile.csvWriter(path: url.path, dialect: .rfc4180, neutralizesFormulas: true)
            try OutputFile.writing(url.path) {
                try writer.write(contentsOf: rows)
                try writer.close()
            }
            written.append(url)
        }
        let documents = [
            ("report.json", try jsonText(provenance: provenance)),
            ("report.md", markdown(language: language, provenance: provenance)),
            ("report.html", html(options: HTMLReportOptions(provenance: provenance))),
        ]
        for (name, text) in documents {
            let url = folder.appendingPathComponent(name)
            try OutputFile.write(text.utf8, to: url.path)
            written.append(url)
        }
        return written
    }
}
