/// The small-cell rule of the statistics export and the HTML page.
struct SmallCells {
    /// The smallest count shown as is; `nil` when nothing is suppressed.
    let threshold: Int?

    /// `threshold` kept only when it can suppress something (2 or more).
    init(threshold: Int?) {
        self.threshold = threshold.flatMap { $0 >= 2 ? $0 : nil }
    }

    /// Whether `count` is hidden: from 1 to `threshold - 1`.
    func hides(_ count: Int) -> Bool {
        guard let threshold else { return false }
        return count > 0 && count < threshold
    }

    /// `count` as plain digits, or `<threshold` when it is hidden.
    func cell(_ count: Int) -> String {
        guard let threshold, hides(count) else { return String(count) }
        return "<\(threshold)"
    }

    /// A two-column breakdown with suppressed cells and an unsuppressed TOTAL row.
    func breakdown(
        _ name: String, header: [String], rows: [(key: String, count: Int)], label: (String) -> String,
        total: String
    ) -> StatisticsTable {
        let sum = rows.reduce(0) { $0 + $1.count }
        return StatisticsTable(
            name: name, header: header, rows: rows.map { [label($0.key), cell($0.count)] } + [[total, String(sum)]])
    }
}
