import AttendanceModel
import AttendanceTotals
extension YearlyReport {
    /// Renders the report as a self-contained bilingual (Portuguese and English) HTML page.
    ///
    /// The page needs nothing but itself: styles are inline, charts are inline SVG, there is no
    /// script, font, image or link to load. Every label is given in Portuguese and then in English;
    /// a switch made of radio buttons and CSS (no JavaScript) shows one language or both, and
    /// without CSS both stay readable. Content: headline figure cards, participants per event
    /// (bars), unique participants by region and by sector (bars), by federative unit (a tile map
    /// and a table), completers by month for each course (columns), the events table with a TOTAL
    /// row equal to `participations`, the courses table, the
    /// certification figures, notes on definitions and privacy, and the
    /// `HTMLReportOptions/provenance` when given.
    ///
    /// Three media: wide charts on a desktop; up to 1000 px (and on paper) charts drawn again at
    /// the size they are read; up to 640 px tables as one card per row; A4 print with every column.
    ///
    /// Numbers and dates follow the language shown: `1.194` and `12/03/2025` in Portuguese (and
    /// in the view with both languages), `1,194` and `2025-03-12` in English; chart values use a
    /// narrow no-break space (`1 194`), which both read. All text from the data (titles, IDs,
    /// options) is escaped. Output is deterministic: no current date (only
    /// `HTMLReportOptions/generatedOn` or the provenance's, when given) and breakdowns in a fixed
    /// order. Every count of people, in tables, cards, charts and the map of states, follows
    /// `HTMLReportOptions/smallCellThreshold` as every other output does (`<t`, and `X` where a
    /// total would give a small count away).
    public func html(options: HTMLReportOptions = HTMLReportOptions()) -> String {
        let published = PublishedReport(self, threshold: options.smallCellThreshold)
        let pt = ReportPhrases.portuguese
        let en = ReportPhrases.english
        let title =
            "\(options.programmeName.singleLine) — \(pt.reportTitle(year: year)) / \(en.reportTitle(year: year))"
        var page = Self.htmlPageOpening(title: title)
        page += htmlHeader(options: options)
        page += "<main>\n"
        page += htmlKeyFigures(published)
        page += htmlEvents(published)
        page += htmlReach(published)
        page += htmlStates(published)
        page += htmlCourses(published)
        page += htmlCertification(published)
        page += "</main>\n"
        page += htmlNotes(published, provenance: options.provenance)
        page += "</div>\n</body>\n</html>\n"
        return page
    }

    private func htmlHeader(options: HTMLReportOptions) -> String {
        var html = "<header class=\"masthead\">\n"
        html +=
            "<nav class=\"toolbar\" aria-label=\"Idioma / Language\">"
            + "<span class=\"toolbar-label\">\(BilingualText(\.languageChoice).inline)</span>"
            + "<label for=\"lang-both\">PT + EN</label>"
            + "<label for=\"lang-pt\" lang=\"pt\">\(ReportPhrases.portuguese.languageName)</label>"
            + "<label for=\"lang-en\" lang=\"en\">\(ReportPhrases.english.languageName)</label></nav>\n"
        html += "<p class=\"programme\">\(BilingualText.escaped(options.programmeName.singleLine))</p>\n"
        html +=
            "<h1>\(BilingualText { $0.reportTitle(year: year) }.stacked)</h1>\n"
        if let subtitle = options.subtitle?.singleLine, !subtitle.isEmpty {
            html += "<p class=\"subtitle\">\(BilingualText.escaped(subtitle))</p>\n"
        }
        if let date = (options.generatedOn ?? options.provenance?.generatedOn)?.singleLine, !date.isEmpty {
            html +=
                "<p class=\"generated\">\(BilingualText(\.generatedOn).inline): \(BilingualText.escaped(date))</p>\n"
        }
        return html + "</header>\n"
    }

