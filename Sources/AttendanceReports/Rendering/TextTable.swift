/// A plain-text table with aligned columns, for terminals: the one renderer of the report's tables
/// and of the command line's listings (`events`, `sources`; ``init(listing:wrapping:)``).
///
/// Widths are counted in `Character`s (grapheme clusters), so `Participações` and a decomposed
/// `e` + combining accent each take the columns they show in a terminal. Flexible columns give up
/// width so that lines fit: the widest of them is narrowed first, never below
/// `minimumFlexibleWidth`, and their long cells break onto further lines (as `breaking` says),
/// the other cells of the row left blank there. A table whose other columns alone are too wide
/// stays wider than asked: nothing is cut off.
public struct TextTable {
    package enum Alignment {
        case left, right
    }

    /// Where a cell too long for its column breaks.
    package enum Breaking {
        /// At spaces, words packed onto each line; a word longer than the column is split
        /// (``folded(_:width:)``): the report's titles.
        case atSpaces
        /// After the last space that fits, else after `;` `,` `/` `-`, else at the width
        /// (``brokenAtMarks(_:width:)``): listings of paths, ids and date lists.
        case atSpacesOrMarks
    }

    package struct Column {
        var header: String
        var alignment: Alignment
        var isFlexible = false

        package init(header: String, alignment: Alignment, isFlexible: Bool = false) {
            self.header = header
            self.alignment = alignment
            self.isFlexible = isFlexible
        }
    }

    var columns: [Column]
    var rows: [[String]]
    /// Rows printed after a rule, such as a TOTAL.
    var footer: [[String]] = []
    /// The narrowest a flexible column gets, however little room is left.
    var minimumFlexibleWidth = 12
    /// Whether the column headers are printed, with a rule of `-` under them (and above the
    /// footer); a listing has none: its first row is its header.
    var isHeaded = true
    var breaking = Breaking.atSpaces

    static let gap = "  "
    /// The narrowest a listing's wrapped column gets.
    public static let minimumListingWidth = 10

    init(columns: [Column], rows: [[String]], footer: [[String]] = []) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    /// A listing: rows only, the first being its header, with no rule under it; every column left-aligned;
    /// the columns in `wrapping` (all when `nil`: titles and paths, not ids and numbers) narrow to
    /// fit, down to ``minimumListingWidth``, and break at spaces or after `;` `,` `/` `-`.
    public init(listing rows: [[String]], wrapping: Set<Int>? = nil) {
        let count = rows.map(\.count).max() ?? 0
        columns = (0..<count).map { Column(header: "", alignment: .left, isFlexible: wrapping?.contains($0) ?? true) }
        self.rows = rows
        minimumFlexibleWidth = Self.minimumListingWidth
        isHeaded = false
        breaking = .atSpacesOrMarks
    }

    /// The table's lines, no longer than `width` (`nil`: no limit) unless the fixed columns alone
    /// need more; no trailing spaces.
    public func lines(width: Int?) -> [String] {
        let widths = columnWidths(width: width)
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap)
        var lines = isHeaded ? [line(columns.map(\.header), widths: widths), rule] : []
        lines += rows.flatMap { wrappedLines($0, widths: widths) }
        if !footer.isEmpty {
            if isHeaded { lines.append(rule) }
            lines += footer.flatMap { wrappedLines($0, widths: widths) }
        }
        return lines
    }

    /// The width of each column: the widest cell's, the flexible columns narrowed (widest first) to
    /// fit `width`, or as close to it as the fixed columns and `minimumFlexibleWidth` allow.
    public func columnWidths(width: Int?) -> [Int] {
        let all = [columns.map(\.header)] + rows + footer
        var widths = columns.indices.map { index in
            all.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0
        }
        guard let width, !columns.isEmpty else { return widths }
        let available = width - Self.gap.count * (columns.count - 1)
        let candidates = columns.indices.filter { columns[$0].isFlexible }
        while widths.reduce(0, +) > available {
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }),
                widths[widest] > minimumFlexibleWidth
            else { break }
            let next = candidates.filter { $0 != widest }.map { widths[$0] }.filter { $0 < widths[widest] }.max() ?? 0
            let excess = widths.reduce(0, +) - available
            widths[widest] = max(minimumFlexibleWidth, next, widths[widest] - excess)
            if widths[widest] == next && next > minimumFlexibleWidth {
                // Tied with the next widest: narrow them together, one character at a time.
                widths[widest] -= 1
            }
        }
        return widths
    }

    /// One row as one line, or as several when a flexible cell is wider than its column.
    private func wrappedLines(_ cells: [String], widths: [Int]) -> [String] {
        let pieces = columns.indices.map { index -> [String] in
            let cell = index < cells.count ? cells[index] : ""
            guard columns[index].isFlexible, cell.count > widths[index], widths[index] > 0 else { return [cell] }
            switch breaking {
            case .atSpaces: return Self.folded(cell, width: widths[index])
            case .atSpacesOrMarks: return Self.brokenAtMarks(cell, width: widths[index])
            }
        }
        let height = pieces.map(\.count).max() ?? 1
        return (0..<height).map { line in
            self.line(pieces.map { line < $0.count ? $0[line] : "" }, widths: widths)
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

    /// `text` in lines of at most `width` characters: broken after a space or `;` `,` `/` `-`
    /// when the line holds one, else at `width`; nothing is dropped but the spaces broken at.
    public static func brokenAtMarks(_ text: String, width: Int) -> [String] {
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
