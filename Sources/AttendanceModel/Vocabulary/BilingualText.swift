/// A piece of text in Portuguese and English, rendered as HTML that the page's language switch can filter.
///
/// Portuguese comes first. When both languages say the same (`Academia`, `Norte`), the text is
/// shown once and never hidden. All output is escaped.
package struct BilingualText {
    package var pt: String
    package var en: String

    package init(pt: String, en: String) {
        self.pt = pt
        self.en = en
    }

    /// The same wording picked from both languages' phrases.
    package init(_ phrase: (ReportPhrases) -> String) {
        self.init(pt: phrase(.portuguese), en: phrase(.english))
    }

    /// Text that reads the same in both languages (a number, a region).
    package init(neutral text: String) {
        self.init(pt: text, en: text)
    }

    private var isSame: Bool { pt == en || en.isEmpty }

    /// `pt / en` on one line.
    package var inline: String {
        guard !isSame else { return BilingualText.escaped(pt) }
        return "<span class=\"pt\" lang=\"pt\">\(BilingualText.escaped(pt))</span>"
            + "<span class=\"sep\" aria-hidden=\"true\"> / </span>"
            + "<span class=\"en\" lang=\"en\">\(BilingualText.escaped(en))</span>"
    }

    /// Portuguese, then English on its own line in a lighter style (table headers, cards).
    package var stacked: String {
        guard !isSame else { return BilingualText.escaped(pt) }
        return "<span class=\"pt\" lang=\"pt\">\(BilingualText.escaped(pt))</span>"
            + "<span class=\"en stack\" lang=\"en\">\(BilingualText.escaped(en))</span>"
    }

    /// SVG text content: Portuguese, or English when the reader picks English (never both, to save room).
    package var svgAlternative: String {
        guard !isSame else { return BilingualText.escaped(pt) }
        return "<tspan class=\"pt\">\(BilingualText.escaped(pt))</tspan>"
            + "<tspan class=\"en-only\">\(BilingualText.escaped(en))</tspan>"
    }

    /// SVG text content with both languages on one line, English lighter (short labels such as sectors).
    package var svgInline: String {
        guard !isSame else { return BilingualText.escaped(pt) }
        return "<tspan class=\"pt\">\(BilingualText.escaped(pt))</tspan>"
            + "<tspan class=\"sep\"> / </tspan><tspan class=\"en\">\(BilingualText.escaped(en))</tspan>"
    }

    /// `pt / en` as plain text, for `<title>` and `aria-label` (escape it where it goes).
    package var plain: String {
        isSame ? pt : "\(pt) / \(en)"
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content and attribute values.
    package static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A count grouped by thousands with a narrow no-break space (`1 194`), read the same in both languages.
    package static func number(_ count: Int) -> String {
        ReportLanguage.grouped(count, separator: "\u{202F}")
    }
}