    private func htmlKeyFigures(_ published: PublishedReport) -> String {
        let number = { (count: Int) in published.htmlCount(count) }
        var range: BilingualText?
        if uniqueParticipantsRange != nil {
            range = BilingualText {
                $0.range(
                    published.plainCount(.uniqueParticipantsLow, in: $0.language),
                    published.plainCount(.uniqueParticipantsHigh, in: $0.language))
            }
        }
        let cards: [(BilingualText, String, BilingualText?)] = [
            (
                BilingualText(\.participations), published.htmlCount(.participations),
                BilingualText(\.sumOfEventParticipants)
            ),
            (BilingualText(\.uniqueParticipants), published.htmlCount(.uniqueParticipants), range),
            (
                BilingualText(\.eventCount), number(events.count),
                BilingualText { $0.sessionCount($0.language.formatted(totalSessions)) }
            ),
            (BilingualText(\.governmentsReached), number(governmentsReached), nil),
            (
                BilingualText(\.regionsReached), number(regionsReached.count),
                regionsReachedList.map(BilingualText.init(neutral:))
            ),
            (
                BilingualText(\.returningParticipantsShort), published.htmlCount(.returningParticipants),
                BilingualText(\.twoOrMoreEvents)
            ),
            (BilingualText(\.courseCompleters), published.htmlCount(.uniqueCompleters), nil),
            (
                BilingualText(\.certifiedGovernments), number(certification.governments),
                BilingualText {
                    $0.municipalitiesAndStates(
                        $0.language.formatted(certification.municipalities), $0.language.formatted(certification.states)
                    )
                }
            ),
        ]
        var html = "<section class=\"figures\" aria-labelledby=\"key-figures\">\n"
        html += "<h2 id=\"key-figures\" class=\"visually-hidden\">\(BilingualText(\.keyFigures).inline)</h2>\n"
        html += "<ul class=\"cards\">\n"
        for (label, value, note) in cards {
            html +=
                "<li class=\"card\"><span class=\"card-value\">\(value)</span>"
                + "<span class=\"card-label\">\(label.stacked)</span>"
                + (note.map { "<span class=\"card-note\">\($0.inline)</span>" } ?? "") + "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    private func htmlEvents(_ published: PublishedReport) -> String {
        let number = { (count: Int) in published.htmlCount(count) }
        var html = "<section aria-labelledby=\"events\">\n<h2 id=\"events\">\(BilingualText(\.events).inline)</h2>\n"
        guard !events.isEmpty else { return html + "<p>—</p>\n</section>\n" }
        let anyHeadcount = events.contains(where: \.isHeadcountOnly)
        let items = events.enumerated().map { index, event in
            let titles = BilingualText(pt: event.title(in: .portuguese), en: event.title(in: .english))
            let shortened = BilingualText(
                pt: TextTable.truncated(titles.pt, to: 110),
                en: TextTable.truncated(titles.en, to: 110))
            let mark = event.isHeadcountOnly ? "*" : ""
            return SVGChart.Item(
                label: BilingualText.escaped(event.dateSpan) + " · " + shortened.svgAlternative,
                plainLabel: "\(event.dateSpan) \(titles.pt)",
                value: published.hides(.eventParticipants(index)) ? 0 : event.participants,
                valueText: published.chartCount(event.participants, cell: .eventParticipants(index)) + mark,
                isHidden: published.hides(.eventParticipants(index)),
                wrappable: BilingualText(pt: "\(event.dateSpan) · \(titles.pt)", en: "\(event.dateSpan) · \(titles.en)")
            )
        }
        let eventsTitle = BilingualText(\.participantsPerEvent).plain
        html += figure(
            caption: BilingualText(\.participantsPerEvent),
            svg: SVGChart.bars(id: "chart-events", title: eventsTitle, items: items, width: 960, colour: "#0072B2"),
            narrow: SVGChart.narrowBars(
                id: "chart-events-narrow", title: eventsTitle, items: items, colour: "#0072B2"),
            note: anyHeadcount ? BilingualText(\.headcountMark) : nil)

        html += "<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr>"
        let headers: [(BilingualText, Bool)] = [
            (BilingualText(\.dates), false), (BilingualText(\.event), false), (BilingualText(\.kind), false),
            (BilingualText(\.sessions), true), (BilingualText(\.participants), true),
            (BilingualText(\.registrants), true), (BilingualText(\.noShows), true),
            (BilingualText(\.governments), true),
        ]
        for (header, isNumeric) in headers {
            html += "<th scope=\"col\"\(isNumeric ? " class=\"num\"" : "")>\(header.stacked)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        let notAvailable = BilingualText(
            pt: ReportLanguage.portuguese.notAvailable, en: ReportLanguage.english.notAvailable)
        let label = headers.map { Self.cellLabel($0.0) }
        for (index, event) in events.enumerated() {
            let titles = BilingualText(pt: event.title(in: .portuguese), en: event.title(in: .english))
            let kind = BilingualText(
                pt: ReportLanguage.portuguese.label(forKind: event.kind),
                en: ReportLanguage.english.label(forKind: event.kind))
            html +=
                "<tr><td class=\"nowrap\">\(label[0])\(PublishedReport.htmlDates(of: event))</td>"
                + "<th scope=\"row\" class=\"title\">\(titles.stacked)</th>"
                + "<td>\(label[2])<span>\(kind.stacked)</span></td>"
                + "<td class=\"num\">\(label[3])\(number(event.sessions))</td>"
                + "<td class=\"num\">\(label[4])\(published.htmlCount(.eventParticipants(index)))"
                + "\(event.isHeadcountOnly ? "*" : "")</td>"
                + "<td class=\"num\">\(label[5])"
                + "\(event.registrants == nil ? notAvailable.inline : published.htmlCount(.eventRegistrants(index)))</td>"
                + "<td class=\"num\">\(label[6])"
                + "\(event.noShows == nil ? notAvailable.inline : published.htmlCount(.eventNoShows(index)))</td>"
                + "<td class=\"num\">\(label[7])\(number(event.governments))</td></tr>\n"
        }
        html +=
            "</tbody>\n<tfoot><tr><td></td><th scope=\"row\">\(BilingualText(\.total).inline)</th><td></td>"
            + "<td class=\"num\">\(label[3])\(number(totalSessions))</td>"
            + "<td class=\"num\">\(label[4])\(published.htmlCount(.participations))</td>"
            + "<td class=\"num\">\(totalRegistrants == nil ? "" : label[5] + published.htmlCount(.totalRegistrants))</td>"
            + "<td class=\"num\">\(totalNoShows == nil ? "" : label[6] + published.htmlCount(.totalNoShows))</td>"
            + "<td></td></tr></tfoot>\n"
        return html + "</table></div>\n</section>\n"
    }

    private func htmlReach(_ published: PublishedReport) -> String {
        var html = "<section aria-labelledby=\"reach\">\n<h2 id=\"reach\">\(BilingualText(\.reach).inline)</h2>\n"
        html += "<div class=\"pair\">\n"
        let regionRows = Self.breakdownRows(byRegion, order: Self.regionOrder, includeUnknown: false)
        html += figure(
            caption: BilingualText(\.byRegion),
            svg: SVGChart.bars(
                id: "chart-regions", title: BilingualText(\.byRegion).plain,
                items: breakdownItems(regionRows, cell: { .region($0) }, published: published) {
                    BilingualText(
                        pt: ReportLanguage.portuguese.label(forRegion: $0),
                        en: ReportLanguage.english.label(forRegion: $0))
                },
                width: SVGChart.narrowWidth, colour: "#009E73"))
        let sectorRows = Self.breakdownRows(bySector, order: Self.sectorOrder, includeUnknown: false)
        html += figure(
            caption: BilingualText(\.bySector),
            svg: SVGChart.bars(
                id: "chart-sectors", title: BilingualText(\.bySector).plain,
                items: breakdownItems(sectorRows, cell: { .sector($0) }, published: published) {
                    BilingualText(
                        pt: ReportLanguage.portuguese.label(forSector: $0),
                        en: ReportLanguage.english.label(forSector: $0))
                },
                width: SVGChart.narrowWidth, colour: "#D55E00"))
        return html + "</div>\n</section>\n"
    }

    /// Bars of a breakdown of the unique participants: the count and its share, or the mark alone
    /// (and no bar) for a hidden cell; no shares when the total is hidden.
    private func breakdownItems(
        _ rows: [(key: String, count: Int)], cell: (String) -> PublishedReport.Cell, published: PublishedReport,
        label: (String) -> BilingualText
    ) -> [SVGChart.Item] {
        let total = published.hides(.uniqueParticipants) ? 0 : published.value(.uniqueParticipants)
        return rows.map { row in
            let name = label(row.key)
            let hidden = published.hides(cell(row.key))
            let share = total > 0 ? " (\((row.count * 100 + total / 2) / total)%)" : ""
            return SVGChart.Item(
                label: name.svgInline, plainLabel: name.plain, value: hidden ? 0 : row.count,
                valueText: hidden
                    ? published.chartCount(row.count, cell: cell(row.key)) : published.chartCount(row.count) + share,
                isHidden: hidden)
        }
    }

    private func htmlCourses(_ published: PublishedReport) -> String {
        guard !courses.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"courses\">\n<h2 id=\"courses\">\(BilingualText(\.courses).inline)</h2>\n"
        for (index, course) in courses.enumerated() {
            let titles = BilingualText(pt: course.title(in: .portuguese), en: course.title(in: .english))
            let caption = BilingualText(
                pt: "\(ReportPhrases.portuguese.completersByMonth) — \(titles.pt)",
                en: "\(ReportPhrases.english.completersByMonth) — \(titles.en)")
            let items = Self.monthRows(course.completersByMonth).map { row in
                let cell = PublishedReport.Cell.courseMonth(index, row.key)
                return SVGChart.Item(
                    label: BilingualText.escaped(row.key), plainLabel: row.key,
                    value: published.hides(cell) ? 0 : row.count,
                    valueText: published.chartCount(row.count, cell: cell),
                    isHidden: published.hides(cell))
            }
            guard !items.isEmpty else { continue }
            html += figure(
                caption: caption,
                svg: SVGChart.columns(
                    id: "chart-course-\(index + 1)", title: caption.plain, items: items, width: 960,
                    colour: "#0072B2"),
                narrow: SVGChart.narrowBars(
                    id: "chart-course-\(index + 1)-narrow", title: caption.plain, items: items, colour: "#0072B2"),
                isWideInPrint: true)
        }
        html += "<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr>"
        html += "<th scope=\"col\">\(BilingualText(\.course).stacked)</th>"
        let courseHeaders = [
            BilingualText(\.completions), BilingualText(\.completers), BilingualText(\.publicServants),
        ]
        for header in courseHeaders {
            html += "<th scope=\"col\" class=\"num\">\(header.stacked)</th>"
        }
        let label = courseHeaders.map(Self.cellLabel)
        html += "</tr></thead>\n<tbody>\n"
        let notAvailable = BilingualText(
            pt: ReportLanguage.portuguese.notAvailable, en: ReportLanguage.english.notAvailable)
        for (index, course) in courses.enumerated() {
            let titles = BilingualText(pt: course.title(in: .portuguese), en: course.title(in: .english))
            html +=
                "<tr><th scope=\"row\" class=\"title\">\(titles.stacked)</th>"
                + "<td class=\"num\">\(label[0])\(published.htmlCount(.courseCompletions(index)))</td>"
                + "<td class=\"num\">\(label[1])\(published.htmlCount(.courseCompleters(index)))</td>"
                + "<td class=\"num\">\(label[2])"
                + "\(course.publicServants == nil ? notAvailable.inline : published.htmlCount(.coursePublicServants(index)))"
                + "</td></tr>\n"
        }
        return html + "</tbody></table></div>\n</section>\n"
    }

    private func htmlCertification(_ published: PublishedReport) -> String {
        let number = { (count: Int) in published.htmlCount(count) }
        var html = "<section aria-labelledby=\"certification\">\n"
        html += "<h2 id=\"certification\">\(BilingualText(\.certification).inline)</h2>\n<dl class=\"stats\">\n"
        let figures: [(BilingualText, Int)] = [
            (BilingualText(\.certifiedGovernments), certification.governments),
            (BilingualText(\.municipalities), certification.municipalities),
            (BilingualText(\.states), certification.states),
            (BilingualText(\.alsoCertifiedYearBefore), certification.alsoCertifiedYearBefore),
            (BilingualText(\.certifiedWithParticipants), certification.withParticipants),
        ]
        for (label, value) in figures {
            html += "<div><dt>\(label.stacked)</dt><dd>\(number(value))</dd></div>\n"
        }
        html += "</dl>\n"
        let rows = Self.breakdownRows(certification.byRegion, order: Self.regionOrder, includeUnknown: false)
        html += "<div class=\"table-wrap\"><table class=\"data compact\">\n"
        html += "<caption>\(BilingualText(\.certifiedByRegion).inline)</caption>\n<thead><tr>"
        var names: [BilingualText] = []
        for row in rows {
            let name = BilingualText(
                pt: ReportLanguage.portuguese.label(forRegion: row.key),
                en: ReportLanguage.english.label(forRegion: row.key))
            names.append(name)
            html += "<th scope=\"col\" class=\"num\">\(name.stacked)</th>"
        }
        html += "<th scope=\"col\" class=\"num\">\(BilingualText(\.total).inline)</th></tr></thead>\n<tbody><tr>"
        for (name, row) in zip(names, rows) {
            html += "<td class=\"num\">\(Self.cellLabel(name))\(number(row.count))</td>"
        }
        html +=
            "<td class=\"num\">\(Self.cellLabel(BilingualText(\.total)))\(number(rows.reduce(0) { $0 + $1.count }))</td>"
            + "</tr></tbody>\n</table></div>\n"
        return html + "</section>\n"
    }

    private func htmlNotes(_ published: PublishedReport, provenance: ReportProvenance?) -> String {
        var html = "<footer class=\"notes\" aria-labelledby=\"notes\">\n"
        html += "<h2 id=\"notes\">\(BilingualText(\.notes).inline)</h2>\n<div class=\"pair\">\n"
        for words in [ReportPhrases.portuguese, ReportPhrases.english] {
            let code = words.language.rawValue
            html +=
                "<div class=\"\(code)\" lang=\"\(code)\">\n<h3>\(BilingualText.escaped(words.definitions))</h3>\n<ul>\n"
            html += words.definitionNotes.map { "<li>\(BilingualText.escaped($0))</li>\n" }.joined()
            html += "</ul>\n<h3>\(BilingualText.escaped(words.privacy))</h3>\n<ul>\n"
            html += words.privacyNotes(threshold: published.threshold)
                .map { "<li>\(BilingualText.escaped($0))</li>\n" }.joined()
            let sourcesNote = words.sourcesSentence(
                files: words.language.formatted(sources.files), records: words.language.formatted(sources.records))
            html += "</ul>\n<p>\(BilingualText.escaped(sourcesNote))</p>\n</div>\n"
        }
        html += "</div>\n"
        if let provenance { html += Self.htmlProvenance(provenance) }
        return html + "</footer>\n"
    }

    /// A chart with its caption; with a `narrow` variant, the page shows one of the two by its width
    /// (on paper the narrow one too, unless `isWideInPrint`: a time axis reads well at A4 width).
    private func figure(
        caption: BilingualText, svg: String, narrow: String? = nil, note: BilingualText? = nil,
        isWideInPrint: Bool = false
    ) -> String {
        let charts =
            narrow.map { "<div class=\"chart-wide\">\n\(svg)\n</div>\n<div class=\"chart-narrow\">\n\($0)\n</div>\n" }
            ?? "\(svg)\n"
        return (isWideInPrint ? "<figure class=\"print-wide\">" : "<figure>")
            + "\n<figcaption>\(caption.inline)</figcaption>\n\(charts)"
            + (note.map { "<p class=\"figure-note\">\($0.inline)</p>\n" } ?? "") + "</figure>\n"
    }

    /// A column's name inside each of its cells, shown only where tables become cards (phones);
    /// screen readers take the header instead.
    static func cellLabel(_ header: BilingualText) -> String {
        "<span class=\"cell-label\" aria-hidden=\"true\">\(header.inline)</span>"
    }

    /// The start of every report page, up to the opening of its `.page` block: the document head
    /// with the stylesheet, and the radio buttons the PT/EN switch is made of (no script).
    static func htmlPageOpening(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="pt">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(BilingualText.escaped(title))</title>
        <style>\(stylesheet)</style>
        </head>
        <body>
        <input type="radio" name="lang" id="lang-both" class="lang-input" checked>
        <input type="radio" name="lang" id="lang-pt" class="lang-input">
        <input type="radio" name="lang" id="lang-en" class="lang-input">
        <div class="page">

        """
    }
}
