/// Left-aligned plain-text columns for listings (`events`, `sources`, `people`).
struct TextGrid {
    let rows: [[String]]

    /// Each cell is one line on the terminal: its control characters, line breaks included, are escaped.
    init(_ rows: [[String]]) {
        self.rows = rows.map { $0.map { Terminal.escaped($0, keepingLineBreaks: false) } }
    }

    var rendered: String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
