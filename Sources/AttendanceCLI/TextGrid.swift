/// Left-aligned plain-text columns for listings (`events`, `sources`).
///
/// When the table is wider than `maxWidth`, the widest of the columns that may wrap (`wrapping`,
/// all by default: titles and paths, not ids and numbers) are narrowed until it fits (never below
/// ``minimumColumnWidth``) and their cells wrap onto the lines below, at spaces and after
/// `;` `,` `/` `-` where they can, else inside a word: nothing is cut off. A cell keeps its column
/// on every line it takes.
struct TextGrid {
    let rows: [[String]]
    /// The width to fit, in characters; `nil` for no limit (output to a file or a pipe).
    let maxWidth: Int?
    /// The columns that may be narrowed and wrapped; `nil` for all.
    let wrapping: Set<Int>?

    /// The narrowest a wrapped column gets.
    static let minimumColumnWidth = 10
    /// The spaces between two columns.
    static let gap = 2

    /// Each cell is one line on the terminal before wrapping: its control characters, line breaks
    /// included, are escaped.
    init(_ rows: [[String]], maxWidth: Int? = nil, wrapping: Set<Int>? = nil) {
        self.rows = rows.map { $0.map { Terminal.escaped($0, keepingLineBreaks: false) } }
        self.maxWidth = maxWidth
        self.wrapping = wrapping
    }

    var rendered: String {
        let widths = columnWidths()
        var lines: [String] = []
        for row in rows {
            let wrapped = row.enumerated().map { column, cell in Self.wrap(cell, width: widths[column]) }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                var text = ""
                for (column, pieces) in wrapped.enumerated() {
                    let piece = line < pieces.count ? pieces[line] : ""
                    text += column == wrapped.count - 1 ? piece : piece.padding(to: widths[column]) + "  "
                }
                lines.append(String(text.reversed().drop(while: { $0 == " " }).reversed()))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The width of each column: the widest cell's, narrowed (widest wrapping columns first) to fit
    /// `maxWidth`, or as close to it as the columns that may not wrap allow.
    func columnWidths() -> [Int] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        guard let maxWidth, columns > 0 else { return widths }
        let available = maxWidth - Self.gap * (columns - 1)
        while widths.reduce(0, +) > available {
            let candidates = widths.indices.filter { wrapping?.contains($0) ?? true }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }),
                widths[widest] > Self.minimumColumnWidth
            else { break }
            let others = candidates.filter { $0 != widest }.map { widths[$0] }
            let next = others.filter { $0 < widths[widest] }.max() ?? 0
            let excess = widths.reduce(0, +) - available
            widths[widest] = max(Self.minimumColumnWidth, next, widths[widest] - excess)
            if widths[widest] == next && next > Self.minimumColumnWidth {
                // Tied with the next widest: narrow them together, one character at a time.
                widths[widest] -= 1
            }
        }
        return widths
    }

    /// `text` in lines of at most `width` characters: broken after a space or `;` `,` `/` `-`
    /// when the line holds one, else at `width`.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var rest = Substring(text)
        while rest.count > width {
            let window = rest.prefix(width + 1)
            var cut = rest.index(rest.startIndex, offsetBy: width)
            if let space = window.lastIndex(of: " "), space > rest.startIndex {
                lines.append(String(rest[..<space]))
                rest = rest[rest.index(after: space)...]
                continue
            }
            if let mark = window.dropLast().lastIndex(where: { ";,/-".contains($0) }) {
                cut = rest.index(after: mark)
            }
            lines.append(String(rest[..<cut]))
            rest = rest[cut...]
        }
        if !rest.isEmpty { lines.append(String(rest)) }
        return lines
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
