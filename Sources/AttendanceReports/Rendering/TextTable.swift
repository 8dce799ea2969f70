/// A plain-text table with aligned columns, for terminals.
///
/// Widths are counted in `Character`s (grapheme clusters), so `Participações` and a decomposed
/// `e` + combining accent each take the columns they show in a terminal. One column may be
/// flexible: it gives up width so that lines fit, its long cells wrapped onto further lines
/// (at spaces; a word longer than the column is split), the other cells of the row left blank there.
struct TextTable {
    enum Alignment {
        case left, right
    }

    struct Column {
        var header: String
        var alignment: Alignment
        var isFlexible = false
    }

    var columns: [Column]
    var rows: [[String]]
    /// Rows printed after a rule, such as a TOTAL.
    var footer: [[String]] = []
    /// The narrowest a flexible column gets, however little room is left.
    var minimumFlexibleWidth = 12

    static let gap = "  "

    /// The table's lines, no longer than `width` unless the fixed columns alone need more; no trailing spaces.
    func lines(width: Int) -> [String] {
        let all = [columns.map(\.header)] + rows + footer
        var widths = columns.indices.map { index in
            all.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0
        }
        if let flexible = columns.firstIndex(where: \.isFlexible) {
            let others = widths.enumerated().filter { $0.offset != flexible }.reduce(0) { $0 + $1.element }
            let room = width - others - Self.gap.count * (columns.count - 1)
            widths[flexible] = min(widths[flexible], max(room, min(minimumFlexibleWidth, widths[flexible])))
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap)
        var lines = [line(columns.map(\.header), widths: widths), rule]
        lines += rows.flatMap { wrappedLines($0, widths: widths) }
        if !footer.isEmpty {
            lines.append(rule)
            lines += footer.flatMap { wrappedLines($0, widths: widths) }
        }
        return lines
    }

    /// One row as one line, or as several when its flexible cell is wider than its column.
    private func wrappedLines(_ cells: [String], widths: [Int]) -> [String] {
        guard let flexible = columns.firstIndex(where: \.isFlexible), flexible < cells.count,
            cells[flexible].count > widths[flexible], widths[flexible] > 0
        else { return [line(cells, widths: widths)] }
        let pieces = Self.folded(cells[flexible], width: widths[flexible])
        return pieces.enumerated().map { offset, piece in
            var row = offset == 0 ? cells : Array(repeating: "", count: cells.count)
            row[flexible] = piece
            return line(row, widths: widths)
        }
    }

    /// `text` broken at spaces into pieces of at most `width` characters; a longer word is split.
    static func folded(_ text: String, width: Int) -> [String] {
        var pieces: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            if !current.isEmpty, current.count + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { pieces.append(current) }
            while word.count > width {
                pieces.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current = String(word)
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        let padded = columns.indices.map { index in
            let cell = Self.truncated(index < cells.count ? cells[index] : "", to: widths[index])
            let padding = String(repeating: " ", count: widths[index] - cell.count)
            return columns[index].alignment == .left ? cell + padding : padding + cell
        }
        return String(padded.joined(separator: Self.gap).reversed().drop { $0 == " " }.reversed())
    }

    /// `text` cut to `width` characters, the last one replaced by `…` when anything was cut (fixed columns only).
    static func truncated(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 0 else { return "" }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `text` broken into lines of at most `width` characters at spaces (a longer word stays whole).
    static func wrapped(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var current = indent
        for word in text.split(separator: " ") {
            if current.count > indent.count, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + word
        }
        if current.count > indent.count { lines.append(current) }
        return lines
    }
}
