import AttendanceModel
/// Inline SVG charts for the HTML report: no scripts, no external resources, sizes in user units.
///
/// Every chart is an `<svg role="img">` with a `<title>` and an `aria-label` naming it and a
/// `<desc>` listing its values, so a screen reader gets the data the picture shows.
enum SVGChart {
    /// One bar or column.
    struct Item {
        /// SVG text content for the label, already escaped (it may hold `<tspan>`s).
        var label: String
        /// The label as plain text, for the description.
        var plainLabel: String
        var value: Int
        /// The value as printed next to the bar, such as `1 194` or `<5`.
        var valueText: String
        /// Hidden values (small cells) draw an empty bar.
        var isHidden = false
        /// The label in both languages, for the narrow charts that wrap it over lines; `nil` uses ``plainLabel``.
        var wrappable: BilingualText? = nil
    }

    /// The user-unit width of the narrow charts: at a phone's 340 px their 13-unit text stays above 12 px.
    static let narrowWidth = 360

    static let font = "font-size=\"13\""

    /// Horizontal bars, each label above its bar and the value after it.
    ///
    /// Each bar is one `<rect class="bar">`, so the bars can be counted.
    static func bars(id: String, title: String, items: [Item], width: Int, colour: String) -> String {
        let rowHeight = 44
        let barHeight = 16
        let valueRoom = 72
        let height = max(rowHeight * items.count, rowHeight)
        let largest = max(items.filter { !$0.isHidden }.map(\.value).max() ?? 0, 1)
        var svg = open(id: id, title: title, items: items, width: width, height: height)
        for (index, item) in items.enumerated() {
            let top = index * rowHeight
            let length =
                item.isHidden || item.value <= 0
                ? 0 : max(2, (width - valueRoom) * item.value / largest)
            svg += "<g class=\"row\">"
            svg += "<text x=\"0\" y=\"\(top + 14)\" \(font) class=\"label\">\(item.label)</text>"
            svg +=
                "<rect class=\"bar\" x=\"0\" y=\"\(top + 20)\" width=\"\(length)\" height=\"\(barHeight)\""
                + " rx=\"2\" fill=\"\(colour)\"/>"
            svg +=
                "<text x=\"\(length + 6)\" y=\"\(top + 33)\" \(font) class=\"value\">"
                + "\(BilingualText.escaped(item.valueText))</text>"
            svg += "</g>\n"
        }
        return svg + "</svg>"
    }

    /// Vertical columns along a time axis: `MM` under each column, the year under the first
    /// column and under each January, the value above each column.
    ///
    /// Each column is one `<rect class="column">`; labels that are not `YYYY-MM` are printed whole.
    static func columns(id: String, title: String, items: [Item], width: Int, colour: String) -> String {
        let plotTop = 24
        let plotHeight = 180
        let axisRoom = 40
        let height = plotTop + plotHeight + axisRoom
        let slot = Double(width) / Double(max(items.count, 1))
        let columnWidth = min(56, slot * 0.64)
        let valueSize = slot < 34 ? 9 : 12
        let largest = max(items.map(\.value).max() ?? 0, 1)
        var svg = open(id: id, title: title, items: items, width: width, height: height)
        let baseline = plotTop + plotHeight
        svg += "<line x1=\"0\" y1=\"\(baseline)\" x2=\"\(width)\" y2=\"\(baseline)\" class=\"axis\"/>\n"
        var previousYear: Substring?
        for (index, item) in items.enumerated() {
            let centre = slot * (Double(index) + 0.5)
            let length = item.value <= 0 ? 0 : max(1, plotHeight * item.value / largest)
            let parts = item.plainLabel.split(separator: "-")
            let isMonth = parts.count == 2 && parts[0].count == 4 && parts[1].count == 2
            svg += "<g class=\"row\">"
            svg +=
                "<rect class=\"column\" x=\"\(format(centre - columnWidth / 2))\" y=\"\(baseline - length)\""
                + " width=\"\(format(columnWidth))\" height=\"\(length)\" fill=\"\(colour)\"/>"
            svg +=
                "<text x=\"\(format(centre))\" y=\"\(baseline - length - 6)\" font-size=\"\(valueSize)\""
                + " text-anchor=\"middle\" class=\"value\">\(BilingualText.escaped(item.valueText))</text>"
            let axisLabel = isMonth ? String(parts[1]) : item.plainLabel
            svg +=
                "<text x=\"\(format(centre))\" y=\"\(baseline + 16)\" font-size=\"12\" text-anchor=\"middle\""
                + " class=\"tick\">\(BilingualText.escaped(axisLabel))</text>"
            if isMonth, parts[0] != previousYear || parts[1] == "01" {
                svg +=
                    "<text x=\"\(format(centre))\" y=\"\(baseline + 33)\" font-size=\"12\" text-anchor=\"middle\""
                    + " class=\"year\">\(BilingualText.escaped(String(parts[0])))</text>"
            }
            previousYear = isMonth ? parts[0] : nil
            svg += "</g>\n"
        }
        return svg + "</svg>"
    }

