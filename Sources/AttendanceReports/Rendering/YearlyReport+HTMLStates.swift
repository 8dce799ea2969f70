import AttendanceModel
import AttendanceTotals
extension YearlyReport {
    /// The breakdown by federative unit: a tile map of the 27 units and their table.
    func htmlStates(_ published: PublishedReport) -> String {
        let caption = BilingualText(pt: "Participantes únicos por UF", en: "Unique participants by state (UF)")
        var html = "<section aria-labelledby=\"states\">\n"
        html += "<h2 id=\"states\">\(BilingualText(pt: "Estados", en: "States").inline)</h2>\n<div class=\"pair\">\n"
        var values: [String: String] = [:]
        var hidden: Set<String> = []
        for tile in SVGChart.tiles {
            let count = byUF[tile.uf] ?? 0
            values[tile.uf] = published.chartCount(count, cell: .uf(tile.uf))
            if published.hides(.uf(tile.uf)) { hidden.insert(tile.uf) }
        }
        html += "<figure>\n<figcaption>\(caption.inline)</figcaption>\n"
        html += SVGChart.tileMap(
            id: "chart-states", title: caption.plain, counts: byUF, values: values, hidden: hidden)
        html += "\n</figure>\n"

        let headers = [
            BilingualText(neutral: "UF"), BilingualText(pt: "Unidade federativa", en: "Federative unit"),
            BilingualText(pt: "Região", en: "Region"), BilingualText(\.participants),
        ]
        let label = headers.map(Self.cellLabel)
        html += "<div class=\"table-wrap\"><table class=\"data states\">\n"
        html += "<caption class=\"visually-hidden\">\(caption.inline)</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(headers[0].stacked)</th><th scope=\"col\">\(headers[1].stacked)</th>"
        html += "<th scope=\"col\">\(headers[2].stacked)</th><th scope=\"col\" class=\"num\">\(headers[3].stacked)</th>"
        html += "</tr></thead>\n<tbody>\n"
        let ordered = SVGChart.tiles.sorted { $0.uf < $1.uf }
        for tile in ordered {
            let region = BilingualText(
                pt: ReportLanguage.portuguese.label(forRegion: tile.region),
                en: ReportLanguage.english.label(forRegion: tile.region))
            html +=
                "<tr><th scope=\"row\">\(tile.uf)</th><td>\(label[1])<span>\(BilingualText.escaped(tile.name))</span></td>"
                + "<td>\(label[2])<span>\(region.inline)</span></td>"
                + "<td class=\"num\">\(label[3])\(published.htmlCount(byUF[tile.uf] ?? 0, cell: .uf(tile.uf)))</td></tr>\n"
        }
        let unknown = byUF.filter { key, _ in !SVGChart.tiles.contains { $0.uf == key } }.values.reduce(0, +)
        if unknown > 0 {
            let name = BilingualText(
                pt: ReportLanguage.portuguese.label(forRegion: ReportBuilder.unknown),
                en: ReportLanguage.english.label(forRegion: ReportBuilder.unknown))
            html +=
                "<tr><th scope=\"row\">—</th><td>\(label[1])<span>\(name.inline)</span></td><td></td>"
                + "<td class=\"num\">\(label[3])\(published.htmlCount(unknown, cell: .uf(ReportBuilder.unknown)))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n</div>\n</section>\n"
    }

    /// The page's provenance: generation time, release, store fingerprint and open questions.
    static func htmlProvenance(_ provenance: ReportProvenance) -> String {
        let labels = zip(ReportProvenance.labels(.portuguese), ReportProvenance.labels(.english)).map {
            BilingualText(pt: $0, en: $1)
        }
        var html = "<dl class=\"provenance\" aria-label=\"Proveniência / Provenance\">\n"
        for (label, value) in zip(labels, provenance.values) {
            html += "<div><dt>\(label.inline)</dt><dd><code>\(BilingualText.escaped(value))</code></dd></div>\n"
        }
        return html + "</dl>\n"
    }
}