    /// Horizontal bars for narrow screens and paper: each label wrapped over up to three lines
    /// above its bar (Portuguese, and English when the reader picks it), the value after the bar.
    ///
    /// Drawn ``narrowWidth`` units wide, so that the text keeps its size on a phone instead of
    /// shrinking with a wide chart. Each bar is one `<rect class="bar">`.
    static func narrowBars(id: String, title: String, items: [Item], colour: String) -> String {
        let width = narrowWidth
        let lineHeight = 16
        let barHeight = 14
        let valueRoom = 64
        let largest = max(items.filter { !$0.isHidden }.map(\.value).max() ?? 0, 1)
        var rows: [(item: Item, labels: [(cssClass: String?, lines: [String])])] = []
        for item in items {
            let text = item.wrappable ?? BilingualText(neutral: item.plainLabel)
            let labels: [(cssClass: String?, lines: [String])] =
                text.pt == text.en || text.en.isEmpty
                ? [(nil, wrapped(text.pt))] : [("pt", wrapped(text.pt)), ("en-only", wrapped(text.en))]
            rows.append((item, labels))
        }
        let heights = rows.map { row in (row.labels.map(\.lines.count).max() ?? 1) * lineHeight + barHeight + 14 }
        let height = max(heights.reduce(0, +), lineHeight + barHeight)
        var svg = open(id: id, title: title, items: items, width: width, height: height)
        var top = 0
        for (index, row) in rows.enumerated() {
            let lines = row.labels.map(\.lines.count).max() ?? 1
            svg += "<g class=\"row\">"
            for label in row.labels {
                svg +=
                    "<text x=\"0\" y=\"\(top + 13)\" \(font) class=\"label\(label.cssClass.map { " \($0)" } ?? "")\">"
                for (number, line) in label.lines.enumerated() {
                    svg +=
                        "<tspan x=\"0\"\(number == 0 ? "" : " dy=\"\(lineHeight)\"")>\(BilingualText.escaped(line))</tspan>"
                }
                svg += "</text>"
            }
            let barTop = top + lines * lineHeight + 3
            let length =
                row.item.isHidden || row.item.value <= 0
                ? 0 : max(2, (width - valueRoom) * row.item.value / largest)
            svg +=
                "<rect class=\"bar\" x=\"0\" y=\"\(barTop)\" width=\"\(length)\" height=\"\(barHeight)\""
                + " rx=\"2\" fill=\"\(colour)\"/>"
            svg +=
                "<text x=\"\(length + 6)\" y=\"\(barTop + 12)\" \(font) class=\"value\">"
                + "\(BilingualText.escaped(row.item.valueText))</text>"
            svg += "</g>\n"
            top += heights[index]
        }
        return svg + "</svg>"
    }

    /// `text` in lines of at most `width` characters, broken between words; a fourth line or a
    /// word longer than a line is cut with `…`.
    static func wrapped(_ text: String, width: Int = 44, maximumLines: Int = 3) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        lines = lines.map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 }
        guard lines.count > maximumLines else { return lines }
        var kept = Array(lines.prefix(maximumLines))
        let last = kept[maximumLines - 1]
        kept[maximumLines - 1] = (last.count >= width ? String(last.prefix(width - 1)) : last) + "…"
        return kept
    }

    /// The opening tag, title and description shared by the charts.
    static func open(id: String, title: String, items: [Item], width: Int, height: Int) -> String {
        let description = items.map { "\($0.plainLabel): \($0.valueText)" }.joined(separator: "; ")
        return "<svg class=\"chart\" id=\"\(id)\" role=\"img\" aria-label=\"\(BilingualText.escaped(title))\""
            + " aria-describedby=\"\(id)-desc\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\""
            + " height=\"\(height)\" preserveAspectRatio=\"xMinYMin meet\">\n"
            + "<title>\(BilingualText.escaped(title))</title>\n"
            + "<desc id=\"\(id)-desc\">\(BilingualText.escaped(description))</desc>\n"
    }

    /// A coordinate with at most one decimal, without a trailing `.0`, the same on every platform.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
